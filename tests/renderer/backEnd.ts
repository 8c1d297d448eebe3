/**
 * The renderer tests talk to a real back end: a real SQLite file, migrated,
 * behind the same dispatch. The bridge below is what the preload script
 * does over IPC (hand the call to dispatch and return its envelope), so the
 * components run their real client, transport and procedures.
 */
import { openTestBackEnd, type TestBackEnd } from '../integration/testBackEnd';

let opened: Promise<TestBackEnd> | null = null;

export function testBackEnd(): Promise<TestBackEnd> {
  opened ??= openTestBackEnd();
  return opened;
}

export async function closeTestBackEnd(): Promise<void> {
  if (opened) await (await opened).close();
  opened = null;
}

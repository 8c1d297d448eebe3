/**
 * A browser-host process (dist/main/host.js) on a PostgreSQL URL, as one
 * back end of the concurrency trial: started with `--db-url`, called over
 * HTTP exactly as the app's pages call it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../shared/core/result';

export interface HostProcess {
  user: string;
  send(name: string, input: unknown): Promise<Envelope<unknown>>;
  call<T>(name: string, input: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startHost(hostScript: string, dbUrl: string, user: string, today: string): Promise<HostProcess> {
  if (!fs.existsSync(hostScript)) throw new Error(`${hostScript} is missing: run \`npm run build\` first.`);
  // The day's job makes a pg_dump copy where pg_dump is installed: into a temp folder, not ./data.
  const backups = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-pg-host-backups-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [hostScript, '--db-url', dbUrl, '--port', '0', '--user', user, '--today', today, '--backup-dir', backups],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /körs på (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]!));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  const token = /token=([^&]+)/.exec(url.hash)![1]!;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const send = async (name: string, input: unknown): Promise<Envelope<unknown>> => {
    const res = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'x-bostad-token': token, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await res.json()) as Envelope<unknown>;
  };
  return {
    user,
    send,
    async call<T>(name: string, input: unknown): Promise<T> {
      const envelope = await send(name, input);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
      return envelope.value as T;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      fs.rmSync(backups, { recursive: true, force: true });
    },
  };
}

/**
 * The IPC edge of the desktop app: one `invoke` channel, whose handler
 * checks the sender frame, hands `shell.*` calls to the shell and
 * everything else to the same `dispatch` the browser host uses. It imports
 * Electron's types only, so tests can call it with an event object.
 */
import crypto from 'node:crypto';
import type { IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/core/result';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';

export interface InvokeEdge {
  /** The back end once the database is open; calls before that get BUSY. */
  backEnd(): BackEnd | null;
  /** Only our own page, in the main frame of our own window, may call in. */
  isTrustedSender(frame: IpcMainInvokeEvent['senderFrame']): boolean;
  /** Dialogs, printing and PDF belong to the shell. */
  shellCall(name: string, input: unknown): Promise<Envelope<unknown>>;
}

export type InvokeHandler = (
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  name: unknown,
  input: unknown,
) => Promise<Envelope<unknown>>;

export function createInvokeHandler(edge: InvokeEdge): InvokeHandler {
  return async (event, name, input) => {
    if (!edge.isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Anropet kom inte från programmets eget fönster.' } };
    }
    if (typeof name !== 'string') return { ok: false, error: { code: 'VALIDATION', message: 'Anropet saknar namn.' } };
    if (name.startsWith('shell.')) return edge.shellCall(name, input);
    const backEnd = edge.backEnd();
    if (!backEnd) return { ok: false, error: { code: 'BUSY', message: 'Databasen öppnas fortfarande.' } };
    return dispatch(name, input, backEnd, { requestId: crypto.randomUUID() });
  };
}

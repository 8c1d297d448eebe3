/**
 * Who else has the database open: every running app (desktop or browser
 * host) keeps a session row alive with a heartbeat; the status bar lists
 * the others whose heartbeat is recent.
 */
import { z } from 'zod';
import { query } from '../core/procedure';

/** How often a running app says it is still there. */
export const HEARTBEAT_MS = 15_000;
/** A session silent for longer than this has ended (crashed, asleep, unplugged). */
export const SESSION_EXPIRY_MS = 45_000;

export const sessionRowSchema = z.object({
  login: z.string(),
  displayName: z.string(),
  machine: z.string(),
  startedAt: z.string(),
});
export type SessionRow = z.infer<typeof sessionRowSchema>;

export const sessionProcedures = {
  /** The other open sessions, not this one. */
  'sessions.others': query(z.object({}), z.array(sessionRowSchema)),
};

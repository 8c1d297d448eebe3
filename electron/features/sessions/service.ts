/**
 * The sessions table: one row per running back end, kept alive by a
 * heartbeat (a write of its own, outside any procedure, so no read ever
 * writes). Expired rows are removed by whoever beats next.
 */
import os from 'node:os';
import type { Knex } from 'knex';
import { HEARTBEAT_MS, SESSION_EXPIRY_MS, type SessionRow } from '../../../shared/sessions/schema';
import type { Actor } from '../../../shared/users/schema';
import type { ServiceContext } from '../../core/context';

export interface Session {
  id: string;
  stop(): Promise<void>;
}

function isoAgo(ms: number): string {
  return new Date(Date.now() - ms).toISOString();
}

/** Registers this back end and beats every HEARTBEAT_MS until stopped. */
export async function startSession(getKnex: () => Knex, actor: Actor, id: string): Promise<Session> {
  const beat = async (): Promise<void> => {
    const now = new Date().toISOString();
    await getKnex().transaction(async (trx) => {
      await trx('sessions')
        .insert({
          id,
          login: actor.login,
          displayName: actor.displayName,
          machine: os.hostname(),
          startedAt: now,
          heartbeatAt: now,
        })
        .onConflict('id')
        .merge({ heartbeatAt: now, displayName: actor.displayName });
      // Rows of apps that died long ago; a short absence keeps its row.
      await trx('sessions')
        .where('heartbeatAt', '<', isoAgo(SESSION_EXPIRY_MS * 20))
        .delete();
    });
  };
  await beat();
  const timer = setInterval(() => {
    beat().catch((error: unknown) => console.error('[bostadsportfoljen] heartbeat failed', error));
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    id,
    async stop() {
      clearInterval(timer);
      await getKnex()('sessions').where({ id }).delete();
    },
  };
}

export async function otherSessions(ctx: ServiceContext): Promise<SessionRow[]> {
  return (await ctx
    .db('sessions')
    .whereNot('id', ctx.info.sessionId)
    .where('heartbeatAt', '>=', isoAgo(SESSION_EXPIRY_MS))
    .orderBy('displayName')
    .select('login', 'displayName', 'machine', 'startedAt')) as SessionRow[];
}

/**
 * The acting user and their preferences. Preferences (grid layouts) are
 * the user's own screen state, not records of the register: they are
 * written in a transaction like everything else but not audited.
 */
import os from 'node:os';
import type { Knex } from 'knex';
import type { Actor } from '../../../shared/users/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';

/** The operating-system user: identity on the desktop. */
export function osLogin(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env['USER'] ?? process.env['USERNAME'] ?? 'okänd';
  }
}

/**
 * Makes sure the login has a users row (display name defaults to the login)
 * and returns the actor. Runs once at start, before any transport opens.
 */
export async function registerActor(db: Knex, login: string, now: string): Promise<Actor> {
  const existing = await db('users').where({ login }).first('displayName');
  if (existing) return { login, displayName: existing.displayName };
  await db('users').insert({ login, displayName: login, createdAt: now, updatedAt: now }).onConflict('login').ignore();
  return { login, displayName: login };
}

export async function setDisplayName(ctx: ServiceContext, displayName: string): Promise<Actor> {
  const before = (await ctx.db('users').where({ login: ctx.actor.login }).first()) as
    Record<string, unknown> | undefined;
  await ctx.db('users').where({ login: ctx.actor.login }).update({ displayName, updatedAt: ctx.clock.now() });
  await appendAudit(ctx, {
    entity: 'user',
    entityId: null,
    action: 'update',
    before,
    after: { ...before, displayName },
  });
  // The actor object is shared by the running back end: later calls and
  // conflict messages use the new name.
  ctx.actor.displayName = displayName;
  return { login: ctx.actor.login, displayName };
}

export async function getPref(ctx: ServiceContext, key: string): Promise<unknown> {
  const row = await ctx.db('userPrefs').where({ login: ctx.actor.login, key }).first('value');
  return row ? (JSON.parse(row.value) as unknown) : null;
}

export async function setPref(ctx: ServiceContext, key: string, value: unknown): Promise<{ saved: boolean }> {
  const text = JSON.stringify(value ?? null);
  if (text.length > 100_000) return { saved: false };
  await ctx
    .db('userPrefs')
    .insert({ login: ctx.actor.login, key, value: text, updatedAt: ctx.clock.now() })
    .onConflict(['login', 'key'])
    .merge(['value', 'updatedAt']);
  return { saved: true };
}

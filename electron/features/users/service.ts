/**
 * The acting user and their preferences. Preferences (grid layouts) are
 * the user's own screen state, not records of the register: they are
 * written in a transaction like everything else but not audited.
 */
import os from 'node:os';
import type { Knex } from 'knex';
import type { Actor } from '../../../shared/users/schema';
import { DEFAULT_ROLE, type Role } from '../../../shared/users/roles';
import { appendAudit } from '../../core/audit';
import { roleOf } from './roles';
import type { ServiceContext } from '../../core/context';

/**
 * The operating-system user: identity on the desktop. On Windows it is
 * DOMAIN\login, as the city's directory knows the person (a bare login
 * can be two people in two domains); elsewhere the login.
 */
export function osLogin(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  let name: string;
  try {
    name = os.userInfo().username;
  } catch {
    name = env['USERNAME'] ?? env['USER'] ?? 'okänd';
  }
  const domain = platform === 'win32' ? env['USERDOMAIN']?.trim() : undefined;
  return domain ? `${domain}\\${name}` : name;
}

/** Windows compares logins without regard to case: ANNA and anna are one person. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');
}

function withoutDomain(login: string): string {
  return login.slice(login.lastIndexOf('\\') + 1);
}

/**
 * Makes sure the login has a users row and returns the actor. Runs once at
 * start, before any transport opens. A login matches its row whatever the
 * case Windows reports it in, and the row's own spelling is kept. A person
 * first registered without a domain (before logins carried one) keeps the
 * display name and preferences on the new DOMAIN\login row.
 */
export async function registerActor(db: Knex, login: string, now: string): Promise<Actor> {
  // The users table holds the department's staff: a few dozen rows.
  const users = (await db('users').select('login', 'displayName')) as Actor[];
  const same = users.find((u) => sameLogin(u.login, login));
  if (same) return { login: same.login, displayName: same.displayName };
  const earlier = login.includes('\\')
    ? users.find((u) => !u.login.includes('\\') && sameLogin(u.login, withoutDomain(login)))
    : undefined;
  const displayName = earlier?.displayName ?? login;
  // The first user of a new database sets it up, and so is its administratör;
  // a person carried over from a login without a domain keeps their role.
  const role: Role = earlier ? await roleOf(db, earlier.login) : users.length > 0 ? DEFAULT_ROLE : 'administrator';
  await db.transaction(async (trx) => {
    await trx('users')
      .insert({ login, displayName, role, createdAt: now, updatedAt: now })
      .onConflict('login')
      .ignore();
    if (earlier) {
      const prefs = (await trx('userPrefs').where({ login: earlier.login }).select('key', 'value')) as {
        key: string;
        value: string;
      }[];
      for (const p of prefs) {
        await trx('userPrefs')
          .insert({ login, key: p.key, value: p.value, updatedAt: now })
          .onConflict(['login', 'key'])
          .ignore();
      }
    }
  });
  return { login, displayName };
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
  const row = (await ctx.db('userPrefs').where({ login: ctx.actor.login, key }).first('value')) as
    { value: string } | undefined;
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

/**
 * Roles in the shared database. A role an administratör changes holds from
 * the user's next click, in every running copy of the app: each back end
 * keeps its user's role (RoleCache) only while its change feed watches the
 * database, and forgets it when the feed says `users` changed.
 */
import type { Knex } from 'knex';
import type { ChangeFeed } from '../../live/changeFeed';
import { AppError } from '../../../shared/core/result';
import { ROLES, roleLabels, type Role, type UserRole } from '../../../shared/users/roles';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';

export async function roleOf(db: Knex, login: string): Promise<Role> {
  const row = await db('users').where({ login }).first('role');
  // A login with no row (removed by hand) or an unknown role gets the least.
  return row && (ROLES as readonly string[]).includes(row.role) ? (row.role as Role) : 'lasbehorig';
}

/** The back end's own user's role, as dispatch needs it for every call. */
export interface RoleCache {
  current(): Promise<Role>;
  /** The next call reads the role again (after a change to roles by this back end). */
  forget(): void;
}

/**
 * Why kept and not read per call: a long SQLite import holds the one
 * connection, and a read of `users` for the role then made every call
 * (the import's own status polls too) wait for the import to finish.
 * Without a watching feed (tests, command-line tools) it reads every time.
 */
export function roleCache(getKnex: () => Knex, login: string, changes: ChangeFeed): RoleCache {
  let kept: Promise<Role> | null = null;
  const forget = () => {
    kept = null;
  };
  changes.subscribe((event) => {
    if (event.tables.includes('users') || event.tables.includes('*')) forget();
  });
  return {
    current() {
      if (!changes.watching()) {
        kept = null;
        return roleOf(getKnex(), login);
      }
      if (kept) return kept;
      const reading = roleOf(getKnex(), login);
      kept = reading;
      // A failed read is not kept: the next call tries again.
      reading.catch(() => {
        if (kept === reading) kept = null;
      });
      return reading;
    },
    forget,
  };
}

export async function listRoles(ctx: ServiceContext): Promise<UserRole[]> {
  return await ctx
    .db('users')
    .orderBy('displayName')
    .orderBy('login')
    .select('login', 'displayName', 'role', 'version', 'updatedAt');
}

export async function setRole(
  ctx: ServiceContext,
  input: { login: string; role: Role; version: number },
): Promise<UserRole> {
  const before = (await ctx.db('users').where({ login: input.login }).first()) as
    (UserRole & { updatedBy?: string }) | undefined;
  if (!before) throw new AppError('NOT_FOUND', `Användaren ${input.login} finns inte.`);
  if (before.version !== input.version) {
    throw new AppError(
      'CONFLICT',
      `${before.displayName}s roll har just ändrats av någon annan. Ladda om och försök igen.`,
      {
        conflict: { changedBy: 'en administratör', changedAt: before.updatedAt, currentVersion: before.version },
      },
    );
  }
  if (before.role === 'administrator' && input.role !== 'administrator') {
    const admins = await ctx.db('users').where({ role: 'administrator' }).count({ n: '*' }).first();
    if (Number(admins?.n ?? 0) <= 1) {
      throw new AppError(
        'VALIDATION',
        `${before.displayName} är den enda administratören. Gör någon annan till administratör först.`,
        { fields: { role: 'Roll: det måste finnas minst en administratör.' } },
      );
    }
  }
  await ctx
    .db('users')
    .where({ login: input.login })
    .update({ role: input.role, version: before.version + 1, updatedAt: ctx.clock.now() });
  await appendAudit(ctx, {
    entity: 'user',
    entityId: null,
    action: 'role',
    before: { login: before.login, role: before.role },
    after: { login: before.login, role: input.role, roleLabel: roleLabels[input.role] },
  });
  return await ctx
    .db('users')
    .where({ login: input.login })
    .first('login', 'displayName', 'role', 'version', 'updatedAt');
}

/** Reads the audit log of one record, as the history panel shows it. */
import type { AuditEntry } from '../../../shared/audit/schema';
import { maskIdentityNumber } from '../../../shared/households/personnummer';
import type { ServiceContext } from '../../core/context';
import type { TableRow } from '../../db/tableRow';

/** Bookkeeping columns change on every save; the history shows real changes. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'updatedBy', 'searchText', 'createdAt', 'createdBy']);

/**
 * Keys whose values are personal identity numbers. The log keeps them whole
 * (it is the record of who changed what); the history shows them masked.
 */
const IDENTITY_NUMBER_KEYS = new Set(['identityNumber']);

function maskIdentityNumbers(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key !== undefined && IDENTITY_NUMBER_KEYS.has(key)) return maskIdentityNumber(value);
  if (Array.isArray(value)) return value.map((v) => maskIdentityNumbers(v));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIdentityNumbers(v, k)]));
  }
  return value;
}

function parse(text: string | null): Record<string, unknown> {
  return text ? (maskIdentityNumbers(JSON.parse(text)) as Record<string, unknown>) : {};
}

export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (BOOKKEEPING.has(key)) continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

/** The user is a left join: null when the actor is no user (the system). */
type AuditJoined = TableRow<'auditLog'> & { currentName: string | null };

export async function auditForRecord(ctx: ServiceContext, entity: string, id: number): Promise<AuditEntry[]> {
  const rows = (await ctx
    .db('auditLog')
    .leftJoin('users', 'users.login', 'auditLog.actor')
    .where('auditLog.entity', entity)
    .where('auditLog.entityId', id)
    .orderBy('auditLog.id', 'desc')
    .limit(500)
    .select('auditLog.*', 'users.displayName as currentName')) as AuditJoined[];
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    // The name at the time of the change; rows from before names were kept fall back to today's.
    actorName: r.actorName ?? r.currentName ?? r.actor,
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    changes: r.action === 'create' ? changedFields({}, parse(r.after)) : changedFields(parse(r.before), parse(r.after)),
  }));
}

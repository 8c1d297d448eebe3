/**
 * Create, update, archive and restore for every table a user edits, with
 * the rules that hold everywhere: the caller's version must be the stored
 * one (a stale edit is refused with who changed the record and when), the
 * change and its audit row are written in the same transaction (dispatch
 * opens it), and nothing is deleted.
 */
import { AppError } from '../../shared/core/result';
import { withoutSortKeys, withSortKeys } from '../db/sortKeys';
import type { TableName, TableRow } from '../db/tableRow';
import { appendAudit, appendAuditMany, BULK_CHUNK } from './audit';
import type { ServiceContext } from './context';

/** A table of records, and how the Swedish UI names one of them. */
export interface EntityInfo<N extends TableName = TableName> {
  table: N;
  /** The name used in the audit log. */
  entity: string;
  /** Definite form for messages: "Bostaden", "Hyresvärden". */
  label: string;
}

export type Row = Record<string, unknown> & { id: number; version: number; updatedAt: string; updatedBy: string };

/** A stored record of table `N`: its declared columns, and those every edited table has. */
export type RecordOf<N extends TableName> = TableRow<N> & Row;

export async function findRow<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  id: number,
): Promise<RecordOf<N> | undefined> {
  // Knex cannot type a query on a table named by a type parameter; the row is that table's.
  return (await ctx
    .db(info.table as string)
    .where({ id })
    .first()) as RecordOf<N> | undefined;
}

export async function getRowOrThrow<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  id: number,
): Promise<RecordOf<N>> {
  const row = await findRow(ctx, info, id);
  if (!row) throw new AppError('NOT_FOUND', `${info.label} finns inte (id ${id}).`);
  return row;
}

/**
 * The id of the row an insert's `returning('id')` gave: `{ id }` from the
 * drivers this app uses, a bare number from older ones.
 */
export function insertedId(returned: readonly ({ id: number } | number)[]): number {
  const first = returned[0];
  if (first === undefined) throw new Error('Posten sparades men databasen gav inget id tillbaka.');
  return typeof first === 'number' ? first : first.id;
}

export async function displayNameOf(ctx: ServiceContext, login: string): Promise<string> {
  const user = await ctx.db('users').where({ login }).first('displayName');
  return user?.displayName ?? login;
}

async function conflictError(ctx: ServiceContext, info: EntityInfo, current: Row): Promise<AppError> {
  const changedBy = await displayNameOf(ctx, current.updatedBy);
  const when = new Date(current.updatedAt).toLocaleString('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return new AppError(
    'CONFLICT',
    `${info.label} har ändrats av ${changedBy} ${when} efter att du öppnade den. Dina ändringar har inte sparats; ladda om för att se den nya versionen.`,
    { conflict: { changedBy, changedAt: current.updatedAt, currentVersion: current.version } },
  );
}

export async function createRecord<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  values: Record<string, unknown>,
): Promise<RecordOf<N>> {
  const now = ctx.clock.now();
  // Knex cannot type an insert into a table named by a type parameter: the values are checked by the caller's schema.
  const table: TableName = info.table;
  const id = insertedId(
    await ctx
      .db(table)
      .insert({
        ...withSortKeys(info.table, values),
        version: 1,
        createdAt: now,
        createdBy: ctx.actor.login,
        updatedAt: now,
        updatedBy: ctx.actor.login,
      })
      .returning('id'),
  );
  const after = await getRowOrThrow(ctx, info, id);
  await appendAudit(ctx, {
    entity: info.entity,
    entityId: id,
    action: 'create',
    after: withoutSortKeys(info.table, after),
  });
  return after;
}

/**
 * Creates many records at once (an import): the same columns, version and
 * audit row per record as `createRecord`, written in inserts of at most
 * BULK_CHUNK rows (fewer when a row has many columns, to stay under the
 * driver's limit on bound values) instead of one statement per record.
 * Returns the stored rows in the order given.
 */
export async function createRecords(
  ctx: ServiceContext,
  info: EntityInfo,
  valuesList: readonly Record<string, unknown>[],
  onChunk?: (done: number) => Promise<void> | void,
): Promise<Row[]> {
  if (valuesList.length === 0) return [];
  const now = ctx.clock.now();
  const meta = { version: 1, createdAt: now, createdBy: ctx.actor.login, updatedAt: now, updatedBy: ctx.actor.login };
  const columns = Object.keys(withSortKeys(info.table, valuesList[0]!)).length + Object.keys(meta).length;
  const chunk = Math.max(1, Math.min(BULK_CHUNK, Math.floor(30_000 / columns)));
  const created: Row[] = [];
  for (let i = 0; i < valuesList.length; i += chunk) {
    const slice = valuesList.slice(i, i + chunk);
    // RETURNING * (SQLite 3.35+, PostgreSQL) gives the stored rows, defaults
    // included, without reading them back.
    const ordered = (await ctx
      .db(info.table)
      .insert(slice.map((values) => ({ ...withSortKeys(info.table, values), ...meta })))
      .returning('*')) as Row[];
    await appendAuditMany(
      ctx,
      ordered.map((after) => ({
        entity: info.entity,
        entityId: after.id,
        action: 'create',
        after: withoutSortKeys(info.table, after),
      })),
    );
    created.push(...ordered);
    await onChunk?.(created.length);
  }
  return created;
}

/**
 * Applies `values` to the record if `version` is still the stored one.
 * `action` names the change in the audit log (update, archive, restore, or
 * a feature's own verb such as "terminate").
 */
export async function updateRecord<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  ref: { id: number; version: number },
  values: Record<string, unknown>,
  action = 'update',
): Promise<RecordOf<N>> {
  const before = await getRowOrThrow(ctx, info, ref.id);
  if (before.version !== ref.version) throw await conflictError(ctx, info, before);
  // As in createRecord: the values are checked by the caller's schema.
  const table: TableName = info.table;
  const changed = await ctx
    .db(table)
    .where({ id: ref.id, version: ref.version })
    .update({
      ...withSortKeys(info.table, values),
      version: ref.version + 1,
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.login,
    });
  if (changed !== 1) throw await conflictError(ctx, info, await getRowOrThrow(ctx, info, ref.id));
  const after = await getRowOrThrow(ctx, info, ref.id);
  await appendAudit(ctx, {
    entity: info.entity,
    entityId: ref.id,
    action,
    before: withoutSortKeys(info.table, before),
    after: withoutSortKeys(info.table, after),
  });
  return after;
}

export async function archiveRecord<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  ref: { id: number; version: number },
): Promise<RecordOf<N>> {
  const current = await getRowOrThrow(ctx, info, ref.id);
  if (current['archivedAt']) throw new AppError('VALIDATION', `${info.label} är redan arkiverad.`);
  return updateRecord(ctx, info, ref, { archivedAt: ctx.clock.now(), archivedBy: ctx.actor.login }, 'archive');
}

export async function restoreRecord<N extends TableName>(
  ctx: ServiceContext,
  info: EntityInfo<N>,
  ref: { id: number; version: number },
): Promise<RecordOf<N>> {
  return updateRecord(ctx, info, ref, { archivedAt: null, archivedBy: null }, 'restore');
}

/**
 * Links to leases, now that the leases table and the tables that point at
 * it have met: `municipal_contracts.lease_id` (the lease a kommunalt
 * kontrakt sits on) and `land_deliveries.lease_id` (the city's lease of a
 * delivered dwelling) get real foreign keys, and open contracts are linked
 * to the lease that covers their start.
 *
 * SQLite cannot add a foreign key to an existing column: the table is
 * rebuilt (create a copy with the key, copy the rows, drop, rename,
 * recreate the indexes). Knex's SQLite DDL helper does exactly that for
 * `alterTable(… foreign …)`. Dropping `municipal_contracts` with keys on
 * would fail (its phase moves point at it), and `PRAGMA foreign_keys` is a
 * no-op inside a transaction, so the migrator turns keys off on its
 * connection before its one wrapping transaction and runs
 * `PRAGMA foreign_key_check` before that commits (electron/db/migrate.ts).
 * The migration therefore runs in that transaction like every other: a
 * killed upgrade rolls back whole and never leaves knex's lock set.
 * Verified by tests/integration/leaseLinksMigration.test.ts: rows, ids,
 * the id sequence and every index survive, and the keys are enforced
 * afterwards. (Knex alone would restart the id sequence at the highest
 * remaining id.)
 */
import type { Knex } from 'knex';
import { isSqlite, rawRows } from '../electron/db/dialect';

const LINKS = [
  { table: 'municipal_contracts', entity: 'contract' },
  { table: 'land_deliveries', entity: 'landDelivery' },
] as const;

const SYSTEM = 'system';

export async function up(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    for (const link of LINKS) await unlinkMissingLeases(trx, link.table, link.entity);
    await linkOpenContracts(trx);
  });
  for (const link of LINKS) {
    if (await hasLeaseForeignKey(knex, link.table)) continue;
    const sequence = await idSequence(knex, link.table);
    await knex.schema.alterTable(link.table, (t) => {
      t.foreign('lease_id', `${link.table}_lease_id_foreign`).references('id').inTable('leases');
    });
    await restoreIdSequence(knex, link.table, sequence);
  }
}

/**
 * A reference to a lease that does not exist would make the new key fail.
 * None should exist (nothing wrote one), but a database is not refused for
 * it: the reference is cleared, and the audit log says so.
 */
async function unlinkMissingLeases(trx: Knex.Transaction, table: string, entity: string): Promise<void> {
  const rows = (await trx(table)
    .whereNotNull('lease_id')
    .whereNotExists(
      trx('leases')
        .whereRaw('leases.id = ??', [`${table}.lease_id`])
        .select(trx.raw('1')),
    )
    .select('id', 'version', 'lease_id')) as { id: number; version: number; lease_id: number }[];
  const at = new Date().toISOString();
  for (const r of rows) {
    await trx(table)
      .where({ id: r.id })
      .update({ lease_id: null, version: r.version + 1, updated_at: at, updated_by: SYSTEM });
    await trx('audit_log').insert({
      at,
      actor: SYSTEM,
      entity,
      entity_id: r.id,
      action: 'link',
      before: JSON.stringify({ leaseId: r.lease_id, version: r.version }),
      after: JSON.stringify({ leaseId: null, version: r.version + 1 }),
    });
  }
}

/**
 * Contracts registered before the link existed, and not yet ended, are
 * linked to the lease of their unit that covers their start date (the
 * latest such lease, if two do). Ended contracts are public records as
 * they were, and are left alone. Each link bumps the version and is in
 * the contract's history, by "system".
 */
async function linkOpenContracts(trx: Knex.Transaction): Promise<void> {
  const rows = rawRows<{ id: number; version: number; lease_id: number | null }>(
    await trx.raw(`
    select c.id, c.version, (
      select l.id from lease_units lu join leases l on l.id = lu.lease_id
      where lu.unit_id = c.unit_id and l.archived_at is null and l.status <> 'utkast'
        and l.start_date <= c.start_date and (l.ends_on is null or l.ends_on >= c.start_date)
      order by l.start_date desc, l.id desc limit 1
    ) as lease_id
    from municipal_contracts c
    where c.lease_id is null and c.archived_at is null and c.status in ('utkast', 'aktivt', 'uppsagt')`),
  );
  const at = new Date().toISOString();
  for (const r of rows.filter((x) => x.lease_id !== null)) {
    await trx('municipal_contracts')
      .where({ id: r.id })
      .update({ lease_id: r.lease_id, version: r.version + 1, updated_at: at, updated_by: SYSTEM });
    await trx('audit_log').insert({
      at,
      actor: SYSTEM,
      entity: 'contract',
      entity_id: r.id,
      action: 'link',
      before: JSON.stringify({ leaseId: null, version: r.version }),
      after: JSON.stringify({ leaseId: r.lease_id, version: r.version + 1 }),
    });
  }
}

async function hasLeaseForeignKey(knex: Knex, table: string): Promise<boolean> {
  if (!isSqlite(knex)) return false;
  const keys = (await knex.raw(`pragma foreign_key_list(${table})`)) as { table: string; from: string }[];
  return keys.some((k) => k.from === 'lease_id' && k.table === 'leases');
}

/**
 * The AUTOINCREMENT counter: ids are never given twice (the audit log
 * refers to records by id), so the rebuilt table continues from where the
 * old one was, not from its highest remaining id.
 */
async function idSequence(knex: Knex, table: string): Promise<number | null> {
  if (!isSqlite(knex)) return null;
  const row = (await knex('sqlite_sequence').where({ name: table }).first('seq')) as { seq: number } | undefined;
  return row?.seq ?? null;
}

async function restoreIdSequence(knex: Knex, table: string, seq: number | null): Promise<void> {
  if (seq === null) return;
  const updated = await knex('sqlite_sequence').where({ name: table }).where('seq', '<', seq).update({ seq });
  const present: unknown = await knex('sqlite_sequence').where({ name: table }).first('seq');
  if (updated === 0 && !present) await knex('sqlite_sequence').insert({ name: table, seq });
}

export async function down(knex: Knex): Promise<void> {
  for (const link of LINKS) {
    await knex.schema.alterTable(link.table, (t) => t.dropForeign('lease_id', `${link.table}_lease_id_foreign`));
  }
}

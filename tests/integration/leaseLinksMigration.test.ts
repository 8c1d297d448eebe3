/**
 * Migration 0007 on a database in use: the tables it rebuilds to add the
 * lease foreign keys keep every row, id, index and the id sequence; the
 * keys hold afterwards; open contracts get the lease covering their start,
 * ended ones are left as they were; a reference to a missing lease is
 * cleared, in the audit log. The database is filled through the app, then
 * taken back to before 0007 with its `down`, and opened again.
 */
import knexFactory, { type Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { knownMigrationNames, migrateDownTo } from '../../electron/db/migrate';
import { ImmediateSqliteClient } from '../../electron/db/sqliteClient';
import { agreementInput, deliveryInput, developerInput } from '../fixtures/landAgreements';
import { contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { leaseInput, leaseWorld } from '../fixtures/leases';
import { skipUnlessSqlite } from './testEngine';
import { openTestBackEnd, type TestBackEnd } from './testBackEnd';

const REBUILT = ['municipal_contracts', 'land_deliveries'];

let plain: Knex | null = null;
let t: TestBackEnd | null = null;
afterEach(async () => {
  await plain?.destroy();
  await t?.close();
  plain = null;
  t = null;
});

/** The database without the app's naming: what the migrator itself sees. */
function openPlain(filename: string): Knex {
  return knexFactory({
    client: ImmediateSqliteClient,
    connection: { filename },
    useNullAsDefault: true,
    pool: {
      min: 1,
      max: 1,
      afterCreate: (
        conn: { exec(sql: string, cb: (e: Error | null) => void): void },
        done: (e: Error | null, c: unknown) => void,
      ) => conn.exec('PRAGMA foreign_keys = ON;', (e) => done(e, conn)),
    },
  });
}

async function schemaOf(db: Knex, table: string): Promise<{ indexes: string[]; keys: string[] }> {
  const indexes = (
    (await db.raw(
      "select sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null order by name",
      [table],
    )) as { sql: string }[]
  ).map((r) => r.sql);
  const keys = ((await db.raw(`pragma foreign_key_list(${table})`)) as { table: string; from: string }[])
    .map((k) => `${k.from}->${k.table}`)
    .sort();
  return { indexes, keys };
}

describe.skipIf(skipUnlessSqlite('migration 0007 rebuilding SQLite tables'))(
  'migration 0007: lease foreign keys on a database in use',
  () => {
    it('keeps rows, ids, indexes and the id sequence, links open contracts, clears a dangling reference, and enforces the keys', async () => {
      t = await openTestBackEnd();
      const world = await leaseWorld(t, 3);
      const lease = await t.call('leases.create', leaseInput({ ...world, unitIds: world.unitIds }));
      const sof = world.departmentId;
      const household = (await t.call('households.create', householdInput(sof))).id;
      const other = (
        await t.call(
          'households.create',
          householdInput(sof, {
            members: [member('Erik Berg', OTHER_ADULT, true)],
            householdSize: 1,
            childrenCount: 0,
          }),
        )
      ).id;
      const open = await t.call(
        'contracts.create',
        contractInput({ unitId: world.unitIds[0]!, householdId: household, referringDepartmentId: sof }),
      );
      const activeOpen = await t.call('contracts.activate', { id: open.id, version: open.version });
      const ended = await t.call(
        'contracts.create',
        contractInput(
          { unitId: world.unitIds[1]!, householdId: other, referringDepartmentId: sof },
          { startDate: '2026-01-01', endDate: '2027-12-31' },
        ),
      );
      const endedActive = await t.call('contracts.activate', { id: ended.id, version: ended.version });
      await t.call('contracts.end', {
        id: ended.id,
        version: endedActive.version,
        endDate: '2026-06-30',
        reason: 'egen_uppsagning',
      });
      const developer = (await t.call('organisations.create', developerInput())).id;
      const agreement = await t.call('landAgreements.create', agreementInput(developer));
      const delivery = await t.call(
        'landDeliveries.create',
        deliveryInput(agreement.id, world.unitIds[2]!, { leaseId: lease.id }),
      );
      const dbPath = t.dbPath;
      await t.close();
      t = null;

      // Back to before 0007, as a database of the previous version would be.
      plain = openPlain(dbPath);
      // The search index and its neighbours (0140–0149) are taken back first,
      // latest first: its triggers name municipal_contracts, which 0007 rebuilds.
      // Later migrations stay, as 0007 is taken back alone: their indexes are
      // in the schema before and after.
      for (const name of knownMigrationNames()
        .filter((n) => n.startsWith('014'))
        .reverse()) {
        await migrateDownTo(plain, name);
      }
      await migrateDownTo(plain, '0007_lease_links');
      expect(await schemaOf(plain, 'municipal_contracts')).toMatchObject({
        keys: ['household_id->households', 'referring_department_id->departments', 'unit_id->units'],
      });
      await plain('municipal_contracts').update({ lease_id: null });
      await plain('land_deliveries').where({ id: delivery.id }).update({ lease_id: 9999 });
      // A gap at the end of the id series (a row removed by hand): ids must still never be reused.
      await plain('sqlite_sequence').where({ name: 'municipal_contracts' }).update({ seq: 10 });
      const before = {
        contracts: (await plain('municipal_contracts').orderBy('id')) as Record<string, unknown>[],
        deliveries: (await plain('land_deliveries').orderBy('id')) as Record<string, unknown>[],
        phaseMoves: (await plain('contract_phase_moves').count({ n: '*' }).first()) as { n: number },
        schema: Object.fromEntries(
          await Promise.all(REBUILT.map(async (table) => [table, await schemaOf(plain!, table)] as const)),
        ),
      };
      await plain.destroy();
      plain = null;

      t = await openTestBackEnd({ dbPath });
      const knex = t.backEnd.database.knex;
      plain = openPlain(dbPath);
      for (const table of REBUILT) {
        const after = await schemaOf(plain, table);
        expect(after.indexes).toEqual(before.schema[table]!.indexes);
        expect(after.keys).toEqual([...before.schema[table]!.keys, 'lease_id->leases'].sort());
      }
      expect(before.schema['land_deliveries']!.indexes.join('\n')).toContain('where `archived_at` is null');

      // Every row and column as before, but for the links the migration made.
      const contracts = (await plain('municipal_contracts').orderBy('id')) as Record<string, unknown>[];
      expect(contracts.map((c) => c['id'])).toEqual(before.contracts.map((c) => c['id']));
      const linked = contracts.find((c) => c['id'] === open.id)!;
      expect(linked).toMatchObject({ lease_id: lease.id, version: activeOpen.version + 1, updated_by: 'system' });
      const {
        lease_id: _l,
        version: _v,
        updated_at: _u,
        updated_by: _b,
        ...unchanged
      } = before.contracts.find((c) => c['id'] === open.id)!;
      expect(linked).toMatchObject(unchanged);
      expect(contracts.find((c) => c['id'] === ended.id)).toEqual(before.contracts.find((c) => c['id'] === ended.id));
      expect((await plain('contract_phase_moves').count({ n: '*' }).first()) as { n: number }).toEqual(
        before.phaseMoves,
      );

      const deliveries = (await plain('land_deliveries').orderBy('id')) as Record<string, unknown>[];
      expect(deliveries[0]).toMatchObject({
        ...before.deliveries[0],
        lease_id: null,
        version: (before.deliveries[0]!['version'] as number) + 1,
        updated_by: 'system',
        updated_at: expect.any(String),
      });

      const history = await t.call('audit.forRecord', { entity: 'contract', id: open.id });
      expect(history[0]).toMatchObject({ action: 'link', actor: 'system', changes: { leaseId: [null, lease.id] } });
      const deliveryHistory = await t.call('audit.forRecord', { entity: 'landDelivery', id: delivery.id });
      expect(deliveryHistory[0]).toMatchObject({ action: 'link', actor: 'system', changes: { leaseId: [9999, null] } });

      // The id series goes on after the gap.
      const next = await t.call(
        'contracts.create',
        contractInput(
          { unitId: world.unitIds[2]!, householdId: other, referringDepartmentId: sof },
          { startDate: '2028-11-01', endDate: '2029-10-31' },
        ),
      );
      expect(next.id).toBe(11);
      // And the keys hold.
      await expect(knex('municipalContracts').where({ id: open.id }).update({ leaseId: 9999 })).rejects.toThrow(
        /FOREIGN KEY constraint failed/,
      );
      await expect(knex('landDeliveries').where({ id: delivery.id }).update({ leaseId: 9999 })).rejects.toThrow(
        /FOREIGN KEY constraint failed/,
      );
    });
  },
);

/**
 * The export read's packed rows (packedRows.ts: a chunk of rows as one text
 * value, split in JS) must give exactly the rows knex gives for the same
 * select: every column of every narrow source, NULLs, empty strings, quotes,
 * newlines, tabs, unicode, the separator characters themselves, integers,
 * reals and money.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportColumn } from '../../shared/exports/schema';
import type { ServiceContext } from '../../electron/core/context';
import { chunkStatement } from '../../electron/features/exports/chunkStatement';
import { planNarrowRead, READ_CHUNK } from '../../electron/features/exports/narrowRead';
import { PackedShapeError, unpackRows } from '../../electron/features/exports/packedRows';
import { exportSources } from '../../electron/features/exports/sources';
import { bulkHouseholdsAndContracts, bulkLeases } from '../../electron/cli/benchSeed';
import { Random } from '../../electron/demo/random';
import { dischargeInput, guaranteeInput } from '../fixtures/onward';
import { onPostgres, skipUnlessSqlite } from './testEngine';
import { openTestBackEnd, serviceContext, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let ctx: ServiceContext;

/** Text that a naive join or split would get wrong. */
const TRICKY = [
  '',
  ' ',
  'O\'Brien "citat" ; semikolon',
  'rad ett\nrad två\r\ntre',
  'flik\tflik',
  'Åsa Öberg Ängel – ß ø 中文 🏠',
  'avdelare\u001ffält\u001erad',
  '\u001cser ut som ett tal',
  '\u001d',
  '123',
  '1e5',
  '\\ bakstreck \\',
];

/** Why the file's database tests do not run on PostgreSQL (printed once per test). */
const SQLITE_ONLY = 'the packed read (PostgreSQL reads rows as they are, and its real is 4 bytes)';

beforeAll(async () => {
  if (onPostgres) return;
  t = await openTestBackEnd({ today: '2026-11-26' });
  const db = t.backEnd.database.knex;
  await bulkLeases(t.backEnd, new Random(21), READ_CHUNK + 37);
  await bulkHouseholdsAndContracts(t.backEnd, new Random(22), 40);
  const households = (await db('households').select('id').orderBy('id').limit(4)).map((h) => h.id as number);
  const landlords = (await db('organisations').select('id').orderBy('id').limit(2)).map((o) => o.id as number);
  for (const [i, householdId] of households.entries()) {
    await t.call('guarantees.create', guaranteeInput({ householdId, landlordId: landlords[i % 2]! }, {}));
    await t.call(
      'discharges.create',
      dischargeInput(householdId, { institution: i % 2 ? 'Kumla' : null, notes: 'Plats finns' }),
    );
    await t.call('evictionRisks.create', {
      householdId,
      contractId: null,
      landlordId: i % 2 ? landlords[0]! : null,
      cause: 'storning',
      warningDate: '2026-11-01',
      socialNoticeDate: null,
      departments: ['SOF'],
      actions: i % 2 ? 'Samtal' : null,
      outcome: null,
      outcomeDate: null,
      notes: null,
    });
  }
  // Free text where the sheets read it, straight into the tables (as an import or an old file may hold it).
  const leases = (await db('leases').select('id').orderBy('id').limit(TRICKY.length)).map((r) => r.id as number);
  const units = (await db('units').select('id').orderBy('id').limit(TRICKY.length)).map((r) => r.id as number);
  for (const [i, text] of TRICKY.entries()) {
    await db('leases').where('id', leases[i]!).update({ landlordReference: text, unitSummary: text });
    await db('units')
      .where('id', units[i]!)
      .update({ address: `${text} ${i}`, rooms: [0.1 + 0.2, 2.5, 1 / 3, -0.5, 1e-300, null][i % 6] });
    await db('households')
      .where('id', households[i % households.length]!)
      .update({ holderName: text || 'x' });
  }
  for (const [i, householdId] of households.entries()) {
    await db('discharges')
      .where('householdId', householdId)
      .update({ institution: TRICKY[i]!, notes: TRICKY[i + 3]! });
    await db('evictionRisks')
      .where('householdId', householdId)
      .update({ actions: TRICKY[i + 6]! });
  }
  await db('organisations').where('id', landlords[1]!).update({ name: TRICKY[6]! });
  ctx = serviceContext(t);
}, 120_000);
afterAll(async () => {
  if (!onPostgres) await t.close();
});

/** Every column a source's narrow read can give: its table's own and its joined ones. */
async function allColumns(source: string): Promise<ExportColumn[]> {
  const narrow = exportSources[source]!.narrow!;
  const own = Object.keys(await ctx.db(narrow.table).columnInfo());
  const ids = [...own, ...Object.keys(narrow.joined(ctx.db)), ...Object.keys(narrow.computed ?? {})];
  return ids.map((id) => ({ id, header: id, type: 'text' }));
}

const byRowId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  (a['exportRowId'] as number) - (b['exportRowId'] as number);

describe('packed export rows', () => {
  const sources = Object.entries(exportSources).filter(([, s]) => s.narrow);

  it('cover every source that reads narrowly', () => {
    expect(sources.map(([name]) => name).sort()).toEqual(
      ['contracts', 'discharges', 'evictionRisks', 'guarantees', 'leases', 'units'].sort(),
    );
  });

  for (const [name, source] of sources) {
    it(`${name}: every column exactly as knex reads it`, async () => {
      if (skipUnlessSqlite(SQLITE_ONLY)) return;
      const plan = (await planNarrowRead(ctx, source.narrow!, source.parse({}), await allColumns(name)))!;
      expect(plan).not.toBeNull();
      const idKey = plan.idColumn.split('.').pop()!;
      const ids = ((await plan.idsQuery) as Record<string, number>[]).map((r) => r[idKey]!);
      expect(ids.length).toBeGreaterThan(0);
      const statement = chunkStatement(ctx.db, plan, READ_CHUNK);
      try {
        for (let start = 0; start < ids.length; start += READ_CHUNK) {
          const chunk = ids.slice(start, start + READ_CHUNK);
          const packed = (await statement.run(chunk)).sort(byRowId);
          const plain = (
            (await plan.rowsQuery.clone().whereIn(plan.idColumn, chunk)) as Record<string, unknown>[]
          ).sort(byRowId);
          expect(packed).toHaveLength(chunk.length);
          // toEqual tells 0 from -0, '' from null and 1 from '1'; the keys come in the select's order.
          expect(packed).toEqual(plain);
          expect(packed.map((r) => Object.keys(r))).toEqual(plain.map((r) => Object.keys(r)));
        }
      } finally {
        await statement.close();
      }
    });
  }

  it('reads back the tricky text, the reals and the NULLs that were written', async () => {
    if (skipUnlessSqlite(SQLITE_ONLY)) return;
    const plan = (await planNarrowRead(ctx, exportSources['units']!.narrow!, exportSources['units']!.parse({}), [
      { id: 'address', header: 'a', type: 'text' },
      { id: 'rooms', header: 'r', type: 'number' },
    ]))!;
    const statement = chunkStatement(ctx.db, plan, READ_CHUNK);
    const ids = ((await ctx.db('units').select('id').orderBy('id').limit(TRICKY.length)) as { id: number }[]).map(
      (r) => r.id,
    );
    const rows = (await statement.run(ids)).sort(byRowId);
    await statement.close();
    expect(rows.map((r) => r['address'])).toEqual(TRICKY.map((text, i) => `${text} ${i}`));
    expect(rows.map((r) => r['rooms'])).toEqual(
      TRICKY.map((_text, i) => [0.1 + 0.2, 2.5, 1 / 3, -0.5, 1e-300, null][i % 6]),
    );
  });

  it('keeps any SQLite value exact: extreme reals, large integers, infinities, blobs and odd text', async () => {
    if (skipUnlessSqlite(SQLITE_ONLY)) return;
    const db = ctx.db;
    await db.schema.createTable('packedProbe', (table) => {
      table.increments('id');
      table.specificType('value', ''); // no type: SQLite keeps each value's own type
    });
    try {
      const values: unknown[] = [
        0.1 + 0.2,
        5e-324,
        1.7976931348623157e308,
        -2.2250738585072014e-308,
        Math.PI,
        1 / 3,
        123456789.123,
        Infinity,
        -Infinity,
        9007199254740991,
        -9007199254740991,
        0,
        -1,
        1234550, // money in öre
        null,
        ...TRICKY,
        Buffer.from([0, 31, 30, 255]),
      ];
      await db('packedProbe').insert(values.map((value) => ({ value })));
      const rowsQuery = db('packedProbe').select(db.raw('?? as ??', ['packedProbe.id', 'exportRowId']), 'value');
      const statement = chunkStatement(
        db,
        { rowsQuery, idColumn: 'packedProbe.id', keys: ['exportRowId', 'value'] },
        64,
      );
      const ids = values.map((_v, i) => i + 1);
      const packed = (await statement.run(ids)).sort(byRowId);
      await statement.close();
      const plain = (await rowsQuery.clone().whereIn('packedProbe.id', ids)).sort(byRowId);
      expect(packed).toEqual(plain);
      expect(packed.map((r) => r['value'])).toEqual(values);
    } finally {
      await db.schema.dropTable('packedProbe');
    }
  });

  it('refuses a packed chunk that is not well formed, so the chunk is read again as rows', () => {
    const keys = ['exportRowId', 'name'];
    expect(unpackRows('\u001c1\u001f\u001aAnna\u001e\u001c2\u001f\u001d', keys)).toEqual([
      { exportRowId: 1, name: 'Anna' },
      { exportRowId: 2, name: null },
    ]);
    for (const bad of [
      '\u001c1\u001f\u001aAn\u001fna', // a field separator inside text: a field too many
      '\u001c1\u001f\u001aAn\u001ena', // a row separator inside text: a row too short
      '\u001c1\u001fAnna', // no type marker
      '\u001c1\u001f\u001aA\u001e\u001c1\u001f\u001aB', // the same row twice
      '\u001aett\u001f\u001aAnna', // a row id that is not a number
    ])
      expect(() => unpackRows(bad, keys), JSON.stringify(bad)).toThrow(PackedShapeError);
  });
});

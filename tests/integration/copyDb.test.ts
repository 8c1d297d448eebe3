/**
 * copy-db: a department's SQLite file into an empty database (PostgreSQL
 * on the PostgreSQL pass, another SQLite file on the SQLite pass): every
 * table equal by rows and checksum, ids kept and continued, the app opens
 * the copy and sees the same registers, and a non-empty target is refused
 * with nothing written.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackEnd } from '../../electron/core/backEnd';
import type { BackEnd } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { copyDatabase, CopyRefusedError } from '../../electron/db/copy';
import { parseDbTarget } from '../../electron/db/target';
import { bulkUnits, seedBestand } from '../../electron/demo/bestand';
import { seedLeases } from '../../electron/demo/leases';
import { Random } from '../../electron/demo/random';
import { tempDir } from './testBackEnd';
import { createEmptyTestDatabase, onPostgres } from './testEngine';

let dir: string;
let source: string;
let target: string;
const started: BackEnd[] = [];

async function open(where: string, login = 'testare'): Promise<BackEnd> {
  const b = await startBackEnd({ databasePath: where, today: '2026-11-26', login });
  started.push(b);
  await b.dailyJobRun();
  return b;
}

async function call(b: BackEnd, name: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await dispatch(name, input, b);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

beforeAll(async () => {
  dir = tempDir('bostad-copy-');
  source = path.join(dir, 'avdelningen.sqlite');
  const b = await open(source);
  const random = new Random();
  const bestand = await seedBestand(b, random, 120);
  await seedLeases(b, random, bestand);
  await bulkUnits(b, random, 1300);
  await b.database.close();
  target = onPostgres ? await createEmptyTestDatabase() : path.join(dir, 'kopia.sqlite');
}, 120_000);

afterAll(async () => {
  for (const b of started) await b.database.close().catch(() => {});
});

describe('copy-db', () => {
  it('copies every table with equal rows and checksums, keeps ids, and the app sees the same registers', async () => {
    const lines: string[] = [];
    const copied = await copyDatabase(source, parseDbTarget(target), (l) => lines.push(l));
    const byTable = Object.fromEntries(copied.map((t) => [t.table, t]));
    expect(byTable['units']!.rows).toBeGreaterThan(1300);
    expect(byTable['leases']!.rows).toBeGreaterThan(0);
    expect(byTable['audit_log']!.rows).toBeGreaterThan(100);
    expect(lines.some((l) => /^units: \d+ rader, kontrollsumma [0-9a-f]{16} stämmer$/.test(l))).toBe(true);

    // A server copy is analyzed at once: its planner knows the tables' sizes without waiting for autovacuum.
    if (onPostgres) {
      const to = await open(target, 'statistik');
      const stats = (await to.database.knex.raw("select reltuples from pg_class where relname = 'units'")) as {
        rows: { reltuples: number }[];
      };
      expect(Number(stats.rows[0]!.reltuples)).toBe(byTable['units']!.rows);
      await to.database.close();
    }

    const from = await open(source);
    const to = await open(target);
    expect(to.database.kind).toBe(onPostgres ? 'postgresql' : 'sqlite');
    for (const name of ['units.list', 'leases.list', 'organisations.list']) {
      const query = { sort: [{ column: 'id', direction: 'asc' }], limit: 50, withTotal: true };
      const a = await dispatch(
        name,
        name === 'units.list' ? { ...query, sort: [{ column: 'address', direction: 'asc' }] } : {},
        from,
      );
      const b = await dispatch(
        name,
        name === 'units.list' ? { ...query, sort: [{ column: 'address', direction: 'asc' }] } : {},
        to,
      );
      expect(b).toEqual(a);
    }
    const lease = (await call(from, 'leases.list', { limit: 1 })) as { rows: { id: number }[] };
    expect(await call(to, 'leases.get', { id: lease.rows[0]!.id })).toEqual(
      await call(from, 'leases.get', { id: lease.rows[0]!.id }),
    );

    // The target's own search index was filled as the records arrived: it finds what the source finds.
    const sample = (await from.database.knex('units').orderBy('id').first('address')) as { address: string };
    const found = await call(to, 'search.global', { text: sample.address });
    expect(found).toEqual(await call(from, 'search.global', { text: sample.address }));
    expect((found['groups'] as { register: string }[]).map((g) => g.register)).toContain('units');

    // New records continue after the copied ids, as they would have in the file.
    const maxId = ((await from.database.knex('units').max({ m: 'id' }).first()) as { m: number }).m;
    const ff = ((await call(to, 'departments.list', {})) as unknown as { id: number; code: string }[]).find(
      (d) => d.code === 'FF',
    )!;
    const created = await call(to, 'units.create', {
      objectNumber: 'NY-0001',
      kind: 'modulbostad',
      use: 'akutboende',
      address: 'Nygatan 1',
      postalCode: null,
      district: null,
      rooms: 1,
      areaM2: 20,
      floor: 0,
      responsibleDepartmentId: ff.id,
      ownerType: 'staden',
      ownerOrganisationId: null,
      site: null,
      permitEndDate: null,
      status: 'ledig',
      notes: null,
    });
    expect(created['id']).toBeGreaterThan(maxId);
  }, 120_000);

  it('refuses a target that is not empty, and writes nothing to it', async () => {
    const to = started.at(-1)!;
    const before = Number(((await to.database.knex('units').count({ n: '*' }).first()) as { n: number }).n);
    await expect(copyDatabase(source, parseDbTarget(target))).rejects.toThrow(CopyRefusedError);
    await expect(copyDatabase(source, parseDbTarget(target))).rejects.toThrow(/inte tom.*ingenting har ändrats/);
    expect(Number(((await to.database.knex('units').count({ n: '*' }).first()) as { n: number }).n)).toBe(before);
  });
});

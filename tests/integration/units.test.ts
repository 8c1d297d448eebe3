import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { countRows, openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

let t: TestBackEnd;
let ff: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  ff = (await departmentIds(t))['FF']!;
});
afterEach(async () => {
  await t.close();
});

describe('units: create and audit', () => {
  it('creates a modulbostad and writes one audit row with the record after', async () => {
    const unit = await t.call('units.create', modulbostadInput(ff));
    expect(unit).toMatchObject({
      objectNumber: 'MOD-0001',
      version: 1,
      createdBy: 'testare',
      responsibleDepartmentCode: 'FF',
      permitDaysLeft: 216,
    });
    const audit = (await t.backEnd.database.knex('auditLog').where({ entity: 'unit', entityId: unit.id })) as {
      action: string;
      after: string;
      actor: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('create');
    expect(audit[0]!.actor).toBe('testare');
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ objectNumber: 'MOD-0001', permitEndDate: '2027-06-30' });
  });
});

describe('units: bad input names the field and writes nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    // Left empty, a new unit gets the next number of its series (objectNumbers e2e); too long is refused.
    ['objectNumber', { objectNumber: 'MOD-'.repeat(8) }, /^Objektnummer: högst 30 tecken/],
    ['kind', { kind: 'husbil' }, /^Typ: välj ett av alternativen/],
    ['use', { use: 'hotell' }, /^Användning: välj/],
    ['address', { address: '' }, /^Adress: måste fyllas i/],
    ['postalCode', { postalCode: '2522' }, /^Postnummer: ange fem siffror/],
    ['rooms', { rooms: 0 }, /^Rum: minst 0.5/],
    ['areaM2', { areaM2: 'stor' }, /^Yta m²: ange ett tal/],
    ['floor', { floor: 1.5 }, /^Våning: ange ett heltal/],
    ['responsibleDepartmentId', { responsibleDepartmentId: 999 }, /^Ansvarig förvaltning: välj en förvaltning/],
    ['ownerType', { ownerType: 'ingen' }, /^Ägare: välj/],
    ['ownerOrganisationId', { ownerType: 'hyresvard', ownerOrganisationId: null }, /^Hyresvärd: välj hyresvärden/],
    ['site', { kind: 'lagenhet', permitEndDate: null, site: 'Väla' }, /^Plats: gäller bara modulbostäder/],
    ['permitEndDate', { permitEndDate: '2027-02-30' }, /^Bygglov t\.o\.m\.: ange ett giltigt datum/],
    ['status', { status: 'riven' }, /^Status: välj/],
    ['notes', { notes: 'x'.repeat(4001) }, /^Anteckningar: högst 4000 tecken/],
  ];

  it.each(cases)('%s', async (field, change, message) => {
    const units = await countRows(t, 'units');
    const audits = await countRows(t, 'auditLog');
    const result = await t.send('units.create', { ...modulbostadInput(ff), ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toMatch(message);
    expect(result.error.message).toMatch(message);
    expect(await countRows(t, 'units')).toBe(units);
    expect(await countRows(t, 'auditLog')).toBe(audits);
  });

  it('refuses a second unit with the same object number', async () => {
    await t.call('units.create', modulbostadInput(ff));
    const result = await t.send('units.create', modulbostadInput(ff, { objectNumber: 'mod-0001' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['objectNumber']).toMatch(/MOD-0001 används redan/);
    expect(await countRows(t, 'units')).toBe(1);
  });

  it('refuses an owner that is a developer but not a landlord', async () => {
    const developer = await t.call('organisations.create', landlordInput({ isLandlord: false, isDeveloper: true }));
    const result = await t.send(
      'units.create',
      modulbostadInput(ff, {
        kind: 'lagenhet',
        site: null,
        permitEndDate: null,
        ownerType: 'hyresvard',
        ownerOrganisationId: developer.id,
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['ownerOrganisationId']).toMatch(/inte registrerad som hyresvärd/);
  });
});

describe('units: optimistic concurrency', () => {
  it('two edits from the same version: the second gets CONFLICT naming who saved first; nothing is lost', async () => {
    const unit = await t.call('units.create', modulbostadInput(ff));
    const { id, version, ...rest } = unit;
    const base = { ...modulbostadInput(ff), id, version };
    const first = await t.send('units.update', { ...base, address: 'Första adressen 1' });
    expect(first.ok).toBe(true);

    await t.call('users.setDisplayName', { displayName: 'Testa Testsson' });
    const second = await t.send('units.update', { ...base, address: 'Andra adressen 2' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.error.code).toBe('CONFLICT');
    expect(second.error.message).toMatch(/har ändrats av Testa Testsson/);
    expect(second.error.conflict).toMatchObject({ changedBy: 'Testa Testsson', currentVersion: 2 });

    const stored = await t.call('units.get', { id });
    expect(stored.address).toBe('Första adressen 1');
    expect(stored.version).toBe(2);
    expect(rest.objectNumber).toBe('MOD-0001');
    const actions = (
      await t.backEnd.database.knex('auditLog').where({ entity: 'unit', entityId: id }).orderBy('id')
    ).map((r: { action: string }) => r.action);
    expect(actions).toEqual(['create', 'update']);
  });

  it('two users on one shared file, writing at once: every write lands (BEGIN IMMEDIATE waits, no BUSY)', async () => {
    const colleague = await openTestBackEnd({ dbPath: t.dbPath, login: 'kollega' });
    try {
      const writes = Array.from({ length: 30 }, (_, i) =>
        (i % 2 === 0 ? t : colleague).send('units.create', modulbostadInput(ff, { objectNumber: `PAR-${i}` })),
      );
      const results = await Promise.all(writes);
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(await countRows(t, 'units')).toBe(30);
      const creators = await t.backEnd.database.knex('units').distinct('createdBy');
      expect(creators.map((c) => c.createdBy).sort()).toEqual(['kollega', 'testare']);
    } finally {
      await colleague.close();
    }
  });

  it('the same stale edit from two users on one file: one wins, one is told', async () => {
    const colleague = await openTestBackEnd({ dbPath: t.dbPath, login: 'kollega' });
    try {
      const unit = await t.call('units.create', modulbostadInput(ff));
      const base = { ...modulbostadInput(ff), id: unit.id, version: unit.version };
      const [a, b] = await Promise.all([
        t.send('units.update', { ...base, district: 'Söder' }),
        colleague.send('units.update', { ...base, district: 'Råå' }),
      ]);
      expect([a.ok, b.ok].sort()).toEqual([false, true]);
      const loser = a.ok ? b : a;
      if (!loser.ok) expect(loser.error.code).toBe('CONFLICT');
      const stored = await t.call('units.get', { id: unit.id });
      expect(stored.version).toBe(2);
      expect(stored.district).toBe(a.ok ? 'Söder' : 'Råå');
    } finally {
      await colleague.close();
    }
  });
});

describe('units: archive, never delete', () => {
  it('archived units leave the list but stay in the table, and can be restored', async () => {
    const unit = await t.call('units.create', modulbostadInput(ff));
    const archived = await t.call('units.archive', { id: unit.id, version: unit.version });
    expect(archived.archivedAt).not.toBeNull();
    expect((await t.call('units.list', {})).total).toBe(0);
    expect((await t.call('units.list', { includeArchived: true })).total).toBe(1);
    const again = await t.send('units.archive', { id: unit.id, version: archived.version });
    expect(again.ok).toBe(false);
    const restored = await t.call('units.restore', { id: unit.id, version: archived.version });
    expect(restored.archivedAt).toBeNull();
    expect(await countRows(t, 'units')).toBe(1);
  });
});

describe('units: the list', () => {
  beforeEach(async () => {
    const rows = [
      { objectNumber: 'MOD-1', district: 'Ödåkra', permitEndDate: '2027-01-15', status: 'ledig' as const },
      { objectNumber: 'MOD-2', district: 'Råå', permitEndDate: '2026-10-01', status: 'uthyrd' as const },
      { objectNumber: 'MOD-3', district: 'Söder', permitEndDate: null, status: 'uthyrd' as const },
      { objectNumber: 'MOD-4', district: 'Eneborg', permitEndDate: '2030-05-01', status: 'sparrad' as const },
    ];
    for (const r of rows) await t.call('units.create', modulbostadInput(ff, r));
  });

  it('sorts, with empty values last either way', async () => {
    const asc = await t.call('units.list', { sort: [{ column: 'permitEndDate', direction: 'asc' }] });
    expect(asc.rows.map((r) => r.objectNumber)).toEqual(['MOD-2', 'MOD-1', 'MOD-4', 'MOD-3']);
    const desc = await t.call('units.list', { sort: [{ column: 'permitEndDate', direction: 'desc' }] });
    expect(desc.rows.map((r) => r.objectNumber)).toEqual(['MOD-4', 'MOD-1', 'MOD-2', 'MOD-3']);
  });

  it('quick search ignores case in Swedish letters', async () => {
    const found = await t.call('units.list', { search: 'ÖDÅKRA' });
    expect(found.rows.map((r) => r.objectNumber)).toEqual(['MOD-1']);
  });

  it('filters by set, text and date range, and counts the filtered total', async () => {
    const uthyrd = await t.call('units.list', { filters: { status: { filterType: 'set', values: ['uthyrd'] } } });
    expect(uthyrd.total).toBe(2);
    const text = await t.call('units.list', {
      filters: { district: { filterType: 'text', type: 'startsWith', filter: 'Sö' } },
    });
    expect(text.rows.map((r) => r.objectNumber)).toEqual(['MOD-3']);
    const range = await t.call('units.list', {
      filters: {
        permitEndDate: {
          filterType: 'date',
          type: 'inRange',
          dateFrom: '2026-11-26 00:00:00',
          dateTo: '2027-11-26 00:00:00',
        },
      },
    });
    expect(range.rows.map((r) => r.objectNumber)).toEqual(['MOD-1']);
  });

  it('pages with a stable order', async () => {
    const first = await t.call('units.list', { limit: 2, offset: 0 });
    const second = await t.call('units.list', { limit: 2, offset: 2, withTotal: false });
    expect(first.total).toBe(4);
    expect(second.total).toBeNull();
    expect([...first.rows, ...second.rows].map((r) => r.objectNumber)).toEqual(['MOD-1', 'MOD-2', 'MOD-3', 'MOD-4']);
  });

  it('computes days until the building permit ends', async () => {
    const { rows } = await t.call('units.list', {});
    expect(rows.map((r) => r.permitDaysLeft)).toEqual([50, -56, null, 1252]);
  });

  it('refuses to sort or filter on a column it does not expose', async () => {
    const result = await t.send('units.list', { sort: [{ column: 'searchText', direction: 'asc' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });

  it('summarises the register for the start page', async () => {
    const s = await t.call('units.summary', {});
    expect(s).toEqual({
      total: 4,
      byStatus: { ledig: 1, uthyrd: 2, sparrad: 1 },
      permitsEndingSoon: 1,
      permitsEnded: 1,
    });
  });
});

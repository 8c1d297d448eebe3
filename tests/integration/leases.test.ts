import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let w: LeaseWorld;

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  w = await leaseWorld(t);
});
afterEach(async () => {
  await t.close();
});

const two = () => ({ ...w, unitIds: w.unitIds.slice(0, 2) });

describe('leases: create', () => {
  it('numbers the lease HA-2026-0001, links its units, stores its deadlines and audits it', async () => {
    const lease = await t.call('leases.create', leaseInput(two()));
    expect(lease).toMatchObject({
      leaseNumber: 'HA-2026-0001',
      status: 'aktiv',
      unitSummary: 'LGH-0001, LGH-0002',
      unitCount: 2,
      landlordName: 'Öresundshem AB',
      departmentCode: 'SOF',
      // JB 12:4 andra stycket, agreed nine months before the term ends 2027-12-31.
      nextNoticeDate: '2027-03-31',
      nextNoticeEndsOn: '2027-12-31',
      currentPeriodEnd: '2027-12-31',
      endsOn: null,
      daysLeft: 125,
      currentRentOre: 24_000_000,
    });
    expect(lease.units.map((u) => u.objectNumber)).toEqual(['LGH-0001', 'LGH-0002']);
    const audit = (await t.backEnd.database.knex('auditLog').where({ entity: 'lease', entityId: lease.id })) as {
      action: string;
      after: string;
    }[];
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({
      leaseNumber: 'HA-2026-0001',
      unitSummary: 'LGH-0001, LGH-0002',
    });
    const second = await t.call('leases.create', leaseInput({ ...w, unitIds: [w.unitIds[2]!] }));
    expect(second.leaseNumber).toBe('HA-2026-0002');
  });

  it('a tills vidare lease has no stored deadline (it can be given notice any month) and no period end', async () => {
    const lease = await t.call(
      'leases.create',
      leaseInput(two(), {
        termType: 'tillsvidare',
        endDate: null,
        extensionMonths: null,
        premises: 'bostad',
        noticeMonthsTenant: null,
        noticeMonthsLandlord: null,
      }),
    );
    expect(lease).toMatchObject({ nextNoticeDate: null, currentPeriodEnd: null, endsOn: null, daysLeft: null });
  });

  it('a fixed term of at most nine months without extension ends by itself: endsOn is its end date', async () => {
    const lease = await t.call(
      'leases.create',
      leaseInput(two(), { startDate: '2026-06-01', endDate: '2027-02-28', extensionMonths: null }),
    );
    expect(lease).toMatchObject({ endsOn: '2027-02-28', nextNoticeDate: null });
    const unit = await t.call('units.get', { id: w.unitIds[0]! });
    expect(unit.leaseEndsOn).toBe('2027-02-28');
  });
});

describe('leases: bad input gets a Swedish message naming the field, and nothing changes', () => {
  const cases: [string, string, Record<string, unknown>, RegExp][] = [
    ['end date before the start', 'endDate', { endDate: '2024-12-31' }, /^Slutdatum: får inte vara före startdatum/],
    ['a negative rent', 'rentPerYearOre', { rentPerYearOre: -100 }, /^Årshyra: får inte vara negativt/],
    ['a rent in fractions of öre', 'rentPerYearOre', { rentPerYearOre: 10.5 }, /^Årshyra: ange beloppet i hela ören/],
    ['no units', 'unitIds', { unitIds: [] }, /^Bostäder: välj minst en bostad/],
    [
      'a fixed term without end date',
      'endDate',
      { endDate: '' },
      /^Slutdatum: måste fyllas i för ett tidsbestämt avtal/,
    ],
    ['an impossible date', 'startDate', { startDate: '2026-02-30' }, /^Startdatum: ange ett giltigt datum/],
    ['notice of 0 months', 'noticeMonthsTenant', { noticeMonthsTenant: 0 }, /^Uppsägningstid för staden: minst 1/],
    [
      'KPI without a base index',
      'kpiBaseIndex',
      { indexationKind: 'kpi', kpiBaseMonth: '2024-10' },
      /^Basindex: måste fyllas i/,
    ],
    [
      'a base month not written YYYY-MM',
      'kpiBaseMonth',
      { indexationKind: 'kpi', kpiBaseIndex: 414.6, kpiBaseMonth: 'okt 2024' },
      /^Basmånad: ange månad som ÅÅÅÅ-MM/,
    ],
    [
      'sublet told without a date',
      'subletNotifiedDate',
      { subletNotified: true, subletNotifiedDate: null },
      /^Underrättad datum: ange när/,
    ],
    [
      'extension on a tills vidare lease',
      'extensionMonths',
      { termType: 'tillsvidare', endDate: null, extensionMonths: 12 },
      /^Förlängningstid: gäller bara tidsbestämda/,
    ],
    [
      'a status set by hand to uppsagd',
      'status',
      { status: 'uppsagd' },
      /^Status: Uppsagd sätts genom att registrera en uppsägning/,
    ],
    ['a landlord that does not exist', 'landlordId', { landlordId: 999 }, /^Hyresvärd: välj en hyresvärd/],
  ];

  it.each(cases)('%s', async (_name, field, change, message) => {
    const before = await Promise.all(
      ['leases', 'leaseUnits', 'auditLog', 'leaseNumberCounters'].map((tb) => countRows(t, tb)),
    );
    const result = await t.send('leases.create', { ...leaseInput(two()), ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toMatch(message);
    const after = await Promise.all(
      ['leases', 'leaseUnits', 'auditLog', 'leaseNumberCounters'].map((tb) => countRows(t, tb)),
    );
    expect(after).toEqual(before);
  });

  it('refuses a unit already on another active lease for the same period, and gives the number back', async () => {
    await t.call('leases.create', leaseInput(two()));
    const audits = await countRows(t, 'auditLog');
    const clash = await t.send(
      'leases.create',
      leaseInput({ ...w, unitIds: [w.unitIds[1]!, w.unitIds[2]!] }, { startDate: '2026-01-01', endDate: '2026-12-31' }),
    );
    expect(clash.ok).toBe(false);
    if (!clash.ok)
      expect(clash.error.fields?.['unitIds']).toBe(
        'Bostäder: LGH-0002 ingår redan i hyresavtal HA-2026-0001 (från 2025-01-01, tills vidare) under samma period.',
      );
    expect(await countRows(t, 'leases')).toBe(1);
    expect(await countRows(t, 'auditLog')).toBe(audits);
    // The refused create gave its number back: the next lease is 0002, no gap.
    const next = await t.call('leases.create', leaseInput({ ...w, unitIds: [w.unitIds[2]!] }));
    expect(next.leaseNumber).toBe('HA-2026-0002');
  });

  it('allows the same unit on a lease that starts after the other one has ended', async () => {
    await t.call(
      'leases.create',
      leaseInput(two(), { startDate: '2026-01-01', endDate: '2026-09-30', extensionMonths: null }),
    );
    const later = await t.send('leases.create', leaseInput(two(), { startDate: '2026-10-01', endDate: '2029-09-30' }));
    expect(later.ok).toBe(true);
  });
});

describe('leases: numbers under concurrent use', () => {
  it('two users on one shared file creating leases at once: every number unique and gapless', async () => {
    const extra: number[] = [];
    for (let i = 0; i < 16; i++) {
      const u = await t.call('units.create', {
        objectNumber: `PAR-${i}`,
        kind: 'lagenhet',
        use: 'bostadssocial',
        address: `Parallellgatan ${i}`,
        postalCode: null,
        district: null,
        rooms: 2,
        areaM2: 50,
        floor: 1,
        responsibleDepartmentId: w.ff,
        ownerType: 'hyresvard',
        ownerOrganisationId: w.landlordId,
        site: null,
        permitEndDate: null,
        status: 'uthyrd',
        notes: null,
      });
      extra.push(u.id);
    }
    const colleague = await openTestBackEnd({ dbPath: t.dbPath, login: 'kollega', today: '2026-11-26' });
    try {
      const results = await Promise.all(
        extra.map((unitId, i) =>
          (i % 2 === 0 ? t : colleague).send('leases.create', leaseInput({ ...w, unitIds: [unitId] })),
        ),
      );
      expect(results.filter((r) => !r.ok)).toEqual([]);
      const numbers = (await t.backEnd.database.knex('leases').orderBy('leaseNumber').select('leaseNumber')).map(
        (r) => r.leaseNumber,
      );
      expect(numbers).toEqual(Array.from({ length: 16 }, (_, i) => `HA-2026-${String(i + 1).padStart(4, '0')}`));
      const creators = await t.backEnd.database.knex('leases').distinct('createdBy');
      expect(creators.map((c) => c.createdBy).sort()).toEqual(['kollega', 'testare']);
    } finally {
      await colleague.close();
    }
  });

  it('numbers restart at 0001 each year', async () => {
    await t.call('leases.create', leaseInput({ ...w, unitIds: [w.unitIds[0]!] }));
    const nextYear = await openTestBackEnd({ dbPath: t.dbPath, today: '2027-01-02' });
    try {
      const lease = await nextYear.call('leases.create', leaseInput({ ...w, unitIds: [w.unitIds[1]!] }));
      expect(lease.leaseNumber).toBe('HA-2027-0001');
    } finally {
      await nextYear.close();
    }
  });
});

describe('leases: optimistic concurrency on edit', () => {
  it('a stale edit is refused with who saved first; the stored lease is unchanged', async () => {
    const lease = await t.call('leases.create', leaseInput(two()));
    const edit = { ...leaseInput(two()), id: lease.id, version: lease.version };
    expect((await t.send('leases.update', { ...edit, notes: 'Första' })).ok).toBe(true);
    const stale = await t.send('leases.update', { ...edit, notes: 'Andra' });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('leases.get', { id: lease.id })).notes).toBe('Första');
  });

  it('an edit that changes the units and the end date recomputes the deadlines and the unit summary', async () => {
    const lease = await t.call('leases.create', leaseInput(two()));
    const updated = await t.call('leases.update', {
      ...leaseInput({ ...w, unitIds: [w.unitIds[3]!] }),
      endDate: '2028-06-30',
      id: lease.id,
      version: lease.version,
    });
    expect(updated).toMatchObject({
      unitSummary: 'LGH-0004',
      nextNoticeDate: '2027-09-30',
      nextNoticeEndsOn: '2028-06-30',
      version: 2,
    });
    expect((await t.call('leases.list', { unitId: w.unitIds[0]! })).total).toBe(0);
    expect((await t.call('leases.list', { unitId: w.unitIds[3]! })).total).toBe(1);
  });
});

describe('leases: the list', () => {
  beforeEach(async () => {
    // Deadlines 2027-03-31 (125 days), 2026-12-31 (35 days) and none (tills vidare).
    await t.call('leases.create', leaseInput({ ...w, unitIds: [w.unitIds[0]!] }));
    await t.call(
      'leases.create',
      leaseInput({ ...w, unitIds: [w.unitIds[1]!] }, { endDate: '2027-09-30', landlordReference: 'Ref Råå' }),
    );
    await t.call(
      'leases.create',
      leaseInput({ ...w, unitIds: [w.unitIds[2]!] }, { termType: 'tillsvidare', endDate: null, extensionMonths: null }),
    );
  });

  it('sorts by the next notice deadline by default, leases without one last', async () => {
    const { rows } = await t.call('leases.list', {});
    expect(rows.map((r) => [r.leaseNumber, r.nextNoticeDate, r.daysLeft])).toEqual([
      ['HA-2026-0002', '2026-12-31', 35],
      ['HA-2026-0001', '2027-03-31', 125],
      ['HA-2026-0003', null, null],
    ]);
  });

  it('filters "deadline within N days"', async () => {
    const within60 = await t.call('leases.list', { deadlineWithinDays: 60 });
    expect(within60.rows.map((r) => r.leaseNumber)).toEqual(['HA-2026-0002']);
    expect((await t.call('leases.list', { deadlineWithinDays: 200 })).total).toBe(2);
  });

  it('finds a lease by a unit, the landlord’s reference or name with the quick search', async () => {
    expect((await t.call('leases.list', { search: 'lgh-0003' })).rows.map((r) => r.leaseNumber)).toEqual([
      'HA-2026-0003',
    ]);
    expect((await t.call('leases.list', { search: 'RÅÅ' })).rows.map((r) => r.leaseNumber)).toEqual(['HA-2026-0002']);
    expect((await t.call('leases.list', { search: 'öresundshem' })).total).toBe(3);
    expect((await t.call('leases.list', { landlordId: w.landlordId })).total).toBe(3);
  });
});

describe('leases: indexation from the KPI table', () => {
  it('the current rent follows KPI October to October from 1 January, and changes when the table does', async () => {
    const lease = await t.call(
      'leases.create',
      leaseInput(two(), {
        indexationKind: 'kpi',
        kpiBaseIndex: 408.92,
        kpiBaseMonth: '2023-10',
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        rentPerYearOre: 12_000_000,
      }),
    );
    // No KPI after the base yet in the table: the 2025 adjustment cannot be made.
    expect(lease.currentRentOre).toBe(12_000_000);
    expect(lease.rentMissingIndexMonth).toBe('2024-10');

    await t.call('kpi.save', { month: '2024-10', value: 414.6 });
    const oct25 = await t.call('kpi.save', { month: '2025-10', value: 418.8 });
    const after = await t.call('leases.get', { id: lease.id });
    // 12 000 000 × 418,8 / 408,92 = 12 289 934,46 → 12 289 934 öre, from 2026-01-01.
    expect(after.currentRentOre).toBe(12_289_934);
    expect(after.rentMissingIndexMonth).toBeNull();
    expect(after.rentHistory.adjustments.map((a) => [a.effectiveFrom, a.yearlyRentOre, a.indexMonth ?? null])).toEqual([
      ['2024-01-01', 12_000_000, null],
      ['2025-01-01', 12_166_683, '2024-10'],
      ['2026-01-01', 12_289_934, '2025-10'],
    ]);
    expect(after.version).toBe(lease.version);

    // A correction of a KPI value is versioned, audited and reflected at once.
    await t.call('kpi.save', { id: oct25.id, version: oct25.version, month: '2025-10', value: 420 });
    expect((await t.call('leases.get', { id: lease.id })).currentRentOre).toBe(12_325_149);
    const kpiAudit = await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'kpi', entityId: oct25.id })
      .pluck('action');
    expect(kpiAudit).toEqual(['create', 'update']);
    const dup = await t.send('kpi.save', { month: '2025-10', value: 1 });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error.fields?.['month']).toMatch(/^Månad: KPI för 2025-10 finns redan/);
  });

  it('a fixed 3 % a year is compounded each 1 January', async () => {
    const lease = await t.call(
      'leases.create',
      leaseInput(two(), {
        indexationKind: 'fixed',
        fixedPercentPerYear: 3,
        startDate: '2025-03-01',
        rentPerYearOre: 10_000_000,
      }),
    );
    expect(lease.currentRentOre).toBe(10_300_000);
    expect(lease.rentHistory.adjustments).toHaveLength(2);
  });
});

describe('leases: termination', () => {
  it('a notice from the city computes the end, makes the lease uppsagd and shows on its units; after the end it is avslutad', async () => {
    const lease = await t.call('leases.create', leaseInput(two()));
    const terminated = await t.call('leases.terminate', {
      id: lease.id,
      version: lease.version,
      noticeGivenBy: 'staden',
      noticeDate: '2026-11-20',
      noticeReason: 'Behovet har upphört',
      agreedEndDate: null,
    });
    expect(terminated).toMatchObject({
      status: 'uppsagd',
      endsOn: '2027-12-31',
      noticeRule: 'JB 12:4 andra stycket (avtalad uppsägningstid)',
      nextNoticeDate: null,
      noticeReason: 'Behovet har upphört',
    });
    expect((await t.call('units.get', { id: w.unitIds[0]! })).leaseEndsOn).toBe('2027-12-31');
    const audit = await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'lease', entityId: lease.id })
      .orderBy('id')
      .pluck('action');
    expect(audit).toEqual(['create', 'terminate']);

    const again = await t.send('leases.terminate', {
      id: lease.id,
      version: terminated.version,
      noticeGivenBy: 'staden',
      noticeDate: '2026-11-21',
      noticeReason: null,
      agreedEndDate: null,
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toMatch(/^Uppsägningsdatum: avtalet är uppsagt/);

    // The day after the end, the first list of the day finds it avslutad (no background job).
    const later = await openTestBackEnd({ dbPath: t.dbPath, today: '2028-01-01', login: 'kollega' });
    try {
      const { rows } = await later.call('leases.list', {});
      expect(rows.find((r) => r.id === lease.id)?.status).toBe('avslutad');
      const ended = (await later.backEnd.database
        .knex('auditLog')
        .where({ entity: 'lease', entityId: lease.id, action: 'end' })) as { actor: string }[];
      expect(ended.map((e) => e.actor)).toEqual(['system']);
      expect((await later.call('units.get', { id: w.unitIds[0]! })).leaseEndsOn).toBeNull();
      // The units are free again for a new lease.
      expect(
        (await later.send('leases.create', leaseInput(two(), { startDate: '2028-01-01', endDate: '2030-12-31' }))).ok,
      ).toBe(true);
    } finally {
      await later.close();
    }
  });

  it('a notice one day late rolls the lokal lease into its 36-month extension (JB 12:4 andra stycket)', async () => {
    const lease = await t.call('leases.create', leaseInput(two(), { endDate: '2027-08-31' }));
    expect(lease.nextNoticeDate).toBe('2026-11-30');
    const late = await openTestBackEnd({ dbPath: t.dbPath, today: '2026-12-01' });
    try {
      const fresh = await late.call('leases.get', { id: lease.id });
      const result = await late.call('leases.terminate', {
        id: lease.id,
        version: fresh.version,
        noticeGivenBy: 'staden',
        noticeDate: '2026-12-01',
        noticeReason: null,
        agreedEndDate: null,
      });
      expect(result.endsOn).toBe('2030-08-31');
    } finally {
      await late.close();
    }
  });

  it('JB 12:5: the city may leave a fixed-term bostad at three months to a month-end', async () => {
    const lease = await t.call(
      'leases.create',
      leaseInput(two(), {
        premises: 'bostad',
        noticeMonthsTenant: null,
        noticeMonthsLandlord: null,
        extensionMonths: null,
      }),
    );
    const result = await t.call('leases.terminate', {
      id: lease.id,
      version: lease.version,
      noticeGivenBy: 'staden',
      noticeDate: '2026-11-26',
      noticeReason: null,
      agreedEndDate: null,
      tenantEarlyExit: true,
    });
    expect(result).toMatchObject({ endsOn: '2027-02-28', noticeRule: 'JB 12:5 första stycket' });
  });

  it('by agreement the agreed day ends the lease; a notice dated in the future is refused', async () => {
    const lease = await t.call('leases.create', leaseInput(two()));
    const future = await t.send('leases.terminate', {
      id: lease.id,
      version: lease.version,
      noticeGivenBy: 'hyresvarden',
      noticeDate: '2026-12-01',
      noticeReason: null,
      agreedEndDate: null,
    });
    expect(future.ok).toBe(false);
    if (!future.ok) expect(future.error.fields?.['noticeDate']).toMatch(/^Uppsägningsdatum: kan inte vara efter i dag/);
    const agreed = await t.call('leases.terminate', {
      id: lease.id,
      version: lease.version,
      noticeGivenBy: 'overenskommelse',
      noticeDate: '2026-11-26',
      noticeReason: 'Flytt till nya lokaler',
      agreedEndDate: '2027-03-31',
    });
    expect(agreed).toMatchObject({ status: 'uppsagd', endsOn: '2027-03-31', noticeRule: 'Överenskommelse' });
  });
});

describe('leases: stored deadlines move on with the calendar (lazy refresh, no background job)', () => {
  it('the day after a deadline the list, the lease and Bevakning show the next one and the missed one', async () => {
    const lease = await t.call('leases.create', leaseInput(two(), { endDate: '2027-08-31' }));
    expect(lease.nextNoticeDate).toBe('2026-11-30');
    const later = await openTestBackEnd({ dbPath: t.dbPath, today: '2026-12-01' });
    try {
      const opened = await later.call('leases.get', { id: lease.id });
      expect(opened).toMatchObject({
        nextNoticeDate: '2029-11-30',
        nextNoticeEndsOn: '2030-08-31',
        missedNoticeDate: '2026-11-30',
        version: lease.version,
      });
      const { rows } = await later.call('leases.list', { deadlineWithinDays: 365 });
      expect(rows).toEqual([]);
      const { items } = await later.call('watch.list', {});
      expect(items.map((i) => [i.kind, i.date, i.daysLeft])).toEqual([['lease.noticeMissed', '2026-11-30', -1]]);
      // No audit rows for a cache refresh: only the create.
      expect(await countRows(later, 'auditLog')).toBe(await countRows(t, 'auditLog'));
    } finally {
      await later.close();
    }
  });
});

describe('leases: Bevakning', () => {
  it('lists notice deadlines, missed deadlines, endings, extensions and untold sublets within the horizon, sorted by date', async () => {
    const [u1, u2, u3, u4] = w.unitIds as [number, number, number, number];
    // Deadline 2027-03-31 (125 days: outside 120, inside 200).
    await t.call('leases.create', leaseInput({ ...w, unitIds: [u1] }));
    // Deadline 2026-11-15 missed eleven days ago: the lease rolled on to 2030-02-28.
    await t.call('leases.create', leaseInput({ ...w, unitIds: [u2] }, { endDate: '2027-08-15' }));
    // Terminated: ends 2027-02-28.
    const ending = await t.call(
      'leases.create',
      leaseInput(
        { ...w, unitIds: [u3] },
        {
          premises: 'bostad',
          noticeMonthsTenant: null,
          noticeMonthsLandlord: null,
          extensionMonths: null,
          subletNotified: false,
          subletNotifiedDate: null,
        },
      ),
    );
    await t.call('leases.terminate', {
      id: ending.id,
      version: ending.version,
      noticeGivenBy: 'staden',
      noticeDate: '2026-11-26',
      noticeReason: null,
      agreedEndDate: null,
      tenantEarlyExit: true,
    });
    // Bostad, period ends 2027-01-31 and rolls into 12 more months (deadline 2026-10-31 missed);
    // landlord not told of the sublet.
    await t.call(
      'leases.create',
      leaseInput(
        { ...w, unitIds: [u4] },
        {
          premises: 'bostad',
          startDate: '2025-02-01',
          endDate: '2026-01-31',
          extensionMonths: 12,
          noticeMonthsTenant: 3,
          noticeMonthsLandlord: 3,
          subletNotified: false,
          subletNotifiedDate: null,
        },
      ),
    );

    const { items, counts } = await t.call('watch.list', {});
    expect(items.map((i) => [i.kind, i.date, i.daysLeft, i.title.split(',')[0]])).toEqual([
      ['lease.subletNotice', '2025-01-01', -694, 'HA-2026-0003'],
      ['lease.subletNotice', '2025-02-01', -663, 'HA-2026-0004'],
      ['lease.noticeMissed', '2026-10-31', -26, 'HA-2026-0004'],
      ['lease.noticeMissed', '2026-11-15', -11, 'HA-2026-0002'],
      ['lease.extends', '2027-01-31', 66, 'HA-2026-0004'],
      ['lease.ends', '2027-02-28', 94, 'HA-2026-0003'],
    ]);
    expect(items[4]!.detail).toBe(
      'Hyrestiden går ut 2027-01-31; utan uppsägning förlängs avtalet med 12 månader till 2028-01-31 (sista dag att säga upp var 2026-10-31).',
    );
    expect(items[2]!.route).toMatch(/^hyresavtal\/\d+$/);
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'lease.subletNotice', total: 2, overdue: 2 },
        { kind: 'lease.noticeMissed', total: 2, overdue: 2 },
        { kind: 'lease.ends', total: 1, overdue: 0 },
        { kind: 'lease.extends', total: 1, overdue: 0 },
      ]),
    );
    const wide = await t.call('watch.list', { horizonDays: 200, kinds: ['lease.noticeDeadline'] });
    expect(wide.items.map((i) => [i.date, i.title.split(',')[0]])).toEqual([['2027-03-31', 'HA-2026-0001']]);
  });

  it('drafts, archived and ended leases are not watched', async () => {
    const draft = await t.call('leases.create', leaseInput(two(), { status: 'utkast', endDate: '2027-01-31' }));
    expect(draft.nextNoticeDate).toBe('2029-04-30');
    const archived = await t.call(
      'leases.create',
      leaseInput(
        { ...w, unitIds: [w.unitIds[2]!] },
        { endDate: '2027-12-31', premises: 'bostad', subletNotified: false, subletNotifiedDate: null },
      ),
    );
    await t.call('leases.archive', { id: archived.id, version: archived.version });
    expect((await t.call('watch.list', { horizonDays: 3650 })).items.filter((i) => i.entity === 'lease')).toEqual([]);
  });
});

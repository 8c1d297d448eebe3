import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { modulbostadInput } from '../fixtures/bestand';
import { agreementInput, deliveryInput, developerInput } from '../fixtures/landAgreements';
import { countRows, openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

let t: TestBackEnd;
let ff: number;
let developer: number;

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  ff = (await departmentIds(t))['FF']!;
  developer = (await t.call('organisations.create', developerInput())).id;
});
afterEach(async () => {
  await t.close();
});

async function units(n: number, prefix = 'LGH'): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= n; i++) {
    const u = await t.call(
      'units.create',
      modulbostadInput(ff, { objectNumber: `${prefix}-${i}`, kind: 'lagenhet', site: null, permitEndDate: null }),
    );
    ids.push(u.id);
  }
  return ids;
}

async function auditOf(entity: string, id: number) {
  return (await t.backEnd.database.knex('auditLog').where({ entity, entityId: id }).orderBy('id')) as {
    action: string;
    before: string | null;
    after: string | null;
  }[];
}

describe('land agreements: what is owed', () => {
  it('85 dwellings at 10 % owe 9 (rounded up), due by 31 December of the year given; nothing delivered yet', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    expect(a).toMatchObject({
      owedComputed: 9,
      owedDwellings: 9,
      owedOverride: null,
      dueDate: '2027-12-31',
      deliveredCount: 0,
      remainingCount: 9,
      progress: 0,
      status: 'pagaende',
      developerName: 'Byggbolaget Kullen AB',
      version: 1,
    });
    const audit = await auditOf('landAgreement', a.id);
    expect(audit.map((r) => r.action)).toEqual(['create']);
  });

  it('takes the default 10 % when no percentage is sent', async () => {
    const { commitmentPercent: _p, ...input } = agreementInput(developer, { volumeDwellings: 41 });
    const a = await t.call('landAgreements.create', input);
    expect(a).toMatchObject({ commitmentPercent: 10, owedDwellings: 5 });
  });

  it("an overridden owed count is in force, the rule's count is kept beside it, and the reason is in the audit log", async () => {
    const reason = 'Förhandlat med MEX: tre bostäder lämnas i nyproduktionen, KS 2026-03-01 § 12';
    const a = await t.call(
      'landAgreements.create',
      agreementInput(developer, { owedOverride: 6, owedOverrideReason: reason }),
    );
    expect(a).toMatchObject({
      owedComputed: 9,
      owedOverride: 6,
      owedDwellings: 6,
      owedOverrideReason: reason,
      remainingCount: 6,
    });

    const created = JSON.parse((await auditOf('landAgreement', a.id))[0]!.after!) as Record<string, unknown>;
    expect(created).toMatchObject({ owedComputed: 9, owedOverride: 6, owedDwellings: 6, owedOverrideReason: reason });

    const { id, version } = a;
    const newReason = 'Omförhandlat: sju bostäder, KS 2026-06-10 § 40';
    await t.call('landAgreements.update', {
      ...agreementInput(developer, { owedOverride: 7, owedOverrideReason: newReason }),
      id,
      version,
    });
    const update = (await auditOf('landAgreement', a.id))[1]!;
    expect(update.action).toBe('update');
    expect(JSON.parse(update.before!)).toMatchObject({ owedOverride: 6, owedOverrideReason: reason });
    expect(JSON.parse(update.after!)).toMatchObject({
      owedOverride: 7,
      owedOverrideReason: newReason,
      owedDwellings: 7,
    });

    // The history panel shows the change with both reasons.
    const history = await t.call('audit.forRecord', { entity: 'landAgreement', id: a.id });
    expect(history[0]!.changes['owedOverrideReason']).toEqual([reason, newReason]);
  });
});

describe('land agreements: bad input names the field and changes nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['volumeDwellings', { volumeDwellings: 0 }, /^Volym \(bostäder\): måste vara minst 1 bostad/],
    ['volumeDwellings', { volumeDwellings: -10 }, /^Volym \(bostäder\): måste vara minst 1 bostad/],
    ['volumeDwellings', { volumeDwellings: 8.5 }, /^Volym \(bostäder\): ange ett heltal/],
    ['commitmentPercent', { commitmentPercent: 101 }, /^Åtagande %: ange en procentsats från 0 till 100/],
    ['commitmentPercent', { commitmentPercent: -1 }, /^Åtagande %: ange en procentsats från 0 till 100/],
    [
      'owedOverrideReason',
      { owedOverride: 7, owedOverrideReason: '  ' },
      /^Skäl till avvikande antal: ange varför antalet avviker från regeln/,
    ],
    [
      'owedOverrideReason',
      { owedOverride: null, owedOverrideReason: 'Glömt ta bort' },
      /^Skäl till avvikande antal: gäller bara när/,
    ],
    ['owedOverride', { owedOverride: -1, owedOverrideReason: 'x' }, /^Avvikande antal att lämna: minst 0/],
    ['dueDate', { dueDate: 'nästa år' }, /^Ska vara lämnat senast: ange ett år \(t\.ex\. 2027\) eller ett datum/],
    ['dueDate', { dueDate: '2025' }, /^Ska vara lämnat senast: kan inte vara före avtalets datum 2026-03-15/],
    ['signedDate', { signedDate: '' }, /^Undertecknat: måste fyllas i/],
    ['projectName', { projectName: '' }, /^Projekt: måste fyllas i/],
    ['propertyDesignation', { propertyDesignation: ' ' }, /^Fastighetsbeteckning: måste fyllas i/],
    ['agreementKind', { agreementKind: 'handslag' }, /^Avtalstyp: välj ett av alternativen/],
    [
      'waiverDecisionRef',
      { waivedDate: '2026-10-01', waiverReason: 'Projektet avbrutet' },
      /^Beslut \(diarienummer\): ange beslutet/,
    ],
    [
      'waiverReason',
      { waivedDate: '2026-10-01', waiverDecisionRef: 'SBN 2026-10-01 § 88' },
      /^Skäl till avskrivning: ange skälet/,
    ],
    ['developerOrganisationId', { developerOrganisationId: 9999 }, /^Byggaktör: välj en byggaktör i listan/],
  ];

  it.each(cases)('%s %j', async (field, change, message) => {
    const before = [await countRows(t, 'landAgreements'), await countRows(t, 'auditLog')];
    const result = await t.send('landAgreements.create', { ...agreementInput(developer), ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toMatch(message);
    expect([await countRows(t, 'landAgreements'), await countRows(t, 'auditLog')]).toEqual(before);
  });

  it('refuses an organisation that is a landlord but not a developer', async () => {
    const landlordOnly = await t.call(
      'organisations.create',
      developerInput({ name: 'Bara Hyresvärd AB', orgNumber: '556677-8899', isLandlord: true, isDeveloper: false }),
    );
    const result = await t.send('landAgreements.create', agreementInput(landlordOnly.id));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields?.['developerOrganisationId']).toMatch(/inte registrerad som byggaktör/);
    expect(await countRows(t, 'landAgreements')).toBe(0);
  });

  it('a stale edit is refused with who saved first', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    await t.call('landAgreements.update', {
      ...agreementInput(developer, { notes: 'Först' }),
      id: a.id,
      version: a.version,
    });
    const stale = await t.send('landAgreements.update', {
      ...agreementInput(developer, { notes: 'Sist' }),
      id: a.id,
      version: a.version,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('landAgreements.get', { id: a.id })).notes).toBe('Först');
  });
});

describe('deliveries', () => {
  it('are counted once: delivered and remaining follow, a unit delivered twice is refused, an archived delivery stops counting', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const other = await t.call(
      'landAgreements.create',
      agreementInput(developer, { projectName: 'Oceanhamnen', propertyDesignation: 'Oceanhamnen 3' }),
    );
    const [u1, u2, u3] = await units(3);
    const d1 = await t.call('landDeliveries.create', deliveryInput(a.id, u1!));
    await t.call('landDeliveries.create', deliveryInput(a.id, u2!, { handedOverDate: '2026-10-01' }));
    await t.call('landDeliveries.create', deliveryInput(a.id, u3!, { handedOverDate: '2026-11-26' }));
    expect(await t.call('landAgreements.get', { id: a.id })).toMatchObject({
      deliveredCount: 3,
      remainingCount: 6,
      status: 'pagaende',
      progress: 3 / 9,
    });

    const rows = await countRows(t, 'landDeliveries');
    for (const target of [a.id, other.id]) {
      const twice = await t.send('landDeliveries.create', deliveryInput(target, u1!, { handedOverDate: '2026-11-01' }));
      expect(twice.ok).toBe(false);
      if (!twice.ok)
        expect(twice.error.fields?.['unitId']).toBe(
          'Bostad: LGH-1 är redan lämnad 2026-09-01 i Drottninghög etapp 3; en bostad räknas bara en gång.',
        );
    }
    expect(await countRows(t, 'landDeliveries')).toBe(rows);

    // A mistaken delivery is archived, not deleted, and no longer counts.
    const archived = await t.call('landDeliveries.archive', { id: d1.id, version: d1.version });
    expect(archived.archivedAt).not.toBeNull();
    expect(await countRows(t, 'landDeliveries')).toBe(rows);
    expect(await t.call('landAgreements.get', { id: a.id })).toMatchObject({ deliveredCount: 2, remainingCount: 7 });
    expect((await t.call('landDeliveries.list', { landAgreementId: a.id })).map((d) => d.unitObjectNumber)).toEqual([
      'LGH-2',
      'LGH-3',
    ]);
    expect(await t.call('landDeliveries.list', { landAgreementId: a.id, includeArchived: true })).toHaveLength(3);

    // The unit may now count for the other agreement; restoring the first delivery would count it twice.
    await t.call('landDeliveries.create', deliveryInput(other.id, u1!, { handedOverDate: '2026-11-02' }));
    const restore = await t.send('landDeliveries.restore', { id: d1.id, version: archived.version });
    expect(restore.ok).toBe(false);
    if (!restore.ok) expect(restore.error.fields?.['unitId']).toMatch(/LGH-1 är redan lämnad 2026-11-02 i Oceanhamnen/);
    expect((await t.call('landAgreements.summary', {})).total.deliveredDwellings).toBe(3);

    const actions = (await auditOf('landDelivery', d1.id)).map((r) => r.action);
    expect(actions).toEqual(['create', 'archive']);

    // The stored count the grid sorts on is the true count of active deliveries.
    const stored = (await t.backEnd.database.knex('landAgreements').select('id', 'deliveredCount').orderBy('id')) as {
      id: number;
      deliveredCount: number;
    }[];
    const counted = (await t.backEnd.database
      .knex('landDeliveries')
      .whereNull('archivedAt')
      .select('landAgreementId')
      .count({ n: '*' })
      .groupBy('landAgreementId')
      .orderBy('landAgreementId')) as { landAgreementId: number; n: number }[];
    expect(stored.map((a) => a.deliveredCount)).toEqual(counted.map((c) => Number(c.n)));
    // Registering deliveries is not an edit of the agreement: its version is untouched.
    expect((await t.call('landAgreements.get', { id: a.id })).version).toBe(1);
  });

  it('the database refuses a second active delivery of a unit even past the service', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const [u1] = await units(1);
    await t.call('landDeliveries.create', deliveryInput(a.id, u1!));
    const now = new Date().toISOString();
    const raw = t.backEnd.database.knex('landDeliveries').insert({
      landAgreementId: a.id,
      unitId: u1!,
      handedOverDate: '2026-09-02',
      version: 1,
      createdAt: now,
      createdBy: 'x',
      updatedAt: now,
      updatedBy: 'x',
    });
    await expect(raw).rejects.toThrow(/UNIQUE constraint failed|duplicate key value violates unique constraint/);
  });

  it('refuses a delivery before the agreement was signed, or one that has not happened yet, with Swedish messages', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const [u1] = await units(1);
    const early = await t.send('landDeliveries.create', deliveryInput(a.id, u1!, { handedOverDate: '2026-03-14' }));
    expect(early.ok).toBe(false);
    if (!early.ok)
      expect(early.error.fields?.['handedOverDate']).toBe(
        'Överlämnad: 2026-03-14 är före avtalet undertecknades (2026-03-15); en leverans räknas från avtalets datum.',
      );
    const future = await t.send('landDeliveries.create', deliveryInput(a.id, u1!, { handedOverDate: '2026-11-27' }));
    expect(future.ok).toBe(false);
    if (!future.ok)
      expect(future.error.fields?.['handedOverDate']).toMatch(/^Överlämnad: 2026-11-27 har inte inträffat än/);
    const noUnit = await t.send('landDeliveries.create', { ...deliveryInput(a.id, u1!), unitId: null });
    expect(noUnit.ok).toBe(false);
    if (!noUnit.ok) expect(noUnit.error.fields?.['unitId']).toMatch(/^Bostad: välj en post/);
    expect(await countRows(t, 'landDeliveries')).toBe(0);
  });

  it('an agreement cannot be moved to a signing date after deliveries already made', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const [u1] = await units(1);
    await t.call('landDeliveries.create', deliveryInput(a.id, u1!, { handedOverDate: '2026-04-01' }));
    const moved = await t.send('landAgreements.update', {
      ...agreementInput(developer, { signedDate: '2026-05-01' }),
      id: a.id,
      version: a.version,
    });
    expect(moved.ok).toBe(false);
    if (!moved.ok)
      expect(moved.error.fields?.['signedDate']).toMatch(
        /^Undertecknat: 1 leverans\(er\) är registrerade före 2026-05-01/,
      );
  });

  it('a delivery is edited with a version check and audited', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const [u1, u2] = await units(2);
    const d = await t.call('landDeliveries.create', deliveryInput(a.id, u1!));
    const changed = await t.call('landDeliveries.update', {
      id: d.id,
      version: d.version,
      unitId: u2!,
      handedOverDate: '2026-09-02',
      leaseId: null,
      notes: 'Fel bostad först',
    });
    expect(changed).toMatchObject({ unitObjectNumber: 'LGH-2', handedOverDate: '2026-09-02', version: 2 });
    const stale = await t.send('landDeliveries.update', {
      id: d.id,
      version: d.version,
      unitId: u1!,
      handedOverDate: '2026-09-01',
      leaseId: null,
      notes: null,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await auditOf('landDelivery', d.id)).map((r) => r.action)).toEqual(['create', 'update']);
  });

  it('links a lease only if it exists (the unit’s own leases: deliveryLeases.test.ts)', async () => {
    const a = await t.call('landAgreements.create', agreementInput(developer));
    const [u1] = await units(1);
    const result = await t.send('landDeliveries.create', deliveryInput(a.id, u1!, { leaseId: 42 }));
    expect(!result.ok && result.error.fields?.['leaseId']).toBe(
      'Hyresavtal: avtalet finns inte; välj ett av bostadens avtal eller inget.',
    );
    expect(await countRows(t, 'landDeliveries')).toBe(0);
  });
});

describe('status, computed on read in SQL (the only place the rule lives), at dates around the due date', () => {
  it.each(['2027-12-30', '2027-12-31', '2028-01-01'])('on %s', async (today) => {
    const open = await t.call('landAgreements.create', agreementInput(developer, { projectName: 'Öppet' }));
    const done = await t.call(
      'landAgreements.create',
      agreementInput(developer, { projectName: 'Klart', volumeDwellings: 10 }),
    );
    const waived = await t.call(
      'landAgreements.create',
      agreementInput(developer, {
        projectName: 'Avskrivet',
        waivedDate: '2026-10-01',
        waiverReason: 'Projektet avbröts',
        waiverDecisionRef: 'SBN 2026-10-01 § 88',
      }),
    );
    await t.call('landAgreements.create', agreementInput(developer, { projectName: 'Utan år', dueDate: '' }));
    const [u1, u2] = await units(2);
    await t.call('landDeliveries.create', deliveryInput(open.id, u1!));
    await t.call('landDeliveries.create', deliveryInput(done.id, u2!));
    expect(waived.status).toBe('avskrivet');

    const later = await openTestBackEnd({ dbPath: t.dbPath, today });
    try {
      const { rows } = await later.call('landAgreements.list', {});
      expect(rows).toHaveLength(4);
      const byName = Object.fromEntries(rows.map((r) => [r.projectName, r.status]));
      expect(byName).toEqual({
        Öppet: today > '2027-12-31' ? 'forsenat' : 'pagaende',
        Klart: 'uppfyllt',
        Avskrivet: 'avskrivet',
        'Utan år': 'pagaende',
      });
    } finally {
      await later.close();
    }
  });
});

describe('the list', () => {
  beforeEach(async () => {
    const other = await t.call(
      'organisations.create',
      developerInput({ name: 'Öresundsbyggen AB', orgNumber: '556677-8899' }),
    );
    const [u1, u2] = await units(2);
    const late = await t.call(
      'landAgreements.create',
      agreementInput(developer, {
        projectName: 'Berga backe',
        signedDate: '2024-01-10',
        dueDate: '2025',
        volumeDwellings: 40,
      }),
    );
    await t.call(
      'landAgreements.create',
      agreementInput(other.id, { projectName: 'Väla gård', dueDate: '2028-06-30', volumeDwellings: 120 }),
    );
    const done = await t.call(
      'landAgreements.create',
      agreementInput(other.id, { projectName: 'Husensjö strand', volumeDwellings: 15 }),
    );
    await t.call('landDeliveries.create', deliveryInput(late.id, u1!));
    await t.call('landDeliveries.create', deliveryInput(done.id, u2!));
    await t.call('landDeliveries.create', deliveryInput(done.id, (await units(1, 'VV'))[0]!));
  });

  it('sorts by due date by default and by status or progress on request', async () => {
    const { rows, total } = await t.call('landAgreements.list', {});
    expect(total).toBe(3);
    expect(rows.map((r) => [r.projectName, r.dueDate, r.status])).toEqual([
      ['Berga backe', '2025-12-31', 'forsenat'],
      ['Husensjö strand', '2027-12-31', 'uppfyllt'],
      ['Väla gård', '2028-06-30', 'pagaende'],
    ]);
    const byProgress = await t.call('landAgreements.list', { sort: [{ column: 'progress', direction: 'desc' }] });
    expect(byProgress.rows.map((r) => [r.projectName, r.deliveredCount, r.owedDwellings])).toEqual([
      ['Husensjö strand', 2, 2],
      ['Berga backe', 1, 4],
      ['Väla gård', 0, 12],
    ]);
    const byStatus = await t.call('landAgreements.list', { sort: [{ column: 'status', direction: 'asc' }] });
    expect(byStatus.rows.map((r) => r.status)).toEqual(['forsenat', 'pagaende', 'uppfyllt']);
  });

  it("filters by status and remaining, and finds agreements by the developer's name", async () => {
    const late = await t.call('landAgreements.list', {
      filters: { status: { filterType: 'set', values: ['forsenat'] } },
    });
    expect(late.rows.map((r) => r.projectName)).toEqual(['Berga backe']);
    const remaining = await t.call('landAgreements.list', {
      filters: { remainingCount: { filterType: 'number', type: 'greaterThan', filter: 3 } },
    });
    expect(remaining.rows.map((r) => r.projectName)).toEqual(['Väla gård']);
    const found = await t.call('landAgreements.list', { search: 'öresundsBYGGEN väla' });
    expect(found.rows.map((r) => r.projectName)).toEqual(['Väla gård']);
  });

  it('summarises per developer and per year for the steering group', async () => {
    const s = await t.call('landAgreements.summary', {});
    expect(s.asOf).toBe('2026-11-26');
    expect(s.total).toEqual({
      agreements: 3,
      volumeDwellings: 175,
      owedDwellings: 18,
      deliveredDwellings: 3,
      remainingDwellings: 15,
      writtenOffDwellings: 0,
      byStatus: { pagaende: 1, uppfyllt: 1, forsenat: 1, avskrivet: 0 },
    });
    expect(
      s.byDeveloper.map((d) => [
        d.developerName,
        d.agreements,
        d.owedDwellings,
        d.deliveredDwellings,
        d.remainingDwellings,
      ]),
    ).toEqual([
      ['Byggbolaget Kullen AB', 1, 4, 1, 3],
      ['Öresundsbyggen AB', 2, 14, 2, 12],
    ]);
    expect(
      s.byYear.map((y) => [y.year, y.agreements, y.owedDwellings, y.byStatus.forsenat, y.handedOverInYear]),
    ).toEqual([
      [2025, 1, 4, 1, 0],
      [2026, 0, 0, 0, 3],
      [2027, 1, 2, 0, 0],
      [2028, 1, 12, 0, 0],
    ]);
  });

  it('puts agreements due this year or late in Bevakning, and leaves out the fulfilled and the written off', async () => {
    const thisYear = await t.call(
      'landAgreements.create',
      agreementInput(developer, { projectName: 'Ödåkra centrum', signedDate: '2025-02-01', dueDate: '2026' }),
    );
    await t.call(
      'landAgreements.create',
      agreementInput(developer, {
        projectName: 'Rydebäck station',
        signedDate: '2023-05-01',
        dueDate: '2024',
        waivedDate: '2025-01-15',
        waiverReason: 'Detaljplanen upphävdes',
        waiverDecisionRef: 'SBN 2025-01-15 § 7',
      }),
    );
    const { items, counts } = await t.call('watch.list', { horizonDays: 30 });
    const mine = items.filter((i) => i.kind.startsWith('landAgreement.'));
    expect(mine.map((i) => [i.kind, i.title, i.date, i.daysLeft])).toEqual([
      ['landAgreement.late', 'Berga backe, Byggbolaget Kullen AB', '2025-12-31', -330],
      ['landAgreement.due', 'Ödåkra centrum, Byggbolaget Kullen AB', '2026-12-31', 35],
    ]);
    expect(mine[0]!.detail).toBe(
      'Försenat: 3 av 4 bostäder återstår (1 lämnade); skulle ha lämnats senast 2025-12-31. Följ upp med byggaktören och MEX.',
    );
    expect(mine[1]!.route).toBe(`markanvisningar/${thisYear.id}`);
    expect(counts.filter((c) => c.kind.startsWith('landAgreement.'))).toEqual([
      { kind: 'landAgreement.late', total: 1, overdue: 1 },
      { kind: 'landAgreement.due', total: 1, overdue: 0 },
    ]);
  });

  it('archived agreements leave the list, the summary and Bevakning, and stay in the table', async () => {
    const late = (await t.call('landAgreements.list', { search: 'berga' })).rows[0]!;
    await t.call('landAgreements.archive', { id: late.id, version: late.version });
    expect((await t.call('landAgreements.list', {})).total).toBe(2);
    expect((await t.call('landAgreements.summary', {})).total.agreements).toBe(2);
    expect(
      (await t.call('watch.list', {})).items.filter((i) => i.entityId === late.id && i.entity === 'landAgreement'),
    ).toEqual([]);
    expect(await countRows(t, 'landAgreements')).toBe(3);
    const deliver = await t.send('landDeliveries.create', deliveryInput(late.id, (await units(1, 'NY'))[0]!));
    expect(deliver.ok).toBe(false);
    if (!deliver.ok) expect(deliver.error.message).toMatch(/är arkiverad; återställ den/);
  });
});

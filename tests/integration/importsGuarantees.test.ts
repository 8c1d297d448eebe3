import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ELDER, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { libreOfficeXlsx, runImport, xlsxBytes } from './importHelpers';
import { countRows, departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

// Today is 2026-11-26.
const [a] = AP_FUND_ORGANISATION_NUMBERS;
let t: TestBackEnd;
let guaranteeList: Buffer;

const HEAD = [
  'Personnr',
  'Hyresvärd',
  'Adress',
  'Månadshyra',
  'Garantibelopp',
  'Gäller från',
  'Gäller t.o.m.',
  'Klarar hyran utan försörjningsstöd',
  'Inom kvot',
];

// Made by LibreOffice from CSV: the landlord by name and by number, a row "inom kvot" without a placement.
beforeAll(() => {
  guaranteeList = libreOfficeXlsx(
    tempDir('bostad-lo-'),
    'garantier',
    [
      HEAD.join(';'),
      '851024-2392;Första AP-fonden;Storgatan 5;7 500 kr;45 000 kr;2026-03-01;2028-02-29;Ja;',
      `881221-2382;${a!.separatedFormat};Storgatan 7;8 000;48 000;2026-05-01;2028-04-30;;`,
      '500821-2226;Första AP-fonden;Storgatan 9;6 000;36 000;2026-06-01;;;Ja',
    ].join('\n'),
  );
}, 120_000);

beforeEach(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const d = await departmentIds(t);
  await t.call('households.create', householdInput(d['SOF']!));
  for (const [name, number] of [
    ['Erik Berg', OTHER_ADULT],
    ['Greta Äldre', ELDER],
  ] as const)
    await t.call(
      'households.create',
      householdInput(d['SOF']!, { members: [member(name, number, true)], householdSize: 1, childrenCount: 0 }),
    );
  const orgs = await xlsxBytes([
    {
      name: 'Org',
      rows: [
        ['Namn', 'Org.nr', 'Hyresvärd'],
        ['Första AP-fonden', a!.shortFormat, 'Ja'],
      ],
    },
  ]);
  expect((await runImport(t, 'organisations', orgs, 'org.xlsx')).job.status).toBe('done');
});
afterEach(async () => {
  await t.close();
});

async function guarantees() {
  return (await t.call('guarantees.list', { sort: [{ column: 'leaseAddress', direction: 'asc' }] })).rows;
}

describe('import of hyresgarantier', () => {
  it('reads a LibreOffice list with the service rules, finds a re-import unchanged, updates, and reverts', async () => {
    const all = await runImport(t, 'guarantees', guaranteeList, 'garantier.xlsx');
    expect(all.inspect.columns.map((c) => c.field)).toEqual([
      'holderIdentity',
      'landlord',
      'leaseAddress',
      'monthlyRent',
      'guaranteedAmount',
      'startDate',
      'endDate',
      'canPayWithoutForsorjningsstod',
      'withinQuota',
    ]);
    expect(all.preview.counts).toEqual({ new: 2, update: 0, unchanged: 0, refused: 1 });
    expect(all.preview.rows[2]!.problems.map((p) => p.message)).toEqual([
      'Inom kvot: hushållet har ingen kvotplacering hos hyresvärden; registrera placeringen under Kvoter först.',
    ]);
    expect(all.preview.rows[0]!.key).toBe('19851024-****, Storgatan 5');
    expect(JSON.stringify(all.preview)).not.toContain('2392');
    expect(all.job.status).toBe('failed');
    expect(await countRows(t, 'rentGuarantees')).toBe(0);

    const run = await runImport(t, 'guarantees', guaranteeList, 'garantier.xlsx', { mode: 'approved' });
    expect(run.job.status).toBe('done');
    expect(
      (await guarantees()).map((g) => [
        g.leaseAddress,
        g.holderName,
        g.landlordName,
        g.guaranteedAmount,
        g.coveredMonths,
        g.firstHandLease,
        g.canPayWithoutForsorjningsstod,
        g.grantQualifies,
        g.status,
      ]),
    ).toEqual([
      ['Storgatan 5', 'Anna Andersson', 'Första AP-fonden', 4500000, 6, true, true, true, 'aktiv'],
      ['Storgatan 7', 'Erik Berg', 'Första AP-fonden', 4800000, 6, true, null, false, 'aktiv'],
    ]);

    // ExcelJS, 12-digit numbers: the same two unchanged, then a higher amount as an update.
    const second = (amount: string) =>
      xlsxBytes([
        {
          name: 'Garantier',
          rows: [
            HEAD,
            ['198510242392', 'Första AP-fonden', 'Storgatan 5', 7500, amount, '2026-03-01', '2028-02-29', 'Ja', null],
            ['198812212382', a!.shortFormat, 'Storgatan 7', 8000, 48000, '2026-05-01', '2028-04-30', null, null],
          ],
        },
      ]);
    const same = await runImport(t, 'guarantees', await second('45 000'), 'g2.xlsx');
    expect(same.preview.counts).toEqual({ new: 0, update: 0, unchanged: 2, refused: 0 });
    const update = await runImport(t, 'guarantees', await second('52 500 kr'), 'g3.xlsx');
    expect(update.preview.counts).toEqual({ new: 0, update: 1, unchanged: 1, refused: 0 });
    expect((await guarantees())[0]).toMatchObject({ guaranteedAmount: 5250000, coveredMonths: 7, version: 2 });
    await t.call('imports.revert', { id: update.job.batchId! });
    const reverted = (await guarantees())[0]!;
    expect(reverted).toMatchObject({ guaranteedAmount: 4500000, version: 3 });

    // A claim paid out since: the first batch stays, and says why.
    await t.call('guarantees.addClaim', {
      id: reverted.id,
      version: reverted.version,
      claimDate: '2026-10-01',
      amount: 750000,
      note: null,
    });
    const refusal = await t.send('imports.revert', { id: run.job.batchId! });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!refusal.ok) expect(refusal.error.message).toMatch(/Hyresgarantin Storgatan 5 har ändrats av/);
    expect(await countRows(t, 'rentGuarantees')).toBe(2);

    // And the amount cannot go below what has been paid out.
    const lower = await runImport(t, 'guarantees', await second('5 000'), 'g4.xlsx');
    expect(lower.preview.rows[0]!.problems.map((p) => p.message)).toEqual([
      'Garantibelopp: kan inte vara lägre än det som redan betalats ut (7 500 kr).',
    ]);
  });
});

/**
 * A query is a query: calling every read procedure of the contract leaves
 * the database file byte for byte as it was, and SQLite's data_version (as
 * another connection sees it) does not move. Date-dependent changes happen
 * in the daily job, once, whoever opens the database first.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { api, type ProcedureName } from '../../shared/api';
import { openRawSqlite, type RawSqlite } from '../../electron/db/rawSqlite';
import { Random } from '../../electron/demo/random';
import { leaseInput, leaseWorld } from '../fixtures/leases';
import { waitForJob } from './exportHelpers';
import { runImport } from './importHelpers';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

const open: TestBackEnd[] = [];
const raws: RawSqlite[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((t) => t.close()));
  await Promise.all(raws.splice(0).map((r) => r.close()));
});

async function backEnd(options: Parameters<typeof openTestBackEnd>[0]): Promise<TestBackEnd> {
  const t = await openTestBackEnd(options);
  open.push(t);
  return t;
}

function fileHash(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** What another app on the same file would notice: its data_version moves on any commit but its own. */
async function watcher(file: string): Promise<() => Promise<number>> {
  const raw = await openRawSqlite(file, { readOnly: true });
  raws.push(raw);
  return async () => Number((await raw.all<{ data_version: number }>('pragma data_version'))[0]!.data_version);
}

async function firstId(t: TestBackEnd, table: string): Promise<number> {
  const row = (await t.backEnd.database.knex(table).orderBy('id').first('id')) as { id: number } | undefined;
  if (!row) throw new Error(`the demo data has no ${table}`);
  return row.id;
}

const queryNames = (Object.keys(api) as ProcedureName[]).filter((n) => !api[n].writes);

describe('reads never write', () => {
  it('every query procedure leaves the file byte for byte unchanged and data_version still', async () => {
    const dir = tempDir();
    const dbPath = path.join(dir, 'reads.sqlite');
    {
      const seed = await backEnd({ dbPath, today: '2026-11-26' });
      const { seedBestand } = await import('../../electron/demo/bestand');
      const { seedLeases } = await import('../../electron/demo/leases');
      const { seedHouseholds } = await import('../../electron/demo/households');
      const { seedOnward } = await import('../../electron/demo/onward');
      const { seedLandAgreements } = await import('../../electron/demo/landAgreements');
      const { seedFollowup } = await import('../../electron/demo/followup');
      const random = new Random(5);
      const bestand = await seedBestand(seed.backEnd, random, 120);
      await seedLeases(seed.backEnd, random, bestand);
      await seedHouseholds(seed.backEnd, random, bestand);
      await seedOnward(seed.backEnd, random, bestand);
      await seedLandAgreements(seed.backEnd, random, bestand);
      await seedFollowup(seed.backEnd, random);
      await seed.close();
      open.pop();
    }
    // Weeks later, past a 1 January: the start-up job brings the day's changes in, before any read.
    const t = await backEnd({ dbPath, today: '2027-01-20' });
    const ids = {
      organisation: await firstId(t, 'organisations'),
      unit: await firstId(t, 'units'),
      lease: await firstId(t, 'leases'),
      household: await firstId(t, 'households'),
      contract: await firstId(t, 'municipalContracts'),
      guarantee: await firstId(t, 'rentGuarantees'),
      newcomer: await firstId(t, 'newcomerSettlements'),
      landAgreement: await firstId(t, 'landAgreements'),
    };
    // An export is a command (it may be audited); its job is then only read.
    const job = await t.call('exports.portfolio', {});
    await waitForJob(t, job);
    // So is an import; its job, the file's sheets and preview are then only read.
    const landlords = await runImport(
      t,
      'organisations',
      Buffer.from(`Namn;Org.nr\nFörsta AP-fonden;${AP_FUND_ORGANISATION_NUMBERS[0]!.separatedFormat}\n`),
      'hyresvardar.csv',
    );
    const importRequest = landlords.request;
    const followupYear = 2026;

    const inputs: Partial<Record<ProcedureName, unknown>> = {
      'prefs.get': { key: 'grid.units' },
      'audit.forRecord': { entity: 'lease', id: ids.lease },
      'organisations.get': { id: ids.organisation },
      'units.get': { id: ids.unit },
      'leases.get': { id: ids.lease },
      'households.get': { id: ids.household },
      'contracts.get': { id: ids.contract },
      'contracts.forUnit': { unitId: ids.unit },
      'contracts.forHousehold': { householdId: ids.household },
      'contracts.phaseHistory': { id: ids.contract },
      'guarantees.get': { id: ids.guarantee },
      'guarantees.forHousehold': { householdId: ids.household },
      'newcomers.get': { id: ids.newcomer },
      'newcomers.forHousehold': { householdId: ids.household },
      'landAgreements.get': { id: ids.landAgreement },
      'landDeliveries.list': { landAgreementId: ids.landAgreement },
      'moveOns.forHousehold': { householdId: ids.household },
      'moveOns.readiness': { householdId: ids.household },
      'exports.status': { id: job.id },
      'exports.cancel': { id: job.id },
      'imports.inspect': { uploadId: importRequest.uploadId, register: 'organisations' },
      'imports.preview': importRequest,
      'imports.errorReport': importRequest,
      'imports.status': { id: landlords.job.id },
      'imports.cancel': { id: landlords.job.id },
      'discharges.get': { id: await firstId(t, 'discharges') },
      'evictionRisks.get': { id: await firstId(t, 'evictionRisks') },
      'cityUnits.forUnit': { unitId: ids.unit },
      'cityUnits.disturbances': { unitId: ids.unit },
      'followup.view': { year: followupYear },
      'followup.comments': { year: followupYear },
      'attachments.list': { owner: 'lease', ownerId: ids.lease },
      'letters.forRecord': { owner: 'contract', id: ids.contract },
    };

    const dataVersion = await watcher(dbPath);
    const versionBefore = await dataVersion();
    const hashBefore = fileHash(dbPath);
    const failed: string[] = [];
    for (const name of queryNames) {
      const result = await t.send(name, inputs[name] ?? {});
      if (!result.ok) failed.push(`${name}: ${result.error.message}`);
    }
    expect(failed).toEqual([]);
    expect(queryNames.length).toBeGreaterThan(40);
    expect(await dataVersion()).toBe(versionBefore);
    expect(fileHash(dbPath)).toBe(hashBefore);
  }, 120_000);

  it('two colleagues opening the same lease after its dates moved make no audit rows and no version bumps', async () => {
    const dbPath = path.join(tempDir(), 'two.sqlite');
    let leaseId: number;
    {
      const first = await backEnd({ dbPath, today: '2026-12-20', login: 'anna' });
      const world = await leaseWorld(first, 1);
      // Fixed 3 % a year: the rent goes up on 1 January; the next notice date rolls forward.
      const lease = await first.call(
        'leases.create',
        leaseInput(world, {
          indexationKind: 'fixed',
          fixedPercentPerYear: 3,
          endDate: '2026-12-31',
          extensionMonths: 12,
        }),
      );
      leaseId = lease.id;
      expect(lease.currentRentOre).toBe(24_720_000);
      await first.close();
      open.pop();
    }
    const knexOf = (t: TestBackEnd) => t.backEnd.database.knex;
    const anna = await backEnd({ dbPath, today: '2027-01-04', login: 'anna' });
    const bertil = await backEnd({ dbPath, today: '2027-01-04', login: 'bertil' });
    const auditCount = async () =>
      Number(((await knexOf(anna)('auditLog').count({ n: '*' }).first()) as { n: number }).n);
    const stored = () => knexOf(anna)('leases').where({ id: leaseId }).first('version', 'currentRentOre', 'derivedOn');

    // The job ran once, when Anna's app started, and is audited once.
    const runs = (await knexOf(anna)('auditLog').where({ entity: 'dailyJob' }).select('actor', 'after')) as {
      actor: string;
      after: string;
    }[];
    expect(runs.filter((r) => (JSON.parse(r.after) as { day: string }).day === '2027-01-04')).toHaveLength(1);
    expect(runs[runs.length - 1]!.actor).toBe('system');
    expect(await stored()).toMatchObject({ derivedOn: '2027-01-04', currentRentOre: 25_461_600 });

    const before = { audit: await auditCount(), lease: await stored() };
    for (const t of [anna, bertil, anna, bertil]) {
      await t.call('leases.get', { id: leaseId });
      await t.call('leases.list', {});
      await t.call('watch.list', {});
    }
    expect(await auditCount()).toBe(before.audit);
    expect(await stored()).toEqual(before.lease);
    // Bertil's app found the day done; running it again does nothing.
    expect(await bertil.backEnd.runDailyJob()).toBeNull();
    expect(await anna.backEnd.runDailyJob()).toBeNull();
  });
});

/**
 * The day's job at start-up runs in the background (issue 18): on 1 January
 * it re-derives every indexed lease and rolls deadlines on, and the first
 * list call of the day must not wait for that. When the job has changed
 * rows, the change feed tells the windows, so their grids load them again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/core/changes';
import { startBackEnd } from '../../electron/core/backEnd';
import type { BackEnd } from '../../electron/core/context';
import { dispatch } from '../../electron/core/dispatch';
import { bulkLeases } from '../../electron/cli/benchSeed';
import { Random } from '../../electron/demo/random';
import { openTestBackEnd } from './testBackEnd';

const started: BackEnd[] = [];
afterEach(async () => {
  for (const b of started.splice(0)) await b.close();
});

interface LeaseListRow {
  id: number;
  currentRentOre: number | null;
  nextNoticeDate: string | null;
}

describe('the daily job at start-up', () => {
  it('lets the first list call of 1 January answer at once, then reports the leases it changed', async () => {
    const seeded = await openTestBackEnd({ today: '2026-11-26' });
    await bulkLeases(seeded.backEnd, new Random(31), 2000);
    const { dbPath } = seeded;
    await seeded.close();

    const backEnd = await startBackEnd({ databasePath: dbPath, today: '2027-01-01', login: 'anna' });
    started.push(backEnd);
    let jobDone = false;
    const job = backEnd.dailyJobRun().then((summary) => {
      jobDone = true;
      return summary;
    });
    const events: ChangeEvent[] = [];
    backEnd.changes.subscribe((event) => events.push(event));
    backEnd.changes.start();

    const first = await dispatch('leases.list', { limit: 200, withTotal: true }, backEnd);
    if (!first.ok) throw new Error(first.error.message);
    // The answer came while the job was still at work: nobody waited for it.
    expect(jobDone).toBe(false);
    const firstRows = (first.value as { rows: LeaseListRow[]; total: number }).rows;
    expect(firstRows).toHaveLength(200);

    const summary = await job;
    expect(summary?.day).toBe('2027-01-01');
    expect(summary!.leasesUpdated).toBeGreaterThan(100);
    // The windows hear that leases changed (on PostgreSQL the notification may come a moment later).
    await expect.poll(() => events.some((e) => e.tables.includes('leases')), { timeout: 10_000 }).toBe(true);

    // Rows the first answer showed were changed by the job afterwards: that is what the grids refresh.
    const ids = firstRows.map((r) => r.id);
    const after = (await backEnd.database
      .knex('leases')
      .whereIn('id', ids)
      .select('id', 'currentRentOre', 'nextNoticeDate')) as LeaseListRow[];
    const before = new Map(firstRows.map((r) => [r.id, r]));
    const changed = after.filter(
      (r) =>
        r.currentRentOre !== before.get(r.id)!.currentRentOre || r.nextNoticeDate !== before.get(r.id)!.nextNoticeDate,
    );
    expect(changed.length).toBeGreaterThan(0);
    const finished = (await backEnd.database.knex('dailyJobs').where({ day: '2027-01-01' }).first('finishedAt')) as {
      finishedAt: string | null;
    };
    expect(finished.finishedAt).not.toBeNull();
  }, 120_000);

  it('is run by one instance only: a second app started the same day finds the day taken', async () => {
    const seeded = await openTestBackEnd({ today: '2026-11-26' });
    await bulkLeases(seeded.backEnd, new Random(32), 300);
    const { dbPath } = seeded;
    await seeded.close();

    const anna = await startBackEnd({ databasePath: dbPath, today: '2027-01-01', login: 'anna' });
    started.push(anna);
    const bertil = await startBackEnd({ databasePath: dbPath, today: '2027-01-01', login: 'bertil' });
    started.push(bertil);
    const runs = await Promise.all([anna.dailyJobRun(), bertil.dailyJobRun()]);
    expect(runs.filter((r) => r !== null)).toHaveLength(1);
    const audit = (await anna.database.knex('auditLog').where({ entity: 'dailyJob' }).select('after')) as {
      after: string;
    }[];
    expect(audit.filter((a) => (JSON.parse(a.after) as { day: string }).day === '2027-01-01')).toHaveLength(1);
  }, 120_000);
});

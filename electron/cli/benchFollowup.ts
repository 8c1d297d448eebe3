/**
 * `npm run bench -- followup`: the steering group's whole report at 100 000
 * records per register (BENCH_FOLLOWUP sets the count) with three years of
 * history: units with stock events, leases, households and contracts with
 * phase moves, discharges, eviction risks, newcomers, rent guarantees,
 * quota placements, move-ons, land agreements and disturbances. Measures
 * building the model (every figure of 3:1–3:10 and Boverket's table), the
 * screen's view (model plus the charts' SVG), the printed document's HTML
 * and the PDF made from it by Chromium.
 */
import { callProcedure } from '../core/callProcedure';
import { performance } from 'node:perf_hooks';
import { addDays } from '../../shared/core/dates';
import type { Knex } from 'knex';
import type { BackEnd, ServiceContext } from '../core/context';
import { insertChunked } from '../demo/bestand';
import { Random } from '../demo/random';
import { computeModel } from '../features/followup/service';
import { refreshValidUntil } from '../features/followup/spans';
import { closePdfRenderer, htmlToPdf } from '../host/pdf';
import type { Figures } from './benchFigures';
import { median, round } from './benchUtil';

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

/** Three years back from today, as a random date. */
function pastDate(random: Random, today: string): string {
  return addDays(today, -random.int(0, 3 * 365 + 180));
}

async function seedHistory(backEnd: BackEnd, random: Random, count: number): Promise<void> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const now = backEnd.clock.now();
  const meta = { version: 1, createdAt: now, createdBy: 'bench', updatedAt: now, updatedBy: 'bench' };
  const units = (await db('units').select('id', 'kind', 'use', 'ownerType')).slice(0, count);
  const households = (await db('households').select('id')).map((h) => h.id);
  const contracts = await db('municipalContracts').select('id', 'householdId', 'startDate');
  const landlord = (await db('organisations').where('isLandlord', true).first('id'))?.id;
  if (landlord === undefined) throw new Error('bench: no landlord in the database');
  const pick = <T>(items: T[]) => items[random.int(0, items.length - 1)]!;
  await db.transaction(async (trx) => {
    // Units got their state today; move it back, a third of them changing use once within the three years.
    await trx('unitStockEvents').delete();
    const events: Record<string, unknown>[] = [];
    for (const u of units) {
      const first = pastDate(random, today);
      events.push({
        unitId: u.id,
        effectiveDate: addDays(first, -400),
        kind: u.kind,
        use: random.chance(0.3) ? 'akutboende' : u.use,
        ownerType: u.ownerType,
        inStock: true,
        recordedAt: now,
      });
      if (random.chance(0.33))
        events.push({
          unitId: u.id,
          effectiveDate: first,
          kind: u.kind,
          use: random.chance(0.4) ? 'bostad_forst' : u.use,
          ownerType: u.ownerType,
          inStock: random.chance(0.95),
          recordedAt: now,
        });
    }
    await insertChunked(trx, 'unitStockEvents', events);
    const rows = (n: number, make: (i: number) => Record<string, unknown>) =>
      Array.from({ length: n }, (_, i) => make(i));
    await insertChunked(
      trx,
      'contractPhaseMoves',
      contracts.map((c) => ({
        contractId: c.id,
        fromPhase: 'uthyrning',
        toPhase: random.pick(['uppfoljning', 'bostadsforsorjning', 'avslut']),
        responsibleDepartment: 'SOF',
        movedAt: `${addDays(c.startDate, random.int(30, 400))}T09:00:00.000Z`,
        movedBy: 'bench',
      })),
    );
    await insertChunked(
      trx,
      'discharges',
      rows(count, () => {
        const planned = pastDate(random, today);
        const known = random.chance(0.8);
        return {
          householdId: pick(households),
          plannedDate: planned,
          fromKind: random.pick(['anstalt', 'hvb', 'lvm', 'sjukhus', 'annat']),
          outcome: known ? random.pick(['fore', 'efter', 'hemloshet']) : null,
          outcomeDate: known ? planned : null,
          ...meta,
        };
      }),
    );
    await insertChunked(
      trx,
      'evictionRisks',
      rows(count, () => {
        const warning = pastDate(random, today);
        const decided = random.chance(0.8);
        return {
          householdId: pick(households),
          cause: random.pick(['storning', 'hyresskuld']),
          warningDate: warning,
          departments: 'SOF,HBGHEM',
          outcome: decided ? random.pick(['avvard', 'avvard', 'avhyst', 'flyttat_sjalv']) : null,
          outcomeDate: decided ? addDays(warning, random.int(10, 90)) : null,
          ...meta,
        };
      }),
    );
    await insertChunked(
      trx,
      'newcomerSettlements',
      households.slice(0, count).map((householdId) => {
        const settled = pastDate(random, today);
        return { householdId, assignmentDate: addDays(settled, -30), settlementDate: settled, ...meta };
      }),
    );
    await insertChunked(
      trx,
      'rentGuarantees',
      rows(count, () => {
        const start = pastDate(random, today);
        return {
          householdId: pick(households),
          landlordId: landlord,
          leaseAddress: 'Benchgatan 1',
          monthlyRent: 600_000,
          guaranteedAmount: 3_600_000,
          startDate: start,
          endDate: addDays(start, 730),
          status: 'aktiv',
          endedOn: random.chance(0.2) ? addDays(start, 400) : null,
          ...meta,
        };
      }),
    );
    await insertChunked(
      trx,
      'quotaPlacements',
      rows(count, () => ({
        householdId: pick(households),
        landlordId: landlord,
        placementDate: pastDate(random, today),
        paidCurrentRent: true,
        noDisturbances: true,
        ffVouches: true,
        beyondQuota: random.chance(0.1),
        ...meta,
      })),
    );
    await insertChunked(
      trx,
      'moveOns',
      rows(count, () => {
        const c = pick(contracts);
        return {
          householdId: c.householdId,
          contractId: c.id,
          landlordId: landlord,
          moveDate: pastDate(random, today),
          newAddress: 'Benchgatan 2',
          status: random.chance(0.9) ? 'genomford' : 'planerad',
          ...meta,
        };
      }),
    );
    await insertChunked(
      trx,
      'landAgreements',
      rows(count, (i) => {
        const signed = pastDate(random, today);
        const owed = random.int(1, 30);
        return {
          developerOrganisationId: landlord,
          projectName: `Projekt ${i}`,
          propertyDesignation: `Kvarteret ${i}`,
          agreementKind: 'markanvisning',
          signedDate: signed,
          volumeDwellings: owed * 10,
          commitmentPercent: 10,
          owedComputed: owed,
          owedDwellings: owed,
          dueDate: addDays(signed, random.int(200, 900)),
          ...meta,
        };
      }),
    );
    await insertChunked(
      trx,
      'unitDisturbances',
      rows(count, () => ({ unitId: pick(units).id, reportedOn: pastDate(random, today), ...meta })),
    );
  });
  await refreshValidUntil(db);
  for (let y = 2024; y <= 2026; y++)
    await callProcedure(backEnd, 'quotas.create', { landlordId: landlord, year: y, places: 5, notes: null });
}

/**
 * BENCH_FOLLOWUP_SQL=1: each query's time during one build, the slowest
 * printed to stderr, to find which figure needs an index or a rewrite.
 */
function traceQueries(db: Knex): () => void {
  const started = new Map<string, number>();
  const times: { ms: number; sql: string }[] = [];
  const onQuery = (q: { __knexQueryUid: string }) => started.set(q.__knexQueryUid, performance.now());
  const onResponse = (_r: unknown, q: { __knexQueryUid: string; sql: string; bindings?: unknown[] }) =>
    times.push({
      ms: round(performance.now() - (started.get(q.__knexQueryUid) ?? 0)),
      sql: `${q.sql} -- ${JSON.stringify(q.bindings ?? []).slice(0, 200)}`,
    });
  db.on('query', onQuery).on('query-response', onResponse);
  return () => {
    db.removeListener('query', onQuery).removeListener('query-response', onResponse);
    for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 12)) console.error(`[sql] ${t.ms} ms ${t.sql}`);
  };
}

/** Runs after the size's leases, households and contracts are seeded (bench.ts). */
export async function benchFollowup(backEnd: BackEnd, figures: Figures, size: number): Promise<void> {
  const seedStart = performance.now();
  await seedHistory(backEnd, new Random(15), size);
  figures.record({ name: 'seed: follow-up history, every register (bulk)', aim: 'information' }, size, {
    ms: round(performance.now() - seedStart),
  });
  // BENCH_FOLLOWUP_KEEP=DIR: a copy of the seeded database, to try query plans on with the sqlite3 shell.
  const keep = process.env['BENCH_FOLLOWUP_KEEP'];
  if (keep && backEnd.info().databaseKind === 'sqlite')
    await backEnd.database.knex.raw('vacuum into ?', [`${keep}/followup-${size}.sqlite`]);
  const ctx: ServiceContext = {
    db: backEnd.database.knex,
    actor: backEnd.actor,
    role: 'handlaggare',
    clock: backEnd.clock,
    info: backEnd.info(),
    maintenance: backEnd.maintenance,
  };
  const year = Number(backEnd.clock.today().slice(0, 4));
  const limit = 10 * 60_000;
  await figures.measure(
    {
      name: 'followup: build the whole report model (3:1–3:10, Boverket)',
      aim: '≤ 2000 ms',
      met: (m) => (m.ms ?? Infinity) <= 2000,
    },
    size,
    limit,
    async () => {
      const perAction: Record<string, number> = {};
      const slowest = process.env['BENCH_FOLLOWUP_SQL'] ? traceQueries(ctx.db) : null;
      await computeModel(ctx, year, backEnd.clock.today(), perAction);
      slowest?.();
      // CPU time of the whole process (the SQLite threads too) per build: on a machine shared with
      // other work the wall time grows with the load, the CPU time far less.
      const cpu = process.cpuUsage();
      const ms = await timed(5, () => computeModel(ctx, year, backEnd.clock.today()));
      const used = process.cpuUsage(cpu);
      const cpuMsPerBuild = round((used.user + used.system) / 1000 / 6);
      return { ms, facts: { ...perAction, cpuMsPerBuild } };
    },
  );
  await figures.measure(
    { name: 'followup: screen view (model and chart SVG)', aim: 'information' },
    size,
    limit,
    async () => ({
      ms: await timed(3, () => callProcedure(backEnd, 'followup.view', { year })),
    }),
  );
  let html = '';
  await figures.measure({ name: 'followup: report document (HTML)', aim: 'information' }, size, limit, async () => ({
    ms: await timed(3, async () => {
      html = (await callProcedure(backEnd, 'documents.render', { kind: 'steeringReport', ids: [year] })).html;
    }),
  }));
  await figures.measure({ name: 'followup: report PDF (Chromium)', aim: 'information' }, size, limit, async () => {
    let bytes = 0;
    const ms = await timed(3, async () => {
      bytes = (await htmlToPdf(html)).length;
    });
    await closePdfRenderer();
    return { ms, facts: { pdfBytes: bytes } };
  });
}

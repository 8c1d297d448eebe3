/**
 * Three years of history for Uppföljning, so every chart has something to
 * show on a fresh install: discharges (3:2) and eviction risks (3:8) through
 * the real procedures with their own dates; the city's own units (3:7)
 * with management, support and disturbances; and, because demo records
 * are all created today, the unit stock events and phase moves are moved
 * back to the dates on which the app would have recorded them over three
 * years (Bostad Först growing year by year). Last year's report gets
 * comments and is approved, so a frozen report can be reprinted.
 */
import { addDays, minDate } from '../../shared/core/dates';
import { DISCHARGE_FROM } from '../../shared/discharges/schema';
import { FOLLOWUP_ACTIONS } from '../../shared/followup/schema';
import type { BackEnd } from '../core/context';
import { refreshValidUntil } from '../features/followup/spans';
import type { EvictionParty } from '../../shared/evictionRisks/schema';
import { callProcedure } from '../core/callProcedure';
import type { Random } from './random';

const COMMENTS = [
  'Arbetet följer planen. Samverkan mellan förvaltningarna har fungerat väl under året.',
  'Utfallet ligger något under målet; orsaken är främst färre lediga lägenheter hos fastighetsägarna.',
  'Förvaltningen föreslår att styrgruppen följer upp åtgärden igen i början av nästa år.',
];

export async function seedFollowup(backEnd: BackEnd, random: Random): Promise<void> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const year = Number(today.slice(0, 4));
  const start = `${year - 2}-01-01`;
  const span = (from: string, to: string) => addDays(from, random.int(0, Math.max(0, daysFrom(from, to))));
  const households = (await db('households').select('id')).map((h) => h.id);

  // 3:2: fewer discharged to homelessness each year; those ahead have no outcome yet.
  for (let i = 0; i < 48; i++) {
    const planned = span(start, addDays(today, 75));
    const y = Number(planned.slice(0, 4)) - (year - 2);
    const known = planned < addDays(today, -14);
    const roll = random.next();
    const homeless = [0.35, 0.22, 0.12][y] ?? 0.12;
    await callProcedure(backEnd, 'discharges.create', {
      householdId: random.pick(households),
      plannedDate: planned,
      fromKind: random.pick(DISCHARGE_FROM),
      institution: random.chance(0.5) ? random.pick(['Anstalten Helsingborg', 'Najaden', 'HVB Solgläntan']) : '',
      outcome: known ? (roll < homeless ? 'hemloshet' : roll < 0.7 ? 'fore' : 'efter') : '',
      outcomeDate: known ? minDate(addDays(planned, random.int(-10, 20)), today) : '',
      notes: '',
    });
  }

  // 3:8: warnings, mostly prevented.
  for (let i = 0; i < 42; i++) {
    const warning = span(start, today);
    const decided = warning < addDays(today, -30) && random.chance(0.85);
    const roll = random.next();
    await callProcedure(backEnd, 'evictionRisks.create', {
      householdId: random.pick(households),
      contractId: null,
      landlordId: null,
      cause: random.chance(0.6) ? 'storning' : 'hyresskuld',
      warningDate: warning,
      socialNoticeDate: random.chance(0.9) ? minDate(addDays(warning, random.int(0, 5)), today) : '',
      departments: random.pick<EvictionParty[]>([
        ['SOF', 'HBGHEM'],
        ['SOF', 'VOF'],
        ['SOF', 'AMF', 'FF'],
        ['SOF', 'PSYK'],
      ]),
      actions: random.pick([
        'Hembesök och boendestöd',
        'Avbetalningsplan för hyresskulden',
        'Samordnad individuell plan',
      ]),
      outcome: decided ? (roll < 0.72 ? 'avvard' : roll < 0.86 ? 'flyttat_sjalv' : 'avhyst') : '',
      outcomeDate: decided ? minDate(addDays(warning, random.int(20, 120)), today) : '',
      notes: '',
    });
  }

  // 3:7: the city's own units.
  const cityUnits = (await db('units').where('ownerType', 'staden').select('id')).map((u) => u.id);
  for (const unitId of cityUnits) {
    const mex = random.chance(0.3);
    await callProcedure(backEnd, 'cityUnits.create', {
      unitId,
      managingDepartment: mex ? 'MEX' : 'FF',
      lettingMethod:
        mex && random.chance(0.5) ? 'forstahand' : random.pick(['kommunalt_kontrakt', 'kommunalt_kontrakt', 'korttid']),
      supportBoendestod: random.chance(0.4),
      supportHemtjanst: random.chance(0.15),
      supportOther: '',
      notes: '',
      // Managed so since a day within the history, so earlier years count fewer.
      effectiveFrom: span(start, today),
    });
  }
  for (let i = 0; i < 36; i++) {
    await callProcedure(backEnd, 'cityUnits.reportDisturbance', {
      unitId: random.pick(cityUnits),
      reportedOn: span(start, today),
      description: '',
    });
  }

  // Stock events dated as they would have been: no later than the unit's first contract.
  const firstContract = new Map(
    (
      (await db('municipalContracts').groupBy('unitId').select('unitId').min({ d: 'startDate' })) as {
        unitId: number;
        d: string;
      }[]
    ).map((r) => [r.unitId, r.d]),
  );
  const events = (await db('unitStockEvents').select('id', 'unitId', 'use')) as {
    id: number;
    unitId: number;
    use: string;
  }[];
  for (const e of events) {
    // Bostad Först grows through the three years; the rest of the stock is mostly older.
    const from = e.use === 'bostad_forst' ? `${year - 2}-01-15` : `${year - 4}-01-01`;
    let date = span(from, today);
    const contract = firstContract.get(e.unitId);
    if (contract && contract < date) date = contract;
    await db('unitStockEvents').where({ id: e.id }).update({ effectiveDate: date });
  }

  // Phase moves spread from each contract's start, a few months apart.
  const moves = (await db('contractPhaseMoves as m')
    .join('municipalContracts as c', 'c.id', 'm.contractId')
    .orderBy('m.id')
    .select('m.id', 'm.contractId', 'c.startDate')) as { id: number; contractId: number; startDate: string }[];
  const seen = new Map<number, number>();
  for (const m of moves) {
    const n = seen.get(m.contractId) ?? 0;
    seen.set(m.contractId, n + 1);
    const when = minDate(addDays(m.startDate, n * random.int(60, 150)), today);
    await db('contractPhaseMoves')
      .where({ id: m.id })
      .update({ movedAt: `${when}T09:00:00.000Z` });
  }
  // Redated above, so each event's end is set again from the one that now follows it.
  await refreshValidUntil(db);

  // Last year's report: commented and approved.
  for (const action of FOLLOWUP_ACTIONS) {
    await callProcedure(backEnd, 'followup.saveComment', {
      year: year - 1,
      action,
      comment: random.pick(COMMENTS),
      version: 0,
    });
  }
  await callProcedure(backEnd, 'followup.approve', { year: year - 1 });
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/**
 * Gallring. Each rule selects its records the same way for the dry run and
 * for the run, so a run takes exactly what the dry run listed (as of the
 * same day). A run replaces personal data with a tombstone and keeps the
 * figures the follow-up counts (records, dates, units, sizes, amounts).
 *
 * - households: no open contract, and the last contract ended (or, with
 *   none, the household was last changed) more than N years ago. Members
 *   (names, personnummer) are removed; the holder's name becomes the
 *   tombstone; contact details and free text are cleared, in the
 *   household, its contracts, guarantees, placements, newcomer periods,
 *   discharges and eviction risks;
 *   the household's own audit rows keep who and when, not what.
 * - leases: ended (avslutad) more than M years ago: the department contact,
 *   the notes and the notice reason are cleared.
 * - audit: rows older than K years are removed.
 */
import type { Knex } from 'knex';
import { addYears } from '../../../shared/core/dates';
import { ruleNames, type RetentionResult, type RetentionRule, type RuleResult } from '../../../shared/retention/schema';
import { appendAudit } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { getSettings } from '../settings/service';
import { retentionReportHtml } from './report';

const OPEN_CONTRACT = ['utkast', 'aktivt', 'uppsagt'];
/** Bound ids per `in (…)`: well under SQLite's limit. */
const CHUNK = 500;

export function tombstone(date: string, rule: RetentionRule): string {
  return `Gallrad ${date} enligt regel ${ruleNames[rule].toLocaleLowerCase('sv-SE')}`;
}

async function householdsToGallra(db: Knex, cutoff: string): Promise<number[]> {
  const rows = (await db('households')
    .whereNull('households.gallradAt')
    .whereNotExists(
      db('municipalContracts')
        .whereRaw('?? = ??', ['municipalContracts.householdId', 'households.id'])
        .whereIn('municipalContracts.status', OPEN_CONTRACT)
        .select(db.raw('1')),
    )
    .select('households.id', 'households.updatedAt')
    .select(
      db('municipalContracts')
        .whereRaw('?? = ??', ['municipalContracts.householdId', 'households.id'])
        .max(db.raw('coalesce(ended_on, termination_date, end_date)'))
        .as('lastEnd'),
    )
    .orderBy('households.id')) as { id: number; updatedAt: string; lastEnd: string | null }[];
  return rows.filter((r) => (r.lastEnd ?? r.updatedAt.slice(0, 10)) < cutoff).map((r) => r.id);
}

async function leasesToGallra(db: Knex, cutoff: string): Promise<number[]> {
  const rows = (await db('leases')
    .whereNull('gallradAt')
    .where('status', 'avslutad')
    .whereRaw('coalesce(ends_on, end_date) < ?', [cutoff])
    .orderBy('id')
    .select('id')) as { id: number }[];
  return rows.map((r) => r.id);
}

async function auditRowsToGallra(db: Knex, cutoff: string): Promise<number[]> {
  const rows = (await db('auditLog').where('at', '<', cutoff).orderBy('id').select('id')) as { id: number }[];
  return rows.map((r) => r.id);
}

async function selectAll(ctx: ServiceContext): Promise<RuleResult[]> {
  const { value: s } = await getSettings(ctx, 'retention');
  const today = ctx.clock.today();
  const plan: [RetentionRule, number, string | null, (db: Knex, cutoff: string) => Promise<number[]>][] = [
    ['households', s.householdYears, s.householdBasis, householdsToGallra],
    ['leases', s.leaseYears, s.leaseBasis, leasesToGallra],
    ['audit', s.auditYears, s.auditBasis, auditRowsToGallra],
  ];
  const results: RuleResult[] = [];
  for (const [rule, years, basis, select] of plan) {
    const cutoff = addYears(today, -years);
    const ids = await select(ctx.db, cutoff);
    results.push({ rule, name: ruleNames[rule], years, basis, cutoff, count: ids.length, ids });
  }
  return results;
}

async function inChunks(ids: number[], work: (chunk: number[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) await work(ids.slice(i, i + CHUNK));
}

async function gallraHouseholds(ctx: ServiceContext, ids: number[], today: string): Promise<void> {
  const db = ctx.db;
  const stone = tombstone(today, 'households');
  await inChunks(ids, async (chunk) => {
    await db('householdMembers').whereIn('householdId', chunk).delete();
    await db('households').whereIn('id', chunk).update({
      holderName: stone,
      holderIdentityMasked: '********-****',
      caseworkerName: null,
      caseworkerPhone: null,
      caseworkerEmail: null,
      phone: null,
      email: null,
      postalAddress: null,
      notes: null,
      searchText: '',
      gallradAt: today,
      gallradRule: 'households',
      updatedAt: ctx.clock.now(),
      updatedBy: ctx.actor.login,
    });
    const contractIds = (
      (await db('municipalContracts').whereIn('householdId', chunk).select('id')) as { id: number }[]
    ).map((c) => c.id);
    await db('municipalContracts').whereIn('householdId', chunk).update({ notes: null, endNote: null });
    if (contractIds.length > 0)
      await db('contractPhaseMoves').whereIn('contractId', contractIds).update({ note: null });
    for (const table of ['rentGuarantees', 'quotaPlacements', 'moveOns', 'newcomerSettlements', 'discharges'])
      await db(table).whereIn('householdId', chunk).update({ notes: null });
    // The follow-up counts risks by cause, dates and outcome; what was done and said goes.
    await db('evictionRisks').whereIn('householdId', chunk).update({ notes: null, actions: null });
    await db('guaranteeClaims')
      .whereIn('guaranteeId', db('rentGuarantees').whereIn('householdId', chunk).select('id'))
      .update({ note: null });
    // The history keeps who did what and when; what the records held goes.
    await db('auditLog')
      .where('entity', 'household')
      .whereIn('entityId', chunk)
      .update({ before: null, after: JSON.stringify({ gallrad: stone }) });
  });
}

async function gallraLeases(ctx: ServiceContext, ids: number[], today: string): Promise<void> {
  await inChunks(ids, (chunk) =>
    ctx.db('leases').whereIn('id', chunk).update({
      departmentContact: null,
      notes: null,
      noticeReason: null,
      gallradAt: today,
      gallradRule: 'leases',
    }),
  );
}

export async function retentionDryRun(ctx: ServiceContext): Promise<RetentionResult> {
  const rules = await selectAll(ctx);
  const date = ctx.clock.today();
  return { dryRun: true, date, rules, html: await retentionReportHtml(ctx, { dryRun: true, date, rules }) };
}

export async function runRetention(ctx: ServiceContext): Promise<RetentionResult> {
  const rules = await selectAll(ctx);
  const date = ctx.clock.today();
  for (const r of rules) {
    if (r.rule === 'households') await gallraHouseholds(ctx, r.ids, date);
    if (r.rule === 'leases') await gallraLeases(ctx, r.ids, date);
    if (r.rule === 'audit') await inChunks(r.ids, (chunk) => ctx.db('auditLog').whereIn('id', chunk).delete());
  }
  // After the audit rule, so this row is never among those it removes.
  await appendAudit(ctx, {
    entity: 'gallring',
    entityId: null,
    action: 'gallring',
    after: { date, rules: rules.map(({ rule, years, cutoff, count, ids }) => ({ rule, years, cutoff, count, ids })) },
  });
  return { dryRun: false, date, rules, html: await retentionReportHtml(ctx, { dryRun: false, date, rules }) };
}

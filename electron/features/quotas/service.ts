/**
 * Kvot (plan 3:5): quotas per landlord and year, and the placements counted
 * against them. Usage is counted by the pure rules (shared/guarantees/rules.ts)
 * over the placements themselves, never kept as a number that could drift.
 */
import type { Knex } from 'knex';
import { dateParts, fromParts } from '../../../shared/core/dates';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import {
  findQuota,
  placementConditionErrors,
  placementNeedsReason,
  quotaUsage,
  type QuotaPlacement,
} from '../../../shared/guarantees/rules';
import {
  CONDITION_FIELDS,
  conditionLabels,
  placementLabels,
  quotaLabels,
  type PlacementRow,
  type PlacementValues,
  type QuotaRow,
} from '../../../shared/quotas/schema';
import type { ServiceContext } from '../../core/context';
import { archiveRecord, createRecord, updateRecord, type EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';
import { bool, checkHousehold, checkLandlord } from './refs';

export const QUOTA: EntityInfo<'quotas'> = { table: 'quotas', entity: 'quota', label: 'Kvoten' };
export const PLACEMENT: EntityInfo<'quotaPlacements'> = {
  table: 'quotaPlacements',
  entity: 'quotaPlacement',
  label: 'Kvotplaceringen',
};

type QuotaJoined = TableRow<'quotas'> & { landlordName: string };

const yearRange = (year: number): [string, string] => [fromParts(year, 1, 1), fromParts(year, 12, 31)];

/** The counted placements (not archived) with these landlords in these years. */
async function placementsFor(ctx: ServiceContext, landlordIds: number[], years: number[]): Promise<QuotaPlacement[]> {
  if (landlordIds.length === 0 || years.length === 0) return [];
  const rows = await ctx
    .db('quotaPlacements')
    .whereIn('landlordId', [...new Set(landlordIds)])
    .whereNull('archivedAt')
    .whereBetween('placementDate', [yearRange(Math.min(...years))[0], yearRange(Math.max(...years))[1]])
    .select('landlordId', 'placementDate');
  return rows.map((r) => ({ landlordId: r.landlordId, date: r.placementDate, withinQuota: true }));
}

function selectQuotas(db: Knex): Knex.QueryBuilder<QuotaJoined, QuotaJoined[]> {
  return joinedRows(
    db('quotas')
      .join('organisations', 'organisations.id', 'quotas.landlordId')
      .select('quotas.*', 'organisations.name as landlordName'),
  );
}

function toQuotaRow(row: QuotaJoined, placements: QuotaPlacement[]): QuotaRow {
  const { archivedBy: _a, ...rest } = row;
  const usage = quotaUsage({ landlordId: row.landlordId, year: row.year, places: row.places }, placements);
  return { ...rest, used: usage.used, remaining: usage.remaining, over: usage.over, full: usage.full };
}

export async function listQuotas(ctx: ServiceContext, input: { year?: number | undefined }): Promise<QuotaRow[]> {
  const qb = selectQuotas(ctx.db)
    .whereNull('quotas.archivedAt')
    .orderBy('quotas.year', 'desc')
    .orderBy('organisations.nameSort')
    .limit(1000);
  if (input.year !== undefined) qb.where('quotas.year', input.year);
  const rows = await qb;
  const placements = await placementsFor(
    ctx,
    rows.map((r) => r.landlordId),
    rows.map((r) => r.year),
  );
  return rows.map((r) => toQuotaRow(r, placements));
}

export async function getQuota(ctx: ServiceContext, id: number): Promise<QuotaRow> {
  const row = await selectQuotas(ctx.db).where('quotas.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${QUOTA.label} finns inte (id ${id}).`);
  return toQuotaRow(row, await placementsFor(ctx, [row.landlordId], [row.year]));
}

export async function createQuota(
  ctx: ServiceContext,
  values: { landlordId: number; year: number; places: number; notes: string | null },
): Promise<QuotaRow> {
  const landlord = await checkLandlord(ctx, values.landlordId, 'landlordId', quotaLabels.landlordId);
  const existing = await ctx.db('quotas').where({ landlordId: values.landlordId, year: values.year }).first('id');
  if (existing)
    throw fieldError(
      'year',
      `${quotaLabels.year}: det finns redan en kvot med ${landlord.name} för ${values.year}; ändra den i stället.`,
    );
  const row = await createRecord(ctx, QUOTA, values);
  return getQuota(ctx, row.id);
}

export async function updateQuota(
  ctx: ServiceContext,
  input: RecordRef & { places: number; notes: string | null },
): Promise<QuotaRow> {
  const { id, version, ...values } = input;
  await updateRecord(ctx, QUOTA, { id, version }, values);
  return getQuota(ctx, id);
}

// ---------------------------------------------------------------------------
// Placements
// ---------------------------------------------------------------------------

type PlacementJoined = TableRow<'quotaPlacements'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'> & { landlordName: string };

function selectPlacements(db: Knex): Knex.QueryBuilder<PlacementJoined, PlacementJoined[]> {
  return joinedRows(
    db('quotaPlacements')
      .join('households', 'households.id', 'quotaPlacements.householdId')
      .join('organisations', 'organisations.id', 'quotaPlacements.landlordId')
      .select(
        'quotaPlacements.*',
        'households.holderName',
        'households.holderIdentityMasked',
        'organisations.name as landlordName',
      ),
  );
}

function toPlacementRow(row: PlacementJoined): PlacementRow {
  const { archivedBy: _a, ...rest } = row;
  return {
    ...rest,
    paidCurrentRent: bool(row.paidCurrentRent),
    noDisturbances: bool(row.noDisturbances),
    ffVouches: bool(row.ffVouches),
    beyondQuota: bool(row.beyondQuota),
  };
}

export async function listPlacements(
  ctx: ServiceContext,
  filter: { landlordId?: number | undefined; year?: number | undefined; householdId?: number | undefined },
): Promise<PlacementRow[]> {
  const qb = selectPlacements(ctx.db)
    .whereNull('quotaPlacements.archivedAt')
    .orderBy('quotaPlacements.placementDate')
    .orderBy('quotaPlacements.id')
    .limit(2000);
  if (filter.landlordId !== undefined) qb.where('quotaPlacements.landlordId', filter.landlordId);
  if (filter.householdId !== undefined) qb.where('quotaPlacements.householdId', filter.householdId);
  if (filter.year !== undefined) qb.whereBetween('quotaPlacements.placementDate', yearRange(filter.year));
  return (await qb).map(toPlacementRow);
}

export async function getPlacement(ctx: ServiceContext, id: number): Promise<PlacementRow> {
  const row = await selectPlacements(ctx.db).where('quotaPlacements.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${PLACEMENT.label} finns inte (id ${id}).`);
  return toPlacementRow(row);
}

/**
 * Places a household with a landlord within the landlord's quota for the
 * placement's year: all three conditions confirmed, and a written reason
 * when the quota is already full (or none is agreed). Exported for the
 * move-on, which places in the same transaction.
 */
export async function placeHousehold(ctx: ServiceContext, values: PlacementValues): Promise<PlacementRow> {
  const errors = placementConditionErrors(values);
  if (errors.length > 0) {
    const fields: Record<string, string> = {};
    for (const field of CONDITION_FIELDS) {
      if (values[field] !== true)
        fields[field] =
          `${conditionLabels[field]}: måste vara uppfyllt och bekräftat för en placering inom kvoten (plan 3:5).`;
    }
    throw new AppError('VALIDATION', errors.join(' '), { fields });
  }
  await checkHousehold(ctx, values.householdId, 'householdId', placementLabels.householdId);
  const landlord = await checkLandlord(ctx, values.landlordId, 'landlordId', placementLabels.landlordId);
  const year = dateParts(values.placementDate).year;
  const twice = await ctx
    .db('quotaPlacements')
    .where({ householdId: values.householdId, landlordId: values.landlordId })
    .whereNull('archivedAt')
    .whereBetween('placementDate', yearRange(year))
    .first('placementDate');
  if (twice)
    throw fieldError(
      'householdId',
      `${placementLabels.householdId}: hushållet är redan placerat hos ${landlord.name} ${twice.placementDate}.`,
    );

  const quotaRow = await ctx
    .db('quotas')
    .where({ landlordId: values.landlordId, year })
    .whereNull('archivedAt')
    .first('landlordId', 'year', 'places');
  const quotas = quotaRow ? [quotaRow] : [];
  const quota = findQuota(quotas, values.landlordId, year);
  const existing = await placementsFor(ctx, [values.landlordId], [year]);
  const beyondQuota = placementNeedsReason(quota, existing, {
    landlordId: values.landlordId,
    date: values.placementDate,
    withinQuota: true,
  });
  if (beyondQuota && !values.beyondQuotaReason) {
    const why = quota
      ? `kvoten med ${landlord.name} för ${year} är fylld (${quotaUsage(quota, existing).used} av ${quota.places} platser)`
      : `det finns ingen kvot med ${landlord.name} för ${year}`;
    throw fieldError(
      'beyondQuotaReason',
      `${placementLabels.beyondQuotaReason}: ${why}; skriv varför hushållet ändå placeras.`,
    );
  }
  const row = await createRecord(ctx, PLACEMENT, {
    householdId: values.householdId,
    landlordId: values.landlordId,
    placementDate: values.placementDate,
    paidCurrentRent: true,
    noDisturbances: true,
    ffVouches: true,
    beyondQuota,
    beyondQuotaReason: values.beyondQuotaReason,
    notes: values.notes,
  });
  return getPlacement(ctx, row.id);
}

/** A placement registered by mistake stops counting; one a guarantee or move-on rests on stays. */
export async function archivePlacement(ctx: ServiceContext, ref: RecordRef): Promise<PlacementRow> {
  const usedBy = await ctx.db('rentGuarantees').where({ placementId: ref.id }).whereNull('archivedAt').first('id');
  const moveOn = await ctx.db('moveOns').where({ placementId: ref.id }).whereNull('archivedAt').first('id');
  if (usedBy || moveOn) {
    throw new AppError(
      'VALIDATION',
      `${PLACEMENT.label} hör till en registrerad ${moveOn ? 'utslussning' : 'hyresgaranti'} och kan inte arkiveras.`,
    );
  }
  await archiveRecord(ctx, PLACEMENT, ref);
  return getPlacement(ctx, ref.id);
}

/** Quotas of recent years that have more placements than places: for Bevakning. */
export async function exceededQuotas(
  ctx: ServiceContext,
  fromYear: number,
): Promise<(QuotaRow & { firstBeyondDate: string })[]> {
  const quotas = (await listQuotas(ctx, {})).filter((q) => q.year >= fromYear && q.over > 0);
  const result: (QuotaRow & { firstBeyondDate: string })[] = [];
  for (const q of quotas) {
    const placed = await listPlacements(ctx, { landlordId: q.landlordId, year: q.year });
    const beyond = placed[q.places] ?? placed[placed.length - 1]!;
    result.push({ ...q, firstBeyondDate: beyond.placementDate });
  }
  return result;
}

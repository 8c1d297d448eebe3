/** Markanvisningar: land agreements and the dwellings they owe. */
import type { z } from 'zod';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import { resolveOwedDwellings } from '../../../shared/landAgreements/rules';
import {
  landAgreementLabels,
  type LandAgreementRow,
  type LandAgreementValues,
  type landAgreementListQuerySchema,
} from '../../../shared/landAgreements/schema';
import type { ServiceContext } from '../../core/context';
import { runList, searchText, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { agreementRows, type AgreementJoined } from './rowsQuery';

export const LAND_AGREEMENT: EntityInfo<'landAgreements'> = {
  table: 'landAgreements',
  entity: 'landAgreement',
  label: 'Markanvisningen',
};

const col = (name: string) => `agreementRows.${name}`;
/**
 * `notNull` columns sort without an "empty last" term. The project name
 * never holds null either, but keeps the term: the default order (due date,
 * project) is walked on an index written with both terms
 * (land_agreements_default_order_idx), which a sort without it would miss.
 */
const listSpec: ListSpec = {
  columns: {
    projectName: { column: col('projectName'), sortColumn: col('projectNameSort'), kind: 'text' },
    propertyDesignation: {
      column: col('propertyDesignation'),
      sortColumn: col('propertyDesignationSort'),
      kind: 'text',
      notNull: true,
    },
    developerName: { column: col('developerName'), sortColumn: col('developerNameSort'), kind: 'text', notNull: true },
    agreementKind: { column: col('agreementKind'), kind: 'set', notNull: true },
    signedDate: { column: col('signedDate'), kind: 'date', notNull: true },
    volumeDwellings: { column: col('volumeDwellings'), kind: 'number', notNull: true },
    grossFloorAreaM2: { column: col('grossFloorAreaM2'), kind: 'number' },
    commitmentPercent: { column: col('commitmentPercent'), kind: 'number', notNull: true },
    owedDwellings: { column: col('owedDwellings'), kind: 'number', notNull: true },
    deliveredCount: { column: col('deliveredCount'), kind: 'number', notNull: true },
    remainingCount: { column: col('remainingCount'), kind: 'number', notNull: true },
    progress: { column: col('progress'), kind: 'number', notNull: true },
    status: { column: col('status'), kind: 'set', notNull: true },
    dueDate: { column: col('dueDate'), kind: 'date' },
    waivedDate: { column: col('waivedDate'), kind: 'date' },
    updatedAt: { column: col('updatedAt'), kind: 'text', notNull: true },
  },
  search: { columns: [col('searchAll')] },
  archivedColumn: col('archivedAt'),
  idColumn: col('id'),
  defaultSort: [
    { column: 'dueDate', direction: 'asc' },
    { column: 'projectName', direction: 'asc' },
  ],
};

function toRow(row: AgreementJoined): LandAgreementRow {
  const { searchText: _s, searchAll: _all, archivedBy: _a, ...rest } = row;
  return { ...rest, remainingCount: Number(row.remainingCount), progress: Number(row.progress) };
}

export async function listLandAgreements(
  ctx: ServiceContext,
  query: z.output<typeof landAgreementListQuerySchema>,
): Promise<ListResult<LandAgreementRow>> {
  const base = agreementRows(ctx.db, ctx.clock.today());
  if (query.developerOrganisationId !== undefined)
    base.where(col('developerOrganisationId'), query.developerOrganisationId);
  const result = await runList<AgreementJoined>(base, listSpec, query);
  return { rows: result.rows.map(toRow), total: result.total };
}

export async function getLandAgreement(ctx: ServiceContext, id: number): Promise<LandAgreementRow> {
  const row = await agreementRows(ctx.db, ctx.clock.today()).where(col('id'), id).first();
  if (!row) throw new AppError('NOT_FOUND', `${LAND_AGREEMENT.label} finns inte (id ${id}).`);
  return toRow(row);
}

/** What the schema cannot check: the developer, and deliveries already made. */
async function checkAgreement(ctx: ServiceContext, values: LandAgreementValues, id: number | null): Promise<void> {
  const developer = await ctx
    .db('organisations')
    .where({ id: values.developerOrganisationId })
    .first('isDeveloper', 'archivedAt');
  if (!developer) throw fieldError('developerOrganisationId', 'Byggaktör: välj en byggaktör i listan.');
  if (!developer.isDeveloper) {
    throw fieldError(
      'developerOrganisationId',
      'Byggaktör: organisationen är inte registrerad som byggaktör; markera rollen under Hyresvärdar och byggaktörer.',
    );
  }
  if (id === null && developer.archivedAt)
    throw fieldError('developerOrganisationId', 'Byggaktör: organisationen är arkiverad; välj en aktiv byggaktör.');
  if (id !== null) {
    const early = (await ctx
      .db('landDeliveries')
      .where({ landAgreementId: id })
      .whereNull('archivedAt')
      .where('handedOverDate', '<', values.signedDate)
      .count({ n: '*' })
      .first()) ?? { n: 0 };
    if (Number(early.n) > 0) {
      throw fieldError(
        'signedDate',
        `Undertecknat: ${Number(early.n)} leverans(er) är registrerade före ${values.signedDate}; rätta eller ta bort dem först.`,
      );
    }
  }
}

/**
 * The stored columns: the rule's owed count (rounded up, see
 * `owedDwellings`), the override beside it, the count in force, and the
 * agreement's own search text (the developer's is joined in at query time,
 * so renaming a company needs no rewrite here).
 */
export function storedValues(values: LandAgreementValues): Record<string, unknown> {
  const override =
    values.owedOverride === null
      ? null
      : { owedOverride: values.owedOverride, reason: values.owedOverrideReason ?? '' };
  const owed = resolveOwedDwellings(values.volumeDwellings, values.commitmentPercent, override);
  // The schema has refused an override without a reason already; this is the rule's own guard.
  if (!owed.ok)
    throw fieldError('owedOverrideReason', `${landAgreementLabels.owedOverrideReason}: ${owed.messages.join(' ')}`);
  return {
    ...values,
    owedComputed: owed.computed,
    owedOverrideReason: owed.reason,
    owedDwellings: owed.owed,
    searchText: searchText([values.projectName, values.propertyDesignation, values.waiverDecisionRef]),
  };
}

export async function createLandAgreement(ctx: ServiceContext, values: LandAgreementValues): Promise<LandAgreementRow> {
  await checkAgreement(ctx, values, null);
  const row = await createRecord(ctx, LAND_AGREEMENT, storedValues(values));
  return getLandAgreement(ctx, row.id);
}

export async function updateLandAgreement(
  ctx: ServiceContext,
  input: LandAgreementValues & RecordRef,
): Promise<LandAgreementRow> {
  const { id, version, ...values } = input;
  await checkAgreement(ctx, values, id);
  await updateRecord(ctx, LAND_AGREEMENT, { id, version }, storedValues(values));
  return getLandAgreement(ctx, id);
}

export async function archiveLandAgreement(ctx: ServiceContext, ref: RecordRef): Promise<LandAgreementRow> {
  await archiveRecord(ctx, LAND_AGREEMENT, ref);
  return getLandAgreement(ctx, ref.id);
}

export async function restoreLandAgreement(ctx: ServiceContext, ref: RecordRef): Promise<LandAgreementRow> {
  await restoreRecord(ctx, LAND_AGREEMENT, ref);
  return getLandAgreement(ctx, ref.id);
}

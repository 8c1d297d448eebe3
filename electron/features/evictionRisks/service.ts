/** Vräkningsförebyggande (plan 3:8): the register of eviction risks and its list. */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type { ListResult } from '../../../shared/core/listQuery';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import {
  EVICTION_PARTIES,
  evictionRiskLabels as L,
  type evictionRiskListQuerySchema,
  type EvictionParty,
  type EvictionRiskRow,
  type EvictionRiskValues,
} from '../../../shared/evictionRisks/schema';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import { archiveRecord, createRecord, restoreRecord, updateRecord, type EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';
import { checkHousehold, checkLandlord } from '../quotas/refs';

export const EVICTION_RISK: EntityInfo<'evictionRisks'> = {
  table: 'evictionRisks',
  entity: 'evictionRisk',
  label: 'Vräkningsrisken',
};

const listSpec: ListSpec = {
  columns: {
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    holderIdentityMasked: { column: 'households.holderIdentityMasked', kind: 'text', notNull: true, joined: true },
    cause: { column: 'evictionRisks.cause', kind: 'text', notNull: true },
    warningDate: { column: 'evictionRisks.warningDate', kind: 'date', notNull: true },
    socialNoticeDate: { column: 'evictionRisks.socialNoticeDate', kind: 'date' },
    outcome: { column: 'evictionRisks.outcome', kind: 'text' },
    outcomeDate: { column: 'evictionRisks.outcomeDate', kind: 'date' },
    updatedAt: { column: 'evictionRisks.updatedAt', kind: 'text', notNull: true },
  },
  search: { columns: ['households.searchText'], joined: true, dashesPartWords: true },
  archivedColumn: 'evictionRisks.archivedAt',
  idColumn: 'evictionRisks.id',
  defaultSort: [{ column: 'warningDate', direction: 'desc' }],
};

/** The contract and landlord are left joins: null when the risk names none. */
type RiskJoined = TableRow<'evictionRisks'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'> & {
    contractNumber: string | null;
    landlordName: string | null;
  };

function selectRisks(db: Knex): Knex.QueryBuilder<RiskJoined, RiskJoined[]> {
  return joinedRows(
    db('evictionRisks')
      .join('households', 'households.id', 'evictionRisks.householdId')
      .leftJoin('municipalContracts', 'municipalContracts.id', 'evictionRisks.contractId')
      .leftJoin('organisations', 'organisations.id', 'evictionRisks.landlordId')
      .select(
        'evictionRisks.*',
        'households.holderName',
        'households.holderIdentityMasked',
        'municipalContracts.contractNumber',
        'organisations.name as landlordName',
      ),
  );
}

function toRow({ archivedBy: _a, departments, ...rest }: RiskJoined): EvictionRiskRow {
  const parties = departments
    .split(',')
    .filter((d): d is EvictionParty => (EVICTION_PARTIES as readonly string[]).includes(d));
  return { ...rest, departments: parties };
}

/** The list's rows before paging, its spec and the query left to apply: the list and its export read the same view. */
export function evictionRiskListView(
  ctx: ServiceContext,
  query: z.output<typeof evictionRiskListQuerySchema>,
): { base: Knex.QueryBuilder; spec: ListSpec; query: z.output<typeof evictionRiskListQuerySchema> } {
  const scoped = (qb: Knex.QueryBuilder) => (query.openOnly ? qb.whereNull('evictionRisks.outcome') : qb);
  const spec: ListSpec = { ...listSpec, countBase: () => scoped(ctx.db('evictionRisks')) };
  return { base: scoped(selectRisks(ctx.db)), spec, query };
}

export async function listEvictionRisks(
  ctx: ServiceContext,
  query: z.output<typeof evictionRiskListQuerySchema>,
): Promise<ListResult<EvictionRiskRow>> {
  const view = evictionRiskListView(ctx, query);
  const result = await runList<RiskJoined>(view.base, view.spec, view.query);
  return { rows: result.rows.map(toRow), total: result.total };
}

export async function getEvictionRisk(ctx: ServiceContext, id: number): Promise<EvictionRiskRow> {
  const row = await selectRisks(ctx.db).where('evictionRisks.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${EVICTION_RISK.label} finns inte (id ${id}).`);
  return toRow(row);
}

async function checkRisk(ctx: ServiceContext, values: EvictionRiskValues): Promise<void> {
  await checkHousehold(ctx, values.householdId, 'householdId', L.householdId);
  if (values.landlordId !== null) await checkLandlord(ctx, values.landlordId, 'landlordId', L.landlordId);
  if (values.contractId !== null) {
    const contract = await ctx.db('municipalContracts').where({ id: values.contractId }).first('householdId');
    if (!contract) throw fieldError('contractId', `${L.contractId}: välj ett kontrakt i listan.`);
    if (contract.householdId !== values.householdId)
      throw fieldError('contractId', `${L.contractId}: kontraktet hör till ett annat hushåll.`);
  }
}

function dbValues(values: EvictionRiskValues): Record<string, unknown> {
  return { ...values, departments: [...new Set(values.departments)].join(',') };
}

export async function createEvictionRisk(ctx: ServiceContext, values: EvictionRiskValues): Promise<EvictionRiskRow> {
  await checkRisk(ctx, values);
  const row = await createRecord(ctx, EVICTION_RISK, dbValues(values));
  return getEvictionRisk(ctx, row.id);
}

export async function updateEvictionRisk(
  ctx: ServiceContext,
  input: EvictionRiskValues & RecordRef,
): Promise<EvictionRiskRow> {
  const { id, version, ...values } = input;
  await checkRisk(ctx, values);
  await updateRecord(ctx, EVICTION_RISK, { id, version }, dbValues(values));
  return getEvictionRisk(ctx, id);
}

export async function archiveEvictionRisk(ctx: ServiceContext, ref: RecordRef): Promise<EvictionRiskRow> {
  await archiveRecord(ctx, EVICTION_RISK, ref);
  return getEvictionRisk(ctx, ref.id);
}

export async function restoreEvictionRisk(ctx: ServiceContext, ref: RecordRef): Promise<EvictionRiskRow> {
  await restoreRecord(ctx, EVICTION_RISK, ref);
  return getEvictionRisk(ctx, ref.id);
}

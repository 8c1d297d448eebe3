/**
 * Leveranser: the dwellings handed over under a land agreement. Each is its
 * own record (versioned, audited); a mistaken one is archived, never
 * deleted, and archived deliveries do not count.
 */
import type { Knex } from 'knex';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import type { LandDeliveryRow, LandDeliveryValues } from '../../../shared/landAgreements/deliveries';
import type { ServiceContext } from '../../core/context';
import { joinedRows, type TableRow } from '../../db/tableRow';
import {
  archiveRecord,
  createRecord,
  getRowOrThrow,
  restoreRecord,
  updateRecord,
  type EntityInfo,
} from '../../core/records';
import { LAND_AGREEMENT } from './service';

export const LAND_DELIVERY: EntityInfo<'landDeliveries'> = {
  table: 'landDeliveries',
  entity: 'landDelivery',
  label: 'Leveransen',
};

/** Upper bound for one agreement's deliveries on screen: far above any real allocation's 10 %. */
const MAX_DELIVERIES_LISTED = 5000;

/** The lease and its landlord are left joins: null when the city does not rent the unit. */
type DeliveryJoined = TableRow<'landDeliveries'> & {
  unitObjectNumber: string;
  unitAddress: string;
  unitKind: TableRow<'units'>['kind'];
  leaseNumber: string | null;
  leaseLandlordName: string | null;
};

function selectDeliveries(ctx: ServiceContext): Knex.QueryBuilder<DeliveryJoined, DeliveryJoined[]> {
  return joinedRows(
    ctx
      .db('landDeliveries')
      .join('units', 'units.id', 'landDeliveries.unitId')
      .leftJoin('leases', 'leases.id', 'landDeliveries.leaseId')
      .leftJoin('organisations as leaseLandlords', 'leaseLandlords.id', 'leases.landlordId')
      .select(
        'landDeliveries.*',
        'units.objectNumber as unitObjectNumber',
        'units.address as unitAddress',
        'units.kind as unitKind',
        'leases.leaseNumber',
        'leaseLandlords.name as leaseLandlordName',
      ),
  );
}

function toRow(row: DeliveryJoined): LandDeliveryRow {
  const { archivedBy: _a, ...rest } = row;
  return rest;
}

export async function listDeliveries(
  ctx: ServiceContext,
  landAgreementId: number,
  includeArchived: boolean,
): Promise<LandDeliveryRow[]> {
  const qb = selectDeliveries(ctx).where('landDeliveries.landAgreementId', landAgreementId);
  if (!includeArchived) qb.whereNull('landDeliveries.archivedAt');
  const rows = await qb
    .orderBy('landDeliveries.handedOverDate')
    .orderBy('landDeliveries.id')
    .limit(MAX_DELIVERIES_LISTED);
  return rows.map(toRow);
}

export async function getDelivery(ctx: ServiceContext, id: number): Promise<LandDeliveryRow> {
  const row = await selectDeliveries(ctx).where('landDeliveries.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${LAND_DELIVERY.label} finns inte (id ${id}).`);
  return toRow(row);
}

interface DeliveryFacts {
  landAgreementId: number;
  unitId: number;
  leaseId: number | null;
  handedOverDate: string;
}

/**
 * The rules a delivery must meet: an active agreement, a unit in Bestånd,
 * handed over between signing and today, and a unit that does not already
 * count (for this agreement or another). `selfId` is the delivery itself
 * when it is being changed or restored.
 */
async function checkDelivery(ctx: ServiceContext, d: DeliveryFacts, selfId: number | null): Promise<void> {
  const agreement = await ctx
    .db('landAgreements')
    .where({ id: d.landAgreementId })
    .first('signedDate', 'archivedAt', 'projectName');
  if (!agreement) throw fieldError('landAgreementId', 'Markanvisning: avtalet finns inte.');
  if (agreement.archivedAt)
    throw new AppError(
      'VALIDATION',
      `${LAND_AGREEMENT.label} ${agreement.projectName} är arkiverad; återställ den innan leveranser registreras.`,
    );

  const unit = await ctx.db('units').where({ id: d.unitId }).first('objectNumber', 'archivedAt');
  if (!unit) throw fieldError('unitId', 'Bostad: välj en bostad i Bestånd.');
  if (unit.archivedAt) throw fieldError('unitId', `Bostad: ${unit.objectNumber} är arkiverad i Bestånd.`);

  if (d.leaseId !== null) await checkLease(ctx, d.leaseId, d.unitId, unit.objectNumber);

  if (d.handedOverDate < agreement.signedDate) {
    throw fieldError(
      'handedOverDate',
      `Överlämnad: ${d.handedOverDate} är före avtalet undertecknades (${agreement.signedDate}); en leverans räknas från avtalets datum.`,
    );
  }
  const today = ctx.clock.today();
  if (d.handedOverDate > today)
    throw fieldError(
      'handedOverDate',
      `Överlämnad: ${d.handedOverDate} har inte inträffat än; registrera leveransen när bostaden är överlämnad.`,
    );

  const earlier = (await ctx
    .db('landDeliveries')
    .join('landAgreements', 'landAgreements.id', 'landDeliveries.landAgreementId')
    .where('landDeliveries.unitId', d.unitId)
    .whereNull('landDeliveries.archivedAt')
    .whereNot('landDeliveries.id', selfId ?? 0)
    .first('landDeliveries.handedOverDate', 'landAgreements.projectName')) as
    { handedOverDate: string; projectName: string } | undefined;
  if (earlier) {
    throw fieldError(
      'unitId',
      `Bostad: ${unit.objectNumber} är redan lämnad ${earlier.handedOverDate} i ${earlier.projectName}; en bostad räknas bara en gång.`,
    );
  }
}

/** The lease must be one of the unit's, and not archived (the database's key only knows it exists). */
async function checkLease(ctx: ServiceContext, leaseId: number, unitId: number, objectNumber: string): Promise<void> {
  const lease = await ctx.db('leases').where({ id: leaseId }).first('leaseNumber', 'archivedAt');
  if (!lease) throw fieldError('leaseId', 'Hyresavtal: avtalet finns inte; välj ett av bostadens avtal eller inget.');
  if (lease.archivedAt)
    throw fieldError(
      'leaseId',
      `Hyresavtal: ${lease.leaseNumber} är arkiverat; välj ett av bostadens avtal eller inget.`,
    );
  const covers = await ctx.db('leaseUnits').where({ leaseId, unitId }).first('leaseId');
  if (!covers)
    throw fieldError(
      'leaseId',
      `Hyresavtal: ${lease.leaseNumber} omfattar inte ${objectNumber}; välj ett av bostadens avtal eller inget.`,
    );
}

/**
 * Recounts the agreement's active deliveries into `delivered_count`, in the
 * caller's transaction. A recount rather than +1/-1, so the column can only
 * ever hold the true count. Not a user's edit of the agreement: its version
 * and audit stay as they are (the delivery carries its own audit row).
 */
export async function recountDeliveries(ctx: ServiceContext, landAgreementId: number): Promise<void> {
  await ctx.db.raw(
    `update land_agreements set delivered_count =
       (select count(*) from land_deliveries ld where ld.land_agreement_id = land_agreements.id and ld.archived_at is null)
     where id = ?`,
    [landAgreementId],
  );
}

export async function createDelivery(ctx: ServiceContext, values: LandDeliveryValues): Promise<LandDeliveryRow> {
  await checkDelivery(ctx, values, null);
  const row = await createRecord(ctx, LAND_DELIVERY, values);
  await recountDeliveries(ctx, values.landAgreementId);
  return getDelivery(ctx, row.id);
}

export async function updateDelivery(
  ctx: ServiceContext,
  input: Omit<LandDeliveryValues, 'landAgreementId'> & RecordRef,
): Promise<LandDeliveryRow> {
  const { id, version, ...values } = input;
  const current = await getRowOrThrow(ctx, LAND_DELIVERY, id);
  if (current['archivedAt'])
    throw new AppError('VALIDATION', `${LAND_DELIVERY.label} är borttagen; återställ den innan den ändras.`);
  await checkDelivery(ctx, { ...values, landAgreementId: current['landAgreementId'] as number }, id);
  await updateRecord(ctx, LAND_DELIVERY, { id, version }, values);
  return getDelivery(ctx, id);
}

export async function archiveDelivery(ctx: ServiceContext, ref: RecordRef): Promise<LandDeliveryRow> {
  const archived = await archiveRecord(ctx, LAND_DELIVERY, ref);
  await recountDeliveries(ctx, archived['landAgreementId'] as number);
  return getDelivery(ctx, ref.id);
}

/** A restored delivery counts again, so it must still meet every rule. */
export async function restoreDelivery(ctx: ServiceContext, ref: RecordRef): Promise<LandDeliveryRow> {
  const current = await getRowOrThrow(ctx, LAND_DELIVERY, ref.id);
  await checkDelivery(
    ctx,
    {
      landAgreementId: current['landAgreementId'] as number,
      unitId: current['unitId'] as number,
      // The lease is a reference, not a counting rule: a lease archived since does not keep the dwelling from counting again.
      leaseId: null,
      handedOverDate: current['handedOverDate'] as string,
    },
    ref.id,
  );
  await restoreRecord(ctx, LAND_DELIVERY, ref);
  await recountDeliveries(ctx, current['landAgreementId'] as number);
  return getDelivery(ctx, ref.id);
}

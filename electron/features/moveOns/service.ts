/**
 * Utslussning: a household leaves its kommunalt kontrakt for its own
 * first-hand lease. `registerMoveOn` does everything in the caller's one
 * write transaction (dispatch opens it): the contract is ended (or, for a
 * moving day still to come, given notice to end that day), the unit freed,
 * the quota placement and the rent guarantee created where chosen, and the
 * move recorded. Any refusal on the way undoes all of it.
 */
import type { Knex } from 'knex';
import { LIVE_STATUSES, contractStatusLabels } from '../../../shared/contracts/schema';
import type { ListResult, ParsedListQuery } from '../../../shared/core/listQuery';
import { AppError, fieldError } from '../../../shared/core/result';
import { moveOnLabels, type MoveOnRow, type RegisterMoveOnValues } from '../../../shared/moveOns/schema';
import type { ServiceContext } from '../../core/context';
import { runList, type ListSpec } from '../../core/listQuery';
import { createRecord, getRowOrThrow, updateRecord, type EntityInfo } from '../../core/records';
import { joinedRows, type TableRow } from '../../db/tableRow';
import { endContract, terminateContract } from '../contracts/lifecycle';
import { CONTRACT } from '../contracts/queries';
import { createGuaranteeRecord } from '../guarantees/service';
import { checkHousehold, checkLandlord } from '../quotas/refs';
import { placeHousehold } from '../quotas/service';

export const MOVE_ON: EntityInfo<'moveOns'> = { table: 'moveOns', entity: 'moveOn', label: 'Utslussningen' };

export const MOVE_ON_REASON = 'flytt_forstahandskontrakt' as const;

type MoveOnJoined = TableRow<'moveOns'> &
  Pick<TableRow<'households'>, 'holderName' | 'holderIdentityMasked'> &
  Pick<TableRow<'municipalContracts'>, 'contractNumber'> & { landlordName: string };

function selectMoveOns(db: Knex): Knex.QueryBuilder<MoveOnJoined, MoveOnJoined[]> {
  // Knex types a join as the intersection of the tables' rows; `status` of two
  // tables (different unions) would make it `never`. The select names each column.
  return joinedRows(
    db<Record<string, unknown>>('moveOns')
      .join('households', 'households.id', 'moveOns.householdId')
      .join('organisations', 'organisations.id', 'moveOns.landlordId')
      .join('municipalContracts', 'municipalContracts.id', 'moveOns.contractId')
      .select(
        'moveOns.*',
        'households.holderName',
        'households.holderIdentityMasked',
        'organisations.name as landlordName',
        'municipalContracts.contractNumber',
      ),
  );
}

const toRow = ({ archivedBy: _a, ...rest }: MoveOnJoined): MoveOnRow => rest;

const listSpec: ListSpec = {
  columns: {
    moveDate: { column: 'moveOns.moveDate', kind: 'date', notNull: true },
    status: { column: 'moveOns.status', kind: 'set', notNull: true },
    holderName: { column: 'households.holderName', kind: 'text', notNull: true, joined: true },
    landlordName: { column: 'organisations.name', kind: 'text', notNull: true, joined: true },
    newAddress: { column: 'moveOns.newAddress', kind: 'text', notNull: true },
    contractNumber: { column: 'municipalContracts.contractNumber', kind: 'text', notNull: true, joined: true },
  },
  archivedColumn: 'moveOns.archivedAt',
  idColumn: 'moveOns.id',
  defaultSort: [{ column: 'moveDate', direction: 'desc' }],
};

export async function listMoveOns(ctx: ServiceContext, query: ParsedListQuery): Promise<ListResult<MoveOnRow>> {
  const spec: ListSpec = { ...listSpec, countBase: () => ctx.db('moveOns') };
  const result = await runList<MoveOnJoined>(selectMoveOns(ctx.db), spec, query);
  return { rows: result.rows.map(toRow), total: result.total };
}

export async function moveOnsOfHousehold(ctx: ServiceContext, householdId: number): Promise<MoveOnRow[]> {
  const rows = await selectMoveOns(ctx.db)
    .where('moveOns.householdId', householdId)
    .whereNull('moveOns.archivedAt')
    .orderBy('moveOns.moveDate', 'desc')
    .limit(100);
  return rows.map(toRow);
}

export async function getMoveOn(ctx: ServiceContext, id: number): Promise<MoveOnRow> {
  const row = await selectMoveOns(ctx.db).where('moveOns.id', id).first();
  if (!row) throw new AppError('NOT_FOUND', `${MOVE_ON.label} finns inte (id ${id}).`);
  return toRow(row);
}

/** The contract's own note: where the household went. */
const contractNote = (v: RegisterMoveOnValues, landlordName: string) =>
  `Utslussning till eget förstahandskontrakt: ${v.newAddress} (${landlordName}).`;

export async function registerMoveOn(ctx: ServiceContext, v: RegisterMoveOnValues): Promise<MoveOnRow> {
  const today = ctx.clock.today();
  const c = await getRowOrThrow(ctx, CONTRACT, v.contractId);
  const ref = { id: c.id, version: v.contractVersion };
  if (!(LIVE_STATUSES as readonly string[]).includes(c.status) || c.archivedAt) {
    throw fieldError(
      'contractId',
      `${moveOnLabels.contractId}: ${c.contractNumber} är ${contractStatusLabels[c.status].toLowerCase()}; bara ett kontrakt som gäller kan avslutas med en utslussning.`,
    );
  }
  const earlier = await ctx.db('moveOns').where({ contractId: c.id }).whereNull('archivedAt').first('moveDate');
  if (earlier)
    throw fieldError(
      'contractId',
      `${moveOnLabels.contractId}: en utslussning från ${c.contractNumber} är redan registrerad (${earlier.moveDate}).`,
    );
  await checkHousehold(ctx, c.householdId, 'contractId', moveOnLabels.contractId);
  const landlord = await checkLandlord(ctx, v.landlordId, 'landlordId', moveOnLabels.landlordId);
  if (v.moveDate < c.startDate)
    throw fieldError('moveDate', `${moveOnLabels.moveDate}: kan inte vara före kontraktets start (${c.startDate}).`);

  // The contract first: a stale version is refused before anything else is written.
  const planned = v.moveDate > today;
  const note = contractNote(v, landlord.name);
  if (!planned) {
    await endContract(ctx, ref, { endDate: v.moveDate, reason: MOVE_ON_REASON, note });
  } else if (c.status === 'aktivt') {
    if (v.moveDate > c.endsOn) {
      throw fieldError(
        'moveDate',
        `${moveOnLabels.moveDate}: kontraktet upphör redan ${c.endsOn}; hushållet kan inte bo kvar till ${v.moveDate}.`,
      );
    }
    await terminateContract(ctx, {
      ...ref,
      noticeDate: today,
      terminationDate: v.moveDate,
      reason: MOVE_ON_REASON,
      note,
    });
  } else {
    // Already given notice: it must not run out before the moving day.
    if (c.terminationDate && v.moveDate > c.terminationDate) {
      throw fieldError(
        'moveDate',
        `${moveOnLabels.moveDate}: kontraktet är uppsagt och upphör ${c.terminationDate}, före flyttdatumet.`,
      );
    }
    await updateRecord(ctx, CONTRACT, ref, {}, 'moveOnPlanned');
  }

  const placement = v.countInQuota
    ? await placeHousehold(ctx, {
        householdId: c.householdId,
        landlordId: v.landlordId,
        placementDate: v.moveDate,
        paidCurrentRent: v.paidCurrentRent,
        noDisturbances: v.noDisturbances,
        ffVouches: v.ffVouches,
        beyondQuotaReason: v.beyondQuotaReason,
        notes: `Utslussning från ${c.contractNumber}.`,
      })
    : null;

  const guaranteeId = v.withGuarantee
    ? await createGuaranteeRecord(
        ctx,
        {
          householdId: c.householdId,
          landlordId: v.landlordId,
          leaseAddress: v.newAddress,
          leaseReference: v.leaseReference,
          monthlyRent: v.monthlyRent ?? 0,
          guaranteedAmount: v.guaranteedAmount ?? 0,
          startDate: v.moveDate,
          endDate: v.guaranteeEndDate,
          firstHandLease: true,
          canPayWithoutForsorjningsstod: v.canPayWithoutForsorjningsstod,
          withinQuota: placement !== null,
          grantAppliedOn: null,
          notes: null,
        },
        placement?.id ?? null,
      )
    : null;

  const row = await createRecord(ctx, MOVE_ON, {
    householdId: c.householdId,
    contractId: c.id,
    landlordId: v.landlordId,
    moveDate: v.moveDate,
    newAddress: v.newAddress,
    guaranteeId,
    placementId: placement?.id ?? null,
    status: planned ? 'planerad' : 'genomford',
    notes: v.notes,
  });
  return getMoveOn(ctx, row.id);
}

/**
 * Planned move-ons whose moving day has come: end each contract that still
 * holds (the household has moved), which frees its unit, and mark the move
 * done. Run by the daily job (features/daily/job.ts), inside its write;
 * safe to run again (a second run finds nothing due).
 */
/** Move-ons carried out per transaction: each ends a contract, so the write lock is not held long. */
export const MOVE_ON_BATCH = 500;

export async function completeDueMoveOns(ctx: ServiceContext): Promise<{ completed: number }> {
  const due = await ctx
    .db('moveOns')
    .where({ status: 'planerad' })
    .whereNull('archivedAt')
    .where('moveDate', '<=', ctx.clock.today())
    .orderBy('moveDate')
    .limit(MOVE_ON_BATCH)
    .select('id', 'version', 'contractId', 'moveDate', 'newAddress', 'landlordId');
  for (const m of due) {
    const c = await getRowOrThrow(ctx, CONTRACT, m.contractId);
    if ((LIVE_STATUSES as readonly string[]).includes(c.status)) {
      const landlord = await ctx.db('organisations').where({ id: m.landlordId }).first('name');
      if (!landlord) throw new AppError('NOT_FOUND', `Hyresvärden finns inte (id ${m.landlordId}).`);
      await endContract(
        ctx,
        { id: c.id, version: c.version },
        {
          endDate: m.moveDate,
          reason: MOVE_ON_REASON,
          note: `Utslussning till eget förstahandskontrakt: ${m.newAddress} (${landlord.name}).`,
        },
      );
    }
    await updateRecord(ctx, MOVE_ON, m, { status: 'genomford' }, 'complete');
  }
  return { completed: due.length };
}

/**
 * The life of a kommunalt kontrakt: activate (the unit becomes uthyrd),
 * move through the phases of process 3:4, give notice (uppsagt), and end
 * (the unit becomes ledig). Each runs inside the caller's one write
 * transaction, so the contract and its unit never disagree.
 */
import { canMovePhase, nextPhase, previousPhase, responsibleDepartment } from '../../../shared/contracts/rules';
import {
  contractLabels,
  contractPhaseLabels,
  contractStatusLabels,
  endLabels,
  endReasonLabels,
  LIVE_STATUSES,
  terminateLabels,
  type ContractPhase,
  type ContractRow,
  type EndReason,
} from '../../../shared/contracts/schema';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { getRowOrThrow, updateRecord } from '../../core/records';
import { UNIT } from '../units/service';
import { resolveLease } from './leaseLink';
import { CONTRACT, getContract } from './queries';
import { checkUnitFree, confirmWarnings, contractWarnings, type StoredContract } from './service';

function statusError(c: StoredContract, text: string): AppError {
  return new AppError(
    'VALIDATION',
    `${CONTRACT.label} ${c.contractNumber} är ${contractStatusLabels[c.status].toLowerCase()}: ${text}`,
  );
}

async function departmentCode(ctx: ServiceContext, id: number): Promise<string> {
  const department = await ctx.db('departments').where({ id }).first('code');
  if (!department) throw new AppError('NOT_FOUND', `Förvaltningen finns inte (id ${id}).`);
  return department.code;
}

async function recordPhaseMove(
  ctx: ServiceContext,
  c: StoredContract,
  from: ContractPhase | null,
  to: ContractPhase,
  note: string | null,
): Promise<void> {
  const movedAt = ctx.clock.now();
  // The move before holds until this one (Uppföljning reads the phase at a date from these spans).
  await ctx
    .db('contractPhaseMoves')
    .where({ contractId: c.id })
    .whereNull('validUntil')
    .update({ validUntil: movedAt });
  await ctx.db('contractPhaseMoves').insert({
    contractId: c.id,
    fromPhase: from,
    toPhase: to,
    responsibleDepartment: responsibleDepartment(to, await departmentCode(ctx, c.referringDepartmentId)),
    movedAt,
    movedBy: ctx.actor.login,
    note,
  });
}

async function otherLiveContract(
  ctx: ServiceContext,
  unitId: number,
  excludeId: number,
): Promise<{ contractNumber: string } | undefined> {
  return await ctx
    .db('municipalContracts')
    .where({ unitId })
    .whereNot('id', excludeId)
    .whereIn('status', LIVE_STATUSES)
    .first('contractNumber');
}

/**
 * Utkast → aktivt. Needs the waiver's ground and end date (a waiver without
 * them has been set aside, RH 2022:33), a unit that is free for the whole
 * period, and any warnings confirmed. Sets the unit to uthyrd.
 */
export async function activateContract(
  ctx: ServiceContext,
  input: RecordRef & { acknowledgeWarnings: boolean },
): Promise<ContractRow> {
  const c = await getRowOrThrow(ctx, CONTRACT, input.id);
  if (c.archivedAt)
    throw new AppError('VALIDATION', `${CONTRACT.label} ${c.contractNumber} är arkiverat; återställ det först.`);
  if (c.status !== 'utkast') throw statusError(c, 'bara ett utkast kan aktiveras.');
  const missing: Record<string, string> = {};
  if (!c.waiverGround)
    missing['waiverGround'] =
      `${contractLabels.waiverGround}: måste anges innan kontraktet aktiveras; ett avstående utan skäl gäller inte.`;
  if (!c.endDate)
    missing['endDate'] =
      `${contractLabels.endDate}: måste anges innan kontraktet aktiveras; ett avstående utan slutdatum gäller inte.`;
  if (Object.keys(missing).length > 0)
    throw new AppError('VALIDATION', Object.values(missing).join(' '), { fields: missing });

  const unit = await getRowOrThrow(ctx, UNIT, c.unitId);
  if (unit.archivedAt) throw fieldError('unitId', `${contractLabels.unitId}: ${unit.objectNumber} är arkiverad.`);
  if (unit.status === 'sparrad' || unit.status === 'avvecklad') {
    throw fieldError(
      'unitId',
      `${contractLabels.unitId}: ${unit.objectNumber} har status ${unit.status === 'sparrad' ? 'spärrad' : 'avvecklad'} och kan inte hyras ut.`,
    );
  }
  await checkUnitFree(ctx, c.unitId, { start: c.startDate, end: c.endsOn }, c.id);
  // Uthyrd with no contract of ours: let in some other way, so not free.
  if (unit.status === 'uthyrd' && !(await otherLiveContract(ctx, c.unitId, c.id))) {
    throw fieldError(
      'unitId',
      `${contractLabels.unitId}: ${unit.objectNumber} är markerad som uthyrd utan kommunalt kontrakt; ändra bostadens status först om den är ledig.`,
    );
  }
  const household = await ctx.db('households').where({ id: c.householdId }).first('archivedAt');
  if (!household) throw fieldError('householdId', `${contractLabels.householdId}: hushållet finns inte längre.`);
  if (household.archivedAt) throw fieldError('householdId', `${contractLabels.householdId}: hushållet är arkiverat.`);

  // A lease registered, archived or changed since the draft was saved: the contract sits on the one in force now.
  const leaseId = await resolveLease(
    ctx,
    c.unitId,
    c.leaseId,
    { start: c.startDate, end: c.endsOn },
    { fallBack: true },
  );
  const acknowledgedWarnings = confirmWarnings(
    await contractWarnings(ctx, { ...c, leaseId }),
    c.acknowledgedWarnings,
    input.acknowledgeWarnings,
  );
  await updateRecord(
    ctx,
    CONTRACT,
    input,
    { status: 'aktivt', phase: 'uthyrning', phaseChangedAt: ctx.clock.now(), leaseId, acknowledgedWarnings },
    'activate',
  );
  await recordPhaseMove(ctx, c, null, 'uthyrning', 'Kontraktet aktiverat.');
  if (unit.status !== 'uthyrd') await updateRecord(ctx, UNIT, unit, { status: 'uthyrd' }, 'let');
  return getContract(ctx, c.id);
}

/** One step along process 3:4 (or one step back); records who and when. */
export async function moveContractPhase(
  ctx: ServiceContext,
  input: RecordRef & { toPhase: ContractPhase; note: string | null },
): Promise<ContractRow> {
  const c = await getRowOrThrow(ctx, CONTRACT, input.id);
  if (!(LIVE_STATUSES as readonly string[]).includes(c.status))
    throw statusError(c, 'fasen flyttas bara på ett kontrakt som gäller.');
  if (input.toPhase === c.phase)
    throw fieldError(
      'toPhase',
      `${contractLabels.phase}: kontraktet är redan i fasen ${contractPhaseLabels[c.phase]}.`,
    );
  if (!canMovePhase(c.phase, input.toPhase)) {
    const allowed = [nextPhase(c.phase), previousPhase(c.phase)]
      .filter((p): p is ContractPhase => p !== null)
      .map((p) => contractPhaseLabels[p]);
    throw fieldError(
      'toPhase',
      `${contractLabels.phase}: en fas i taget – från ${contractPhaseLabels[c.phase]} går det bara till ${allowed.join(' eller ')}.`,
    );
  }
  await updateRecord(ctx, CONTRACT, input, { phase: input.toPhase, phaseChangedAt: ctx.clock.now() }, 'phase');
  await recordPhaseMove(ctx, c, c.phase, input.toPhase, input.note);
  return getContract(ctx, c.id);
}

/** Aktivt → uppsagt: notice is given; the household stays until the termination date. */
export async function terminateContract(
  ctx: ServiceContext,
  input: RecordRef & { noticeDate: string; terminationDate: string; reason: EndReason; note: string | null },
): Promise<ContractRow> {
  const c = await getRowOrThrow(ctx, CONTRACT, input.id);
  if (c.status !== 'aktivt') throw statusError(c, 'bara ett aktivt kontrakt kan sägas upp.');
  if (input.terminationDate < c.startDate)
    throw fieldError(
      'terminationDate',
      `${terminateLabels.terminationDate}: kan inte vara före kontraktets startdatum (${c.startDate}).`,
    );
  if (input.terminationDate > c.endDate)
    throw fieldError(
      'terminationDate',
      `${terminateLabels.terminationDate}: kontraktet upphör redan ${c.endDate} enligt avtalet.`,
    );
  await updateRecord(
    ctx,
    CONTRACT,
    input,
    {
      status: 'uppsagt',
      noticeDate: input.noticeDate,
      terminationDate: input.terminationDate,
      endReason: input.reason,
      endNote: input.note,
      endsOn: input.terminationDate,
    },
    'terminate',
  );
  return getContract(ctx, c.id);
}

/**
 * Ends a contract that is in force: status avslutat, phase avslut, and the
 * unit back to ledig unless another contract already holds it. Exported
 * for services that end a contract as part of a larger change (a move-on
 * with a rent guarantee) inside the same transaction.
 */
export async function endContract(
  ctx: ServiceContext,
  ref: RecordRef,
  end: { endDate: string; reason: EndReason; note: string | null },
): Promise<ContractRow> {
  const c = await getRowOrThrow(ctx, CONTRACT, ref.id);
  if (c.status === 'utkast')
    throw statusError(c, 'ett utkast har aldrig gällt och avslutas inte; arkivera det i stället.');
  if (c.status === 'avslutat') throw statusError(c, `det avslutades ${c.endedOn ?? ''}.`.replace(' .', '.'));
  if (end.endDate < c.startDate)
    throw fieldError('endDate', `${endLabels.endDate}: kan inte vara före kontraktets startdatum (${c.startDate}).`);
  if (end.endDate > ctx.clock.today()) {
    throw fieldError(
      'endDate',
      `${endLabels.endDate}: kan inte ligga i framtiden; säg upp kontraktet nu och avsluta det när hushållet har flyttat.`,
    );
  }
  if (end.endDate > c.endsOn) await checkUnitFree(ctx, c.unitId, { start: c.startDate, end: end.endDate }, c.id);

  const enteringAvslut = c.phase !== 'avslut';
  await updateRecord(
    ctx,
    CONTRACT,
    ref,
    {
      status: 'avslutat',
      endedOn: end.endDate,
      endReason: end.reason,
      endNote: end.note,
      endsOn: end.endDate,
      phase: 'avslut',
      ...(enteringAvslut ? { phaseChangedAt: ctx.clock.now() } : {}),
    },
    'end',
  );
  if (enteringAvslut)
    await recordPhaseMove(
      ctx,
      c,
      c.phase,
      'avslut',
      `Kontraktet avslutat: ${endReasonLabels[end.reason].toLowerCase()}.`,
    );
  await releaseUnit(ctx, c);
  return getContract(ctx, c.id);
}

/** The unit becomes ledig, unless another contract in force holds it. */
async function releaseUnit(ctx: ServiceContext, c: StoredContract): Promise<void> {
  const unit = await getRowOrThrow(ctx, UNIT, c.unitId);
  if (unit.status !== 'uthyrd') return;
  if (await otherLiveContract(ctx, c.unitId, c.id)) return;
  await updateRecord(ctx, UNIT, unit, { status: 'ledig' }, 'vacate');
}

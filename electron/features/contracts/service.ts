/**
 * Kommunala kontrakt: registering and editing a contract, with the checks
 * that need the database (the unit is free, the references exist) and the
 * warnings a user must confirm. Status changes live in lifecycle.ts.
 */
import type { z } from 'zod';
import type { RecordRef } from '../../../shared/core/record';
import { AppError, fieldError } from '../../../shared/core/result';
import { leaseWarnings } from '../../../shared/contracts/leaseLink';
import { contractEndsOn, termWarnings, warningMessage, type Period } from '../../../shared/contracts/rules';
import { contractLabels, type ContractRow, type contractInputSchema } from '../../../shared/contracts/schema';
import { REFERRING_DEPARTMENT_CODES } from '../../../shared/households/schema';
import type { ServiceContext } from '../../core/context';
import { searchText } from '../../core/listQuery';
import {
  archiveRecord,
  createRecord,
  getRowOrThrow,
  restoreRecord,
  updateRecord,
  type RecordOf,
} from '../../core/records';
import { resolveLease, unitLeases } from './leaseLink';
import { nextContractNumber } from './numbering';
import { CONTRACT, getContract } from './queries';

export type ContractValues = Omit<z.output<typeof contractInputSchema>, 'acknowledgeWarnings'>;

/** A contract as stored, for the rules. */
export type StoredContract = RecordOf<'municipalContracts'>;

/** The unit, household and department exist and may be used. */
async function checkReferences(ctx: ServiceContext, values: ContractValues): Promise<void> {
  const unit = await ctx.db('units').where({ id: values.unitId }).first('archivedAt');
  if (!unit) throw fieldError('unitId', `${contractLabels.unitId}: välj en bostad i listan.`);
  if (unit.archivedAt) throw fieldError('unitId', `${contractLabels.unitId}: bostaden är arkiverad.`);
  const household = await ctx.db('households').where({ id: values.householdId }).first('archivedAt');
  if (!household) throw fieldError('householdId', `${contractLabels.householdId}: välj ett hushåll i listan.`);
  if (household.archivedAt) throw fieldError('householdId', `${contractLabels.householdId}: hushållet är arkiverat.`);
  const department = await ctx.db('departments').where({ id: values.referringDepartmentId }).first('code');
  if (!department || !(REFERRING_DEPARTMENT_CODES as readonly string[]).includes(department.code)) {
    throw fieldError(
      'referringDepartmentId',
      `${contractLabels.referringDepartmentId}: välj ${REFERRING_DEPARTMENT_CODES.join(', ')} (den förvaltning som följer upp i boendet).`,
    );
  }
}

/**
 * One contract per unit at a time: no other contract that has been in
 * force (active, terminated or ended) may share a day with `period`.
 * Drafts do not count until they are activated.
 */
export async function checkUnitFree(
  ctx: ServiceContext,
  unitId: number,
  period: Period,
  excludeId: number | null,
): Promise<void> {
  const other = await ctx
    .db('municipalContracts')
    .where({ unitId })
    .whereNot('id', excludeId ?? 0)
    .whereNull('archivedAt')
    .whereNot('status', 'utkast')
    .where('startDate', '<=', period.end)
    .where('endsOn', '>=', period.start)
    .orderBy('startDate')
    .first('contractNumber', 'startDate', 'endsOn');
  if (other) {
    throw fieldError(
      'unitId',
      `${contractLabels.unitId}: bostaden är uthyrd på ${other.contractNumber} (${other.startDate} – ${other.endsOn}) under samma tid; en bostad kan bara ha ett kontrakt åt gången.`,
    );
  }
}

/** What the warnings look at: the terms, and the unit and lease the contract sits on. */
export type WarningFacts = Pick<ContractValues, 'unitId' | 'leaseId' | 'startDate' | 'endDate' | 'waiverStatus'> & {
  /** The contract's end as far as known (a notice); the agreed end when absent. */
  endsOn?: string;
};

/**
 * Warnings about a contract's terms and its unit's lease; the user may
 * confirm them. The one place every save and the activation ask.
 */
export async function contractWarnings(ctx: ServiceContext, c: WarningFacts): Promise<string[]> {
  const leases = await unitLeases(ctx, c.unitId);
  const lease = leases.find((l) => l.id === c.leaseId) ?? null;
  return [...termWarnings(c), ...leaseWarnings(lease, leases, { start: c.startDate, end: c.endsOn ?? c.endDate })];
}

/**
 * Refuses the save when a warning has not been confirmed, earlier or now;
 * returns what to store as confirmed.
 */
export function confirmWarnings(warnings: string[], storedJson: string | null, acknowledge: boolean): string | null {
  const confirmed = storedJson ? (JSON.parse(storedJson) as string[]) : [];
  const unconfirmed = warnings.filter((w) => !confirmed.includes(w));
  if (unconfirmed.length > 0 && !acknowledge) {
    throw fieldError('acknowledgeWarnings', warningMessage(contractLabels.acknowledgeWarnings, unconfirmed));
  }
  return warnings.length > 0 ? JSON.stringify(warnings) : null;
}

/** The stored columns of a contract's values (the import writes them too). */
export function contractDbValues(values: ContractValues, contractNumber: string): Record<string, unknown> {
  return { ...values, searchText: searchText([contractNumber]) };
}

export async function createContract(
  ctx: ServiceContext,
  input: z.output<typeof contractInputSchema>,
): Promise<ContractRow> {
  const { acknowledgeWarnings, ...chosen } = input;
  await checkReferences(ctx, chosen);
  const values = {
    ...chosen,
    leaseId: await resolveLease(ctx, chosen.unitId, chosen.leaseId, { start: chosen.startDate, end: chosen.endDate }),
  };
  const acknowledgedWarnings = confirmWarnings(await contractWarnings(ctx, values), null, acknowledgeWarnings);
  const contractNumber = await nextContractNumber(ctx);
  const row = await createRecord(ctx, CONTRACT, {
    ...contractDbValues(values, contractNumber),
    contractNumber,
    status: 'utkast',
    phase: 'uthyrning',
    phaseChangedAt: ctx.clock.now(),
    endsOn: values.endDate,
    acknowledgedWarnings,
  });
  return getContract(ctx, row.id);
}

export async function updateContract(
  ctx: ServiceContext,
  input: z.output<typeof contractInputSchema> & RecordRef,
): Promise<ContractRow> {
  const { id, version, acknowledgeWarnings, ...chosen } = input;
  const current = await getRowOrThrow(ctx, CONTRACT, id);
  if (current.status === 'avslutat')
    throw new AppError('VALIDATION', `${CONTRACT.label} ${current.contractNumber} är avslutat och kan inte ändras.`);
  await checkReferences(ctx, chosen);
  const endsOn = contractEndsOn({ endDate: chosen.endDate, terminationDate: current.terminationDate, endedOn: null });
  const values = {
    ...chosen,
    leaseId: await resolveLease(ctx, chosen.unitId, chosen.leaseId, { start: chosen.startDate, end: endsOn }),
  };
  if (current.status !== 'utkast') {
    // In force: the unit's status and the household's rights follow this contract.
    if (values.unitId !== current.unitId)
      throw fieldError(
        'unitId',
        `${contractLabels.unitId}: kan inte bytas på ett kontrakt som gäller; avsluta det och skriv ett nytt.`,
      );
    if (values.householdId !== current.householdId)
      throw fieldError(
        'householdId',
        `${contractLabels.householdId}: kan inte bytas på ett kontrakt som gäller; avsluta det och skriv ett nytt.`,
      );
    if (!values.waiverGround)
      throw fieldError('waiverGround', `${contractLabels.waiverGround}: måste finnas på ett kontrakt som gäller.`);
    if (current.terminationDate && values.endDate < current.terminationDate) {
      throw fieldError(
        'endDate',
        `${contractLabels.endDate}: kan inte vara före dagen då det uppsagda kontraktet upphör (${current.terminationDate}).`,
      );
    }
    if (current.terminationDate && values.startDate > current.terminationDate) {
      throw fieldError(
        'startDate',
        `${contractLabels.startDate}: kan inte vara efter dagen då det uppsagda kontraktet upphör (${current.terminationDate}).`,
      );
    }
    await checkUnitFree(ctx, current.unitId, { start: values.startDate, end: endsOn }, id);
  }
  const acknowledgedWarnings = confirmWarnings(
    await contractWarnings(ctx, { ...values, endsOn }),
    current.acknowledgedWarnings,
    acknowledgeWarnings,
  );
  await updateRecord(
    ctx,
    CONTRACT,
    { id, version },
    { ...contractDbValues(values, current.contractNumber), endsOn, acknowledgedWarnings },
  );
  return getContract(ctx, id);
}

/** Only a draft, which never was in force, may be archived; a contract is ended instead. */
export async function archiveContract(ctx: ServiceContext, ref: RecordRef): Promise<ContractRow> {
  const current = await getRowOrThrow(ctx, CONTRACT, ref.id);
  if (current.status !== 'utkast') {
    throw new AppError(
      'VALIDATION',
      `${CONTRACT.label} ${current.contractNumber} är en allmän handling och arkiveras inte; avsluta det i stället.`,
    );
  }
  await archiveRecord(ctx, CONTRACT, ref);
  return getContract(ctx, ref.id);
}

export async function restoreContract(ctx: ServiceContext, ref: RecordRef): Promise<ContractRow> {
  await restoreRecord(ctx, CONTRACT, ref);
  return getContract(ctx, ref.id);
}

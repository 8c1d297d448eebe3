/**
 * The application to the hyresnämnd for approval of a waiver of security of
 * tenure (12 kap. 45 a § JB), on the contract it concerns. Logging it as
 * sent marks the waiver "ansökan inskickad" with the day; registering the
 * hyresnämnd's decision (date, case number, approved or not) puts it on the
 * contract, which is what Bevakning and the printed contract read.
 */
import type { z } from 'zod';
import type { registerDecisionInputSchema } from '../../../shared/letters/schema';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { updateRecord } from '../../core/records';
import { CONTRACT, getContract } from '../contracts/queries';
import type { ContractRow } from '../../../shared/contracts/schema';

/** Why no application can go out for this contract, or null. Shared by the letter and its logging. */
export function applicationProblem(c: ContractRow): string | null {
  if (c.status === 'avslutat') return `Kontrakt ${c.contractNumber} är avslutat.`;
  if (c.waiverStatus === 'godkand' || c.waiverStatus === 'avslagen') {
    return `Hyresnämnden har redan beslutat om avståendet för kontrakt ${c.contractNumber} (${c.waiverDecisionDate ?? ''}).`;
  }
  // A waiver without a stated ground has been set aside (RH 2022:33): never apply without one.
  if (!c.waiverGround) {
    return `Kontrakt ${c.contractNumber}: fyll i skäl för avstående från besittningsskydd innan ansökan skickas.`;
  }
  return null;
}

/** One contract per application: the hyresnämnd decides on each waiver by itself. */
export async function applicationContract(ctx: ServiceContext, ids: number[]): Promise<ContractRow> {
  if (ids.length !== 1) throw new AppError('VALIDATION', 'En ansökan till hyresnämnden gäller ett kontrakt i taget.');
  const contract = await getContract(ctx, ids[0]!);
  const why = applicationProblem(contract);
  if (why) throw new AppError('VALIDATION', why);
  return contract;
}

/** After `applicationContract` has checked it: the contract at the version the user saw. */
export async function markApplicationSent(
  ctx: ServiceContext,
  ref: { id: number; version: number },
  sentOn: string,
): Promise<void> {
  await updateRecord(
    ctx,
    CONTRACT,
    ref,
    { waiverStatus: 'ansokan_inskickad', waiverApplicationDate: sentOn },
    'letter',
  );
}

export async function registerWaiverDecision(ctx: ServiceContext, input: z.output<typeof registerDecisionInputSchema>) {
  const contract = await getContract(ctx, input.id);
  if (contract.waiverStatus === 'godkand' || contract.waiverStatus === 'avslagen') {
    throw new AppError(
      'VALIDATION',
      `Hyresnämndens beslut är redan registrerat för kontrakt ${contract.contractNumber} (${contract.waiverDecisionDate ?? ''}). Rätta det i kontraktets uppgifter.`,
    );
  }
  if (input.decisionDate > ctx.clock.today()) {
    throw fieldError('decisionDate', 'Hyresnämndens beslutsdatum: kan inte vara senare än i dag.');
  }
  if (contract.waiverApplicationDate && input.decisionDate < contract.waiverApplicationDate) {
    throw fieldError(
      'decisionDate',
      `Hyresnämndens beslutsdatum: kan inte vara före ansökan (${contract.waiverApplicationDate}).`,
    );
  }
  const row = await updateRecord(
    ctx,
    CONTRACT,
    input,
    {
      waiverStatus: input.approved ? 'godkand' : 'avslagen',
      waiverDecisionDate: input.decisionDate,
      waiverCaseNumber: input.caseNumber,
    },
    'hn-decision',
  );
  return {
    id: row.id,
    version: row.version,
    waiverStatus: input.approved ? ('godkand' as const) : ('avslagen' as const),
    waiverDecisionDate: input.decisionDate,
    waiverCaseNumber: input.caseNumber,
  };
}

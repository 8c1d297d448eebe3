/**
 * Logging a letter as sent, in the one transaction dispatch opens: the
 * letter's row, the records it covers, and what sending it means for
 * them. For the 12:39 letter that is "hyresvärden underrättad" with the
 * day it was sent (on each contract, or on the lease for all its units),
 * which is what Bevakning asks for; for the application to the hyresnämnd
 * it is "ansökan inskickad" on the contract. Each record is changed at the version
 * the user saw: a colleague's change in between is reported, not lost.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import type {
  LetterOwner,
  SentLetter,
  logSentInputSchema,
  registerReceiptInputSchema,
} from '../../../shared/letters/schema';
import { AppError, fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import { createRecord, displayNameOf, updateRecord, type EntityInfo } from '../../core/records';
import { CONTRACT } from '../contracts/queries';
import { LEASE, terminateLease } from '../leases/service';
import { contractsForLetter, leaseUnitsForLetter, oneLandlord } from './recipients';
import { applicationContract, markApplicationSent } from './waiver';

const LETTER: EntityInfo<'letters'> = { table: 'letters', entity: 'letter', label: 'Brevet' };

type LogSentInput = z.output<typeof logSentInputSchema>;

/** The organisation the letter went to; null for the hyresnämnd, which is not one of the registers' organisations. */
async function recipientOf(ctx: ServiceContext, input: LogSentInput): Promise<number | null> {
  const ids = input.records.map((r) => r.id);
  if (input.kind === 'waiverApplication') {
    if (input.owner !== 'contract')
      throw new AppError('VALIDATION', 'Ansökan till hyresnämnden görs från ett kontrakt.');
    await applicationContract(ctx, ids);
    return null;
  }
  if (input.owner === 'contract') return oneLandlord(await contractsForLetter(ctx, ids));
  if (ids.length !== 1) throw new AppError('VALIDATION', 'Ett brev om ett hyresavtal gäller ett avtal i taget.');
  const units = await leaseUnitsForLetter(ctx, ids[0]!);
  if (units.length === 0) throw new AppError('NOT_FOUND', 'Hyresavtalet finns inte eller har inga bostäder.');
  return oneLandlord(units);
}

/** What the letter does to each record it covers. */
async function applyToRecords(ctx: ServiceContext, input: LogSentInput): Promise<void> {
  if (input.kind === 'waiverApplication') return markApplicationSent(ctx, input.records[0]!, input.sentOn);
  if (input.kind !== 'sublet1239') {
    throw new AppError('VALIDATION', 'Uppsägningen registreras med sitt mottagningsbevis.');
  }
  for (const ref of input.records) {
    if (input.owner === 'contract') {
      await updateRecord(ctx, CONTRACT, ref, { landlordNotifiedDate: input.sentOn }, 'letter');
    } else {
      await updateRecord(ctx, LEASE, ref, { subletNotified: true, subletNotifiedDate: input.sentOn }, 'letter');
    }
  }
}

export async function logLetterSent(ctx: ServiceContext, input: LogSentInput): Promise<SentLetter> {
  const recipientOrganisationId = await recipientOf(ctx, input);
  await applyToRecords(ctx, input);
  const row = await createRecord(ctx, LETTER, {
    kind: input.kind,
    owner: input.owner,
    recipientOrganisationId,
    sentOn: input.sentOn,
    method: input.method,
    sentByName: await displayNameOf(ctx, ctx.actor.login),
  });
  await ctx
    .db('letterRecords')
    .insert(input.records.map((r) => ({ letterId: row.id, owner: input.owner, ownerId: r.id })));
  return (await lettersWhere(ctx, [row.id]))[0]!;
}

/**
 * The landlord's receipt for the city's notice: the notice is registered
 * on the lease with the day of receipt (the end date and rule reckoned from
 * it, as for any notice), and the letter is logged with both days.
 */
export async function registerNoticeReceipt(
  ctx: ServiceContext,
  input: z.output<typeof registerReceiptInputSchema>,
): Promise<SentLetter> {
  if (input.receivedOn < input.sentOn)
    throw fieldError('receivedOn', 'Mottaget enligt mottagningsbevis: kan inte vara före skickat datum.');
  const lease = await terminateLease(ctx, {
    id: input.id,
    version: input.version,
    noticeGivenBy: 'staden',
    noticeDate: input.receivedOn,
    noticeReason: null,
    agreedEndDate: null,
    tenantEarlyExit: false,
  });
  const row = await createRecord(ctx, LETTER, {
    kind: 'leaseNotice',
    owner: 'lease',
    recipientOrganisationId: lease.landlordId,
    sentOn: input.sentOn,
    method: input.method,
    sentByName: await displayNameOf(ctx, ctx.actor.login),
    receivedOn: input.receivedOn,
  });
  await ctx.db('letterRecords').insert({ letterId: row.id, owner: 'lease', ownerId: lease.id });
  return (await lettersWhere(ctx, [row.id]))[0]!;
}

/** The letters with these ids (a list, or a subquery giving them), newest first. */
async function lettersWhere(ctx: ServiceContext, ids: number[] | Knex.QueryBuilder): Promise<SentLetter[]> {
  const rows = await ctx
    .db('letters')
    .whereIn('id', ids)
    .orderBy([
      { column: 'sentOn', order: 'desc' },
      { column: 'id', order: 'desc' },
    ]);
  if (rows.length === 0) return [];
  const links = await ctx
    .db('letterRecords')
    .whereIn(
      'letterId',
      rows.map((r) => r.id),
    )
    .select('letterId', 'ownerId');
  return rows.map(({ archivedBy: _a, ...r }) => ({
    ...r,
    recordIds: links.filter((l) => l.letterId === r.id).map((l) => l.ownerId),
  }));
}

export function lettersForRecord(ctx: ServiceContext, owner: LetterOwner, id: number): Promise<SentLetter[]> {
  return lettersWhere(ctx, ctx.db('letterRecords').where({ owner, ownerId: id }).select('letterId'));
}

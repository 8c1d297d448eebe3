/**
 * The 12:39 letter as a document: the landlord's address, the text from
 * Inställningar with its fields filled in from the records, on the
 * letterhead every document has. One letter for several contracts of one
 * landlord, or for all the units of one lease.
 */
import { fillTemplate, type LetterPart } from '../../../shared/letters/templates';
import { AppError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import type { DocumentContent } from '../documents/kinds';
import { html, type SafeHtml } from '../documents/html';
import { getSettings } from '../settings/service';
import { contractsForLetter, leaseUnitsForLetter, oneLandlord, type SubletRecord } from './recipients';

function partHtml(part: LetterPart): SafeHtml {
  const text = 'text' in part ? part.text : part.value;
  const lines = text.split('\n');
  return html`${lines.map((line, i) => html`${i > 0 ? html`<br />` : null}${line}`)}`;
}

/** Paragraphs of filled-in text; every value escaped by `html`. */
export function letterBody(paragraphs: LetterPart[][]): SafeHtml {
  return html`${paragraphs.map((parts) => html`<p>${parts.map(partHtml)}</p>`)}`;
}

export async function recipientBlock(
  ctx: ServiceContext,
  organisationId: number,
): Promise<{ name: string; block: SafeHtml }> {
  const org = await ctx
    .db('organisations')
    .where({ id: organisationId })
    .first('name', 'contactPerson', 'address', 'postalCode', 'city');
  if (!org) throw new AppError('NOT_FOUND', `Hyresvärden finns inte (id ${organisationId}).`);
  const lines = [
    org.name,
    org.contactPerson ? `Att: ${org.contactPerson}` : null,
    org.address,
    [org.postalCode, org.city].filter(Boolean).join(' '),
  ];
  return {
    name: org.name,
    block: html`<p class="recipient">
      ${lines.filter(Boolean).map((l, i) => html`${i > 0 ? html`<br />` : null}${l}`)}
    </p>`,
  };
}

async function subletLetter(ctx: ServiceContext, records: SubletRecord[], subject: string): Promise<DocumentContent> {
  const landlordId = oneLandlord(records);
  const recipient = await recipientBlock(ctx, landlordId);
  const [{ value: texts }, { value: org }] = await Promise.all([
    getSettings(ctx, 'letterTexts'),
    getSettings(ctx, 'organisation'),
  ]);
  const leases = [
    ...new Set(
      records
        .filter((r) => r.leaseNumber)
        .map((r) => `${r.leaseNumber}${r.landlordReference ? ` (er referens ${r.landlordReference})` : ''}`),
    ),
  ];
  const starts = [...new Set(records.map((r) => r.startDate))].sort();
  const body = fillTemplate<'sublet1239'>(texts.sublet1239, {
    hyresvärd: recipient.name,
    avtalsnummer: leases.join(', ') || '–',
    kontrakt: subject === 'contracts' ? records.map((r) => r.number).join(', ') : '–',
    objekt: records.map((r) => `${r.objectNumber}, ${r.address}`).join('\n'),
    tillträde: starts.join(', '),
    datum: ctx.clock.today(),
    avsändare: [org.name, org.unit].filter(Boolean).join(', '),
  });
  const numbers = subject === 'contracts' ? records.map((r) => r.number).join(' ') : (records[0]?.number ?? '');
  return {
    title: 'Underrättelse om andrahandsuthyrning',
    fileName: `Underrättelse 12 kap 39 § ${numbers}.pdf`,
    pages: [html`${recipient.block}${letterBody(body)}`],
  };
}

export async function subletLetterForContracts(ctx: ServiceContext, ids: number[]): Promise<DocumentContent> {
  if (ids.length === 0) throw new AppError('VALIDATION', 'Välj minst ett kontrakt.');
  return subletLetter(ctx, await contractsForLetter(ctx, ids), 'contracts');
}

export async function subletLetterForLease(ctx: ServiceContext, ids: number[]): Promise<DocumentContent> {
  if (ids.length !== 1) throw new AppError('VALIDATION', 'Välj ett hyresavtal.');
  const records = await leaseUnitsForLetter(ctx, ids[0]!);
  if (records.length === 0) throw new AppError('VALIDATION', 'Hyresavtalet har inga bostäder.');
  return subletLetter(ctx, records, 'lease');
}

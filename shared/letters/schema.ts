/**
 * Letters sent, logged on their records: which letter, to whom, when, how
 * and by whom. Logging the 12:39 letter is what tells the register that
 * the landlord has been told ("hyresvärden underrättad"), which clears the
 * matching Bevakning item.
 */
import { z } from 'zod';
import { choice, problem, requiredDate, requiredText } from '../core/fields';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema } from '../core/record';
import { LETTER_KINDS } from './templates';

export const SEND_METHODS = ['post', 'epost', 'bud', 'rekommenderat'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];
export const sendMethodLabels: Record<SendMethod, string> = {
  post: 'Post',
  epost: 'E-post',
  bud: 'Bud',
  rekommenderat: 'Rekommenderat brev',
};

export const LETTER_OWNERS = ['lease', 'contract'] as const;
export type LetterOwner = (typeof LETTER_OWNERS)[number];

export const letterLabels = {
  sentOn: 'Skickat datum',
  method: 'Sätt',
  records: 'Avtal',
  receivedOn: 'Mottaget enligt mottagningsbevis',
  decisionDate: 'Hyresnämndens beslutsdatum',
  caseNumber: 'Hyresnämndens ärendenummer',
  approved: 'Beslut',
} as const;

const recordVersion = z.object({ id: z.number().int().positive(), version: z.number().int().positive() });

export const logSentInputSchema = z.object({
  kind: choice('Brev', LETTER_KINDS),
  owner: choice('Post', LETTER_OWNERS),
  /** The records the letter covers, each at the version the user saw. */
  records: z.array(recordVersion).min(1, problem(letterLabels.records, 'välj minst ett')).max(200),
  sentOn: requiredDate(letterLabels.sentOn),
  method: choice(letterLabels.method, SEND_METHODS),
});

/** The landlord's signed mottagningsbevis for the city's notice: registers the notice from the day of receipt. */
export const registerReceiptInputSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  sentOn: requiredDate(letterLabels.sentOn),
  method: choice(letterLabels.method, SEND_METHODS),
  receivedOn: requiredDate(letterLabels.receivedOn),
});

/** The hyresnämnd's decision on the city's application (12:45 a): it goes on the contract. */
export const registerDecisionInputSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
  decisionDate: requiredDate(letterLabels.decisionDate),
  caseNumber: requiredText(letterLabels.caseNumber, 40),
  approved: z.boolean({ error: problem(letterLabels.approved, 'välj godkänt eller avslaget') }),
});

/** What the decision leaves on the contract. */
export const waiverDecisionSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  waiverStatus: z.enum(['godkand', 'avslagen']),
  waiverDecisionDate: z.string(),
  waiverCaseNumber: z.string(),
});

export const sentLetterSchema = recordMetaSchema.extend({
  kind: z.enum(LETTER_KINDS),
  owner: z.enum(LETTER_OWNERS),
  recipientOrganisationId: z.number().int().nullable(),
  sentOn: z.string(),
  method: z.enum(SEND_METHODS),
  /** Who sent it, by display name. */
  sentByName: z.string(),
  receivedOn: z.string().nullable(),
  /** The records it covers. */
  recordIds: z.array(z.number().int()),
});
export type SentLetter = z.infer<typeof sentLetterSchema>;

export const letterProcedures = {
  'letters.logSent': mutation(logSentInputSchema, sentLetterSchema),
  'letters.registerReceipt': mutation(registerReceiptInputSchema, sentLetterSchema),
  'letters.registerDecision': mutation(registerDecisionInputSchema, waiverDecisionSchema),
  'letters.forRecord': query(
    z.object({ owner: z.enum(LETTER_OWNERS), id: z.number().int().positive() }),
    z.array(sentLetterSchema),
  ),
};

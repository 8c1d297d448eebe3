/**
 * Utslussning (plan 3:5, 3:6): a household moves from its kommunalt kontrakt
 * to its own first-hand lease. Registering the move ends the contract with
 * the reason "flytt till förstahandskontrakt" and frees the unit, and where
 * chosen creates the rent guarantee and counts the household against the
 * landlord's quota — all in one transaction, or nothing at all.
 *
 * A moving day in the future (the usual case: the new lease starts on the
 * first of next month) gives notice now, with the moving day as the day the
 * contract ends; the move is then planerad, and is carried out (the
 * contract ended, the unit freed) by the daily job once the day has come. A contract is never ended on a day that has not yet come.
 */
import { z } from 'zod';
import { flag, money, optionalDate, optionalText, problem, recordId, requiredDate, requiredText } from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema } from '../core/record';
import { optionalYesNo } from '../guarantees/schema';
import { conditionIssues, conditionsShape } from '../quotas/schema';

export const MOVE_ON_STATUSES = ['planerad', 'genomford'] as const;
export type MoveOnStatus = (typeof MOVE_ON_STATUSES)[number];
export const moveOnStatusLabels: Record<MoveOnStatus, string> = { planerad: 'Planerad', genomford: 'Genomförd' };

export const moveOnLabels = {
  contractId: 'Kommunalt kontrakt',
  landlordId: 'Ny hyresvärd',
  moveDate: 'Flyttdatum',
  newAddress: 'Ny adress',
  leaseReference: 'Hyresvärdens referens',
  monthlyRent: 'Ny månadshyra',
  withGuarantee: 'Med hyresgaranti',
  guaranteedAmount: 'Garantibelopp',
  guaranteeEndDate: 'Garantin gäller t.o.m.',
  canPayWithoutForsorjningsstod: 'Klarar hyran utan försörjningsstöd',
  countInQuota: 'Räknas mot kvoten',
  beyondQuotaReason: 'Skäl för placering utöver kvoten',
  notes: 'Anteckningar',
} as const;
const L = moveOnLabels;

export const registerMoveOnInputSchema = z
  .object({
    contractId: recordId(L.contractId),
    /** The contract's version as the user saw it. */
    contractVersion: z.number().int().positive(),
    landlordId: recordId(L.landlordId),
    moveDate: requiredDate(L.moveDate),
    newAddress: requiredText(L.newAddress, 200),
    leaseReference: optionalText(L.leaseReference, 60),
    monthlyRent: money(L.monthlyRent).nullable(),
    withGuarantee: flag(L.withGuarantee),
    guaranteedAmount: money(L.guaranteedAmount).nullable(),
    guaranteeEndDate: optionalDate(L.guaranteeEndDate),
    canPayWithoutForsorjningsstod: optionalYesNo(L.canPayWithoutForsorjningsstod),
    countInQuota: flag(L.countInQuota),
    ...conditionsShape,
    beyondQuotaReason: optionalText(L.beyondQuotaReason, 2000),
    notes: optionalText(L.notes, 2000),
  })
  .superRefine((m, ctx) => {
    const issue = (field: keyof typeof L, text: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message: problem(L[field], text) });
    if (m.withGuarantee) {
      if (m.monthlyRent === null || m.monthlyRent === 0) issue('monthlyRent', 'ange hyran som garantin gäller');
      if (m.guaranteedAmount === null || m.guaranteedAmount === 0) issue('guaranteedAmount', 'ange garantins belopp');
      if (typeof m.guaranteeEndDate === 'string' && typeof m.moveDate === 'string' && m.guaranteeEndDate < m.moveDate) {
        issue('guaranteeEndDate', 'kan inte vara före flyttdatum');
      }
    }
    if (m.countInQuota) conditionIssues(m, ctx);
  });
export type RegisterMoveOnInput = z.input<typeof registerMoveOnInputSchema>;
export type RegisterMoveOnValues = z.output<typeof registerMoveOnInputSchema>;

export const moveOnRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  contractId: z.number().int(),
  landlordId: z.number().int(),
  moveDate: z.string(),
  newAddress: z.string(),
  guaranteeId: z.number().int().nullable(),
  placementId: z.number().int().nullable(),
  status: z.enum(MOVE_ON_STATUSES),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  landlordName: z.string(),
  contractNumber: z.string(),
});
export type MoveOnRow = z.infer<typeof moveOnRowSchema>;

/** A household on a kommunalt kontrakt long enough to be a candidate to move on. */
export const candidateRowSchema = z.object({
  /** The live contract's id (the grid's row key). */
  id: z.number().int(),
  contractVersion: z.number().int(),
  contractNumber: z.string(),
  contractStatus: z.string(),
  householdId: z.number().int(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  householdSize: z.number().int(),
  unitObjectNumber: z.string(),
  unitAddress: z.string(),
  startDate: z.string(),
  endsOn: z.string(),
  /** Whole months on the contract until today. */
  monthsOnContract: z.number().int(),
  ready: z.boolean(),
  readyNote: z.string().nullable(),
  /** Version of the household's readiness record; 0 when none is saved. */
  readinessVersion: z.number().int(),
  /** The planned moving day when a move-on is already registered. */
  plannedMoveDate: z.string().nullable(),
});
export type CandidateRow = z.infer<typeof candidateRowSchema>;

export const candidateListQuerySchema = listQuerySchema.extend({
  /** At least this many months on the contract; the setting when not given. */
  minMonths: z.number().int().min(0).max(600).optional(),
  readyOnly: z.boolean().default(false),
});

export const readinessLabels = { ready: 'Redo för utslussning', note: 'Anteckning' } as const;
export const setReadinessInputSchema = z.object({
  householdId: recordId('Hushåll'),
  /** The readiness record's version the edit starts from; 0 when none exists. */
  version: z.number().int().min(0),
  ready: flag(readinessLabels.ready),
  note: optionalText(readinessLabels.note, 2000),
});

export const readinessSchema = z.object({
  householdId: z.number().int(),
  ready: z.boolean(),
  note: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Readiness = z.infer<typeof readinessSchema>;

export const throughputRowSchema = z.object({
  year: z.number().int(),
  withGuarantee: z.number().int(),
  withoutGuarantee: z.number().int(),
  /** Of which counted against a quota. */
  inQuota: z.number().int(),
  /** Registered, moving day not yet come. */
  planned: z.number().int(),
});
export type ThroughputRow = z.infer<typeof throughputRowSchema>;

export const moveOnProcedures = {
  'moveOns.candidates': query(candidateListQuerySchema, listResultSchema(candidateRowSchema)),
  'moveOns.list': query(listQuerySchema, listResultSchema(moveOnRowSchema)),
  'moveOns.forHousehold': query(z.object({ householdId: z.number().int().positive() }), z.array(moveOnRowSchema)),
  'moveOns.throughput': query(z.object({}), z.array(throughputRowSchema)),
  'moveOns.readiness': query(z.object({ householdId: z.number().int().positive() }), readinessSchema),
  'moveOns.setReadiness': mutation(setReadinessInputSchema, readinessSchema),
  'moveOns.register': mutation(registerMoveOnInputSchema, moveOnRowSchema),
};

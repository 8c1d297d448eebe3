/**
 * Kvot (plan 3:5): per landlord and year, the number of places agreed for
 * households that fail the landlord's economic requirements (Helsingborgshem:
 * five a year). Each placement records the household and the three
 * conditions, all of which must be confirmed; a placement beyond the agreed
 * places needs a written reason and is shown as such.
 */
import { z } from 'zod';
import { calendarYear, flag, integer, optionalText, problem, recordId, requiredDate } from '../core/fields';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

export const quotaLabels = {
  landlordId: 'Hyresvärd',
  year: 'År',
  places: 'Antal platser',
  notes: 'Anteckningar',
} as const;

export const quotaInputSchema = z.object({
  landlordId: recordId(quotaLabels.landlordId),
  year: integer(quotaLabels.year, { min: 2000, max: 2100 }),
  places: integer(quotaLabels.places, { min: 0, max: 1000 }),
  notes: optionalText(quotaLabels.notes, 2000),
});

/** The landlord and year name the quota; only the places and notes change. */
export const quotaUpdateSchema = recordRefSchema.extend({
  places: integer(quotaLabels.places, { min: 0, max: 1000 }),
  notes: optionalText(quotaLabels.notes, 2000),
});

export const quotaRowSchema = recordMetaSchema.extend({
  landlordId: z.number().int(),
  landlordName: z.string(),
  year: z.number().int(),
  places: z.number().int(),
  notes: z.string().nullable(),
  /** Placements counted against this quota (its landlord, its calendar year). */
  used: z.number().int(),
  remaining: z.number().int(),
  /** Placements beyond the agreed places. */
  over: z.number().int(),
  full: z.boolean(),
});
export type QuotaRow = z.infer<typeof quotaRowSchema>;

/** The three conditions of plan 3:5, as the forms and messages name them. */
export const conditionLabels = {
  paidCurrentRent: 'Har skött sina nuvarande hyresinbetalningar',
  noDisturbances: 'Inga störningar eller annan problematik',
  ffVouches: 'FF går i god för hyresgästen',
} as const;
export type ConditionField = keyof typeof conditionLabels;
export const CONDITION_FIELDS = Object.keys(conditionLabels) as ConditionField[];

export const conditionsShape = {
  paidCurrentRent: flag(conditionLabels.paidCurrentRent),
  noDisturbances: flag(conditionLabels.noDisturbances),
  ffVouches: flag(conditionLabels.ffVouches),
};

/** Adds an issue on each condition that is not confirmed: all three are required (plan 3:5). */
export function conditionIssues(values: Partial<Record<ConditionField, unknown>>, ctx: z.RefinementCtx): void {
  for (const field of CONDITION_FIELDS) {
    if (values[field] === false) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: problem(
          conditionLabels[field],
          'måste vara uppfyllt och bekräftat för en placering inom kvoten (plan 3:5)',
        ),
      });
    }
  }
}

export const placementLabels = {
  householdId: 'Hushåll',
  landlordId: 'Hyresvärd',
  placementDate: 'Datum för tilldelning',
  ...conditionLabels,
  beyondQuotaReason: 'Skäl för placering utöver kvoten',
  notes: 'Anteckningar',
} as const;

export const placementInputSchema = z
  .object({
    householdId: recordId(placementLabels.householdId),
    landlordId: recordId(placementLabels.landlordId),
    placementDate: requiredDate(placementLabels.placementDate),
    ...conditionsShape,
    beyondQuotaReason: optionalText(placementLabels.beyondQuotaReason, 2000),
    notes: optionalText(placementLabels.notes, 2000),
  })
  .superRefine((p, ctx) => conditionIssues(p, ctx));
export type PlacementInput = z.input<typeof placementInputSchema>;
export type PlacementValues = z.output<typeof placementInputSchema>;

export const placementRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  landlordId: z.number().int(),
  placementDate: z.string(),
  paidCurrentRent: z.boolean(),
  noDisturbances: z.boolean(),
  ffVouches: z.boolean(),
  beyondQuota: z.boolean(),
  beyondQuotaReason: z.string().nullable(),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  landlordName: z.string(),
});
export type PlacementRow = z.infer<typeof placementRowSchema>;

export const quotaProcedures = {
  /** Every quota (a handful a year), newest year first, with its usage. */
  'quotas.list': query(z.object({ year: calendarYear(quotaLabels.year).optional() }), z.array(quotaRowSchema)),
  'quotas.create': mutation(quotaInputSchema, quotaRowSchema),
  'quotas.update': mutation(quotaUpdateSchema, quotaRowSchema),
  'quotas.placements': query(
    z.object({
      landlordId: z.number().int().positive().optional(),
      year: calendarYear(quotaLabels.year).optional(),
      householdId: z.number().int().positive().optional(),
    }),
    z.array(placementRowSchema),
  ),
  'quotas.place': mutation(placementInputSchema, placementRowSchema),
  /** A placement registered by mistake: archived, so it no longer counts. */
  'quotas.archivePlacement': mutation(recordRefSchema, placementRowSchema),
};

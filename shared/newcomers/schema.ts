/**
 * Nyanlända (plan 3:9): households settled under the Bosättningslagen
 * (2016:38). FF records the day the assignment (anvisning) reached the city
 * and the settlement date; the establishment period ends a configurable
 * number of months after settlement (two years by default). When it ends,
 * the household's contract is reviewed under the normalisation principle:
 * the same rules as every other resident without a home.
 */
import { z } from 'zod';
import { optionalText, problem, recordId, requiredDate } from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

/** The plan's window for reviewing a contract before the period ends. */
export const ESTABLISHMENT_REVIEW_MONTHS = 6;

export const newcomerLabels = {
  householdId: 'Hushåll',
  assignmentDate: 'Anvisningsdatum',
  settlementDate: 'Bosättningsdatum',
  establishmentEnd: 'Etableringstiden slutar',
  notes: 'Anteckningar',
} as const;
const L = newcomerLabels;

const newcomerShape = {
  householdId: recordId(L.householdId),
  assignmentDate: requiredDate(L.assignmentDate),
  settlementDate: requiredDate(L.settlementDate),
  notes: optionalText(L.notes, 2000),
};

function withNewcomerRules<T extends z.ZodType<{ assignmentDate: string; settlementDate: string }>>(schema: T) {
  return schema.superRefine((n, ctx) => {
    if (
      typeof n.assignmentDate === 'string' &&
      typeof n.settlementDate === 'string' &&
      n.assignmentDate !== '' &&
      n.settlementDate !== '' &&
      n.settlementDate < n.assignmentDate
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['settlementDate'],
        message: problem(L.settlementDate, 'kan inte vara före anvisningsdatum'),
      });
    }
  });
}

export const newcomerInputSchema = withNewcomerRules(z.object(newcomerShape));
export const newcomerUpdateSchema = withNewcomerRules(z.object({ ...newcomerShape, ...recordRefSchema.shape }));
export type NewcomerInput = z.input<typeof newcomerInputSchema>;
export type NewcomerValues = z.output<typeof newcomerInputSchema>;

export const newcomerRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  assignmentDate: z.string(),
  settlementDate: z.string(),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  householdSize: z.number().int(),
  /** The household's contract in force, if any: what is reviewed when the period ends. */
  currentContractNumber: z.string().nullable(),
  /** Settlement date + the configured establishment period. */
  establishmentEnd: z.string(),
  /** Days from today to the end; negative once it has ended. */
  daysLeft: z.number().int(),
  /** Ends within six months from today. */
  endingSoon: z.boolean(),
});
export type NewcomerRow = z.infer<typeof newcomerRowSchema>;

export const newcomerListQuerySchema = listQuerySchema.extend({
  /** Only periods ending within ESTABLISHMENT_REVIEW_MONTHS from today. */
  endingSoon: z.boolean().default(false),
});

export const newcomerProcedures = {
  'newcomers.list': query(newcomerListQuerySchema, listResultSchema(newcomerRowSchema)),
  'newcomers.get': query(z.object({ id: z.number().int().positive() }), newcomerRowSchema),
  'newcomers.forHousehold': query(z.object({ householdId: z.number().int().positive() }), newcomerRowSchema.nullable()),
  'newcomers.create': mutation(newcomerInputSchema, newcomerRowSchema),
  'newcomers.update': mutation(newcomerUpdateSchema, newcomerRowSchema),
  'newcomers.archive': mutation(recordRefSchema, newcomerRowSchema),
  'newcomers.restore': mutation(recordRefSchema, newcomerRowSchema),
};

/**
 * Utskrivningar (plan 3:2): people leaving custody, care or treatment who
 * need housing. SOF records the planned discharge date, where the person
 * comes from and, when known, the outcome. Bevakning lists discharges within
 * 60 days that have no housing arranged yet.
 */
import { z } from 'zod';
import { choice, optionalDate, optionalText, problem, recordId, requiredDate } from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

/** Bevakning's window before a planned discharge. */
export const DISCHARGE_WATCH_DAYS = 60;

export const DISCHARGE_FROM = ['anstalt', 'hvb', 'lvm', 'sjukhus', 'annat'] as const;
export type DischargeFrom = (typeof DISCHARGE_FROM)[number];
export const dischargeFromLabels: Record<DischargeFrom, string> = {
  anstalt: 'Anstalt (Kriminalvården)',
  hvb: 'HVB',
  lvm: 'LVM-hem',
  sjukhus: 'Sjukhus (regionen)',
  annat: 'Annat',
};

export const DISCHARGE_OUTCOMES = ['fore', 'efter', 'hemloshet'] as const;
export type DischargeOutcome = (typeof DISCHARGE_OUTCOMES)[number];
export const dischargeOutcomeLabels: Record<DischargeOutcome, string> = {
  fore: 'Bostad ordnad före utskrivning',
  efter: 'Bostad ordnad efter utskrivning',
  hemloshet: 'Utskriven till hemlöshet',
};

export const dischargeLabels = {
  householdId: 'Hushåll',
  plannedDate: 'Planerat utskrivningsdatum',
  fromKind: 'Skrivs ut från',
  institution: 'Anstalt eller enhet',
  outcome: 'Utfall',
  outcomeDate: 'Datum för utfall',
  notes: 'Anteckningar',
} as const;
const L = dischargeLabels;

const dischargeShape = {
  householdId: recordId(L.householdId),
  plannedDate: requiredDate(L.plannedDate),
  fromKind: choice(L.fromKind, DISCHARGE_FROM),
  institution: optionalText(L.institution, 200),
  // '' from the form's empty choice means no outcome yet.
  outcome: z.union([choice(L.outcome, DISCHARGE_OUTCOMES), z.literal('').transform(() => null), z.null()]),
  outcomeDate: optionalDate(L.outcomeDate),
  notes: optionalText(L.notes, 2000),
};

function withDischargeRules<T extends z.ZodType<{ outcome: string | null; outcomeDate: string | null }>>(schema: T) {
  return schema.superRefine((d, ctx) => {
    if (d.outcome && !d.outcomeDate)
      ctx.addIssue({
        code: 'custom',
        path: ['outcomeDate'],
        message: problem(L.outcomeDate, 'ange när utfallet blev känt'),
      });
    if (!d.outcome && d.outcomeDate)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: problem(L.outcome, 'välj utfallet eller töm datumet'),
      });
  });
}

export const dischargeInputSchema = withDischargeRules(z.object(dischargeShape));
export const dischargeUpdateSchema = withDischargeRules(z.object({ ...dischargeShape, ...recordRefSchema.shape }));
export type DischargeValues = z.output<typeof dischargeInputSchema>;

export const dischargeRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  plannedDate: z.string(),
  fromKind: z.enum(DISCHARGE_FROM),
  institution: z.string().nullable(),
  outcome: z.enum(DISCHARGE_OUTCOMES).nullable(),
  outcomeDate: z.string().nullable(),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
});
export type DischargeRow = z.infer<typeof dischargeRowSchema>;

export const dischargeListQuerySchema = listQuerySchema.extend({
  /** Only those without an outcome yet. */
  openOnly: z.boolean().default(false),
});

export const dischargeProcedures = {
  'discharges.list': query(dischargeListQuerySchema, listResultSchema(dischargeRowSchema)),
  'discharges.get': query(z.object({ id: z.number().int().positive() }), dischargeRowSchema),
  'discharges.create': mutation(dischargeInputSchema, dischargeRowSchema),
  'discharges.update': mutation(dischargeUpdateSchema, dischargeRowSchema),
  'discharges.archive': mutation(recordRefSchema, dischargeRowSchema),
  'discharges.restore': mutation(recordRefSchema, dischargeRowSchema),
};

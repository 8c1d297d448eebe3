/**
 * Vräkningsförebyggande (plan 3:8): risks of eviction, from the landlord's
 * warning (rättelseanmaning at disturbances, JB 12:25; notice of rent
 * arrears, JB 12:44) and its copy to socialnämnden, through the departments
 * involved and what they did, to the outcome.
 */
import { z } from 'zod';
import { choice, optionalDate, optionalRecordId, optionalText, problem, recordId, requiredDate } from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

export const EVICTION_CAUSES = ['storning', 'hyresskuld'] as const;
export type EvictionCause = (typeof EVICTION_CAUSES)[number];
export const evictionCauseLabels: Record<EvictionCause, string> = {
  storning: 'Störningar (12 kap. 25 § JB)',
  hyresskuld: 'Hyresskuld (12 kap. 44 § JB)',
};

export const EVICTION_OUTCOMES = ['avvard', 'avhyst', 'flyttat_sjalv'] as const;
export type EvictionOutcome = (typeof EVICTION_OUTCOMES)[number];
export const evictionOutcomeLabels: Record<EvictionOutcome, string> = {
  avvard: 'Avvärjd',
  avhyst: 'Avhyst',
  flyttat_sjalv: 'Flyttat själv',
};

/** The departments and partners of the plan's eviction-prevention team. */
export const EVICTION_PARTIES = ['SOF', 'VOF', 'AMF', 'FF', 'HBGHEM', 'PSYK'] as const;
export type EvictionParty = (typeof EVICTION_PARTIES)[number];
export const evictionPartyLabels: Record<EvictionParty, string> = {
  SOF: 'Socialförvaltningen',
  VOF: 'Vård- och omsorgsförvaltningen',
  AMF: 'Arbetsmarknadsförvaltningen',
  FF: 'Fastighetsförvaltningen',
  HBGHEM: 'Helsingborgshem',
  PSYK: 'Psykiatrin',
};

export const evictionRiskLabels = {
  householdId: 'Hushåll',
  contractId: 'Kommunalt kontrakt',
  landlordId: 'Hyresvärd',
  cause: 'Orsak',
  warningDate: 'Hyresvärdens varning',
  socialNoticeDate: 'Kopia till socialnämnden',
  departments: 'Berörda förvaltningar',
  actions: 'Insatser',
  outcome: 'Utfall',
  outcomeDate: 'Datum för utfall',
  notes: 'Anteckningar',
} as const;
const L = evictionRiskLabels;

const partyList = z
  .array(z.enum(EVICTION_PARTIES, { error: problem(L.departments, 'välj bland förvaltningarna') }))
  .max(EVICTION_PARTIES.length);

const riskShape = {
  householdId: recordId(L.householdId),
  // Optional links, not on the form yet: absent means none.
  contractId: optionalRecordId(L.contractId).default(null),
  landlordId: optionalRecordId(L.landlordId).default(null),
  cause: choice(L.cause, EVICTION_CAUSES),
  warningDate: requiredDate(L.warningDate),
  socialNoticeDate: optionalDate(L.socialNoticeDate),
  departments: partyList,
  actions: optionalText(L.actions, 4000),
  // '' from the form's empty choice means no outcome yet.
  outcome: z.union([choice(L.outcome, EVICTION_OUTCOMES), z.literal('').transform(() => null), z.null()]),
  outcomeDate: optionalDate(L.outcomeDate),
  notes: optionalText(L.notes, 2000),
};

function withRiskRules<
  T extends z.ZodType<{
    warningDate: string;
    socialNoticeDate: string | null;
    outcome: string | null;
    outcomeDate: string | null;
  }>,
>(schema: T) {
  return schema.superRefine((r, ctx) => {
    if (r.outcome && !r.outcomeDate)
      ctx.addIssue({
        code: 'custom',
        path: ['outcomeDate'],
        message: problem(L.outcomeDate, 'ange när utfallet blev känt'),
      });
    if (!r.outcome && r.outcomeDate)
      ctx.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: problem(L.outcome, 'välj utfallet eller töm datumet'),
      });
    if (r.outcomeDate && r.warningDate && r.outcomeDate < r.warningDate)
      ctx.addIssue({
        code: 'custom',
        path: ['outcomeDate'],
        message: problem(L.outcomeDate, 'kan inte vara före varningen'),
      });
    if (r.socialNoticeDate && r.warningDate && r.socialNoticeDate < r.warningDate)
      ctx.addIssue({
        code: 'custom',
        path: ['socialNoticeDate'],
        message: problem(L.socialNoticeDate, 'kan inte vara före varningen'),
      });
  });
}

export const evictionRiskInputSchema = withRiskRules(z.object(riskShape));
export const evictionRiskUpdateSchema = withRiskRules(z.object({ ...riskShape, ...recordRefSchema.shape }));
export type EvictionRiskValues = z.output<typeof evictionRiskInputSchema>;

export const evictionRiskRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  contractId: z.number().int().nullable(),
  landlordId: z.number().int().nullable(),
  cause: z.enum(EVICTION_CAUSES),
  warningDate: z.string(),
  socialNoticeDate: z.string().nullable(),
  departments: z.array(z.enum(EVICTION_PARTIES)),
  actions: z.string().nullable(),
  outcome: z.enum(EVICTION_OUTCOMES).nullable(),
  outcomeDate: z.string().nullable(),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  contractNumber: z.string().nullable(),
  landlordName: z.string().nullable(),
});
export type EvictionRiskRow = z.infer<typeof evictionRiskRowSchema>;

export const evictionRiskListQuerySchema = listQuerySchema.extend({
  openOnly: z.boolean().default(false),
});

export const evictionRiskProcedures = {
  'evictionRisks.list': query(evictionRiskListQuerySchema, listResultSchema(evictionRiskRowSchema)),
  'evictionRisks.get': query(z.object({ id: z.number().int().positive() }), evictionRiskRowSchema),
  'evictionRisks.create': mutation(evictionRiskInputSchema, evictionRiskRowSchema),
  'evictionRisks.update': mutation(evictionRiskUpdateSchema, evictionRiskRowSchema),
  'evictionRisks.archive': mutation(recordRefSchema, evictionRiskRowSchema),
  'evictionRisks.restore': mutation(recordRefSchema, evictionRiskRowSchema),
};

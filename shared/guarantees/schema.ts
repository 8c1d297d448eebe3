/**
 * Hyresgarantier: the city guarantees a household's rent to the landlord of
 * its own first-hand lease (lag 2009:47, 2 kap. 6 §), most often when it
 * moves on from a kommunalt kontrakt. A guarantee is aktiv, ianspråktagen
 * once the landlord has been paid under it, or upphörd. Whether it
 * qualifies for Boverket's grant follows from its terms (rules.ts).
 */
import { z } from 'zod';
import { flag, money, optionalDate, optionalText, problem, recordId, requiredDate, requiredText } from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';

export const GUARANTEE_STATUSES = ['aktiv', 'ianspraktagen', 'upphord'] as const;
export type GuaranteeStatus = (typeof GUARANTEE_STATUSES)[number];
export const guaranteeStatusLabels: Record<GuaranteeStatus, string> = {
  aktiv: 'Aktiv',
  ianspraktagen: 'Ianspråktagen',
  upphord: 'Upphörd',
};

/** Guarantees the landlord can still call on. */
export const OPEN_GUARANTEE_STATUSES = ['aktiv', 'ianspraktagen'] as const satisfies readonly GuaranteeStatus[];

export const guaranteeLabels = {
  householdId: 'Hushåll',
  landlordId: 'Hyresvärd',
  leaseAddress: 'Adress (förstahandskontraktet)',
  leaseReference: 'Hyresvärdens referens',
  monthlyRent: 'Månadshyra',
  guaranteedAmount: 'Garantibelopp',
  startDate: 'Gäller från',
  endDate: 'Gäller t.o.m.',
  firstHandLease: 'Förstahandskontrakt',
  canPayWithoutForsorjningsstod: 'Klarar hyran utan försörjningsstöd',
  withinQuota: 'Inom kvot',
  status: 'Status',
  endedOn: 'Upphörde',
  claimedTotal: 'Ianspråktaget belopp',
  grantAppliedOn: 'Bidrag sökt hos Boverket',
  notes: 'Anteckningar',
} as const;
const L = guaranteeLabels;

/**
 * A recorded yes or no that may be missing: true, false or null. The form
 * sends 'true', 'false' or '' from a select; both shapes are accepted.
 */
export function optionalYesNo(label: string) {
  return z.preprocess(
    (v) => (v === 'true' ? true : v === 'false' ? false : v === '' || v === undefined ? null : v),
    z.boolean({ error: problem(label, 'välj ja eller nej') }).nullable(),
  );
}

const guaranteeShape = {
  householdId: recordId(L.householdId),
  landlordId: recordId(L.landlordId),
  leaseAddress: requiredText(L.leaseAddress, 200),
  leaseReference: optionalText(L.leaseReference, 60),
  monthlyRent: money(L.monthlyRent).refine((v) => v > 0, problem(L.monthlyRent, 'måste vara större än noll')),
  guaranteedAmount: money(L.guaranteedAmount).refine(
    (v) => v > 0,
    problem(L.guaranteedAmount, 'måste vara större än noll'),
  ),
  startDate: requiredDate(L.startDate),
  endDate: optionalDate(L.endDate),
  firstHandLease: flag(L.firstHandLease),
  canPayWithoutForsorjningsstod: optionalYesNo(L.canPayWithoutForsorjningsstod),
  withinQuota: flag(L.withinQuota),
  grantAppliedOn: optionalDate(L.grantAppliedOn),
  notes: optionalText(L.notes),
};

interface GuaranteeRuleFields {
  startDate: string;
  endDate: string | null;
  grantAppliedOn: string | null;
}

function withGuaranteeRules<T extends z.ZodType<GuaranteeRuleFields>>(schema: T) {
  return schema.superRefine((g, ctx) => {
    if (
      typeof g.startDate === 'string' &&
      g.startDate !== '' &&
      typeof g.endDate === 'string' &&
      g.endDate < g.startDate
    ) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: problem(L.endDate, 'kan inte vara före startdatum') });
    }
  });
}

export const guaranteeInputSchema = withGuaranteeRules(z.object(guaranteeShape));
export const guaranteeUpdateSchema = withGuaranteeRules(z.object({ ...guaranteeShape, ...recordRefSchema.shape }));
export type GuaranteeInput = z.input<typeof guaranteeInputSchema>;
export type GuaranteeValues = z.output<typeof guaranteeInputSchema>;

export const claimLabels = { claimDate: 'Utbetalningsdag', amount: 'Utbetalt belopp', note: 'Kommentar' } as const;
export const addClaimInputSchema = recordRefSchema.extend({
  claimDate: requiredDate(claimLabels.claimDate),
  amount: money(claimLabels.amount).refine((v) => v > 0, problem(claimLabels.amount, 'måste vara större än noll')),
  note: optionalText(claimLabels.note, 1000).default(null),
});

export const endGuaranteeLabels = { endedOn: 'Upphör den', note: 'Kommentar' } as const;
export const endGuaranteeInputSchema = recordRefSchema.extend({
  endedOn: requiredDate(endGuaranteeLabels.endedOn),
  note: optionalText(endGuaranteeLabels.note, 1000).default(null),
});

/**
 * One application marks every guarantee it lists, all or none. A city's
 * quarter has had tens; the bound keeps a single write's lock short (5 000
 * take a few seconds) while leaving room far beyond any real application.
 */
const MAX_GRANT_APPLICATION = 10_000;
export const markGrantAppliedInputSchema = z.object({
  guarantees: z
    .array(recordRefSchema)
    .min(1, problem('Garantier', 'välj minst en garanti'))
    .max(MAX_GRANT_APPLICATION, problem('Garantier', 'högst 10 000 i en ansökan')),
  appliedOn: requiredDate(L.grantAppliedOn),
});

export const claimSchema = z.object({
  id: z.number().int(),
  claimDate: z.string(),
  amount: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type Claim = z.infer<typeof claimSchema>;

export const guaranteeRowSchema = recordMetaSchema.extend({
  householdId: z.number().int(),
  landlordId: z.number().int(),
  leaseAddress: z.string(),
  leaseReference: z.string().nullable(),
  monthlyRent: z.number().int(),
  guaranteedAmount: z.number().int(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  firstHandLease: z.boolean(),
  canPayWithoutForsorjningsstod: z.boolean().nullable(),
  placementId: z.number().int().nullable(),
  withinQuota: z.boolean(),
  status: z.enum(GUARANTEE_STATUSES),
  endedOn: z.string().nullable(),
  claimedTotal: z.number().int(),
  grantAppliedOn: z.string().nullable(),
  notes: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  landlordName: z.string(),
  /** Monthly rents the guaranteed amount covers (exact). */
  coveredMonths: z.number(),
  /** Meets förordning (2007:623) 2 § for Boverket's grant. */
  grantQualifies: z.boolean(),
  /** Why it does not, one sentence each. */
  grantReasons: z.array(z.string()),
  /** Days from today to the end date; null without one or once upphörd. */
  daysLeft: z.number().int().nullable(),
});
export type GuaranteeRow = z.infer<typeof guaranteeRowSchema>;

export const guaranteeDetailSchema = guaranteeRowSchema.extend({ claims: z.array(claimSchema) });
export type GuaranteeDetail = z.infer<typeof guaranteeDetailSchema>;

export const guaranteeListQuerySchema = listQuerySchema.extend({
  status: z.enum(GUARANTEE_STATUSES).optional(),
  landlordId: z.number().int().positive().optional(),
  /** Open guarantees whose end falls within this many days (overdue included). */
  endingWithinDays: z.number().int().min(0).max(3650).optional(),
});
export type GuaranteeListQuery = z.input<typeof guaranteeListQuerySchema>;

/** One guarantee as Boverket's application asks for it. */
export const grantApplicationRowSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  landlordName: z.string(),
  landlordOrgNumber: z.string().nullable(),
  leaseAddress: z.string(),
  leaseReference: z.string().nullable(),
  monthlyRent: z.number().int(),
  guaranteedAmount: z.number().int(),
  coveredMonths: z.number(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  /** Issued (utfärdad): the day FF registered the guarantee. */
  issuedOn: z.string(),
});

export const grantListSchema = z.object({
  /** The next day by which Boverket must have the application. */
  deadline: z.string(),
  rows: z.array(grantApplicationRowSchema),
  /** 5 000 kr per guarantee, in öre (paid only as far as funds allow). */
  grantPerGuarantee: z.number().int(),
  grantTotal: z.number().int(),
});
export type GrantList = z.infer<typeof grantListSchema>;

export const guaranteeSummarySchema = z.object({
  open: z.number().int(),
  claimed: z.number().int(),
  openAmount: z.number().int(),
  claimedTotal: z.number().int(),
  endingWithin90Days: z.number().int(),
  nextDeadline: z.string(),
  qualifyingNotApplied: z.number().int(),
});
export type GuaranteeSummary = z.infer<typeof guaranteeSummarySchema>;

export const guaranteeProcedures = {
  'guarantees.summary': query(z.object({}), guaranteeSummarySchema),
  'guarantees.list': query(guaranteeListQuerySchema, listResultSchema(guaranteeRowSchema)),
  'guarantees.get': query(idSchema, guaranteeDetailSchema),
  'guarantees.forHousehold': query(z.object({ householdId: z.number().int().positive() }), z.array(guaranteeRowSchema)),
  /** Qualifying guarantees not yet applied for, for the next deadline. */
  'guarantees.grantList': query(z.object({}), grantListSchema),
  'guarantees.create': mutation(guaranteeInputSchema, guaranteeDetailSchema),
  'guarantees.update': mutation(guaranteeUpdateSchema, guaranteeDetailSchema),
  'guarantees.addClaim': mutation(addClaimInputSchema, guaranteeDetailSchema),
  'guarantees.end': mutation(endGuaranteeInputSchema, guaranteeDetailSchema),
  'guarantees.markGrantApplied': mutation(markGrantAppliedInputSchema, z.object({ marked: z.number().int() })),
};

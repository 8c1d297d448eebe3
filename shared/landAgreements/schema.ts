/**
 * Markanvisningar (plan 3:1): the land agreement with a developer, the
 * dwellings it owes (10 % of the allocated volume, rounded up, see
 * rules.ts), and the dwellings it has handed over (deliveries, schema in
 * deliveries.ts). What is owed is computed; delivered, remaining and the
 * status are always derived, never typed.
 */
import { z } from 'zod';
import {
  choice,
  decimal,
  integer,
  optionalDate,
  optionalInteger,
  optionalText,
  problem,
  recordId,
  requiredDate,
  requiredText,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';
import { DEFAULT_DWELLING_PERCENT, parseDueDate, type LandAgreementStatus } from './rules';

export const AGREEMENT_KINDS = [
  'markanvisningsavtal',
  'markoverlatelseavtal',
  'exploateringsavtal',
  'tomtrattsavtal',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export const agreementKindLabels: Record<AgreementKind, string> = {
  markanvisningsavtal: 'Markanvisningsavtal',
  markoverlatelseavtal: 'Marköverlåtelseavtal',
  exploateringsavtal: 'Exploateringsavtal',
  tomtrattsavtal: 'Tomträttsavtal',
};

export const LAND_AGREEMENT_STATUSES = [
  'pagaende',
  'uppfyllt',
  'forsenat',
  'avskrivet',
] as const satisfies readonly LandAgreementStatus[];

/** The largest allocation the form accepts; far above any real one, below integer trouble. */
const MAX_DWELLINGS = 100_000;

export const landAgreementLabels = {
  developerOrganisationId: 'Byggaktör',
  projectName: 'Projekt',
  propertyDesignation: 'Fastighetsbeteckning',
  agreementKind: 'Avtalstyp',
  signedDate: 'Undertecknat',
  volumeDwellings: 'Volym (bostäder)',
  grossFloorAreaM2: 'Bruttoarea BTA m²',
  commitmentPercent: 'Åtagande %',
  owedOverride: 'Avvikande antal att lämna',
  owedOverrideReason: 'Skäl till avvikande antal',
  dueDate: 'Ska vara lämnat senast',
  waivedDate: 'Avskrivet datum',
  waiverReason: 'Skäl till avskrivning',
  waiverDecisionRef: 'Beslut (diarienummer)',
  notes: 'Anteckningar',
} as const;
const L = landAgreementLabels;

/** Labels of the derived values, for grids, history and summaries. */
export const landAgreementDerivedLabels = {
  developerName: 'Byggaktör',
  owedComputed: 'Att lämna enligt regeln',
  owedDwellings: 'Att lämna',
  deliveredCount: 'Lämnade',
  remainingCount: 'Kvar',
  progress: 'Lämnat av åtagandet',
  status: 'Status',
} as const;

/**
 * "2027" (the plan's "under år X": by 31 December) or a full date; empty
 * when the year is not yet agreed.
 */
function dueDateField(label: string) {
  return z
    .string({ error: problem(label, 'ange ett år eller ett datum') })
    .trim()
    .transform((value, ctx) => {
      if (value === '') return null;
      const due = parseDueDate(value);
      if (due === null) {
        ctx.issues.push({
          code: 'custom',
          message: problem(label, 'ange ett år (t.ex. 2027) eller ett datum ÅÅÅÅ-MM-DD'),
          input: value,
        });
        return z.NEVER;
      }
      return due;
    })
    .nullable();
}

const landAgreementShape = {
  developerOrganisationId: recordId(L.developerOrganisationId),
  projectName: requiredText(L.projectName, 200),
  propertyDesignation: requiredText(L.propertyDesignation, 200),
  agreementKind: choice(L.agreementKind, AGREEMENT_KINDS),
  signedDate: requiredDate(L.signedDate),
  volumeDwellings: integer(L.volumeDwellings, { max: MAX_DWELLINGS }).min(
    1,
    problem(L.volumeDwellings, 'måste vara minst 1 bostad'),
  ),
  grossFloorAreaM2: optionalInteger(L.grossFloorAreaM2, { min: 1, max: 10_000_000 }),
  commitmentPercent: decimal(L.commitmentPercent)
    .refine((v) => v >= 0 && v <= 100, problem(L.commitmentPercent, 'ange en procentsats från 0 till 100'))
    .default(DEFAULT_DWELLING_PERCENT),
  owedOverride: optionalInteger(L.owedOverride, { min: 0, max: MAX_DWELLINGS }),
  owedOverrideReason: optionalText(L.owedOverrideReason, 1000),
  dueDate: dueDateField(L.dueDate),
  waivedDate: optionalDate(L.waivedDate),
  waiverReason: optionalText(L.waiverReason, 1000),
  waiverDecisionRef: optionalText(L.waiverDecisionRef, 100),
  notes: optionalText(L.notes),
};

interface RuleFields {
  signedDate: string;
  owedOverride: number | null;
  owedOverrideReason: string | null;
  dueDate: string | null;
  waivedDate: string | null;
  waiverReason: string | null;
  waiverDecisionRef: string | null;
}

/** Rules across fields, applied to both create and update. */
function withLandAgreementRules<T extends z.ZodType<RuleFields>>(schema: T) {
  return schema.superRefine((a, ctx) => {
    const issue = (path: keyof RuleFields, label: string, text: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message: problem(label, text) });
    if (a.owedOverride !== null && a.owedOverrideReason === null) {
      issue('owedOverrideReason', L.owedOverrideReason, 'ange varför antalet avviker från regeln');
    }
    if (a.owedOverride === null && a.owedOverrideReason !== null) {
      issue(
        'owedOverrideReason',
        L.owedOverrideReason,
        'gäller bara när ett avvikande antal är angivet; töm fältet eller ange antalet',
      );
    }
    if (a.dueDate !== null && a.signedDate !== '' && a.dueDate < a.signedDate) {
      issue('dueDate', L.dueDate, `kan inte vara före avtalets datum ${a.signedDate}`);
    }
    const waiver = [a.waivedDate, a.waiverReason, a.waiverDecisionRef];
    if (waiver.some((v) => v !== null)) {
      if (a.waivedDate === null) issue('waivedDate', L.waivedDate, 'ange beslutets datum när åtagandet skrivs av');
      if (a.waiverReason === null) issue('waiverReason', L.waiverReason, 'ange skälet när åtagandet skrivs av');
      if (a.waiverDecisionRef === null)
        issue(
          'waiverDecisionRef',
          L.waiverDecisionRef,
          'ange beslutet (t.ex. diarienummer eller paragraf) när åtagandet skrivs av',
        );
    }
    if (a.waivedDate !== null && a.signedDate !== '' && a.waivedDate < a.signedDate) {
      issue('waivedDate', L.waivedDate, `kan inte vara före avtalets datum ${a.signedDate}`);
    }
  });
}

export const landAgreementInputSchema = withLandAgreementRules(z.object(landAgreementShape));
export const landAgreementUpdateSchema = withLandAgreementRules(
  z.object({ ...landAgreementShape, ...recordRefSchema.shape }),
);
export type LandAgreementInput = z.input<typeof landAgreementInputSchema>;
export type LandAgreementValues = z.output<typeof landAgreementInputSchema>;

export const landAgreementStatusSchema = z.enum(LAND_AGREEMENT_STATUSES);

/** An agreement as screens see it: the stored facts and what follows from them today. */
export const landAgreementRowSchema = recordMetaSchema.extend({
  developerOrganisationId: z.number().int(),
  developerName: z.string(),
  developerOrgNumber: z.string(),
  projectName: z.string(),
  propertyDesignation: z.string(),
  agreementKind: z.enum(AGREEMENT_KINDS),
  signedDate: z.string(),
  volumeDwellings: z.number().int(),
  grossFloorAreaM2: z.number().int().nullable(),
  commitmentPercent: z.number(),
  owedComputed: z.number().int(),
  owedOverride: z.number().int().nullable(),
  owedOverrideReason: z.string().nullable(),
  owedDwellings: z.number().int(),
  dueDate: z.string().nullable(),
  waivedDate: z.string().nullable(),
  waiverReason: z.string().nullable(),
  waiverDecisionRef: z.string().nullable(),
  notes: z.string().nullable(),
  deliveredCount: z.number().int(),
  remainingCount: z.number().int(),
  /** Delivered ÷ owed, capped at 1; 1 when nothing is owed. */
  progress: z.number(),
  status: landAgreementStatusSchema,
});
export type LandAgreementRow = z.infer<typeof landAgreementRowSchema>;

export const landAgreementListQuerySchema = listQuerySchema.extend({
  developerOrganisationId: z.number().int().positive().optional(),
});

/** Figures for one group of agreements (a developer, a year, or all). */
export const commitmentFiguresSchema = z.object({
  agreements: z.number().int(),
  volumeDwellings: z.number().int(),
  owedDwellings: z.number().int(),
  deliveredDwellings: z.number().int(),
  /** Still to hand over, on agreements not written off. */
  remainingDwellings: z.number().int(),
  /** What was still owed when agreements were written off (avskrivet). */
  writtenOffDwellings: z.number().int(),
  byStatus: z.object({
    pagaende: z.number().int(),
    uppfyllt: z.number().int(),
    forsenat: z.number().int(),
    avskrivet: z.number().int(),
  }),
});
export type CommitmentFigures = z.infer<typeof commitmentFiguresSchema>;

/**
 * The steering group's follow-up: per developer, and per due year with
 * the dwellings actually handed over during that year beside it. A plain
 * value, so a report or a printout can take it as it is.
 */
export const landAgreementSummarySchema = z.object({
  /** The date the derived figures (status, late) were computed for. */
  asOf: z.string(),
  total: commitmentFiguresSchema,
  byDeveloper: z.array(
    commitmentFiguresSchema.extend({
      developerOrganisationId: z.number().int(),
      developerName: z.string(),
      developerOrgNumber: z.string(),
    }),
  ),
  byYear: z.array(
    commitmentFiguresSchema.extend({
      /** The year the dwellings are due; null for agreements with no due date yet. */
      year: z.number().int().nullable(),
      /** Dwellings handed over during this calendar year, whichever agreement they count for. */
      handedOverInYear: z.number().int(),
    }),
  ),
});
export type LandAgreementSummary = z.infer<typeof landAgreementSummarySchema>;

export const landAgreementProcedures = {
  'landAgreements.list': query(landAgreementListQuerySchema, listResultSchema(landAgreementRowSchema)),
  'landAgreements.get': query(idSchema, landAgreementRowSchema),
  'landAgreements.create': mutation(landAgreementInputSchema, landAgreementRowSchema),
  'landAgreements.update': mutation(landAgreementUpdateSchema, landAgreementRowSchema),
  'landAgreements.archive': mutation(recordRefSchema, landAgreementRowSchema),
  'landAgreements.restore': mutation(recordRefSchema, landAgreementRowSchema),
  'landAgreements.summary': query(z.object({}), landAgreementSummarySchema),
};

/**
 * Hyresavtal: leases where the city (FF, on behalf of a department) rents
 * one or more units from an external landlord. The deadline and indexation
 * rules are in deadlines.ts and indexation.ts; what is stored per lease to
 * list and watch 100 000 of them quickly is in derived.ts.
 */
import { z } from 'zod';
import {
  choice,
  flag,
  money,
  optionalDate,
  optionalDecimal,
  optionalInteger,
  optionalMoney,
  optionalText,
  problem,
  recordId,
  requiredDate,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';
import { leaseTermsProblems, type LeaseTerms } from './deadlines';
import { isYearMonth, type Indexation } from './indexation';

export const PREMISES = ['bostad', 'lokal'] as const;
export const premisesLabels: Record<(typeof PREMISES)[number], string> = { bostad: 'Bostad', lokal: 'Lokal' };

export const TERM_TYPES = ['tidsbestamd', 'tillsvidare'] as const;
export const termTypeLabels: Record<(typeof TERM_TYPES)[number], string> = {
  tidsbestamd: 'Tidsbestämd',
  tillsvidare: 'Tills vidare',
};

export const LEASE_STATUSES = ['utkast', 'aktiv', 'uppsagd', 'avslutad'] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];
export const leaseStatusLabels: Record<LeaseStatus, string> = {
  utkast: 'Utkast',
  aktiv: 'Aktiv',
  uppsagd: 'Uppsagd',
  avslutad: 'Avslutad',
};
/** The statuses a user sets in the form; uppsagd and avslutad follow from a notice and the calendar. */
export const EDITABLE_LEASE_STATUSES: readonly LeaseStatus[] = ['utkast', 'aktiv'];
/** A lease in one of these holds its units (see the overlap rule in the service). */
export const HOLDING_LEASE_STATUSES: readonly LeaseStatus[] = ['aktiv', 'uppsagd'];

export const INDEXATION_KINDS = ['none', 'kpi', 'fixed'] as const;
export type IndexationKind = (typeof INDEXATION_KINDS)[number];
export const indexationKindLabels: Record<IndexationKind, string> = {
  none: 'Ingen',
  kpi: 'KPI',
  fixed: 'Fast procentsats',
};

export const NOTICE_PARTIES = ['staden', 'hyresvarden', 'overenskommelse'] as const;
export type NoticeParty = (typeof NOTICE_PARTIES)[number];
export const noticePartyLabels: Record<NoticeParty, string> = {
  staden: 'Staden (vi säger upp)',
  hyresvarden: 'Hyresvärden',
  overenskommelse: 'Överenskommelse mellan parterna',
};

/** "Uppsagt av staden …", "Uppsagt genom överenskommelse …" */
export const noticePartyPhrase: Record<NoticeParty, string> = {
  staden: 'av staden',
  hyresvarden: 'av hyresvärden',
  overenskommelse: 'genom överenskommelse',
};

export const leaseLabels = {
  leaseNumber: 'Avtalsnummer',
  landlordReference: 'Hyresvärdens referens',
  landlordId: 'Hyresvärd',
  unitIds: 'Bostäder',
  departmentId: 'Nyttjande förvaltning',
  departmentContact: 'Kontaktperson på förvaltningen',
  premises: 'Lokaltyp',
  signedDate: 'Undertecknat',
  startDate: 'Startdatum',
  termType: 'Avtalstid',
  endDate: 'Slutdatum',
  noticeMonthsTenant: 'Uppsägningstid för staden',
  noticeMonthsLandlord: 'Uppsägningstid för hyresvärden',
  extensionMonths: 'Förlängningstid',
  rentPerYearOre: 'Årshyra',
  rentIncludesHeating: 'Värme ingår',
  rentIncludesElectricity: 'El ingår',
  rentIncludesWater: 'Vatten ingår',
  rentIncludesOther: 'Annat som ingår',
  indexationKind: 'Indexering',
  kpiBaseIndex: 'Basindex',
  kpiBaseMonth: 'Basmånad',
  kpiIndexedPercent: 'Indexerad andel',
  fixedPercentPerYear: 'Årlig uppräkning',
  depositOre: 'Säkerhet/deposition',
  subletNotified: 'Hyresvärden underrättad om andrahandsuthyrning',
  subletNotifiedDate: 'Underrättad datum',
  isBlockLease: 'Blockhyresavtal',
  status: 'Status',
  notes: 'Anteckningar',
  noticeGivenBy: 'Uppsagt av',
  noticeDate: 'Uppsägningsdatum',
  noticeReason: 'Skäl',
  endsOn: 'Upphör',
  acknowledgeWarnings: 'Bekräfta varning',
} as const;
const L = leaseLabels;

/** 'YYYY-MM', or null when left empty. */
function optionalYearMonth(label: string) {
  return optionalText(label, 20).refine((v) => v === null || isYearMonth(v), problem(label, 'ange månad som ÅÅÅÅ-MM'));
}

const leaseShape = {
  landlordReference: optionalText(L.landlordReference, 100),
  landlordId: recordId(L.landlordId),
  unitIds: z
    .array(recordId(L.unitIds), { error: problem(L.unitIds, 'välj minst en bostad') })
    .min(1, problem(L.unitIds, 'välj minst en bostad'))
    .max(500, problem(L.unitIds, 'högst 500 bostäder i ett avtal'))
    .refine((ids) => new Set(ids).size === ids.length, problem(L.unitIds, 'samma bostad är vald två gånger')),
  departmentId: recordId(L.departmentId),
  departmentContact: optionalText(L.departmentContact, 200),
  premises: choice(L.premises, PREMISES),
  signedDate: optionalDate(L.signedDate),
  startDate: requiredDate(L.startDate),
  termType: choice(L.termType, TERM_TYPES),
  endDate: optionalDate(L.endDate),
  noticeMonthsTenant: optionalInteger(L.noticeMonthsTenant, { min: 1, max: 120 }),
  noticeMonthsLandlord: optionalInteger(L.noticeMonthsLandlord, { min: 1, max: 120 }),
  extensionMonths: optionalInteger(L.extensionMonths, { min: 1, max: 120 }),
  rentPerYearOre: money(L.rentPerYearOre),
  rentIncludesHeating: flag(L.rentIncludesHeating),
  rentIncludesElectricity: flag(L.rentIncludesElectricity),
  /** Saving despite a warning (a unit's owner is not the lease's landlord) needs this flag. */
  acknowledgeWarnings: flag(L.acknowledgeWarnings).default(false),
  rentIncludesWater: flag(L.rentIncludesWater),
  rentIncludesOther: optionalText(L.rentIncludesOther, 200),
  indexationKind: choice(L.indexationKind, INDEXATION_KINDS),
  kpiBaseIndex: optionalDecimal(L.kpiBaseIndex, { min: 0.01, max: 100000 }),
  kpiBaseMonth: optionalYearMonth(L.kpiBaseMonth),
  kpiIndexedPercent: optionalDecimal(L.kpiIndexedPercent, { min: 0, max: 100 }),
  fixedPercentPerYear: optionalDecimal(L.fixedPercentPerYear, { min: -99, max: 100 }),
  depositOre: optionalMoney(L.depositOre),
  subletNotified: flag(L.subletNotified),
  subletNotifiedDate: optionalDate(L.subletNotifiedDate),
  isBlockLease: flag(L.isBlockLease),
  status: choice(L.status, LEASE_STATUSES),
  notes: optionalText(L.notes),
};

/** The stored shape of the terms, as the rules take them. */
export interface LeaseTermFields {
  premises: 'bostad' | 'lokal';
  startDate: string;
  termType: 'tidsbestamd' | 'tillsvidare';
  endDate: string | null;
  noticeMonthsTenant: number | null;
  noticeMonthsLandlord: number | null;
  extensionMonths: number | null;
}

export interface LeaseIndexationFields {
  indexationKind: IndexationKind;
  kpiBaseIndex: number | null;
  kpiBaseMonth: string | null;
  kpiIndexedPercent: number | null;
  fixedPercentPerYear: number | null;
}

export function termsOf(l: LeaseTermFields): LeaseTerms {
  return {
    premises: l.premises,
    startDate: l.startDate,
    termType: l.termType,
    endDate: l.termType === 'tidsbestamd' ? l.endDate : null,
    noticeMonthsTenant: l.noticeMonthsTenant,
    noticeMonthsLandlord: l.noticeMonthsLandlord,
    extensionMonths: l.termType === 'tidsbestamd' ? l.extensionMonths : null,
  };
}

export function indexationOf(l: LeaseIndexationFields): Indexation {
  if (l.indexationKind === 'kpi' && l.kpiBaseIndex !== null && l.kpiBaseMonth !== null) {
    return {
      kind: 'kpi',
      baseIndex: l.kpiBaseIndex,
      baseMonth: l.kpiBaseMonth,
      ...(l.kpiIndexedPercent !== null ? { indexedPercent: l.kpiIndexedPercent } : {}),
    };
  }
  if (l.indexationKind === 'fixed' && l.fixedPercentPerYear !== null)
    return { kind: 'fixed', percentPerYear: l.fixedPercentPerYear };
  return { kind: 'none' };
}

type RuleFields = LeaseTermFields &
  LeaseIndexationFields & { rentPerYearOre: number; subletNotified: boolean; subletNotifiedDate: string | null };

/**
 * Rules across fields, for create and update, in the form and the back end
 * alike: the law's rules on terms (deadlines.ts), the indexation's inputs
 * (indexation.ts), and which fields belong to which choice.
 */
function withLeaseRules<T extends z.ZodType<RuleFields>>(schema: T) {
  return schema.superRefine((l, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    for (const [field, message] of Object.entries(leaseTermsProblems(termsOf(l)))) add(field, message);
    if (l.termType === 'tillsvidare' && l.endDate !== null)
      add('endDate', problem(L.endDate, 'ska vara tomt för ett avtal som gäller tills vidare'));
    if (l.termType === 'tillsvidare' && l.extensionMonths !== null)
      add('extensionMonths', problem(L.extensionMonths, 'gäller bara tidsbestämda avtal'));
    if (l.indexationKind === 'kpi') {
      if (l.kpiBaseIndex === null)
        add('kpiBaseIndex', problem(L.kpiBaseIndex, 'måste fyllas i för KPI-indexering (KPI för basmånaden)'));
      if (l.kpiBaseMonth === null) add('kpiBaseMonth', problem(L.kpiBaseMonth, 'måste fyllas i för KPI-indexering'));
    } else {
      if (l.kpiBaseIndex !== null) add('kpiBaseIndex', problem(L.kpiBaseIndex, 'gäller bara KPI-indexering'));
      if (l.kpiBaseMonth !== null) add('kpiBaseMonth', problem(L.kpiBaseMonth, 'gäller bara KPI-indexering'));
      if (l.kpiIndexedPercent !== null)
        add('kpiIndexedPercent', problem(L.kpiIndexedPercent, 'gäller bara KPI-indexering'));
    }
    if (l.indexationKind === 'fixed' && l.fixedPercentPerYear === null)
      add('fixedPercentPerYear', problem(L.fixedPercentPerYear, 'måste fyllas i för fast uppräkning'));
    if (l.indexationKind !== 'fixed' && l.fixedPercentPerYear !== null)
      add('fixedPercentPerYear', problem(L.fixedPercentPerYear, 'gäller bara fast uppräkning'));
    if (l.subletNotified && l.subletNotifiedDate === null)
      add('subletNotifiedDate', problem(L.subletNotifiedDate, 'ange när hyresvärden underrättades'));
    if (!l.subletNotified && l.subletNotifiedDate !== null)
      add('subletNotifiedDate', problem(L.subletNotifiedDate, 'ska vara tomt när hyresvärden inte har underrättats'));
  });
}

export const leaseInputSchema = withLeaseRules(z.object(leaseShape));
export const leaseUpdateSchema = withLeaseRules(z.object({ ...leaseShape, ...recordRefSchema.shape }));
export type LeaseInput = z.input<typeof leaseInputSchema>;
export type LeaseValues = z.output<typeof leaseInputSchema>;

/** Registering a notice (uppsägning): who gave it, when it was given or received, why. */
export const leaseTerminateSchema = z
  .object({
    ...recordRefSchema.shape,
    noticeGivenBy: choice(L.noticeGivenBy, NOTICE_PARTIES),
    noticeDate: requiredDate(L.noticeDate),
    noticeReason: optionalText(L.noticeReason, 1000),
    /** Only for an agreement: the day the parties agreed the lease ends. */
    agreedEndDate: optionalDate('Avtalat slutdatum'),
    /** The city's right as tenant of a bostad to leave a fixed term early (JB 12:5). */
    tenantEarlyExit: flag('Använd 12 kap. 5 § jordabalken').default(false),
  })
  .superRefine((t, ctx) => {
    if (t.noticeGivenBy === 'overenskommelse' && t.agreedEndDate === null)
      ctx.addIssue({
        code: 'custom',
        path: ['agreedEndDate'],
        message: problem('Avtalat slutdatum', 'ange dagen avtalet upphör enligt överenskommelsen'),
      });
    if (t.noticeGivenBy !== 'overenskommelse' && t.agreedEndDate !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['agreedEndDate'],
        message: problem(
          'Avtalat slutdatum',
          'gäller bara uppsägning genom överenskommelse; annars räknas slutdagen fram',
        ),
      });
  });
export type LeaseTerminateInput = z.input<typeof leaseTerminateSchema>;

export const leaseSchema = recordMetaSchema.extend({
  leaseNumber: z.string(),
  landlordReference: z.string().nullable(),
  landlordId: z.number().int(),
  departmentId: z.number().int(),
  departmentContact: z.string().nullable(),
  premises: z.enum(PREMISES),
  signedDate: z.string().nullable(),
  startDate: z.string(),
  termType: z.enum(TERM_TYPES),
  endDate: z.string().nullable(),
  noticeMonthsTenant: z.number().int().nullable(),
  noticeMonthsLandlord: z.number().int().nullable(),
  extensionMonths: z.number().int().nullable(),
  rentPerYearOre: z.number().int(),
  rentIncludesHeating: z.boolean(),
  rentIncludesElectricity: z.boolean(),
  rentIncludesWater: z.boolean(),
  rentIncludesOther: z.string().nullable(),
  indexationKind: z.enum(INDEXATION_KINDS),
  kpiBaseIndex: z.number().nullable(),
  kpiBaseMonth: z.string().nullable(),
  kpiIndexedPercent: z.number().nullable(),
  fixedPercentPerYear: z.number().nullable(),
  depositOre: z.number().int().nullable(),
  subletNotified: z.boolean(),
  subletNotifiedDate: z.string().nullable(),
  isBlockLease: z.boolean(),
  status: z.enum(LEASE_STATUSES),
  notes: z.string().nullable(),
  noticeGivenBy: z.enum(NOTICE_PARTIES).nullable(),
  noticeDate: z.string().nullable(),
  noticeReason: z.string().nullable(),
  /** The rule by which the notice ends the lease, e.g. 'JB 12:4 andra stycket 5'. */
  noticeRule: z.string().nullable(),
  // Derived and stored (derived.ts): what the list sorts and filters on.
  endsOn: z.string().nullable(),
  nextNoticeDate: z.string().nullable(),
  nextNoticeEndsOn: z.string().nullable(),
  currentPeriodEnd: z.string().nullable(),
  missedNoticeDate: z.string().nullable(),
  currentRentOre: z.number().int().nullable(),
  rentMissingIndexMonth: z.string().nullable(),
  /** Object numbers of the lease's units, for the grid and the search. */
  unitSummary: z.string(),
});
export type Lease = z.infer<typeof leaseSchema>;

export const leaseRowSchema = leaseSchema.extend({
  landlordName: z.string(),
  departmentCode: z.string(),
  unitCount: z.number().int(),
  /** Days from today to the next notice deadline; negative never (it is the next one). */
  daysLeft: z.number().int().nullable(),
});
export type LeaseRow = z.infer<typeof leaseRowSchema>;

export const leaseUnitSchema = z.object({
  id: z.number().int(),
  objectNumber: z.string(),
  address: z.string(),
  kind: z.string(),
});

export const rentAdjustmentSchema = z.object({
  effectiveFrom: z.string(),
  yearlyRentOre: z.number().int(),
  indexMonth: z.string().optional(),
  indexValue: z.number().optional(),
  factor: z.number(),
});

export const leaseDetailSchema = leaseRowSchema.extend({
  unitIds: z.array(z.number().int()),
  units: z.array(leaseUnitSchema),
  rentHistory: z.object({ adjustments: z.array(rentAdjustmentSchema), missingIndexMonth: z.string().nullable() }),
});
export type LeaseDetail = z.infer<typeof leaseDetailSchema>;

export const leaseListQuerySchema = listQuerySchema.extend({
  landlordId: z.number().int().positive().optional(),
  unitId: z.number().int().positive().optional(),
  /** Only leases whose next notice deadline is within this many days. */
  deadlineWithinDays: z.number().int().min(0).max(3650).optional(),
});
export type LeaseListQuery = z.input<typeof leaseListQuerySchema>;

export const leaseSummarySchema = z.object({
  byStatus: z.record(z.string(), z.number().int()),
  /** Sum of the current yearly rent of active and terminated (not yet ended) leases. */
  yearlyRentOre: z.number().int(),
});

// KPI table ------------------------------------------------------------------

export const kpiLabels = { month: 'Månad', value: 'KPI' } as const;

export const kpiValueSchema = recordMetaSchema.extend({ month: z.string(), value: z.number() });
export type KpiRow = z.infer<typeof kpiValueSchema>;

export const kpiSaveSchema = z.object({
  month: z
    .string({ error: problem(kpiLabels.month, 'ange månad som ÅÅÅÅ-MM') })
    .trim()
    .refine(isYearMonth, problem(kpiLabels.month, 'ange månad som ÅÅÅÅ-MM')),
  value: z
    .number({ error: problem(kpiLabels.value, 'ange ett tal') })
    .refine(
      (v) => Number.isFinite(v) && v > 0 && v < 100000,
      problem(kpiLabels.value, 'ange ett positivt tal, t.ex. 414,6'),
    ),
  /** Set when correcting an existing month (optimistic concurrency). */
  id: z.number().int().positive().optional(),
  version: z.number().int().positive().optional(),
});

export const leaseProcedures = {
  'leases.list': query(leaseListQuerySchema, listResultSchema(leaseRowSchema)),
  'leases.get': query(idSchema, leaseDetailSchema),
  'leases.summary': query(z.object({}), leaseSummarySchema),
  'leases.create': mutation(leaseInputSchema, leaseDetailSchema),
  'leases.update': mutation(leaseUpdateSchema, leaseDetailSchema),
  'leases.terminate': mutation(leaseTerminateSchema, leaseDetailSchema),
  'leases.archive': mutation(recordRefSchema, leaseDetailSchema),
  'leases.restore': mutation(recordRefSchema, leaseDetailSchema),
  'kpi.list': query(z.object({}), z.array(kpiValueSchema)),
  'kpi.save': mutation(kpiSaveSchema, kpiValueSchema),
};

/**
 * Bostäder: one dwelling each — modulbostad, villavagn or lägenhet — with
 * its use, place, owner and, for FF's own modules and caravans, the site and
 * the end of its time-limited building permit (tidsbegränsat bygglov).
 */
import { z } from 'zod';
import {
  choice,
  problem,
  optionalDate,
  optionalDecimal,
  optionalInteger,
  optionalPostalCode,
  optionalRecordId,
  optionalText,
  recordId,
  requiredText,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';

export const UNIT_KINDS = ['modulbostad', 'villavagn', 'lagenhet'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const unitKindLabels: Record<UnitKind, string> = {
  modulbostad: 'Modulbostad',
  villavagn: 'Villavagn',
  lagenhet: 'Lägenhet',
};

export const UNIT_USES = [
  'akutboende',
  'stodboende',
  'traningslagenhet',
  'bostad_forst',
  'jourlagenhet',
  'bostadssocial',
  'nyanlanda',
] as const;
export type UnitUse = (typeof UNIT_USES)[number];
export const unitUseLabels: Record<UnitUse, string> = {
  akutboende: 'Akutboende',
  stodboende: 'Stödboende',
  traningslagenhet: 'Träningslägenhet',
  bostad_forst: 'Bostad Först',
  jourlagenhet: 'Jourlägenhet',
  bostadssocial: 'Bostadssocial lägenhet',
  nyanlanda: 'Bosättning nyanlända',
};

export const UNIT_STATUSES = ['ledig', 'uthyrd', 'sparrad', 'avvecklad'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const unitStatusLabels: Record<UnitStatus, string> = {
  ledig: 'Ledig',
  uthyrd: 'Uthyrd',
  sparrad: 'Spärrad',
  avvecklad: 'Avvecklad',
};

export const OWNER_TYPES = ['staden', 'hyresvard'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];
export const ownerTypeLabels: Record<OwnerType, string> = { staden: 'Staden', hyresvard: 'Hyresvärd' };

/** Kinds FF places on a site of its own, often under a time-limited permit. */
export function hasSiteAndPermit(kind: UnitKind): boolean {
  return kind === 'modulbostad' || kind === 'villavagn';
}

/** Building permits ending within this many days are highlighted. */
export const PERMIT_WARNING_DAYS = 365;

export const unitLabels = {
  objectNumber: 'Objektnummer',
  kind: 'Typ',
  use: 'Användning',
  address: 'Adress',
  postalCode: 'Postnummer',
  district: 'Område',
  rooms: 'Rum',
  areaM2: 'Yta m²',
  floor: 'Våning',
  responsibleDepartmentId: 'Ansvarig förvaltning',
  ownerType: 'Ägare',
  ownerOrganisationId: 'Hyresvärd',
  site: 'Plats',
  permitEndDate: 'Bygglov t.o.m.',
  status: 'Status',
  notes: 'Anteckningar',
} as const;
const L = unitLabels;

const unitShape = {
  objectNumber: requiredText(L.objectNumber, 30).transform((v) => v.toUpperCase()),
  kind: choice(L.kind, UNIT_KINDS),
  use: choice(L.use, UNIT_USES),
  address: requiredText(L.address, 200),
  postalCode: optionalPostalCode(L.postalCode),
  district: optionalText(L.district, 100),
  rooms: optionalDecimal(L.rooms, { min: 0.5, max: 20 }),
  areaM2: optionalDecimal(L.areaM2, { min: 1, max: 1000 }),
  floor: optionalInteger(L.floor, { min: -3, max: 60 }),
  responsibleDepartmentId: recordId(L.responsibleDepartmentId),
  ownerType: choice(L.ownerType, OWNER_TYPES),
  ownerOrganisationId: optionalRecordId(L.ownerOrganisationId),
  site: optionalText(L.site, 200),
  permitEndDate: optionalDate(L.permitEndDate),
  status: choice(L.status, UNIT_STATUSES),
  notes: optionalText(L.notes),
};

type UnitRuleFields = {
  kind: UnitKind;
  ownerType: OwnerType;
  ownerOrganisationId: number | null;
  site: string | null;
  permitEndDate: string | null;
};

/** Rules across fields, applied to both create and update. */
function withUnitRules<T extends z.ZodType<UnitRuleFields>>(schema: T) {
  return schema.superRefine((u, ctx) => {
    if (u.ownerType === 'hyresvard' && u.ownerOrganisationId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerOrganisationId'],
        message: problem(L.ownerOrganisationId, 'välj hyresvärden som äger bostaden'),
      });
    }
    if (u.ownerType === 'staden' && u.ownerOrganisationId !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerOrganisationId'],
        message: problem(L.ownerOrganisationId, 'ska vara tom när staden äger bostaden'),
      });
    }
    if (!hasSiteAndPermit(u.kind) && u.permitEndDate !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['permitEndDate'],
        message: problem(L.permitEndDate, 'gäller bara modulbostäder och villavagnar'),
      });
    }
    if (!hasSiteAndPermit(u.kind) && u.site !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['site'],
        message: problem(L.site, 'gäller bara modulbostäder och villavagnar'),
      });
    }
  });
}

export const unitInputSchema = withUnitRules(z.object(unitShape));
/** A new unit may leave its object number empty: it gets the next of its kind's series (settings). */
export const unitCreateSchema = withUnitRules(
  z.object({
    ...unitShape,
    objectNumber: optionalText(L.objectNumber, 30).transform((v) => (v === null ? null : v.toUpperCase())),
  }),
);
export const unitUpdateSchema = withUnitRules(z.object({ ...unitShape, ...recordRefSchema.shape }));
export type UnitInput = z.input<typeof unitInputSchema>;

export const unitSchema = recordMetaSchema.extend({
  objectNumber: z.string(),
  kind: z.enum(UNIT_KINDS),
  use: z.enum(UNIT_USES),
  address: z.string(),
  postalCode: z.string().nullable(),
  district: z.string().nullable(),
  rooms: z.number().nullable(),
  areaM2: z.number().nullable(),
  floor: z.number().int().nullable(),
  responsibleDepartmentId: z.number().int(),
  ownerType: z.enum(OWNER_TYPES),
  ownerOrganisationId: z.number().int().nullable(),
  site: z.string().nullable(),
  permitEndDate: z.string().nullable(),
  status: z.enum(UNIT_STATUSES),
  notes: z.string().nullable(),
});

/** A unit as the grid shows it: names resolved, derived values computed. */
export const unitRowSchema = unitSchema.extend({
  responsibleDepartmentCode: z.string(),
  ownerName: z.string().nullable(),
  /** Days from today to the permit's end; negative when it has ended. */
  permitDaysLeft: z.number().int().nullable(),
  /**
   * When the unit's lease (hyresavtal, active or terminated) ends, if it is
   * known to end: after a notice, or a fixed term that runs out. Null when
   * the unit is on no such lease or its lease runs on.
   */
  leaseEndsOn: z.string().nullable(),
});
export type UnitRow = z.infer<typeof unitRowSchema>;

export const unitListQuerySchema = listQuerySchema.extend({
  ownerOrganisationId: z.number().int().positive().optional(),
});

export const unitSummarySchema = z.object({
  total: z.number().int(),
  byStatus: z.record(z.string(), z.number().int()),
  /** Building permits that end within PERMIT_WARNING_DAYS from today. */
  permitsEndingSoon: z.number().int(),
  /** Building permits that have already ended (units not wound up). */
  permitsEnded: z.number().int(),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;

/** A unit as a picker offers it: the object number and address, and what tells like ones apart. */
export const unitOptionSchema = z.object({ id: z.number().int(), label: z.string(), detail: z.string() });
export type UnitOption = z.infer<typeof unitOptionSchema>;

export const unitProcedures = {
  'units.summary': query(z.object({}), unitSummarySchema),
  /** For pickers: the first 20 by object number matching the search text (number, address, place), or one by id. */
  'units.lookup': query(
    z.object({ search: z.string().trim().max(100).default(''), id: z.number().int().positive().optional() }),
    z.array(unitOptionSchema),
  ),
  'units.list': query(unitListQuerySchema, listResultSchema(unitRowSchema)),
  'units.get': query(idSchema, unitRowSchema),
  'units.create': mutation(unitCreateSchema, unitRowSchema),
  /** Per kind, the object number a new unit gets when its number is left empty. */
  'units.nextObjectNumbers': query(
    z.object({}),
    z.object({ modulbostad: z.string(), villavagn: z.string(), lagenhet: z.string() }),
  ),
  'units.update': mutation(unitUpdateSchema, unitRowSchema),
  'units.archive': mutation(recordRefSchema, unitRowSchema),
  'units.restore': mutation(recordRefSchema, unitRowSchema),
};

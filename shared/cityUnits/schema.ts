/**
 * Stadens hyresrättsbestånd (plan 3:7): for each unit the city owns, which
 * department manages it (FF or MEX) and how it is let, so the steering group
 * can see whether letting is uniform; the support measures in place; and
 * the disturbances reported.
 */
import { z } from 'zod';
import { choice, flag, optionalDate, optionalText, recordId, requiredDate } from '../core/fields';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

export const MANAGING_DEPARTMENTS = ['FF', 'MEX'] as const;
export type ManagingDepartment = (typeof MANAGING_DEPARTMENTS)[number];
export const LETTING_METHODS = ['kommunalt_kontrakt', 'forstahand', 'korttid', 'annat'] as const;
export type LettingMethod = (typeof LETTING_METHODS)[number];
export const lettingMethodLabels: Record<LettingMethod, string> = {
  kommunalt_kontrakt: 'Kommunalt kontrakt (andra hand)',
  forstahand: 'Förstahandskontrakt',
  korttid: 'Korttidsuthyrning',
  annat: 'Annat',
};

export const cityUnitLabels = {
  unitId: 'Bostad',
  managingDepartment: 'Förvaltare',
  lettingMethod: 'Uthyrningssätt',
  supportBoendestod: 'Boendestöd',
  supportHemtjanst: 'Hemtjänst',
  supportOther: 'Annan stödinsats',
  notes: 'Anteckningar',
  effectiveFrom: 'Gäller från',
  reportedOn: 'Anmäld',
  description: 'Beskrivning',
} as const;
const L = cityUnitLabels;

const managementShape = {
  unitId: recordId(L.unitId),
  managingDepartment: choice(L.managingDepartment, MANAGING_DEPARTMENTS),
  lettingMethod: choice(L.lettingMethod, LETTING_METHODS),
  supportBoendestod: flag(L.supportBoendestod),
  supportHemtjanst: flag(L.supportHemtjanst),
  supportOther: optionalText(L.supportOther, 200),
  notes: optionalText(L.notes, 2000),
  /** From which day this management holds (figures as of earlier dates keep the previous); empty = today. */
  effectiveFrom: optionalDate(L.effectiveFrom).default(null),
};
export const cityUnitInputSchema = z.object(managementShape);
export const cityUnitUpdateSchema = z.object({ ...managementShape, ...recordRefSchema.shape });
export type CityUnitValues = z.output<typeof cityUnitInputSchema>;

export const cityUnitRowSchema = recordMetaSchema.extend({
  unitId: z.number().int(),
  managingDepartment: z.enum(MANAGING_DEPARTMENTS),
  lettingMethod: z.enum(LETTING_METHODS),
  supportBoendestod: z.boolean(),
  supportHemtjanst: z.boolean(),
  supportOther: z.string().nullable(),
  notes: z.string().nullable(),
});
export type CityUnitRow = z.infer<typeof cityUnitRowSchema>;

export const disturbanceInputSchema = z.object({
  unitId: recordId(L.unitId),
  reportedOn: requiredDate(L.reportedOn),
  description: optionalText(L.description, 2000),
});
export type DisturbanceValues = z.output<typeof disturbanceInputSchema>;
export const disturbanceRowSchema = recordMetaSchema.extend({
  unitId: z.number().int(),
  reportedOn: z.string(),
  description: z.string().nullable(),
});
export type DisturbanceRow = z.infer<typeof disturbanceRowSchema>;

const unitRef = z.object({ unitId: z.number().int().positive() });

export const cityUnitProcedures = {
  'cityUnits.forUnit': query(unitRef, cityUnitRowSchema.nullable()),
  'cityUnits.create': mutation(cityUnitInputSchema, cityUnitRowSchema),
  'cityUnits.update': mutation(cityUnitUpdateSchema, cityUnitRowSchema),
  'cityUnits.disturbances': query(unitRef, z.array(disturbanceRowSchema)),
  'cityUnits.reportDisturbance': mutation(disturbanceInputSchema, disturbanceRowSchema),
};

/** Förvaltningar: the city's departments (FF, SOF, AMF, VOF, SLF, MEX). */
import { z } from 'zod';
import { requiredText } from '../core/fields';
import { query, mutation } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

export const departmentFields = {
  code: requiredText('Kod', 10).transform((v) => v.toUpperCase()),
  name: requiredText('Namn', 200),
};
export const departmentInputSchema = z.object(departmentFields);

export const departmentSchema = recordMetaSchema.extend({ code: z.string(), name: z.string() });
export type Department = z.infer<typeof departmentSchema>;

/** The departments the plan names, seeded by the first migration. */
export const SEEDED_DEPARTMENTS = [
  { code: 'FF', name: 'Fastighetsförvaltningen' },
  { code: 'SOF', name: 'Socialförvaltningen' },
  { code: 'AMF', name: 'Arbetsmarknadsförvaltningen' },
  { code: 'VOF', name: 'Vård- och omsorgsförvaltningen' },
  { code: 'SLF', name: 'Stadsledningsförvaltningen' },
  { code: 'MEX', name: 'Mark- och exploateringsenheten' },
] as const;

export const departmentProcedures = {
  'departments.list': query(z.object({ includeArchived: z.boolean().default(false) }), z.array(departmentSchema)),
  'departments.create': mutation(departmentInputSchema, departmentSchema),
  'departments.update': mutation(departmentInputSchema.extend(recordRefSchema.shape), departmentSchema),
  'departments.archive': mutation(recordRefSchema, departmentSchema),
  'departments.restore': mutation(recordRefSchema, departmentSchema),
};

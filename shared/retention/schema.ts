/**
 * Gallring (retention): rules FF sets in Inställningar, each with its legal
 * basis written beside it. A dry run counts what each rule would remove; a
 * run replaces the personal data with a tombstone ("gallrad 2026-12-01
 * enligt regel …") and keeps what the follow-up counts: the records, their
 * dates, units, sizes and amounts.
 */
import { z } from 'zod';
import { integer, optionalText, problem } from '../core/fields';
import { mutation, query } from '../core/procedure';

export const RETENTION_RULES = ['households', 'leases', 'audit'] as const;
export type RetentionRule = (typeof RETENTION_RULES)[number];

export const retentionLabels = {
  householdYears: 'Hushåll: år efter sista kontraktets slut',
  householdBasis: 'Hushåll: rättslig grund',
  leaseYears: 'Avslutade hyresavtal: år efter slutdatum',
  leaseBasis: 'Avslutade hyresavtal: rättslig grund',
  auditYears: 'Ändringshistorik: år',
  auditBasis: 'Ändringshistorik: rättslig grund',
} as const;
const L = retentionLabels;

export const retentionSettingsSchema = z.object({
  householdYears: integer(L.householdYears, { min: 1, max: 100 }),
  householdBasis: optionalText(L.householdBasis, 500),
  leaseYears: integer(L.leaseYears, { min: 1, max: 100 }),
  leaseBasis: optionalText(L.leaseBasis, 500),
  auditYears: integer(L.auditYears, { min: 1, max: 100 }),
  auditBasis: optionalText(L.auditBasis, 500),
});
export type RetentionSettings = z.output<typeof retentionSettingsSchema>;

export const ruleNames: Record<RetentionRule, string> = {
  households: 'Personuppgifter i hushåll',
  leases: 'Avslutade hyresavtal',
  audit: 'Ändringshistorik',
};

export const ruleResultSchema = z.object({
  rule: z.enum(RETENTION_RULES),
  name: z.string(),
  years: z.number().int(),
  basis: z.string().nullable(),
  /** Records ending before this day are gallrade. */
  cutoff: z.string(),
  count: z.number().int(),
  /** The records (households, leases, audit rows) the rule takes. */
  ids: z.array(z.number().int()),
});
export type RuleResult = z.infer<typeof ruleResultSchema>;

export const retentionResultSchema = z.object({
  dryRun: z.boolean(),
  date: z.string(),
  rules: z.array(ruleResultSchema),
  /** The printable report (the documents layout). */
  html: z.string(),
});
export type RetentionResult = z.infer<typeof retentionResultSchema>;

export const retentionProcedures = {
  'retention.dryRun': query(z.object({}), retentionResultSchema, 'admin'),
  'retention.run': mutation(
    z.object({
      confirm: z.literal(true, { error: problem('Bekräftelse', 'bekräfta att gallringen ska köras') }),
    }),
    retentionResultSchema,
    'admin',
  ),
};

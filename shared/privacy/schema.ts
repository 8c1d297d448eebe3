/**
 * Personal data, accounted for (issue 16): every look at a whole
 * personnummer is an audit row (Visa personnummer, an export or a printout
 * with them, a registerutdrag), reported per user and month; and the
 * registerutdrag (GDPR art. 15) of everything held on one person.
 */
import { z } from 'zod';
import { query, mutation } from '../core/procedure';
import { identityNumberField } from '../households/schema';

/** The audit actions that showed someone whole personnummer. */
export const IDENTITY_READ_ACTIONS = ['view-identity', 'export', 'print', 'extract'] as const;
export type IdentityReadAction = (typeof IDENTITY_READ_ACTIONS)[number];

export const identityReadLabels: Record<IdentityReadAction, string> = {
  'view-identity': 'Visa personnummer',
  export: 'Export med personnummer',
  print: 'Utskrift med personnummer',
  extract: 'Registerutdrag',
};

export const identityReadRowSchema = z.object({
  /** `YYYY-MM` */
  month: z.string(),
  login: z.string(),
  displayName: z.string(),
  views: z.number().int(),
  exports: z.number().int(),
  prints: z.number().int(),
  extracts: z.number().int(),
});
export type IdentityReadRow = z.infer<typeof identityReadRowSchema>;

const auditLineSchema = z.object({
  at: z.string(),
  actor: z.string(),
  actorName: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  /** What changed, as stored (the person's own numbers included: it is their extract). */
  details: z.string().nullable(),
});

const recordLineSchema = z.record(z.string(), z.unknown());

/** Everything the registers hold on one person, for them (GDPR art. 15). */
export const registerExtractSchema = z.object({
  identityNumber: z.string(),
  name: z.string().nullable(),
  madeAt: z.string(),
  madeBy: z.string(),
  households: z.array(recordLineSchema),
  members: z.array(recordLineSchema),
  contracts: z.array(recordLineSchema),
  guarantees: z.array(recordLineSchema),
  placements: z.array(recordLineSchema),
  newcomerPeriods: z.array(recordLineSchema),
  /** Discharges from custody, care or treatment (plan 3:2) and risks of eviction (3:8). */
  discharges: z.array(recordLineSchema),
  evictionRisks: z.array(recordLineSchema),
  history: z.array(auditLineSchema),
  /** Who has seen the person's whole number, when and how. */
  identityReads: z.array(auditLineSchema),
  /** The PDF's HTML (the documents renderer) and the machine-readable JSON. */
  html: z.string(),
  json: z.string(),
  fileName: z.string(),
});
export type RegisterExtract = z.infer<typeof registerExtractSchema>;

export const privacyProcedures = {
  'privacy.identityReads': query(z.object({}), z.array(identityReadRowSchema), 'admin'),
  'privacy.registerExtract': mutation(z.object({ identityNumber: identityNumberField }), registerExtractSchema),
};

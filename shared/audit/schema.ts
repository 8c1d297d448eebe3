/** The audit log: who changed what, when, and the record before and after. */
import { z } from 'zod';
import { query } from '../core/procedure';

export const auditActionLabels: Record<string, string> = {
  create: 'Skapad',
  update: 'Ändrad',
  archive: 'Arkiverad',
  restore: 'Återställd',
  export: 'Exporterad',
  print: 'Utskriven',
  activate: 'Aktivering',
  phase: 'Fasbyte',
  terminate: 'Uppsägning registrerad',
  end: 'Avslutad',
  let: 'Uthyrd på kommunalt kontrakt',
  vacate: 'Ledig efter avslutat kontrakt',
  members: 'Personer i hushållet',
  link: 'Kopplad till hyresavtal',
  'view-identity': 'Personnummer visade',
  extract: 'Registerutdrag',
  role: 'Roll ändrad',
  gallring: 'Gallrad',
};

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  actorName: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  action: z.string(),
  /** Field name → [before, after], for the fields that changed. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditProcedures = {
  'audit.forRecord': query(
    z.object({ entity: z.string().max(40), id: z.number().int().positive() }),
    z.array(auditEntrySchema),
  ),
};

/**
 * Backups and restore, for the System → Säkerhetskopior screen and the
 * desktop's Arkiv menu. A restore names a backup from the list (never a
 * path), so the browser host can offer it without reading arbitrary files.
 */
import { z } from 'zod';
import { command, query } from '../core/procedure';

export const backupRowSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  reason: z.enum(['manuell', 'daglig', 'fore-migrering', 'fore-aterstallning']),
  sizeBytes: z.number().int(),
});
export type BackupRow = z.infer<typeof backupRowSchema>;

export const BACKUP_REASON_LABELS: Record<BackupRow['reason'], string> = {
  manuell: 'Manuell',
  daglig: 'Daglig',
  'fore-migrering': 'Före uppdatering av databasen',
  'fore-aterstallning': 'Före återställning',
};

export const backupStatusSchema = z.object({
  /** False where the engine's backups are not ours to make (PostgreSQL without pg_dump). */
  supported: z.boolean(),
  /** Where the copies go, or who owns backups when not supported. */
  location: z.string(),
  backups: z.array(backupRowSchema),
  /** The file failed its start-up check: opened read-only, `problems` say why. */
  damaged: z.object({ problems: z.array(z.string()), latestGood: z.string().nullable() }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const backupProcedures = {
  'backups.status': query(z.object({}), backupStatusSchema),
  /** Makes a backup now. Its own work, not a transaction: VACUUM INTO cannot run inside one. */
  'backups.create': command(z.object({}), backupRowSchema),
  /** Checks the backup, keeps the current file aside, replaces the database and tells everyone to reload. */
  'backups.restore': {
    ...command(
      z.object({ name: z.string().min(1, 'Välj en säkerhetskopia') }),
      z.object({ restored: z.string(), keptAside: z.string().nullable() }),
      'admin',
    ),
    worksReadOnly: true as const,
  },
};

/**
 * Backups and restore behind one interface per engine: SQLite copies the
 * file (db/backup.ts) and restores through SQLite's backup API; PostgreSQL
 * runs pg_dump / pg_restore where installed (db/pgBackup.ts), and where
 * not, says that the city's IT owns the server's backups.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupRow, BackupStatus } from '../../shared/backups/schema';
import { AppError } from '../../shared/core/result';
import { DEFAULT_BACKUPS } from '../../shared/settings/defaults';
import { backupDir, createBackup, integrityProblems, listBackups, type BackupReason } from '../db/backup';
import {
  createPgBackup,
  findPgTools,
  listPgBackups,
  pgBackupMigrations,
  pgBackupProblems,
  restorePgBackup,
  type PgTools,
} from '../db/pgBackup';
import { refreshPlannerStatistics } from '../db/dialect';
import { openRawSqlite } from '../db/rawSqlite';
import { knownMigrationNames } from '../db/migrate';
import { appendAudit } from './audit';
import type { BackEnd } from './context';

export interface Maintenance {
  /** False where backups are not ours to make (a server without pg_dump here). */
  supported: boolean;
  status(): Promise<BackupStatus>;
  backup(reason: BackupReason): Promise<BackupRow>;
  /** Restores the named backup; the back end reopens the database afterwards. */
  restore(name: string): Promise<{ restored: string; keptAside: string | null }>;
}

function row(b: { name: string; createdAt: string; reason: BackupRow['reason']; sizeBytes: number }): BackupRow {
  return { name: b.name, createdAt: b.createdAt, reason: b.reason, sizeBytes: b.sizeBytes };
}

/** The kept count from Inställningar (read straight: this runs outside procedures too). */
async function keepCount(backEnd: BackEnd): Promise<number> {
  try {
    const stored = await backEnd.database.knex('settings').where({ key: 'backups' }).first('value');
    const n = stored ? Number((JSON.parse(stored.value) as { keepCount?: unknown }).keepCount) : NaN;
    return Number.isInteger(n) && n > 0 ? n : DEFAULT_BACKUPS.keepCount;
  } catch {
    return DEFAULT_BACKUPS.keepCount;
  }
}

async function backupMigrationsUnknownHere(file: string): Promise<string[]> {
  const db = await openRawSqlite(file, { readOnly: true });
  try {
    const names = (await db.all<{ name: string }>('select name from knex_migrations')).map((r) => r.name);
    return fromNewerVersion(names);
  } finally {
    await db.close();
  }
}

/**
 * The engine's backups: file copies on SQLite; on a server, pg_dump's where
 * it is installed here, else the server's owners'.
 */
export function maintenanceFor(backEnd: BackEnd): Maintenance {
  if (backEnd.database.kind === 'sqlite') return sqliteMaintenance(backEnd);
  const tools = findPgTools();
  return tools ? pgMaintenance(backEnd, tools) : serverOwnedBackups();
}

/** The restore's audit row and the word to every other app on the database to reload. */
async function auditRestore(backEnd: BackEnd, maintenance: Maintenance, restored: string, keptAside: string | null) {
  await backEnd.database.knex.transaction(async (trx) => {
    await appendAudit(
      {
        db: trx,
        actor: backEnd.actor,
        // Only an administratör reaches a restore (dispatch checked the role).
        role: 'administrator',
        clock: backEnd.clock,
        info: backEnd.info(),
        maintenance,
      },
      { entity: 'database', entityId: null, action: 'restore', after: { restored, keptAside } },
    );
    await backEnd.changes.announceReload(trx);
  });
}

function damaged(name: string, problems: string[], check: string): AppError {
  return new AppError('VALIDATION', `Säkerhetskopian ${name} är skadad och återställs inte: ${problems.join('; ')}`, {
    fields: { name: `säkerhetskopian klarar inte kontrollen (${check})` },
  });
}

function fromNewerVersion(migrations: string[]): string[] {
  const known = new Set(knownMigrationNames());
  return migrations.filter((n) => !known.has(n));
}

function newerVersion(name: string, newer: string[]): AppError {
  return new AppError(
    'VALIDATION',
    `Säkerhetskopian ${name} kommer från en nyare version av Bostadsportföljen (${newer.join(', ')}). Installera den senaste versionen först.`,
  );
}

/**
 * PostgreSQL with pg_dump / pg_restore on this machine: copies in a folder
 * of this machine's (BackEnd.serverBackupDir), the same list, kept count,
 * checks and audit as the file's.
 */
export function pgMaintenance(backEnd: BackEnd, tools: PgTools): Maintenance {
  const url = () => (backEnd.database.target as { url: string }).url;
  const dir = () => backEnd.serverBackupDir;
  return {
    supported: true,
    async status() {
      return { supported: true, location: dir(), backups: listPgBackups(dir(), url()).map(row), damaged: null };
    },

    async backup(reason) {
      return row(await createPgBackup(tools, url(), dir(), reason, await keepCount(backEnd)));
    },

    async restore(name) {
      const found = listPgBackups(dir(), url()).find((b) => b.name === name);
      if (!found) throw new AppError('NOT_FOUND', `Säkerhetskopian ${name} finns inte i ${dir()}.`);
      const problems = await pgBackupProblems(tools, found.file);
      if (problems.length > 0) throw damaged(name, problems, 'pg_restore');
      const newer = fromNewerVersion(await pgBackupMigrations(tools, found.file));
      if (newer.length > 0) throw newerVersion(name, newer);

      // The database as it is now is kept first: a restore can itself be undone.
      const keptAside = (
        await createPgBackup(tools, url(), dir(), 'fore-aterstallning', 1 + (await keepCount(backEnd)))
      ).name;
      // This app's connections are closed while pg_restore replaces the
      // tables in one transaction; the reopen migrates an older backup forward.
      await backEnd.reopen(() => restorePgBackup(tools, url(), found.file));
      // pg_restore brings the rows back but not the planner's statistics.
      await refreshPlannerStatistics(backEnd.database.knex);
      await auditRestore(backEnd, this, name, keptAside);
      return { restored: name, keptAside };
    },
  };
}

/**
 * A database server's backups belong to those who run it (the city's IT):
 * the screen says so and offers nothing it cannot do. Where pg_dump and
 * pg_restore are installed here, pgMaintenance makes copies with them.
 */
export function serverOwnedBackups(): Maintenance {
  const message =
    'Databasen ligger på stadens databasserver. Säkerhetskopior och återställning sköts av IT; kontakta IT-servicedesk.';
  return {
    supported: false,
    status: async () => ({ supported: false, location: message, backups: [], damaged: null }),
    backup: async () => {
      throw new AppError('FORBIDDEN', message);
    },
    restore: async () => {
      throw new AppError('FORBIDDEN', message);
    },
  };
}

export function sqliteMaintenance(backEnd: BackEnd): Maintenance {
  const dbPath = () => backEnd.database.path;
  return {
    supported: true,
    async status() {
      const backups = listBackups(dbPath());
      const latestGood = backups.find((b) => b.reason !== 'fore-aterstallning') ?? null;
      return {
        supported: true,
        location: backupDir(dbPath()),
        backups: backups.map(row),
        damaged:
          backEnd.health.problems.length > 0
            ? { problems: backEnd.health.problems, latestGood: latestGood?.name ?? null }
            : null,
      };
    },

    async backup(reason) {
      if (backEnd.database.readOnly)
        throw new AppError(
          'FORBIDDEN',
          'Databasen är skadad och öppnad skrivskyddad: en kopia av den vore inte en säkerhetskopia. Återställ i stället den senaste hela säkerhetskopian.',
        );
      return row(await createBackup(backEnd.database.knex, dbPath(), reason, await keepCount(backEnd)));
    },

    async restore(name) {
      const found = listBackups(dbPath()).find((b) => b.name === name);
      if (!found) throw new AppError('NOT_FOUND', `Säkerhetskopian ${name} finns inte i ${backupDir(dbPath())}.`);
      const problems = await integrityProblems(found.file);
      if (problems.length > 0) throw damaged(name, problems, 'integrity_check');
      const newer = await backupMigrationsUnknownHere(found.file);
      if (newer.length > 0) throw newerVersion(name, newer);

      // The current file is kept aside first: a restore can itself be undone.
      let keptAside: string;
      if (backEnd.database.readOnly) {
        const aside = path.join(
          backupDir(dbPath()),
          `${path.basename(dbPath()).replace(/\.[^.]*$/, '')}-${new Date().toISOString().replace(/[:.]/g, '-')}-fore-aterstallning.sqlite`,
        );
        fs.copyFileSync(dbPath(), aside);
        keptAside = path.basename(aside);
      } else {
        keptAside = (
          await createBackup(backEnd.database.knex, dbPath(), 'fore-aterstallning', 1 + (await keepCount(backEnd)))
        ).name;
      }

      await backEnd.reopen(async () => {
        const live = await openRawSqlite(dbPath(), { readOnly: false });
        try {
          await live.restoreFrom(found.file);
        } finally {
          await live.close();
        }
      });
      await auditRestore(backEnd, this, name, keptAside);
      return { restored: name, keptAside };
    },
  };
}

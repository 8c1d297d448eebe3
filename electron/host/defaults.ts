import path from 'node:path';

/** The browser host's database when none is named (relative to the working folder). */
export const DEFAULT_HOST_DB = path.join('data', 'bostadsportfoljen.sqlite');
/** Where pg_dump's copies go when the host runs on PostgreSQL: beside the default database file. */
export const DEFAULT_HOST_BACKUPS = path.join('data', 'sakerhetskopior');

/** Starts the back end both transports share: database, clock and actor. */
import packageJson from '../../package.json';
import { openDatabase, type Database } from '../db/connection';
import { removeStaleExports } from '../features/exports/jobs';
import { osLogin, registerActor } from '../features/users/service';
import { createClock, type BackEnd } from './context';

export interface BackEndOptions {
  databasePath: string;
  /** Fixes today's date (tests); defaults to BOSTAD_TODAY or the real date. */
  today?: string;
  /** Overrides the OS login (tests simulating two colleagues). */
  login?: string;
}

/** The browser host, the CLIs and tests: opens (and migrates) the file itself. */
export async function startBackEnd(options: BackEndOptions): Promise<BackEnd> {
  const database = await openDatabase(options.databasePath);
  const today = options.today ?? process.env['BOSTAD_TODAY'];
  return backEndOn(database, { ...(today ? { today } : {}), ...(options.login ? { login: options.login } : {}) });
}

/**
 * The back end over a database already opened and checked (the desktop
 * start). `today` is passed only where a fixed date is allowed.
 */
export async function backEndOn(database: Database, options: { today?: string; login?: string }): Promise<BackEnd> {
  const clock = createClock(options.today);
  removeStaleExports();
  const actor = await registerActor(database.knex, options.login ?? osLogin(), clock.now());
  return { database, clock, actor, appVersion: packageJson.version };
}

/** Starts the back end both transports share: database, clock and actor. */
import packageJson from '../../package.json';
import { openDatabase } from '../db/connection';
import type { DbTarget } from '../db/target';
import { osLogin, registerActor } from '../features/users/service';
import { createClock, type BackEnd } from './context';

export interface BackEndOptions {
  /** A SQLite file path, a postgres:// URL, or a target from target.ts. */
  databasePath: string | DbTarget;
  /** Fixes today's date (tests); defaults to BOSTAD_TODAY or the real date. */
  today?: string;
  /** Overrides the OS login (tests simulating two colleagues). */
  login?: string;
}

export async function startBackEnd(options: BackEndOptions): Promise<BackEnd> {
  const database = await openDatabase(options.databasePath);
  const clock = createClock(options.today ?? process.env['BOSTAD_TODAY']);
  const actor = await registerActor(database.knex, options.login ?? osLogin(), clock.now());
  return { database, clock, actor, appVersion: packageJson.version };
}

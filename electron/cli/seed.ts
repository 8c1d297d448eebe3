/**
 * `npm run seed -- --demo` fills a database with a few hundred realistic,
 * fictional records; `--scale N` adds N units for benchmarks.
 * `--db <file>` (or BOSTAD_DB), or `--db-url postgres://…` (or BOSTAD_DB_URL),
 * picks the database; default as the browser host.
 */
import { startBackEnd } from '../core/backEnd';
import { bulkUnits, seedBestand } from '../demo/bestand';
import { seedFollowup } from '../demo/followup';
import { seedHouseholds } from '../demo/households';
import { seedLandAgreements } from '../demo/landAgreements';
import { seedLeases } from '../demo/leases';
import { seedOnward } from '../demo/onward';
import { Random } from '../demo/random';
import { dbTargetFrom } from '../db/target';
import { DEFAULT_HOST_DB } from '../host/defaults';
import { option } from './args';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const databasePath = dbTargetFrom(args, process.env, DEFAULT_HOST_DB);
  const scale = option(args, 'scale');
  if (!args.includes('--demo') && scale === undefined) {
    console.error('Ange --demo (demodata) eller --scale N (N bostäder för prestandamätning).');
    process.exit(2);
  }
  const backEnd = await startBackEnd({ databasePath });
  await backEnd.dailyJobRun();
  const random = new Random();
  const started = Date.now();
  if (args.includes('--demo')) {
    const existing = Number(((await backEnd.database.knex('units').count({ n: '*' }).first()) as { n: number }).n);
    if (existing > 0) {
      console.error(
        `Databasen ${backEnd.database.path} har redan ${existing} bostäder; demodata läggs bara i en tom databas.`,
      );
      process.exit(2);
    }
    const bestand = await seedBestand(backEnd, random, 300);
    await seedLeases(backEnd, random, bestand);
    await seedHouseholds(backEnd, random, bestand);
    await seedOnward(backEnd, random, bestand);
    await seedLandAgreements(backEnd, random, bestand);
    await seedFollowup(backEnd, random);
  }
  if (scale !== undefined) {
    const n = Number(scale);
    if (!Number.isInteger(n) || n < 1) throw new Error('--scale måste vara ett positivt heltal');
    await bulkUnits(backEnd, random, n);
  }
  console.log(`Klart på ${((Date.now() - started) / 1000).toFixed(1)} s: ${backEnd.database.path}`);
  await backEnd.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

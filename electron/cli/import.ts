/**
 * `npm run import -- --register leases --file lista.xlsx [--mapping m.json]
 * [--dry-run] [--create-missing] [--approved] [--sheet Blad1] [--db file |
 * --db-url postgres://…]`: the same import as the screen, through the same
 * procedures, printing the same report (importCommand.ts). The mapping file
 * maps headings to fields: { "Avtalsnr": "leaseNumber" }.
 */
import { startBackEnd } from '../core/backEnd';
import { dbTargetFrom } from '../db/target';
import { DEFAULT_HOST_DB } from '../host/defaults';
import { option } from './args';
import { importArguments, IMPORT_USAGE, runImportCommand } from './importCommand';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const parsed = importArguments(args);
  if (!parsed.ok) {
    console.error(parsed.message);
    console.error(IMPORT_USAGE);
    process.exit(2);
  }
  const backEnd = await startBackEnd({
    databasePath: dbTargetFrom(args, process.env, DEFAULT_HOST_DB),
    ...(option(args, 'today') ? { today: option(args, 'today')! } : {}),
  });
  try {
    // The day's deadlines and rents first, as the import's checks read them.
    await backEnd.dailyJobRun();
    process.exitCode = await runImportCommand(backEnd, args, {
      log: (line) => console.log(line),
      error: (line) => console.error(line),
    });
  } finally {
    await backEnd.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

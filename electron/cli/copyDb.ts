/**
 * `npm run copy-db -- --from file.sqlite --to postgres://…`: moves a
 * department's file to the server (electron/db/copy.ts). Prints each
 * table's rows and checksum; exits 1, having written nothing, when the
 * target is not empty or a table does not come out equal.
 */
import { copyDatabase } from '../db/copy';
import { describeTarget, parseDbTarget } from '../db/target';
import { option } from './args';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const from = option(args, 'from');
  const to = option(args, 'to') ?? process.env['BOSTAD_DB_URL'];
  if (!from || !to) {
    console.error('Ange --from <fil.sqlite> och --to postgres://användare@värd:port/databas (eller BOSTAD_DB_URL).');
    process.exit(2);
  }
  const target = parseDbTarget(to);
  const started = Date.now();
  const tables = await copyDatabase(from, target, (line) => console.log(line));
  const rows = tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Klart på ${((Date.now() - started) / 1000).toFixed(1)} s: ${tables.length} tabeller, ${rows} rader från ${from} till ${describeTarget(target)}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

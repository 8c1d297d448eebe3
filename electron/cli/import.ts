/**
 * `npm run import -- --register leases --file lista.xlsx [--mapping m.json]
 * [--dry-run] [--create-missing] [--approved] [--sheet Blad1] [--db file]`:
 * the same import as the screen, through the same procedures, printing the
 * same report (outcome per row, refused rows with their reasons, the batch).
 * The mapping file maps headings to fields: { "Avtalsnr": "leaseNumber" }.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import {
  IMPORT_REGISTERS,
  importFields,
  importRegisterLabels,
  type ImportRegister,
} from '../../shared/imports/registers';
import { rowOutcomeLabels } from '../../shared/imports/schema';
import { startBackEnd } from '../core/backEnd';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { storeUpload } from '../features/imports/uploads';
import { DEFAULT_HOST_DB } from '../host/defaults';
import { option } from './args';

async function call<K extends ProcedureName>(
  backEnd: BackEnd,
  name: K,
  input: InputOf<Api[K]>,
): Promise<OutputOf<Api[K]>> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as OutputOf<Api[K]>;
}

function usage(message: string): never {
  console.error(message);
  console.error(
    `Användning: npm run import -- --register ${IMPORT_REGISTERS.join('|')} --file lista.xlsx [--mapping m.json] [--dry-run] [--create-missing] [--approved]`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const register = option(args, 'register') as ImportRegister | undefined;
  const file = option(args, 'file');
  if (!register || !IMPORT_REGISTERS.includes(register)) usage('Ange --register.');
  if (!file) usage('Ange --file.');
  const mappingFile = option(args, 'mapping');
  const sheet = option(args, 'sheet');
  const dryRun = args.includes('--dry-run');
  const backEnd = await startBackEnd({
    databasePath: option(args, 'db') ?? process.env['BOSTAD_DB'] ?? DEFAULT_HOST_DB,
    ...(option(args, 'today') ? { today: option(args, 'today')! } : {}),
  });
  try {
    const { uploadId } = storeUpload(fs.readFileSync(file), path.basename(file));
    const inspect = await call(backEnd, 'imports.inspect', { uploadId, register, ...(sheet ? { sheet } : {}) });
    let mapping = inspect.columns.map((c) => c.field);
    if (mappingFile) {
      const byHeading = JSON.parse(fs.readFileSync(mappingFile, 'utf8')) as Record<string, string | null>;
      mapping = inspect.columns.map((c) => (c.heading in byHeading ? (byHeading[c.heading] ?? null) : c.field));
    }
    const labels = new Map(importFields[register].map((f) => [f.key, f.label]));
    console.log(
      `${importRegisterLabels[register]} från ${inspect.fileName}, blad ${inspect.sheet}, rubriker på rad ${inspect.headerRow + 1}, ${inspect.dataRows} rader`,
    );
    for (const c of inspect.columns)
      if (c.heading) console.log(`  ${c.heading} → ${c.field ? labels.get(c.field) : '(läses inte in)'}`);
    const request = {
      uploadId,
      register,
      sheet: inspect.sheet,
      headerRow: inspect.headerRow,
      mapping,
      createMissing: args.includes('--create-missing'),
    };
    const preview = await call(backEnd, 'imports.preview', request);
    const { counts } = preview;
    console.log(
      `Ny: ${counts.new}  Uppdateras: ${counts.update}  Oförändrad: ${counts.unchanged}  Avvisas: ${counts.refused}`,
    );
    for (const row of preview.rows.filter((r) => r.outcome === 'refused'))
      console.log(
        `  Rad ${row.rowNumber} (${rowOutcomeLabels[row.outcome]}): ${row.problems.map((p) => p.message).join(' ')}`,
      );
    if (dryRun) {
      console.log('Provkörning: ingenting lästes in.');
      return;
    }
    let job = await call(backEnd, 'imports.start', {
      ...request,
      mode: args.includes('--approved') ? 'approved' : 'all',
    });
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 200));
      job = await call(backEnd, 'imports.status', { id: job.id });
    }
    if (job.status !== 'done') {
      console.error(job.message ?? 'Inläsningen misslyckades.');
      process.exitCode = 1;
      return;
    }
    console.log(`Inläsning ${job.batchId} klar: ${job.counts?.new ?? 0} nya, ${job.counts?.update ?? 0} uppdaterade.`);
  } finally {
    await backEnd.database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

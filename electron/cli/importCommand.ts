/**
 * The import command's work, apart from the process around it, so a test
 * can run it against a test database and read what it prints: the same
 * procedures as the screen (inspect, preview, start, status), the same
 * report (outcome counts, refused rows with their reasons, the batch).
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  IMPORT_REGISTERS,
  importFields,
  importRegisterLabels,
  type ImportRegister,
} from '../../shared/imports/registers';
import { rowOutcomeLabels } from '../../shared/imports/schema';
import type { BackEnd } from '../core/context';
import { callProcedure, RefusedCall } from '../core/callProcedure';
import { importFinished } from '../features/imports/service';
import { storeUpload } from '../features/imports/uploads';
import { option } from './args';

export const IMPORT_USAGE = `Användning: npm run import -- --register ${IMPORT_REGISTERS.join('|')} --file lista.xlsx [--mapping m.json] [--dry-run] [--create-missing] [--approved] [--sheet Blad1] [--db fil | --db-url postgres://…]`;

export interface CommandOutput {
  log(line: string): void;
  error(line: string): void;
}

/** What the command line names, or the Swedish reason it cannot run. */
export function importArguments(
  args: readonly string[],
): { ok: true; register: ImportRegister; file: string } | { ok: false; message: string } {
  const register = option(args, 'register');
  if (!register || !(IMPORT_REGISTERS as readonly string[]).includes(register))
    return { ok: false, message: `Ange --register (${IMPORT_REGISTERS.join(', ')}).` };
  const file = option(args, 'file');
  if (!file) return { ok: false, message: 'Ange --file.' };
  return { ok: true, register: register as ImportRegister, file };
}

/** Runs one import; the exit code: 0 done (or checked), 1 refused or failed, 2 a wrong command line. */
export async function runImportCommand(backEnd: BackEnd, args: readonly string[], out: CommandOutput): Promise<number> {
  const parsed = importArguments(args);
  if (!parsed.ok) {
    out.error(parsed.message);
    out.error(IMPORT_USAGE);
    return 2;
  }
  const { register, file } = parsed;
  const mappingFile = option(args, 'mapping');
  const sheet = option(args, 'sheet');
  try {
    const { uploadId } = storeUpload(fs.readFileSync(file), path.basename(file));
    const inspect = await callProcedure(backEnd, 'imports.inspect', {
      uploadId,
      register,
      ...(sheet ? { sheet } : {}),
    });
    let mapping = inspect.columns.map((c) => c.field);
    if (mappingFile) {
      // Headings to field keys, { "Avtalsnr": "leaseNumber" }; a heading left out keeps its guess.
      const byHeading = JSON.parse(fs.readFileSync(mappingFile, 'utf8')) as Record<string, string | null>;
      mapping = inspect.columns.map((c) => (c.heading in byHeading ? (byHeading[c.heading] ?? null) : c.field));
    }
    const labels = new Map(importFields[register].map((f) => [f.key, f.label]));
    out.log(
      `${importRegisterLabels[register]} från ${inspect.fileName}, blad ${inspect.sheet}, rubriker på rad ${inspect.headerRow + 1}, ${inspect.dataRows} rader`,
    );
    for (const [i, c] of inspect.columns.entries()) {
      const field = mapping[i];
      if (c.heading) out.log(`  ${c.heading} → ${field ? (labels.get(field) ?? field) : '(läses inte in)'}`);
    }
    const request = {
      uploadId,
      register,
      sheet: inspect.sheet,
      headerRow: inspect.headerRow,
      mapping,
      createMissing: args.includes('--create-missing'),
    };
    const preview = await callProcedure(backEnd, 'imports.preview', request);
    const { counts } = preview;
    out.log(
      `Ny: ${counts.new}  Uppdateras: ${counts.update}  Oförändrad: ${counts.unchanged}  Avvisas: ${counts.refused}`,
    );
    for (const row of preview.rows.filter((r) => r.outcome === 'refused'))
      out.log(
        `  Rad ${row.rowNumber} (${rowOutcomeLabels[row.outcome]}): ${row.problems.map((p) => p.message).join(' ')}`,
      );
    if (args.includes('--dry-run')) {
      out.log('Provkörning: ingenting lästes in.');
      return counts.refused > 0 ? 1 : 0;
    }
    let job = await callProcedure(backEnd, 'imports.start', {
      ...request,
      mode: args.includes('--approved') ? 'approved' : 'all',
    });
    // Waited for in this process rather than polled through dispatch: every call reads the caller's
    // role, and on SQLite that waits for the one connection a long import's transaction holds.
    if (job.status === 'running') job = await importFinished(job.id);
    if (job.status !== 'done') {
      out.error(job.message ?? 'Inläsningen misslyckades.');
      return 1;
    }
    out.log(`Inläsning ${job.batchId} klar: ${job.counts?.new ?? 0} nya, ${job.counts?.update ?? 0} uppdaterade.`);
    return 0;
  } catch (error: unknown) {
    // A refusal is told as the user would read it in the app, without the procedure's name.
    out.error(
      error instanceof RefusedCall ? error.refusal.message : error instanceof Error ? error.message : String(error),
    );
    return 1;
  }
}

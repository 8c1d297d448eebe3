/** Shared by the export tests: wait for a job, read files like a second client would. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportJob } from '../../shared/exports/schema';
import type { TestBackEnd } from './testBackEnd';

export async function waitForJob(t: TestBackEnd, job: ExportJob, timeoutMs = 60_000): Promise<ExportJob> {
  const until = Date.now() + timeoutMs;
  let current = job;
  while (current.status === 'running') {
    if (Date.now() > until) throw new Error(`export ${job.id} did not finish`);
    await new Promise((r) => setTimeout(r, 50));
    current = await t.call('exports.status', { id: job.id });
  }
  return current;
}

/** LibreOffice, headless, as a real second reader: converts a workbook's first sheet to CSV. */
export function libreOfficeToCsv(xlsx: string, outDir: string): string {
  execFileSync(
    'soffice',
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${path.join(outDir, 'lo-profile')}`,
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):59,34,76,1',
      '--outdir',
      outDir,
      xlsx,
    ],
    {
      stdio: 'pipe',
      timeout: 120_000,
    },
  );
  return fs.readFileSync(path.join(outDir, `${path.basename(xlsx, '.xlsx')}.csv`), 'utf8');
}

/** Splits one CSV line with `;` and `"` quoting (as LibreOffice and Excel write it). */
export function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** Whether LibreOffice, the second reader of our files, is installed here. */
export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/**
 * `npm run bench -- import`: a lease list of N rows (N units, 500
 * landlords, created on the spot) written as xlsx, then imported through
 * dispatch as the screen does it: from handing over the file to committed
 * rows, with the full validation. Prints time and peak RSS per size.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import { importFinished } from '../features/imports/service';
import { storeUpload } from '../features/imports/uploads';
import type { Figures } from './benchFigures';
import { directInsertMs } from './benchImportDirect';
import { round } from './benchUtil';

/** A valid organisationsnummer (Luhn, digits 3–4 ≥ 20) from a counter. */
function orgNumber(i: number): string {
  const nine = `55${20 + (i % 80)}${String(100000 + i).slice(1)}`.slice(0, 9);
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    let v = Number(nine[k]) * (k % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return `${nine.slice(0, 6)}-${nine.slice(6)}${(10 - (sum % 10)) % 10}`;
}

export async function leaseListXlsx(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Hyresavtal');
  ws.addRow(['Hyresavtal, bänkprov']);
  ws.addRow([]);
  ws.addRow([
    'Avtalsnr',
    'Hyresvärd',
    'Org.nr',
    'Objektnr',
    'Adress',
    'Förvaltning',
    'Fr.o.m.',
    'T.o.m.',
    'Uppsägningstid',
    'Förlängning',
    'Årshyra',
    'Värme ingår',
  ]);
  const departments = ['SOF', 'AMF', 'VOF', 'FF'];
  for (let i = 0; i < rows; i++) {
    const landlord = i % 500;
    const fixed = i % 3 === 0;
    ws.addRow([
      `B-${String(i + 1).padStart(6, '0')}`,
      `Fastighets AB ${landlord}`,
      orgNumber(landlord),
      `OBJ-${i + 1}`,
      `Bänkgatan ${i + 1}`,
      departments[i % 4],
      new Date(Date.UTC(2020 + (i % 6), i % 12, 1)),
      fixed ? new Date(Date.UTC(2027 + (i % 3), 11, 31)) : null,
      fixed ? '9 mån' : '3 mån',
      fixed ? '3 år' : null,
      60_000 + (i % 100) * 1000,
      i % 2 === 0 ? 'Ja' : '',
    ]);
  }
  ws.addRow(['Summa']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const FIGURE = {
  name: 'import: lease list from xlsx to committed rows (with its landlords and units)',
  aim: '10 000 rows in at most 3 s, growing linearly (0.3 ms a row)',
  reference: 'the same rows inserted into an empty database with direct SQL (prepared statements, one transaction)',
  met: (m: { ms?: number }, size: number) => m.ms !== undefined && m.ms <= 0.3 * size,
};

export async function benchImport(backEnd: BackEnd, figures: Figures, rows: number): Promise<void> {
  await figures.measure(FIGURE, rows, 60 * 60 * 1000, async () => {
    const m = await importOnce(backEnd, rows);
    const { totalMs, peakRssMB, rssBeforeMB, ...facts } = m;
    const direct = await directInsertMs(backEnd.database.path);
    return {
      ms: totalMs,
      refMs: round(direct.ms),
      peakRssMb: peakRssMB,
      rssGrowthMb: round(peakRssMB - rssBeforeMB),
      facts: { ...facts, directRows: direct.rows },
    };
  });
}

async function importOnce(
  backEnd: BackEnd,
  rows: number,
): Promise<{ totalMs: number; peakRssMB: number; rssBeforeMB: number } & Record<string, number>> {
  const bytes = await leaseListXlsx(rows);
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const start = performance.now();
  const { uploadId } = storeUpload(bytes, 'hyresavtal.xlsx');
  const inspect = await callProcedure(backEnd, 'imports.inspect', { uploadId, register: 'leases' });
  const opened = performance.now();
  let job = await callProcedure(backEnd, 'imports.start', {
    uploadId,
    register: 'leases',
    sheet: inspect.sheet,
    headerRow: inspect.headerRow,
    mapping: inspect.columns.map((c) => c.field),
    createMissing: true,
    mode: 'all',
  });
  // Waited for in the process, not polled through dispatch: each call reads the caller's role, and
  // on SQLite that waits for the one connection the import's transaction holds (60 s at most).
  if (job.status === 'running') job = await importFinished(job.id);
  const total = performance.now() - start;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (job.status !== 'done') throw new Error(job.message ?? job.status);
  const count = async (table: string) =>
    Number(((await backEnd.database.knex(table).count({ n: '*' }).first()) as { n: number }).n);
  return {
    rows,
    fileMB: round(bytes.length / 1024 / 1024),
    openAndMapMs: round(opened - start),
    totalMs: round(total),
    rowsPerSecond: Math.round(rows / (total / 1000)),
    peakRssMB: round(peakRss / 1024 / 1024),
    rssBeforeMB: round(rssBefore / 1024 / 1024),
    leases: await count('leases'),
    units: await count('units'),
    landlords: await count('organisations'),
    auditRows: await count('auditLog'),
  };
}

/**
 * Exports at each size, from the database to the finished file: the
 * portfolio workbook (leases + units) beside LibreOffice converting the
 * same lease rows from CSV in the same run; the lease CSV; where the time
 * goes (the narrow read alone, each writer alone on rows already in memory,
 * the lean writer beside ExcelJS's); and what an export running costs a
 * colleague's list call.
 */
import { callProcedure } from '../core/callProcedure';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportJob } from '../../shared/exports/schema';
import { leasePortfolioColumns } from '../../shared/leases/columns';
import type { BackEnd } from '../core/context';
import type { ServiceContext } from '../core/context';
import { finishedExportFile } from '../features/exports/jobs';
import { planNarrowRead, readNarrow } from '../features/exports/narrowRead';
import { exportSources } from '../features/exports/sources';
import { leanXlsxBook, type XlsxBook } from '../features/exports/xlsxWriter';
import { excelJsBook } from './benchExcelJs';
import type { Figures } from './benchFigures';
import { UNIT_LIST_QUERY } from './benchLists';
import { median, medianMs, round, sampled } from './benchUtil';

async function waitForJob(backEnd: BackEnd, job: ExportJob): Promise<ExportJob> {
  while (job.status === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = await callProcedure(backEnd, 'exports.status', { id: job.id });
  }
  if (job.status !== 'done') throw new Error(`export ${job.status}: ${job.message ?? ''}`);
  return job;
}

/** LibreOffice converting a CSV to xlsx, under /usr/bin/time for its peak memory. */
function libreOfficeConvert(csv: string): { ms: number; peakRssMb: number | null } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-bench-lo-'));
  const args = [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
    '--convert-to',
    'xlsx',
    '--outdir',
    dir,
    csv,
  ];
  const timed = fs.existsSync('/usr/bin/time');
  const started = performance.now();
  const run = timed
    ? spawnSync('/usr/bin/time', ['-v', 'soffice', ...args], { encoding: 'utf8', timeout: 600_000 })
    : spawnSync('soffice', args, { encoding: 'utf8', timeout: 600_000 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`LibreOffice failed: ${run.stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms: round(ms), peakRssMb: kb ? Math.round(Number(kb[1]) / 1024) : null };
}

function contextOf(backEnd: BackEnd): ServiceContext {
  return {
    db: backEnd.database.knex,
    actor: backEnd.actor,
    // The bench measures the writer, not roles: it acts as the registers' handläggare.
    role: 'handlaggare',
    clock: backEnd.clock,
    info: backEnd.info(),
    maintenance: backEnd.maintenance,
  };
}

const leasesCsv = (backEnd: BackEnd) =>
  callProcedure(backEnd, 'exports.start', {
    source: 'leases',
    title: 'Hyresavtal',
    format: 'csv',
    columns: leasePortfolioColumns,
    query: {},
  });

export async function benchExport(backEnd: BackEnd, figures: Figures, size: number): Promise<void> {
  // The CSV first: LibreOffice converts that very file.
  let csvFile: string | null = null;
  await figures.measure(
    {
      name: 'leases CSV (25 columns), DB → file',
      aim: '≤ 1 s at 100 000 rows (≤ 10 µs a row + 50 ms)',
      met: (m, n) => (m.ms ?? Infinity) <= 50 + n * 0.01,
    },
    size,
    300_000,
    async () => {
      const run = await sampled(async () => waitForJob(backEnd, await leasesCsv(backEnd)));
      csvFile = finishedExportFile(run.value.id).file;
      return {
        ms: run.ms,
        peakRssMb: run.peakRssMb,
        rssGrowthMb: run.rssGrowthMb,
        facts: { rows: run.value.rowsWritten },
      };
    },
  );

  let libreOfficeMs: number | undefined;
  if (csvFile) {
    await figures.measure(
      { name: 'LibreOffice: lease CSV → xlsx (reference)', aim: 'reference for the portfolio workbook' },
      size,
      600_000,
      async () => {
        const lo = libreOfficeConvert(csvFile!);
        libreOfficeMs = lo.ms;
        return { ms: lo.ms, ...(lo.peakRssMb === null ? {} : { peakRssMb: lo.peakRssMb }) };
      },
    );
  }

  await figures.measure(
    {
      name: 'portfolio workbook (leases + units), DB → file',
      aim: '≥ 3× faster than LibreOffice converting the lease rows (ratio ≤ 0.33), peak RSS ≤ 250 MB',
      reference: 'LibreOffice converting the lease CSV of the same run',
      met: (m) => (m.ratio ?? Infinity) <= 0.33 && (m.peakRssMb ?? Infinity) <= 250,
    },
    size,
    600_000,
    async () => {
      const run = await sampled(async () => waitForJob(backEnd, await callProcedure(backEnd, 'exports.portfolio', {})));
      const file = finishedExportFile(run.value.id).file;
      return {
        ms: run.ms,
        peakRssMb: run.peakRssMb,
        rssGrowthMb: run.rssGrowthMb,
        ...(libreOfficeMs ? { refMs: libreOfficeMs } : {}),
        facts: { rows: run.value.rowsWritten, fileMb: round(fs.statSync(file).size / 1024 / 1024) },
      };
    },
  );

  // Where the time goes: the narrow read alone, then each writer alone on the rows in memory.
  const ctx = contextOf(backEnd);
  const leases = exportSources['leases']!;
  let rows: Record<string, unknown>[] = [];
  await figures.measure(
    { name: 'export read alone: lease sheet columns, in list order', aim: 'information: the read part of an export' },
    size,
    300_000,
    async () => {
      const run = await sampled(async () => {
        const plan = await planNarrowRead(ctx, leases.narrow!, leases.parse({}), leasePortfolioColumns);
        const read: Record<string, unknown>[] = [];
        for await (const chunk of readNarrow(ctx, plan!)) read.push(...chunk);
        return read;
      });
      rows = run.value;
      return { ms: run.ms, peakRssMb: run.peakRssMb, facts: { rows: rows.length } };
    },
  );
  const writeAll = async (book: XlsxBook) => {
    const sheet = book.addSheet('Hyresavtal', leasePortfolioColumns);
    for (let i = 0; i < rows.length; i++) {
      sheet.addRow(rows[i]!);
      if (i % 1000 === 999) await sheet.flush();
    }
    await sheet.finish();
    await book.close();
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-bench-writers-'));
  try {
    let excelJsMs: number | undefined;
    await figures.measure(
      { name: 'writer alone: ExcelJS streaming, lease sheet', aim: 'reference for the lean writer' },
      size,
      300_000,
      async () => {
        const run = await sampled(() => writeAll(excelJsBook(path.join(dir, 'exceljs.xlsx'))));
        excelJsMs = run.ms;
        return { ms: run.ms, peakRssMb: run.peakRssMb, rssGrowthMb: run.rssGrowthMb };
      },
    );
    await figures.measure(
      {
        name: 'writer alone: lean OOXML (native zip), lease sheet',
        aim: 'faster than ExcelJS on the same rows (ratio < 1)',
        reference: 'ExcelJS streaming writer, same rows',
        met: (m) => (m.ratio ?? Infinity) < 1,
      },
      size,
      300_000,
      async () => {
        const run = await sampled(() => writeAll(leanXlsxBook(path.join(dir, 'lean.xlsx'))));
        return {
          ms: run.ms,
          peakRssMb: run.peakRssMb,
          rssGrowthMb: run.rssGrowthMb,
          ...(excelJsMs ? { refMs: excelJsMs } : {}),
        };
      },
    );
  } finally {
    rows = [];
    fs.rmSync(dir, { recursive: true, force: true });
  }

  await figures.measure(
    {
      name: 'units.list while a portfolio export runs',
      aim: '≤ 2× the same call with no export running',
      reference: 'the same call, no export running',
      met: (m) => (m.ratio ?? Infinity) <= 2,
    },
    size,
    600_000,
    async () => {
      const call = () => callProcedure(backEnd, 'units.list', UNIT_LIST_QUERY);
      const refMs = await medianMs(call, 15, 2);
      const job = await callProcedure(backEnd, 'exports.portfolio', {});
      const times: number[] = [];
      let current = job;
      while (current.status === 'running') {
        const started = performance.now();
        await call();
        times.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 10));
        current = await callProcedure(backEnd, 'exports.status', { id: job.id });
      }
      return {
        ms: times.length ? round(median(times)) : refMs,
        refMs,
        facts: { calls: times.length, worstMs: times.length ? round(Math.max(...times)) : 0 },
      };
    },
  );
}

/**
 * The portfolio workbook at scale, from the database to the finished file:
 * time and peak memory, measured beside LibreOffice converting the same
 * lease rows from CSV to xlsx in the same run (so the ratio is measured,
 * not remembered). And one kommunalt kontrakt to PDF.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { leasePortfolioColumns } from '../../shared/leases/columns';
import type { ExportJob } from '../../shared/exports/schema';
import type { BackEnd } from '../core/context';
import { dispatch } from '../core/dispatch';
import { DEMO_PERSONNUMMER } from '../demo/testPersonnummer';
import { finishedExportFile } from '../features/exports/jobs';
import { closePdfRenderer, htmlToPdf } from '../host/pdf';
import { median, round } from './benchUtil';

async function ok<T>(backEnd: BackEnd, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** Runs an export job to the end, sampling this process's memory while it runs. */
export async function timedJob(
  backEnd: BackEnd,
  start: () => Promise<ExportJob>,
): Promise<{ ms: number; peakRssMb: number; rssGrowthMb: number; file: string; rows: number }> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let job = await start();
  while (job.status === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    job = await ok<ExportJob>(backEnd, 'exports.status', { id: job.id });
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  if (job.status !== 'done') throw new Error(`export ${job.status}: ${job.message ?? ''}`);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  return {
    ms: round(ms),
    peakRssMb: mb(peak),
    rssGrowthMb: mb(peak - baseline),
    file: finishedExportFile(job.id).file,
    rows: job.rowsWritten,
  };
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

export async function benchPortfolio(backEnd: BackEnd): Promise<Record<string, unknown>> {
  const workbook = await timedJob(backEnd, () => ok<ExportJob>(backEnd, 'exports.portfolio', {}));
  const csv = await timedJob(backEnd, () =>
    ok<ExportJob>(backEnd, 'exports.start', {
      source: 'leases',
      title: 'Hyresavtal',
      format: 'csv',
      columns: leasePortfolioColumns,
      query: {},
    }),
  );
  const lo = libreOfficeConvert(csv.file);
  return {
    portfolioWorkbook: {
      ms: workbook.ms,
      peakRssMb: workbook.peakRssMb,
      rssGrowthMb: workbook.rssGrowthMb,
      rows: workbook.rows,
      fileMb: round(fs.statSync(workbook.file).size / 1024 / 1024),
    },
    leasesCsv: { ms: csv.ms, rows: csv.rows },
    libreOfficeCsvToXlsx: lo,
    workbookVsLibreOffice: round(workbook.ms / lo.ms),
  };
}

/** One kommunalt kontrakt, from the database to PDF bytes (warm Chromium), median of 7. */
export async function benchContractPdf(backEnd: BackEnd): Promise<Record<string, number>> {
  const departments = await ok<{ id: number; code: string }[]>(backEnd, 'departments.list', {});
  const ff = departments.find((d) => d.code === 'FF')!.id;
  const sof = departments.find((d) => d.code === 'SOF')!.id;
  const unit = await ok<{ id: number }>(backEnd, 'units.create', {
    objectNumber: 'BENCH-PDF-1',
    kind: 'modulbostad',
    use: 'akutboende',
    address: 'Benchgatan 1',
    postalCode: null,
    district: null,
    rooms: 1,
    areaM2: 25,
    floor: null,
    responsibleDepartmentId: ff,
    ownerType: 'staden',
    ownerOrganisationId: null,
    site: 'Benchtomten',
    permitEndDate: null,
    status: 'ledig',
    notes: null,
  });
  const household = await ok<{ id: number }>(backEnd, 'households.create', {
    members: [{ name: 'Bench Benchsson', identityNumber: DEMO_PERSONNUMMER[0]!, isHolder: true }],
    householdSize: 1,
    childrenCount: 0,
    targetGroup: 'ovrigt',
    referringDepartmentId: sof,
    caseworkerName: null,
    caseworkerPhone: null,
    caseworkerEmail: null,
    phone: null,
    email: null,
    postalAddress: null,
    notes: null,
  });
  const contract = await ok<{ id: number }>(backEnd, 'contracts.create', {
    unitId: unit.id,
    householdId: household.id,
    referringDepartmentId: sof,
    startDate: backEnd.clock.today(),
    endDate: '2028-12-31',
    monthlyRent: 550_000,
    waiverGround: 'Genomgångsbostad i väntan på eget kontrakt.',
    waiverStatus: 'ansokan_inskickad',
    waiverApplicationDate: backEnd.clock.today(),
    waiverDecisionDate: null,
    waiverCaseNumber: null,
    landlordNotifiedDate: null,
    notes: null,
    acknowledgeWarnings: true,
  });
  const once = async () => {
    const doc = await ok<{ html: string }>(backEnd, 'documents.render', { kind: 'contract', ids: [contract.id] });
    return htmlToPdf(doc.html);
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  await closePdfRenderer();
  return { contractPdfMs: round(median(times)) };
}

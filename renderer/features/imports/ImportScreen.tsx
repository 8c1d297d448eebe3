/**
 * Läs in från Excel: choose the register and the file, map the columns,
 * preview every row (fixing refused ones), write the import as one batch,
 * and see or revert earlier batches.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatNumber } from '../../../shared/core/format';
import {
  IMPORT_REGISTERS,
  importFields,
  importRegisterLabels,
  type ImportRegister,
} from '../../../shared/imports/registers';
import type { ImportRequest, InspectResult, PreviewResult, Upload } from '../../../shared/imports/schema';
import { errorMessage } from '../../api/client';
import { ExportProgress } from '../../components/export/ExportProgress';
import { useExportJob } from '../../components/export/useExportJob';
import { platform } from '../../platform/platform';
import { navigate, useRoute } from '../../router';
import { BatchesList } from './BatchesList';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportJob } from './useImportJob';
import { importsApi } from './importsApi';

/** Where each register's own screen is, to go and see the result. */
const REGISTER_ROUTES: Record<ImportRegister, string> = {
  organisations: 'organisationer',
  units: 'bostader',
  leases: 'hyresavtal',
  households: 'hushall',
  contracts: 'kontrakt',
  landAgreements: 'markanvisningar',
  landDeliveries: 'markanvisningar',
  guarantees: 'garantier',
  kpi: 'kpi',
};

function isRegister(value: string | undefined): value is ImportRegister {
  return (IMPORT_REGISTERS as readonly string[]).includes(value ?? '');
}

export function ImportScreen() {
  const [, param] = useRoute();
  const [register, setRegister] = useState<ImportRegister>(isRegister(param) ? param : 'leases');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [inspect, setInspect] = useState<InspectResult | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [createMissing, setCreateMissing] = useState(false);
  const [fixes, setFixes] = useState<Record<string, Record<string, string>>>({});
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [batchesToken, setBatchesToken] = useState(0);
  const importJob = useImportJob();
  const report = useExportJob();
  const fields = importFields[register];

  useEffect(() => {
    if (isRegister(param)) setRegister(param);
  }, [param]);

  const runInspect = useCallback(async (uploadId: string, reg: ImportRegister, sheet?: string, headerRow?: number) => {
    setError(null);
    setPreview(null);
    setFixes({});
    try {
      const result = await importsApi.inspect({
        uploadId,
        register: reg,
        ...(sheet !== undefined ? { sheet } : {}),
        ...(headerRow !== undefined ? { headerRow } : {}),
      });
      setInspect(result);
      setMapping(result.columns.map((c) => c.field));
    } catch (e) {
      setInspect(null);
      setError(errorMessage(e));
    }
  }, []);

  const chooseFile = async () => {
    setError(null);
    setDone(null);
    try {
      const chosen = await platform.openImportFile();
      if (!chosen) return;
      setUpload(chosen);
      await runInspect(chosen.uploadId, register);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const request = (extraFixes = fixes): ImportRequest | null =>
    upload && inspect
      ? {
          uploadId: upload.uploadId,
          register,
          sheet: inspect.sheet,
          headerRow: inspect.headerRow,
          mapping,
          createMissing,
          fixes: extraFixes,
        }
      : null;

  const runPreview = async (extraFixes = fixes) => {
    const input = request(extraFixes);
    if (!input) return;
    setError(null);
    try {
      setPreview(await importsApi.preview(input));
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    }
  };

  const recheck = async (rowNumber: number, fix: Record<string, string>) => {
    const next = { ...fixes, [String(rowNumber)]: fix };
    setFixes(next);
    await runPreview(next);
  };

  const write = async (mode: 'all' | 'approved') => {
    const input = request();
    if (!input) return;
    setError(null);
    const job = await importJob.run(() => importsApi.start({ ...input, mode }));
    if (!job) return;
    if (job.status === 'done') {
      setDone(
        `Inläsning ${job.batchId} klar: ${formatNumber(job.counts?.new ?? 0)} nya och ${formatNumber(job.counts?.update ?? 0)} uppdaterade ${importRegisterLabels[register].toLowerCase()}.`,
      );
      setPreview(null);
      setInspect(null);
      setUpload(null);
      setBatchesToken((t) => t + 1);
    } else setError(job.message ?? 'Inläsningen misslyckades. Ingenting lästes in.');
  };

  const counts = preview?.counts;
  const running = importJob.job?.status === 'running';
  const share = importJob.job?.totalRows ? importJob.job.rowsDone / importJob.job.totalRows : 0;

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>Läs in från Excel</h1>
      </header>
      <section className="card" aria-label="Fil">
        <div className="inline-form">
          <label>
            Register{' '}
            <select
              aria-label="Register"
              value={register}
              onChange={(e) => {
                const reg = e.target.value as ImportRegister;
                setRegister(reg);
                if (upload) void runInspect(upload.uploadId, reg);
              }}
            >
              {IMPORT_REGISTERS.map((r) => (
                <option key={r} value={r}>
                  {importRegisterLabels[r]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void chooseFile()}>
            Välj fil…
          </button>
          {upload ? (
            <span>
              {upload.fileName} <span className="muted">({formatNumber(Math.ceil(upload.size / 1024))} kB)</span>
            </span>
          ) : (
            <span className="muted">Excel-arbetsbok (.xlsx) eller CSV-fil, högst 50 MB.</span>
          )}
        </div>
      </section>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      {done ? (
        <div className="banner info" role="status">
          {done}{' '}
          <button type="button" className="link" onClick={() => navigate(REGISTER_ROUTES[register])}>
            Visa {importRegisterLabels[register].toLowerCase()}
          </button>
        </div>
      ) : null}
      {inspect && upload ? (
        <>
          <MappingStep
            inspect={inspect}
            fields={fields}
            mapping={mapping}
            onMapping={(m) => {
              setMapping(m);
              setPreview(null);
            }}
            onSheet={(sheet) => void runInspect(upload.uploadId, register, sheet)}
            onHeaderRow={(row) => void runInspect(upload.uploadId, register, inspect.sheet, row)}
          />
          <div className="inline-form">
            {register === 'leases' ? (
              <label className="toggle">
                <input type="checkbox" checked={createMissing} onChange={(e) => setCreateMissing(e.target.checked)} />{' '}
                Skapa hyresvärdar och bostäder som saknas
              </label>
            ) : null}
            <button type="button" onClick={() => void runPreview()}>
              Förhandsgranska
            </button>
          </div>
        </>
      ) : null}
      {preview && counts ? (
        <>
          <div className="tiles" role="status" aria-label="Utfall">
            <div className="tile">
              <div className="tile-value">{formatNumber(counts.new)}</div>
              <div className="tile-label">nya</div>
            </div>
            <div className="tile">
              <div className="tile-value">{formatNumber(counts.update)}</div>
              <div className="tile-label">uppdateras</div>
            </div>
            <div className="tile">
              <div className="tile-value">{formatNumber(counts.unchanged)}</div>
              <div className="tile-label">oförändrade</div>
            </div>
            <div className={`tile${counts.refused > 0 ? ' overdue' : ''}`}>
              <div className="tile-value">{formatNumber(counts.refused)}</div>
              <div className="tile-label">avvisas</div>
            </div>
          </div>
          <PreviewStep preview={preview} fields={fields} mapping={mapping} fixes={fixes} onRecheck={recheck} />
          {running ? (
            <div className="export-progress" role="status">
              <progress max={1} value={share} aria-label="Läser in" />
              <span>
                Läser in {formatNumber(importJob.job?.rowsDone ?? 0)}
                {importJob.job?.totalRows ? ` av ${formatNumber(importJob.job.totalRows)}` : ''} rader…
              </span>
              <button type="button" onClick={importJob.cancel}>
                Avbryt
              </button>
            </div>
          ) : (
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                disabled={counts.refused > 0 || counts.new + counts.update === 0}
                title={
                  counts.refused > 0 ? 'Rätta de avvisade raderna först, eller läs in de godkända raderna.' : undefined
                }
                onClick={() => void write('all')}
              >
                Läs in
              </button>
              {counts.refused > 0 ? (
                <>
                  <button
                    type="button"
                    disabled={counts.new + counts.update === 0}
                    onClick={() => void write('approved')}
                  >
                    Läs in de godkända raderna
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      const input = request();
                      if (input) void report.run(() => importsApi.errorReport(input));
                    }}
                  >
                    Spara avvisade rader som Excel
                  </button>
                </>
              ) : null}
              <ExportProgress state={report} />
            </div>
          )}
          {importJob.error ? (
            <div className="banner error" role="alert">
              {importJob.error}
            </div>
          ) : null}
        </>
      ) : null}
      <BatchesList refreshToken={batchesToken} />
    </div>
  );
}

/** Progress of a running export, with Avbryt; then the outcome. */
import { formatNumber } from '../../../shared/core/format';
import type { ExportJobState } from './useExportJob';

export function ExportProgress({ state }: { state: ExportJobState }) {
  const { job, error, saved, cancel } = state;
  if (job) {
    const share = job.totalRows ? Math.min(1, job.rowsWritten / job.totalRows) : 0;
    return (
      <div className="export-progress" role="status">
        <progress max={1} value={share} aria-label="Exporterar" />
        <span>
          Exporterar {formatNumber(job.rowsWritten)}
          {job.totalRows !== null ? ` av ${formatNumber(job.totalRows)}` : ''} rader…
        </span>
        <button type="button" onClick={cancel}>
          Avbryt
        </button>
      </div>
    );
  }
  if (error)
    return (
      <span className="export-result error" role="alert">
        {error}
      </span>
    );
  if (saved)
    return (
      <span className="export-result" role="status">
        Sparad: {saved}
      </span>
    );
  return null;
}

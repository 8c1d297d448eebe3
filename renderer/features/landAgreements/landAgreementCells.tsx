/** The progress bar and status label, in the grid and in the form alike. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { LAND_AGREEMENT_STATUS_LABELS, type LandAgreementStatus } from '../../../shared/landAgreements/rules';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';

export function ProgressBar({
  delivered,
  owed,
  status,
}: {
  delivered: number;
  owed: number;
  status: LandAgreementStatus;
}) {
  const share = owed <= 0 ? 1 : Math.min(1, delivered / owed);
  return (
    <div className={`progress status-${status}`}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={`Lämnat ${delivered} av ${owed}`}
        aria-valuemin={0}
        aria-valuemax={owed}
        aria-valuenow={Math.min(delivered, owed)}
      >
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="progress-text">
        {delivered}/{owed}
      </span>
    </div>
  );
}

export function StatusPill({ status }: { status: LandAgreementStatus }) {
  return <span className={`status-pill status-${status}`}>{LAND_AGREEMENT_STATUS_LABELS[status]}</span>;
}

export function ProgressCell(props: CustomCellRendererProps<LandAgreementRow>) {
  const row = props.data;
  return row ? <ProgressBar delivered={row.deliveredCount} owed={row.owedDwellings} status={row.status} /> : null;
}

export function StatusCell(props: CustomCellRendererProps<LandAgreementRow>) {
  return props.data ? <StatusPill status={props.data.status} /> : null;
}

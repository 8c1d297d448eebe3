/** One kommunalt kontrakt: where it stands and what comes next, its terms, its phases and its history. */
import { useMemo } from 'react';
import {
  contractLabels,
  contractPhaseLabels,
  contractStatusLabels,
  endReasonLabels,
  waiverStatusLabels,
  type ContractRow,
} from '../../../shared/contracts/schema';
import { formatMoney } from '../../../shared/core/money';
import { RecordHistory } from '../../components/RecordHistory';
import { ContractForm } from './ContractForm';
import { ContractStatusPanel } from './ContractStatusPanel';
import { PrintButton } from '../documents/PrintButton';
import { PhaseHistory } from './PhaseHistory';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { SubletLetterPanel } from '../letters/SubletLetterPanel';
import { WaiverApplicationPanel } from '../letters/WaiverApplicationPanel';

interface Props {
  contract: ContractRow;
  today: string;
  onChanged(): void;
  onClose(): void;
}

// Ids (unit, household, department) are fixed once in force and shown in the header instead.
const {
  unitId: _u,
  householdId: _h,
  referringDepartmentId: _d,
  acknowledgeWarnings: _a,
  contractNumber: _n,
  ...historyLabels
} = contractLabels;

const choiceLabels: Record<string, Record<string, string>> = {
  status: contractStatusLabels,
  phase: contractPhaseLabels,
  waiverStatus: waiverStatusLabels,
  endReason: endReasonLabels,
};

function formatValue(c: ContractRow, field: string, value: unknown): string | null {
  if (field in choiceLabels) return choiceLabels[field]![String(value)] ?? null;
  // The log keeps the lease's id; the contract knows the number of the lease it sits on now.
  if (field === 'leaseId')
    return value === c.leaseId && c.leaseNumber ? c.leaseNumber : `avtal nr ${String(value)} i registret`;
  if (field === 'monthlyRent' && typeof value === 'number') return formatMoney(value);
  if (field === 'acknowledgedWarnings' && typeof value === 'string') return (JSON.parse(value) as string[]).join(' ');
  return null;
}

/** The terms of an ended contract, read-only: it is a public record. */
function EndedTerms({ c }: { c: ContractRow }) {
  const rows: [string, string | null][] = [
    [contractLabels.startDate, c.startDate],
    [contractLabels.endDate, c.endDate],
    [contractLabels.monthlyRent, formatMoney(c.monthlyRent)],
    [contractLabels.referringDepartmentId, c.referringDepartmentCode],
    [
      contractLabels.leaseId,
      c.leaseNumber &&
        `${c.leaseNumber}, ${c.leaseLandlordName ?? ''}, ${c.leaseStartDate ?? ''} – ${c.leaseEndsOn ?? 'löper på'}`,
    ],
    [contractLabels.waiverGround, c.waiverGround],
    [contractLabels.waiverStatus, waiverStatusLabels[c.waiverStatus]],
    [
      contractLabels.waiverDecisionDate,
      c.waiverDecisionDate && `${c.waiverDecisionDate} (${c.waiverCaseNumber ?? ''})`,
    ],
    [
      contractLabels.landlordNotifiedDate,
      c.landlordNotifiedDate ?? (c.leaseSubletNotifiedDate && `${c.leaseSubletNotifiedDate}, för hela hyresavtalet`),
    ],
    [contractLabels.noticeDate, c.noticeDate],
    [contractLabels.endedOn, c.endedOn],
    [contractLabels.endReason, c.endReason && endReasonLabels[c.endReason]],
    [contractLabels.endNote, c.endNote],
    [contractLabels.notes, c.notes],
  ];
  return (
    <dl className="terms">
      {rows
        .filter(([, v]) => v)
        .map(([label, v]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

export function ContractView({ contract: c, today, onChanged, onClose }: Props) {
  const labels = useMemo(() => historyLabels, []);
  const format = useMemo(() => (field: string, value: unknown) => formatValue(c, field, value), [c]);
  return (
    <>
      <ContractStatusPanel key={`state-${c.version}`} contract={c} today={today} onChanged={onChanged} />
      <div className="form-actions">
        <PrintButton kind="contract" ids={[c.id]} label="Skriv ut kontrakt…" />
        <PrintButton kind="infoMaterial" label="Informationsmaterial…" />
      </div>
      {c.acknowledgedWarnings.length > 0 ? (
        <div className="banner conflict">
          <strong>Bekräftad varning:</strong> {c.acknowledgedWarnings.join(' ')}
        </div>
      ) : null}
      {c.status === 'avslutat' ? (
        <section className="form-section">
          <div className="banner info">Kontraktet är avslutat och är en allmän handling: uppgifterna ändras inte.</div>
          <EndedTerms c={c} />
        </section>
      ) : (
        <ContractForm key={`terms-${c.version}`} contract={c} onSaved={onChanged} onClose={onClose} />
      )}
      <section className="form-section">
        <h3>Faser (process 3:4)</h3>
        <PhaseHistory key={c.version} contractId={c.id} />
      </section>
      {c.unitIsRented ? (
        <SubletLetterPanel
          key={`letter-${c.version}`}
          owner="contract"
          record={{ id: c.id, version: c.version }}
          notifiedOn={c.landlordNotifiedDate ?? c.leaseSubletNotifiedDate}
          onChanged={onChanged}
        />
      ) : null}
      {c.status === 'avslutat' ? null : (
        <WaiverApplicationPanel key={`waiver-${c.version}`} contract={c} onChanged={onChanged} />
      )}
      <AttachmentsPanel owner="contract" ownerId={c.id} />
      <section className="form-section">
        <h3>Historik</h3>
        <RecordHistory key={c.version} entity="contract" id={c.id} labels={labels} formatValue={format} />
      </section>
    </>
  );
}

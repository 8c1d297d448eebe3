/**
 * Ansökan till hyresnämnden (12:45 a) on a kommunalt kontrakt: print the
 * application, log it as sent (the waiver is then "ansökan inskickad"),
 * and when the hyresnämnd has decided, register the decision: its date,
 * case number and whether the waiver was approved. Both go on the contract
 * through the edit cycle's action form, at the version shown: a colleague's
 * change of the contract in between is reported, not overwritten.
 */
import { waiverStatusLabels, type WaiverStatus } from '../../../shared/contracts/schema';
import { letterLabels, logSentInputSchema, registerDecisionInputSchema } from '../../../shared/letters/schema';
import { letterKindLabels } from '../../../shared/letters/templates';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useToday } from '../../api/system';
import { PrintButton } from '../documents/PrintButton';
import { contractsApi } from '../contracts/contractsApi';
import { lettersApi } from './lettersApi';
import { sendSpecs } from './sendSpecs';
import { SentLetters } from './SentLetters';

interface Props {
  contract: {
    id: number;
    version: number;
    waiverStatus: WaiverStatus;
    waiverApplicationDate: string | null;
    waiverDecisionDate: string | null;
    waiverCaseNumber: string | null;
  };
  onChanged(): void;
}

const decisionSpecs: FieldSpec[] = [
  { name: 'decisionDate', label: letterLabels.decisionDate, kind: 'date', required: true },
  { name: 'caseNumber', label: letterLabels.caseNumber, kind: 'text', required: true },
  {
    // A yes or no, chosen by the hyresnämnd's words rather than ticked.
    name: 'approved',
    label: letterLabels.approved,
    kind: 'flag',
    required: true,
    render: ({ id, value, invalid, describedBy, onChange }) => (
      <select
        id={id}
        name="approved"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="true">{waiverStatusLabels.godkand}</option>
        <option value="false">{waiverStatusLabels.avslagen}</option>
      </select>
    ),
  },
];

const fetchContract = (id: number) => contractsApi.get(id);

export function WaiverApplicationPanel({ contract: c, onChanged }: Props) {
  const today = useToday();
  const decided = c.waiverStatus === 'godkand' || c.waiverStatus === 'avslagen';
  const ref = { id: c.id, version: c.version };

  const status = decided
    ? `${waiverStatusLabels[c.waiverStatus]} ${c.waiverDecisionDate ?? ''}, ärende ${c.waiverCaseNumber ?? ''}.`
    : c.waiverStatus === 'ansokan_inskickad'
      ? `Ansökan skickad ${c.waiverApplicationDate ?? ''}; inget beslut registrerat.`
      : 'Ingen ansökan skickad till hyresnämnden.';

  return (
    <section className="form-section" aria-label="Ansökan till hyresnämnden">
      <h3>{letterKindLabels.waiverApplication}</h3>
      <p className={decided ? 'muted' : 'cell-warning'}>{status}</p>
      {decided ? null : (
        <>
          <PrintButton kind="waiverApplicationLetter" ids={[c.id]} label="Skriv ut ansökan…" />
          {/* The dates start at today, so the forms wait for the back end's day. */}
          {today ? (
            <>
              <ActionForm
                id={`waiver-sent-${c.id}`}
                title="Registrera ansökan som skickad"
                specs={sendSpecs}
                defaults={{ sentOn: today, method: 'post' }}
                schema={logSentInputSchema}
                record={ref}
                recordAs="records"
                fetchLatest={fetchContract}
                extra={{ kind: 'waiverApplication', owner: 'contract' }}
                submitLabel="Registrera ansökan som skickad"
                run={async (input) => {
                  await lettersApi.logSent(input);
                  onChanged();
                }}
              />
              <ActionForm
                id={`waiver-decision-${c.id}`}
                title="Hyresnämndens beslut"
                specs={decisionSpecs}
                defaults={{ decisionDate: today, caseNumber: '', approved: 'true' }}
                schema={registerDecisionInputSchema}
                record={ref}
                fetchLatest={fetchContract}
                submitLabel="Registrera beslut"
                run={async (input) => {
                  await lettersApi.registerDecision(input);
                  onChanged();
                }}
              />
            </>
          ) : null}
        </>
      )}
      <SentLetters owner="contract" id={c.id} kind="waiverApplication" />
    </section>
  );
}

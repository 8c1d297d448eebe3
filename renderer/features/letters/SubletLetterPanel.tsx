/**
 * The 12:39 letter on a contract or a lease: print it (or save it as PDF)
 * and, once it has gone out, log it as sent with the day and how. Logging
 * sets "hyresvärden underrättad" on the record, which clears Bevakning. The
 * logging is the edit cycle's action form: the record goes at the version
 * shown, so a colleague's change in between is reported, not overwritten.
 */
import { logSentInputSchema, type LetterOwner } from '../../../shared/letters/schema';
import { letterKindLabels } from '../../../shared/letters/templates';
import { ActionForm } from '../../components/form/ActionForm';
import { useToday } from '../../api/system';
import { PrintButton } from '../documents/PrintButton';
import { contractsApi } from '../contracts/contractsApi';
import { leasesApi } from '../leases/leasesApi';
import { lettersApi } from './lettersApi';
import { sendSpecs } from './sendSpecs';
import { SentLetters } from './SentLetters';

interface Props {
  owner: LetterOwner;
  record: { id: number; version: number };
  /** The day the landlord was told, if it is registered. */
  notifiedOn: string | null;
  onChanged(): void;
}

export function SubletLetterPanel({ owner, record, notifiedOn, onChanged }: Props) {
  const today = useToday();
  return (
    <section className="form-section" aria-label="Underrättelse till hyresvärden">
      <h3>{letterKindLabels.sublet1239}</h3>
      <p className={notifiedOn ? 'muted' : 'cell-warning'}>
        {notifiedOn ? `Hyresvärden underrättad ${notifiedOn}.` : 'Hyresvärden är inte underrättad.'}
      </p>
      <PrintButton
        kind={owner === 'contract' ? 'subletLetterContracts' : 'subletLetterLease'}
        ids={[record.id]}
        label="Skriv ut underrättelse…"
      />
      {/* The date starts at today, so the form waits for the back end's day. */}
      {today ? (
        <ActionForm
          id={`sublet-${owner}-${record.id}`}
          title="Registrera underrättelsen som skickad"
          specs={sendSpecs}
          defaults={{ sentOn: today, method: 'post' }}
          schema={logSentInputSchema}
          record={record}
          recordAs="records"
          fetchLatest={async (id) => (owner === 'contract' ? contractsApi.get(id) : leasesApi.get(id))}
          extra={{ kind: 'sublet1239', owner }}
          submitLabel="Registrera som skickad"
          run={async (input) => {
            await lettersApi.logSent(input);
            onChanged();
          }}
        />
      ) : null}
      <SentLetters owner={owner} id={record.id} kind="sublet1239" />
    </section>
  );
}

/**
 * Uppsägning av hyresavtal on an active lease: print the notice with its
 * mottagningsbevis, and when the landlord's signed receipt comes back,
 * register it: the notice is registered with the day of receipt. The
 * registration is the edit cycle's action form, so a colleague's change of
 * the lease in between is reported, not overwritten.
 */
import { letterLabels, registerReceiptInputSchema } from '../../../shared/letters/schema';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useToday } from '../../api/system';
import { PrintButton } from '../documents/PrintButton';
import { leasesApi } from '../leases/leasesApi';
import { lettersApi } from './lettersApi';
import { sendSpecs } from './sendSpecs';

interface Props {
  lease: { id: number; version: number };
  onChanged(): void;
}

const specs: FieldSpec[] = [
  ...sendSpecs,
  { name: 'receivedOn', label: letterLabels.receivedOn, kind: 'date', required: true },
];

export function NoticeLetterPanel({ lease, onChanged }: Props) {
  const today = useToday();
  return (
    <section className="form-section" aria-label="Uppsägning med mottagningsbevis">
      <h3>Uppsägning med mottagningsbevis</h3>
      <PrintButton kind="leaseNoticeLetter" ids={[lease.id]} label="Skriv ut uppsägning…" />
      {/* The dates start at today, so the form waits for the back end's day. */}
      {today ? (
        <ActionForm
          id={`notice-${lease.id}`}
          title="Registrera mottagningsbevis"
          specs={specs}
          defaults={{ sentOn: today, method: 'rekommenderat', receivedOn: today }}
          schema={registerReceiptInputSchema}
          record={lease}
          fetchLatest={(id) => leasesApi.get(id)}
          submitLabel="Registrera mottagningsbevis"
          run={async (input) => {
            await lettersApi.registerReceipt(input);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}

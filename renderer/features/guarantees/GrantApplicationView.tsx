/**
 * Bidragsansökan: the guarantees that qualify for Boverket's grant and are
 * not yet applied for, with what the application asks of each, for the
 * next deadline (10 March, 10 June, 10 September, 10 December). Once the
 * application is sent, they are marked as applied for and leave the list.
 */
import { useState } from 'react';
import { formatNumber, formatCount } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import { markGrantAppliedInputSchema } from '../../../shared/guarantees/schema';
import { ApiError } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { navigate } from '../../router';
import { guaranteesApi } from './guaranteesApi';

const appliedOnSpecs: FieldSpec[] = [{ name: 'appliedOn', label: 'Ansökan skickad', kind: 'date', required: true }];

export function GrantApplicationView({ today }: { today: string }) {
  const list = useProcedure('guarantees.grantList', {});
  const organisation = useProcedure('settings.organisation', {});
  const [marked, setMarked] = useState<string | null>(null);
  const data = list.data;

  if (list.error) return <div className="banner error">{list.error.message}</div>;
  if (!data) return <p className="muted">Hämtar…</p>;
  return (
    <section className="grant-application" aria-label="Bidragsansökan">
      <div className="commitment">
        <div className="commitment-owed">Nästa ansökningsdag hos Boverket: {data.deadline}</div>
        <div>
          {data.rows.length === 0
            ? 'Inga garantier att söka bidrag för just nu.'
            : `${formatCount(data.rows.length, 'garanti uppfyller', 'garantier uppfyller')} villkoren och är inte sökta: ${formatMoney(data.grantPerGuarantee)} per garanti, högst ${formatMoney(data.grantTotal)} (bidraget lämnas i mån av medel).`}
        </div>
        <div className="muted">
          Sökande kommun: {organisation.data?.value.name ?? '…'}, {organisation.data?.value.city ?? ''}. Villkor
          (förordning 2007:623, 2 §): eget förstahandskontrakt, minst sex månadshyror, minst två år, hushållet klarar
          hyran utan försörjningsstöd. Fullständiga personnummer finns i hushållets vy.
        </div>
      </div>
      {marked ? (
        <div className="banner info" role="status">
          {marked}
        </div>
      ) : null}
      {data.rows.length > 0 ? (
        <>
          <div className="table-scroll">
            <table className="simple-table compact" aria-label="Garantier att söka bidrag för">
              <thead>
                <tr>
                  <th>Hyresgäst</th>
                  <th>Personnummer</th>
                  <th>Hyresvärd</th>
                  <th>Organisationsnummer</th>
                  <th>Lägenhetens adress</th>
                  <th>Hyresvärdens referens</th>
                  <th>Månadshyra</th>
                  <th>Garantibelopp</th>
                  <th>Antal månadshyror</th>
                  <th>Gäller från</th>
                  <th>Gäller t.o.m.</th>
                  <th>Registrerad</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((g) => (
                  <tr key={g.id} onClick={() => navigate('garantier', g.id)}>
                    <td>{g.holderName}</td>
                    <td className="nowrap">{g.holderIdentityMasked}</td>
                    <td>{g.landlordName}</td>
                    <td className="nowrap">{g.landlordOrgNumber}</td>
                    <td>{g.leaseAddress}</td>
                    <td>{g.leaseReference}</td>
                    <td className="nowrap">{formatMoney(g.monthlyRent)}</td>
                    <td className="nowrap">{formatMoney(g.guaranteedAmount)}</td>
                    <td>{formatNumber(g.coveredMonths)}</td>
                    <td className="nowrap">{g.startDate}</td>
                    <td className="nowrap">{g.endDate ?? 'Tills vidare'}</td>
                    <td className="nowrap">{g.issuedOn}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ActionForm
            id="grant-applied"
            title="Markera som sökta"
            hideTitle
            specs={appliedOnSpecs}
            defaults={{ appliedOn: today }}
            schema={markGrantAppliedInputSchema}
            // Every guarantee listed, at the version shown: one a colleague changed meanwhile is refused, not overwritten.
            extra={{ guarantees: data.rows.map((g) => ({ id: g.id, version: g.version })) }}
            submitLabel="Markera alla som sökta"
            run={async (input) => {
              const result = await guaranteesApi.markGrantApplied(input).catch((e: unknown) => {
                // The conflict is shown by the form; the list is read again, so saving again marks what is stored now.
                if (e instanceof ApiError && e.code === 'CONFLICT') list.reload();
                throw e;
              });
              setMarked(
                `${formatCount(result.marked, 'garanti är markerad', 'garantier är markerade')} som sökta ${input.appliedOn}.`,
              );
              list.reload();
            }}
          />
        </>
      ) : null}
    </section>
  );
}

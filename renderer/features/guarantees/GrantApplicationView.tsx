/**
 * Bidragsansökan: the guarantees that qualify for Boverket's grant and are
 * not yet applied for, with what the application asks of each, for the
 * next deadline (10 March, 10 June, 10 September, 10 December). Once the
 * application is sent, they are marked as applied for and leave the list.
 */
import { useState } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import { formatNumber, formatCount } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';
import { guaranteesApi } from './guaranteesApi';

export function GrantApplicationView({ today }: { today: string }) {
  const list = useProcedure('guarantees.grantList', {});
  const organisation = useProcedure('settings.organisation', {});
  const [appliedOn, setAppliedOn] = useState(today);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const data = list.data;

  const markApplied = async () => {
    if (!data) return;
    const date = parseDateInput(appliedOn);
    if (!date) {
      setMessage({ kind: 'error', text: 'Ansökan skickad: ange ett giltigt datum som ÅÅÅÅ-MM-DD.' });
      return;
    }
    try {
      const { marked } = await guaranteesApi.markGrantApplied(data.rows, date);
      setMessage({
        kind: 'info',
        text: `${formatCount(marked, 'garanti är markerad', 'garantier är markerade')} som sökta ${date}.`,
      });
      list.reload();
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };

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
      {message ? (
        <div className={`banner ${message.kind}`} role="status">
          {message.text}
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
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void markApplied();
            }}
          >
            <label htmlFor="grant-applied-on">Ansökan skickad</label>
            <input id="grant-applied-on" value={appliedOn} onChange={(e) => setAppliedOn(e.target.value)} size={12} />
            <button type="submit" className="primary">
              Markera alla som sökta
            </button>
          </form>
        </>
      ) : null}
    </section>
  );
}

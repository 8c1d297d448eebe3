/** The dwellings handed over under one agreement, with register, change and remove. */
import { useState } from 'react';
import type { LandDeliveryRow } from '../../../shared/landAgreements/deliveries';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import { unitKindLabels, type UnitKind } from '../../../shared/units/schema';
import { errorMessage } from '../../api/client';
import { landDeliveriesApi, useDeliveries } from './landAgreementsApi';

interface Props {
  agreement: LandAgreementRow;
  onNew(): void;
  onEdit(delivery: LandDeliveryRow): void;
  /** A delivery was removed or restored: the counts have changed. */
  onChanged(): void;
}

export function DeliveriesSection({ agreement, onNew, onEdit, onChanged }: Props) {
  const [showArchived, setShowArchived] = useState(false);
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const deliveries = useDeliveries(agreement.id, showArchived);
  const rows = deliveries.data ?? [];
  const archivedAgreement = agreement.archivedAt !== null;

  const act = (action: () => Promise<LandDeliveryRow>, done: (d: LandDeliveryRow) => string) => {
    setMessage(null);
    action()
      .then((d) => {
        setMessage({ tone: 'info', text: done(d) });
        deliveries.reload();
        onChanged();
      })
      .catch((e: unknown) => setMessage({ tone: 'error', text: errorMessage(e) }));
  };

  return (
    <section className="form-section" aria-label="Leveranser">
      <div className="section-head">
        <h3>
          Leveranser ({agreement.deliveredCount} av {agreement.owedDwellings})
        </h3>
        <label className="toggle">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Visa
          borttagna
        </label>
        <span className="spacer" />
        <button
          type="button"
          className="primary"
          onClick={onNew}
          disabled={archivedAgreement}
          title={archivedAgreement ? 'Avtalet är arkiverat' : undefined}
        >
          Registrera leverans
        </button>
      </div>
      {message ? (
        <div className={`banner ${message.tone}`} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {deliveries.error ? <div className="banner error">{deliveries.error.message}</div> : null}
      {rows.length === 0 && deliveries.data ? (
        <p className="muted">Inga bostäder är lämnade ännu.</p>
      ) : (
        <table className="simple-table deliveries-table">
          <thead>
            <tr>
              <th>Bostad</th>
              <th>Adress</th>
              <th>Överlämnad</th>
              <th>Hyresavtal</th>
              <th>Anteckningar</th>
              <th aria-label="Åtgärder" />
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} className={d.archivedAt ? 'archived' : ''}>
                <td>
                  <a href={`#/bostader/${d.unitId}`}>{d.unitObjectNumber}</a>
                  <span className="muted"> {unitKindLabels[d.unitKind as UnitKind] ?? d.unitKind}</span>
                </td>
                <td>{d.unitAddress}</td>
                <td>{d.handedOverDate}</td>
                <td>
                  {d.leaseId !== null ? (
                    <>
                      <a className="nowrap" href={`#/hyresavtal/${d.leaseId}`}>
                        {d.leaseNumber}
                      </a>
                      <span className="muted"> {d.leaseLandlordName}</span>
                    </>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{d.archivedAt ? <em>Borttagen, räknas inte</em> : (d.notes ?? '')}</td>
                <td className="row-actions">
                  {d.archivedAt ? (
                    <button
                      type="button"
                      onClick={() =>
                        act(
                          () => landDeliveriesApi.restore(d),
                          (x) => `${x.unitObjectNumber} räknas igen.`,
                        )
                      }
                    >
                      Återställ
                    </button>
                  ) : (
                    <>
                      <button
                        type="button"
                        onClick={() => onEdit(d)}
                        aria-label={`Ändra leveransen av ${d.unitObjectNumber}`}
                      >
                        Ändra
                      </button>
                      <button
                        type="button"
                        className="danger"
                        aria-label={`Ta bort leveransen av ${d.unitObjectNumber}`}
                        title="Leveransen arkiveras: den räknas inte längre men finns kvar i historiken"
                        onClick={() =>
                          act(
                            () => landDeliveriesApi.archive(d),
                            (x) =>
                              `Leveransen av ${x.unitObjectNumber} är borttagen och räknas inte längre; den finns kvar under Visa borttagna.`,
                          )
                        }
                      >
                        Ta bort
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

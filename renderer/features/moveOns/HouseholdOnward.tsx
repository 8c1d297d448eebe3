/**
 * A household's way onward, in its own view: rent guarantees, quota
 * placements, move-ons, FF's judgement of whether it is ready, and, for a
 * newcomer, the settlement and the end of the establishment period.
 */
import { guaranteeStatusLabels } from '../../../shared/guarantees/schema';
import { formatMoney } from '../../../shared/core/money';
import { moveOnStatusLabels } from '../../../shared/moveOns/schema';
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';
import { ReadinessEditor } from './ReadinessEditor';

export function HouseholdOnward({ householdId, archived }: { householdId: number; archived: boolean }) {
  const guarantees = useProcedure('guarantees.forHousehold', { householdId });
  const moveOns = useProcedure('moveOns.forHousehold', { householdId });
  const placements = useProcedure('quotas.placements', { householdId });
  const readiness = useProcedure('moveOns.readiness', { householdId });
  const newcomer = useProcedure('newcomers.forHousehold', { householdId });
  const contracts = useProcedure('contracts.forHousehold', { householdId });
  const live = (contracts.data ?? []).filter((c) => (c.status === 'aktivt' || c.status === 'uppsagt') && !c.archivedAt);
  const n = newcomer.data;
  return (
    <>
      <section className="form-section" aria-label="Vägen vidare">
        <div className="section-head">
          <h3>Hyresgarantier</h3>
          {!archived ? (
            <button type="button" onClick={() => navigate('garantier', 'ny', 'hushall', householdId)}>
              Ny hyresgaranti
            </button>
          ) : null}
        </div>
        {guarantees.data && guarantees.data.length === 0 ? <p className="muted">Inga hyresgarantier.</p> : null}
        {guarantees.data && guarantees.data.length > 0 ? (
          <table className="simple-table compact" aria-label="Hushållets hyresgarantier">
            <thead>
              <tr>
                <th>Adress</th>
                <th>Hyresvärd</th>
                <th>Belopp</th>
                <th>Period</th>
                <th>Status</th>
                <th>Statligt bidrag</th>
              </tr>
            </thead>
            <tbody>
              {guarantees.data.map((g) => (
                <tr key={g.id} onClick={() => navigate('garantier', g.id)}>
                  <td>{g.leaseAddress}</td>
                  <td>{g.landlordName}</td>
                  <td className="nowrap">{formatMoney(g.guaranteedAmount)}</td>
                  <td className="nowrap">
                    {g.startDate} – {g.endDate ?? ''}
                  </td>
                  <td>{guaranteeStatusLabels[g.status]}</td>
                  <td>
                    {g.grantQualifies ? (g.grantAppliedOn ? `Sökt ${g.grantAppliedOn}` : 'Uppfyller villkoren') : 'Nej'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section className="form-section">
        <div className="section-head">
          <h3>Utslussning</h3>
          {!archived
            ? live.map((c) => (
                <button key={c.id} type="button" onClick={() => navigate('utslussning', c.id)}>
                  Registrera utslussning från {c.contractNumber}…
                </button>
              ))
            : null}
        </div>
        {readiness.data && !archived ? (
          <ReadinessEditor key={readiness.data.version} readiness={readiness.data} onSaved={readiness.reload} />
        ) : null}
        {moveOns.data && moveOns.data.length > 0 ? (
          <table className="simple-table compact" aria-label="Hushållets utslussningar">
            <thead>
              <tr>
                <th>Flyttdatum</th>
                <th>Från kontrakt</th>
                <th>Ny hyresvärd</th>
                <th>Ny adress</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {moveOns.data.map((m) => (
                <tr key={m.id} onClick={() => navigate('kontrakt', m.contractId)}>
                  <td className="nowrap">{m.moveDate}</td>
                  <td className="nowrap">{m.contractNumber}</td>
                  <td>{m.landlordName}</td>
                  <td>{m.newAddress}</td>
                  <td>{moveOnStatusLabels[m.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {placements.data && placements.data.length > 0 ? (
          <p>
            Kvotplacering:{' '}
            {placements.data
              .map((p) => `${p.landlordName} ${p.placementDate}${p.beyondQuota ? ' (utöver kvoten)' : ''}`)
              .join(', ')}
          </p>
        ) : null}
      </section>
      <section className="form-section">
        <div className="section-head">
          <h3>Nyanländ (bosättningslagen)</h3>
          {newcomer.data === null && !archived ? (
            <button type="button" onClick={() => navigate('nyanlanda', 'ny', 'hushall', householdId)}>
              Registrera bosättning
            </button>
          ) : null}
        </div>
        {n ? (
          <dl className="facts">
            <div>
              <dt>Anvisad</dt>
              <dd>{n.assignmentDate}</dd>
            </div>
            <div>
              <dt>Bosatt</dt>
              <dd>{n.settlementDate}</dd>
            </div>
            <div>
              <dt>Etableringstiden slutar</dt>
              <dd className={n.endingSoon ? 'attention' : ''}>
                <a href={`#/nyanlanda/${n.id}`}>{n.establishmentEnd}</a>
              </dd>
            </div>
          </dl>
        ) : newcomer.data === null ? (
          <p className="muted">Inte registrerat som bosatt enligt bosättningslagen.</p>
        ) : null}
      </section>
    </>
  );
}

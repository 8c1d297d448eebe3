/** The yearly rent over time: the start, then each adjustment on 1 January. */
import { formatMoney } from '../../../shared/core/money';
import { missingIndexMessage } from '../../../shared/leases/indexation';
import type { LeaseDetail } from '../../../shared/leases/schema';

export function RentHistoryTable({ lease }: { lease: LeaseDetail }) {
  const { adjustments, missingIndexMonth } = lease.rentHistory;
  return (
    <section className="form-section">
      <h3>Hyresutveckling</h3>
      {missingIndexMonth ? (
        <div className="banner conflict">
          {missingIndexMessage(missingIndexMonth)}: lägg in värdet i <a href="#/kpi">KPI-tabellen</a> så räknas hyran
          om.
        </div>
      ) : null}
      {adjustments.length === 0 ? (
        <p className="muted">Ingen hyra att visa ännu.</p>
      ) : (
        <table className="simple-table compact">
          <thead>
            <tr>
              <th>Från</th>
              <th>Index</th>
              <th className="num">Årshyra</th>
              <th className="num">Förändring mot bas</th>
            </tr>
          </thead>
          <tbody>
            {adjustments.map((a) => (
              <tr key={a.effectiveFrom}>
                <td>{a.effectiveFrom}</td>
                <td>
                  {a.indexMonth
                    ? `KPI ${a.indexMonth}: ${String(a.indexValue).replace('.', ',')}`
                    : lease.indexationKind === 'fixed'
                      ? `${String(lease.fixedPercentPerYear).replace('.', ',')} % per år`
                      : '–'}
                </td>
                <td className="num">{formatMoney(a.yearlyRentOre)}</td>
                <td className="num">{`${((a.factor - 1) * 100).toFixed(2).replace('.', ',').replace('-', '−')} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

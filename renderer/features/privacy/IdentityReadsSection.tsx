/** Who has seen whole personnummer, per user and month (administratörer). */
import { identityReadLabels } from '../../../shared/privacy/schema';
import { useProcedure } from '../../api/hooks';

export function IdentityReadsSection() {
  const report = useProcedure('privacy.identityReads', {});
  return (
    <section className="card">
      <h2>Visade personnummer</h2>
      <p className="muted">
        Varje gång hela personnummer visats, exporterats eller skrivits ut, per användare och månad.
      </p>
      {report.error ? <div className="banner error">{report.error.message}</div> : null}
      {report.data && report.data.length === 0 ? <p className="muted">Inga ännu.</p> : null}
      {report.data && report.data.length > 0 ? (
        <table className="plain-table" aria-label="Visade personnummer">
          <thead>
            <tr>
              <th>Månad</th>
              <th>Användare</th>
              <th className="number">{identityReadLabels['view-identity']}</th>
              <th className="number">{identityReadLabels.export}</th>
              <th className="number">{identityReadLabels.print}</th>
              <th className="number">{identityReadLabels.extract}</th>
            </tr>
          </thead>
          <tbody>
            {report.data.map((r) => (
              <tr key={`${r.month}:${r.login}`}>
                <td>{r.month}</td>
                <td>{r.displayName}</td>
                <td className="number">{r.views}</td>
                <td className="number">{r.exports}</td>
                <td className="number">{r.prints}</td>
                <td className="number">{r.extracts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

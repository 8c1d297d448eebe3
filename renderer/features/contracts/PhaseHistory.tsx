/** The phase moves of one contract: from which phase to which, who was responsible, who moved it and when. */
import { contractPhaseLabels } from '../../../shared/contracts/schema';
import { formatDateTime } from '../../../shared/core/format';
import { useProcedure } from '../../api/hooks';

/** Give it `key={contract.version}` so a move shows at once. */
export function PhaseHistory({ contractId }: { contractId: number }) {
  const { data, error } = useProcedure('contracts.phaseHistory', { id: contractId });
  if (error) return <p className="muted">{error.message}</p>;
  if (!data) return <p className="muted">Hämtar faser…</p>;
  if (data.length === 0)
    return <p className="muted">Kontraktet har inte aktiverats än; processen börjar med uthyrningen.</p>;
  return (
    <table className="simple-table compact" aria-label="Faser">
      <thead>
        <tr>
          <th>När</th>
          <th>Fas</th>
          <th>Ansvarig</th>
          <th>Av</th>
          <th>Kommentar</th>
        </tr>
      </thead>
      <tbody>
        {data.map((m) => (
          <tr key={m.id}>
            <td>{formatDateTime(m.movedAt)}</td>
            <td>
              {m.fromPhase ? `${contractPhaseLabels[m.fromPhase]} → ` : ''}
              {contractPhaseLabels[m.toPhase]}
            </td>
            <td>{m.responsibleDepartment}</td>
            <td>{m.movedByName}</td>
            <td>{m.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

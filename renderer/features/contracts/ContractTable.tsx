/** A unit's or a household's kommunala kontrakt, current first: a handful of rows, each opening the contract. */
import { contractPhaseLabels, contractStatusLabels } from '../../../shared/contracts/schema';
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';

type Props = { unitId: number; householdId?: never } | { householdId: number; unitId?: never };

export function ContractTable(props: Props) {
  const byUnit = useProcedure('contracts.forUnit', props.unitId !== undefined ? { unitId: props.unitId } : null);
  const byHousehold = useProcedure(
    'contracts.forHousehold',
    props.householdId !== undefined ? { householdId: props.householdId } : null,
  );
  const { data, error } = props.unitId !== undefined ? byUnit : byHousehold;
  if (error) return <p className="muted">{error.message}</p>;
  if (!data) return <p className="muted">Hämtar kontrakt…</p>;
  if (data.length === 0) return <p className="muted">Inga kommunala kontrakt.</p>;
  const current = (s: string) => s === 'aktivt' || s === 'uppsagt';
  return (
    <table className="simple-table compact" aria-label="Kommunala kontrakt">
      <thead>
        <tr>
          <th>Kontrakt</th>
          <th>{props.unitId !== undefined ? 'Hushåll' : 'Bostad'}</th>
          <th>Period</th>
          <th>Status</th>
          <th>Fas</th>
        </tr>
      </thead>
      <tbody>
        {data.map((c) => (
          <tr
            key={c.id}
            className={current(c.status) ? 'current' : c.status === 'avslutat' ? 'archived' : ''}
            onClick={() => navigate('kontrakt', c.id)}
          >
            <td className="nowrap">
              <a href={`#/kontrakt/${c.id}`} onClick={(e) => e.stopPropagation()}>
                {c.contractNumber}
              </a>
            </td>
            <td>
              {props.unitId !== undefined
                ? `${c.holderName} (${c.holderIdentityMasked})`
                : `${c.unitObjectNumber}, ${c.unitAddress}`}
            </td>
            <td className="nowrap">
              {c.startDate} – {c.endsOn}
            </td>
            <td>{contractStatusLabels[c.status]}</td>
            <td>{contractPhaseLabels[c.phase]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

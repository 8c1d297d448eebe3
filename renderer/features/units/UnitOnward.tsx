/**
 * From the unit, the move-on of whoever lives there: one button per
 * contract in force, as the household has (issue 13: actions live where the
 * record is). Letters and notices stay on the contract and the lease, one
 * click away in the tables beside this.
 */
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';

export function UnitOnward({ unitId }: { unitId: number }) {
  const contracts = useProcedure('contracts.forUnit', { unitId });
  const live = (contracts.data ?? []).filter((c) => (c.status === 'aktivt' || c.status === 'uppsagt') && !c.archivedAt);
  if (live.length === 0) return null;
  return (
    <div className="button-row">
      {live.map((c) => (
        <button key={c.id} type="button" onClick={() => navigate('utslussning', c.id)}>
          Registrera utslussning från {c.contractNumber}…
        </button>
      ))}
    </div>
  );
}

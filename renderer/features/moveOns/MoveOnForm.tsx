/**
 * The move-on dialog: the household's new landlord and address, the moving
 * day, and whether FF gives a rent guarantee and counts the household
 * against the landlord's quota (then the three conditions of plan 3:5).
 * One click does it all in one transaction.
 */
import { moveOnLabels as L, registerMoveOnInputSchema, type MoveOnRow } from '../../../shared/moveOns/schema';
import { conditionLabels } from '../../../shared/quotas/schema';
import type { ContractRow } from '../../../shared/contracts/schema';
import { moveOnsApi } from './moveOnsApi';
import { useProcedure } from '../../api/hooks';
import type { FieldSpec, FormValues } from '../../components/form/fieldSpec';
import { ActionForm } from '../../components/form/ActionForm';
import { yesNoOptions } from '../guarantees/guaranteeFormSpec';
import { useLandlordOptions } from '../units/unitsApi';

const guaranteed = (v: FormValues) => v['withGuarantee'] === 'true';
const inQuota = (v: FormValues) => v['countInQuota'] === 'true';

function specs(landlords: { value: string; label: string }[]): FieldSpec[] {
  return [
    { name: 'landlordId', label: L.landlordId, kind: 'record', required: true, options: landlords },
    {
      name: 'moveDate',
      label: L.moveDate,
      kind: 'date',
      required: true,
      hint: 'Ett datum framåt i tiden: kontraktet sägs upp till den dagen och avslutas när den har kommit',
    },
    { name: 'newAddress', label: L.newAddress, kind: 'text', required: true, wide: true },
    { name: 'leaseReference', label: L.leaseReference, kind: 'text' },
    { name: 'monthlyRent', label: L.monthlyRent, kind: 'money', hint: 'Krävs med hyresgaranti' },
    { name: 'withGuarantee', label: L.withGuarantee, kind: 'flag', wide: true, section: 'Hyresgaranti' },
    {
      name: 'guaranteedAmount',
      label: L.guaranteedAmount,
      kind: 'money',
      required: true,
      visible: guaranteed,
      hint: 'Minst sex månadshyror för statligt bidrag',
    },
    {
      name: 'guaranteeEndDate',
      label: L.guaranteeEndDate,
      kind: 'date',
      visible: guaranteed,
      hint: 'Minst två år för statligt bidrag',
    },
    {
      name: 'canPayWithoutForsorjningsstod',
      label: L.canPayWithoutForsorjningsstod,
      kind: 'choice',
      options: yesNoOptions,
      visible: guaranteed,
    },
    {
      name: 'countInQuota',
      label: L.countInQuota,
      kind: 'flag',
      wide: true,
      section: 'Kvot (plan 3:5)',
      hint: 'Hushållet når inte hyresvärdens ekonomiska krav och placeras inom kvoten',
    },
    { name: 'paidCurrentRent', label: conditionLabels.paidCurrentRent, kind: 'flag', wide: true, visible: inQuota },
    { name: 'noDisturbances', label: conditionLabels.noDisturbances, kind: 'flag', wide: true, visible: inQuota },
    { name: 'ffVouches', label: conditionLabels.ffVouches, kind: 'flag', wide: true, visible: inQuota },
    {
      name: 'beyondQuotaReason',
      label: L.beyondQuotaReason,
      kind: 'textarea',
      wide: true,
      visible: inQuota,
      hint: 'Krävs när kvoten redan är fylld',
    },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
  ];
}

interface Props {
  contract: ContractRow;
  today: string;
  onDone(moveOn: MoveOnRow): void;
  onCancel(): void;
}

export function MoveOnForm({ contract, today, onDone, onCancel }: Props) {
  const landlords = useLandlordOptions();
  const quotas = useProcedure('quotas.list', { year: Number(today.slice(0, 4)) });
  return (
    <>
      {quotas.data && quotas.data.length > 0 ? (
        <p className="muted">
          Kvoter {today.slice(0, 4)}: {quotas.data.map((q) => `${q.landlordName} ${q.used} av ${q.places}`).join(', ')}.
        </p>
      ) : null}
      <ActionForm
        id="move-on"
        title="Registrera utslussning"
        specs={specs(landlords)}
        defaults={{
          // A contract that starts later can be moved on from its first day at the earliest.
          moveDate: contract.startDate > today ? contract.startDate : today,
          withGuarantee: 'true',
          countInQuota: 'false',
          paidCurrentRent: 'false',
          noDisturbances: 'false',
          ffVouches: 'false',
        }}
        schema={registerMoveOnInputSchema}
        extra={{ contractId: contract.id, contractVersion: contract.version }}
        submitLabel="Registrera utslussning"
        run={async (input) => onDone(await moveOnsApi.register(input))}
        onCancel={onCancel}
      />
    </>
  );
}

/**
 * The contract form's choice of lease: the unit's leases, with "Automatiskt"
 * naming the one the back end will pick for the contract's period (the same
 * rule, shared/contracts/leaseLink.ts), and a line on whether the landlord
 * has been told of subletting for the whole lease (12 kap. 39 § JB).
 */
import { coveringLease } from '../../../shared/contracts/leaseLink';
import type { CustomInputProps } from '../../components/form/fieldSpec';
import { leaseLabel, type UnitLease } from '../leases/leaseLabel';

interface Props extends CustomInputProps {
  /** The unit's leases; undefined while they load or before a unit is chosen. */
  leases: UnitLease[] | undefined;
  /** The contract's period as typed so far, for the automatic choice. */
  period: { start: string; end: string } | null;
  /** The date the landlord was told of this contract, as typed so far (null when empty or not a date). */
  notifiedDate: string | null;
}

export function LeaseSelect({ id, value, invalid, describedBy, onChange, leases, period, notifiedDate }: Props) {
  const auto = leases && period ? coveringLease(leases, period) : null;
  const autoText = !leases
    ? 'Automatiskt'
    : leases.length === 0
      ? 'Automatiskt – bostaden har inget hyresavtal'
      : auto
        ? `Automatiskt: ${leaseLabel(auto)}`
        : period
          ? 'Automatiskt – inget av bostadens avtal gäller under kontraktstiden'
          : 'Automatiskt: det avtal som gäller under kontraktstiden';
  const shown = value ? leases?.find((l) => String(l.id) === value) : auto;
  return (
    <>
      <select
        id={id}
        name="leaseId"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{autoText}</option>
        {(leases ?? []).map((l) => (
          <option key={l.id} value={String(l.id)}>
            {leaseLabel(l)}
          </option>
        ))}
      </select>
      {shown ? (
        <div className="field-note">
          {shown.subletNotified && shown.subletNotifiedDate
            ? `Hyresvärden underrättades om andrahandsuthyrning för hela ${shown.leaseNumber} ${shown.subletNotifiedDate}; kontraktet behöver inget eget datum.`
            : notifiedDate
              ? `Hyresvärden underrättades om detta kontrakt ${notifiedDate} (${shown.leaseNumber}).`
              : `Hyresvärden är inte underrättad på ${shown.leaseNumber}: ange nedan när hyresvärden underrättades om detta kontrakt.`}
        </div>
      ) : null}
    </>
  );
}

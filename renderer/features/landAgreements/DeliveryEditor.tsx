/**
 * Registers (or corrects) one delivery: the unit, picked from Bestånd by
 * typing or created on the spot, the date it was handed over and, where the
 * city rents it, its lease (the unit's lease in force is chosen until the
 * user picks another or none). The edit cycle is every form's
 * (useRecordForm): the shared schema checks the fields before sending, the
 * back end checks the rest (signed date, a unit counted twice, a lease of
 * another unit) and names the field, and a colleague's change of the same
 * delivery is reported with Ladda om.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import {
  defaultDeliveryLease,
  landDeliveryInputSchema,
  landDeliveryLabels as L,
  type LandDeliveryRow,
} from '../../../shared/landAgreements/deliveries';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import { useProcedure } from '../../api/hooks';
import { leaseLabel } from '../leases/leaseLabel';
import { useUnitLeases } from '../leases/leasesApi';
import { UnitForm } from '../units/UnitForm';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { CustomInputProps, FieldSpec, Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { unitsApi } from '../units/unitsApi';
import { landDeliveriesApi } from './landAgreementsApi';
import { useToday } from '../../api/system';

interface Props {
  agreement: LandAgreementRow;
  /** The delivery to correct; null registers a new one. */
  delivery: LandDeliveryRow | null;
  onSaved(delivery: LandDeliveryRow): void;
  onCancel(): void;
}

/** Starting values for a dwelling the developer hands over that is not yet in Bestånd. */
function useNewUnitDefaults(developerId: number): Record<string, string> | null {
  const departments = useProcedure('departments.list', { includeArchived: false });
  const landlords = useProcedure('organisations.options', { role: 'landlord' });
  return useMemo(() => {
    if (!departments.data || !landlords.data) return null;
    const ff = departments.data.find((d) => d.code === 'FF');
    const developerLets = landlords.data.some((o) => o.id === developerId);
    return {
      kind: 'lagenhet',
      use: 'bostadssocial',
      status: 'ledig',
      ...(ff ? { responsibleDepartmentId: String(ff.id) } : {}),
      // The developer hands over from its own stock: it is usually the landlord too.
      ...(developerLets
        ? { ownerType: 'hyresvard', ownerOrganisationId: String(developerId) }
        : { ownerType: 'staden' }),
    };
  }, [departments.data, landlords.data, developerId]);
}

export function DeliveryEditor(props: Props) {
  const today = useToday();
  // A new delivery starts on today's date, once the back end has said which day it is (tests fix the date there).
  if (props.delivery === null && today === null) return <p className="muted">Hämtar…</p>;
  return <DeliveryForm {...props} today={today ?? ''} />;
}

type LeaseOption = Option & { none?: boolean };

/** The lease select keeps its own words for "none": whether the city rents the unit at all. */
function leaseInput(options: LeaseOption[], disabled: boolean) {
  return function LeaseSelect({ id, value, invalid, describedBy, onChange }: CustomInputProps) {
    return (
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  };
}

function DeliveryForm({ agreement, delivery, onSaved, onCancel, today }: Props & { today: string }) {
  // The label of the unit shown in the lookup: the delivery's, or one just created in Bestånd.
  const [unitLabels, setUnitLabels] = useState<Option[]>(
    delivery
      ? [{ value: String(delivery.unitId), label: `${delivery.unitObjectNumber}, ${delivery.unitAddress}` }]
      : [],
  );
  const [creatingUnit, setCreatingUnit] = useState(false);
  const unitDefaults = useNewUnitDefaults(agreement.developerOrganisationId);
  const top = useRef<HTMLHeadingElement>(null);
  // The panel replaces the agreement's fields: start at its top, not where the agreement was scrolled to.
  // (A block body: newer Chromium returns a promise from scrollIntoView, and an effect may return only a cleanup.)
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'nearest' });
  }, [creatingUnit]);

  // The unit's leases, known once a unit is chosen; the select is built from them.
  const [unitId, setUnitId] = useState(delivery ? delivery.unitId : null);
  const unitLeases = useUnitLeases(unitId);
  const leases = useMemo(() => (unitId ? (unitLeases.data?.rows ?? []) : []), [unitId, unitLeases.data]);
  const specs = useMemo<FieldSpec[]>(() => {
    const leaseOptions: LeaseOption[] = [
      { value: '', label: leases.length === 0 ? 'Inget – staden hyr inte bostaden' : 'Inget hyresavtal' },
      ...leases.map((l) => ({ value: String(l.id), label: leaseLabel(l) })),
    ];
    return [
      {
        name: 'unitId',
        label: L.unitId,
        kind: 'record',
        required: true,
        wide: true,
        options: unitLabels,
        search: unitsApi.search,
      },
      {
        name: 'handedOverDate',
        label: L.handedOverDate,
        kind: 'date',
        required: true,
        hint: `Tidigast ${agreement.signedDate}, då avtalet undertecknades`,
      },
      {
        name: 'leaseId',
        label: L.leaseId,
        kind: 'record',
        wide: true,
        options: leaseOptions,
        hint: 'Där staden hyr bostaden: avtalet den hyrs på',
        render: leaseInput(leaseOptions, unitId === null),
      },
      { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    ];
  }, [leases, unitLabels, unitId, agreement.signedDate]);
  const defaults = useMemo(() => ({ handedOverDate: today }), [today]);
  const form = useRecordForm<LandDeliveryRow>({
    // A new delivery's draft belongs to its agreement.
    draftKey: `landDelivery-${agreement.id}`,
    specs,
    schema: landDeliveryInputSchema,
    record: delivery,
    defaults,
    extra: () => ({ landAgreementId: agreement.id }),
    save: landDeliveriesApi.save,
    fetchLatest: (id) => landDeliveriesApi.get(agreement.id, id),
    onSaved,
  });

  // Until the user picks a lease, the unit's lease in force on the day handed over is chosen;
  // another unit, other leases: its own lease in force again.
  const leasePicked = useRef(delivery !== null);
  const { setValue } = form;
  const chosenUnit = form.values['unitId'] ?? '';
  useEffect(() => {
    const id = chosenUnit ? Number(chosenUnit) : null;
    if (id !== unitId) {
      leasePicked.current = false;
      setUnitId(id);
      setValue('leaseId', '');
    }
  }, [chosenUnit, unitId, setValue]);
  const handedOver = parseDateInput(form.values['handedOverDate'] ?? '');
  const defaultLease = unitLeases.data && unitId ? defaultDeliveryLease(leases, handedOver) : null;
  const defaultLeaseValue = defaultLease ? String(defaultLease.id) : '';
  useEffect(() => {
    if (!leasePicked.current) setValue('leaseId', defaultLeaseValue);
  }, [defaultLeaseValue, setValue]);
  const view = {
    ...form,
    setValue(name: string, value: string) {
      if (name === 'leaseId') leasePicked.current = true;
      form.setValue(name, value);
    },
  };

  if (creatingUnit) {
    return (
      <section className="form-section" aria-label="Ny bostad i Bestånd">
        <h3 ref={top}>Ny bostad i Bestånd</h3>
        <p className="muted">Bostaden sparas i Bestånd och väljs sedan för leveransen.</p>
        {unitDefaults ? (
          <UnitForm
            unit={null}
            defaults={unitDefaults}
            onSaved={(u) => {
              setUnitLabels([{ value: String(u.id), label: `${u.objectNumber}, ${u.address}` }]);
              form.setValue('unitId', String(u.id));
              setCreatingUnit(false);
            }}
            onClose={() => setCreatingUnit(false)}
          />
        ) : (
          <p className="muted">Hämtar…</p>
        )}
      </section>
    );
  }

  return (
    <section className="form-section" aria-label={delivery ? 'Ändra leverans' : 'Registrera leverans'}>
      <h3 ref={top}>
        {delivery
          ? `Ändra leveransen av ${delivery.unitObjectNumber}`
          : `Registrera leverans: ${agreement.projectName}`}
      </h3>
      <RecordFormView form={view} specs={specs} onCancel={onCancel} submitLabel="Spara leverans">
        <p className="field-hint">
          Finns bostaden inte i Bestånd?{' '}
          <button type="button" className="link" onClick={() => setCreatingUnit(true)}>
            Lägg upp en ny bostad
          </button>
        </p>
      </RecordFormView>
    </section>
  );
}

/**
 * Registers (or corrects) one delivery: the unit, picked from Bestånd by
 * typing or created on the spot, the date it was handed over and, where the
 * city rents it, its lease (the unit's lease in force is chosen until the
 * user picks another or none). The shared schema checks the fields before
 * sending; the back end checks the rest (signed date, a unit counted twice,
 * a lease of another unit) and names the field.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import { namesItsField } from '../../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../../shared/core/result';
import {
  defaultDeliveryLease,
  landDeliveryInputSchema,
  landDeliveryLabels as L,
  type LandDeliveryRow,
} from '../../../shared/landAgreements/deliveries';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import { ApiError, errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { leaseLabel } from '../leases/leaseLabel';
import { useUnitLeases } from '../leases/leasesApi';
import { UnitForm } from '../units/UnitForm';
import { LookupInput } from '../../components/form/LookupInput';
import type { Option } from '../../components/form/fieldSpec';
import { unitsApi } from '../units/unitsApi';
import { landDeliveriesApi } from './landAgreementsApi';
import { useSystemInfo } from '../../api/system';

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

export function DeliveryEditor({ agreement, delivery, onSaved, onCancel }: Props) {
  const info = useSystemInfo();
  // The unit's id as the lookup holds it ('' for none), and the label of the one shown.
  const [unitValue, setUnitValue] = useState(delivery ? String(delivery.unitId) : '');
  const [unitLabels, setUnitLabels] = useState<Option[]>(
    delivery
      ? [{ value: String(delivery.unitId), label: `${delivery.unitObjectNumber}, ${delivery.unitAddress}` }]
      : [],
  );
  const unit = unitValue ? { id: Number(unitValue) } : null;
  const [date, setDate] = useState<string | null>(delivery?.handedOverDate ?? null);
  const [notes, setNotes] = useState(delivery?.notes ?? '');
  // The lease picked by the user ('' for none); null until then, when the unit's lease in force is used.
  const [leaseChoice, setLeaseChoice] = useState<string | null>(
    delivery ? (delivery.leaseId === null ? '' : String(delivery.leaseId)) : null,
  );
  const unitLeases = useUnitLeases(unit?.id ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [creatingUnit, setCreatingUnit] = useState(false);
  const unitDefaults = useNewUnitDefaults(agreement.developerOrganisationId);
  const top = useRef<HTMLHeadingElement>(null);
  // The panel replaces the agreement's fields: start at its top, not where the agreement was scrolled to.
  // (A block body: newer Chromium returns a promise from scrollIntoView, and an effect may return only a cleanup.)
  useEffect(() => {
    top.current?.scrollIntoView({ block: 'nearest' });
  }, [creatingUnit]);
  // Today, once the back end has said which day it is (tests fix the date there).
  const dateText = date ?? info.data?.today ?? '';
  const leases = unit ? (unitLeases.data?.rows ?? []) : [];
  const defaultLease = defaultDeliveryLease(leases, parseDateInput(dateText));
  const leaseValue = leaseChoice ?? (defaultLease ? String(defaultLease.id) : '');

  const clearError = (field: string) =>
    setErrors((e) => {
      const { [field]: _gone, ...rest } = e;
      return rest;
    });

  const submit = async () => {
    setFormError(null);
    const input = {
      landAgreementId: agreement.id,
      unitId: unit?.id ?? null,
      leaseId: leaseValue ? Number(leaseValue) : null,
      handedOverDate: parseDateInput(dateText) ?? dateText,
      notes,
    };
    const checked = landDeliveryInputSchema.safeParse(input);
    if (!checked.success) {
      setErrors(fieldErrorsFromIssues(checked.error.issues, namesItsField));
      setFormError('Rätta de markerade fälten.');
      return;
    }
    setSaving(true);
    try {
      onSaved(await landDeliveriesApi.save(input, delivery));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'VALIDATION') {
        setErrors(error.fields);
        setFormError(error.message);
      } else {
        setFormError(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
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
              setUnitValue(String(u.id));
              setLeaseChoice(null);
              clearError('unitId');
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

  const field = (name: string) => ({
    id: `delivery-${name}`,
    invalid: Boolean(errors[name]),
    describedBy: errors[name] ? `delivery-${name}-error` : undefined,
  });
  const errorOf = (name: string) =>
    errors[name] ? (
      <div className="field-error" id={`delivery-${name}-error`} role="alert">
        {errors[name]}
      </div>
    ) : null;

  return (
    <form
      className="record-form"
      aria-label={delivery ? 'Ändra leverans' : 'Registrera leverans'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 ref={top}>
        {delivery
          ? `Ändra leveransen av ${delivery.unitObjectNumber}`
          : `Registrera leverans: ${agreement.projectName}`}
      </h3>
      {formError ? (
        <div className="banner error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        <div className={`form-field wide${errors['unitId'] ? ' has-error' : ''}`}>
          <label htmlFor="delivery-unitId">
            {L.unitId}
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <LookupInput
            id="delivery-unitId"
            name="unitId"
            value={unitValue}
            options={unitLabels}
            search={unitsApi.search}
            onChange={(u) => {
              setUnitValue(u);
              // Another unit, other leases: its own lease in force again.
              setLeaseChoice(null);
              clearError('unitId');
              clearError('leaseId');
            }}
            aria-describedby={field('unitId').describedBy}
            aria-invalid={field('unitId').invalid || undefined}
          />
          {errorOf('unitId') ?? (
            <div className="field-hint">
              Finns bostaden inte i Bestånd?{' '}
              <button type="button" className="link" onClick={() => setCreatingUnit(true)}>
                Lägg upp en ny bostad
              </button>
            </div>
          )}
        </div>
        <div className={`form-field${errors['handedOverDate'] ? ' has-error' : ''}`}>
          <label htmlFor="delivery-handedOverDate">
            {L.handedOverDate}
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <input
            id="delivery-handedOverDate"
            type="text"
            placeholder="ÅÅÅÅ-MM-DD"
            autoComplete="off"
            value={dateText}
            aria-invalid={field('handedOverDate').invalid || undefined}
            aria-describedby={field('handedOverDate').describedBy}
            onChange={(e) => {
              setDate(e.target.value);
              clearError('handedOverDate');
            }}
          />
          {errorOf('handedOverDate') ?? (
            <div className="field-hint">Tidigast {agreement.signedDate}, då avtalet undertecknades</div>
          )}
        </div>
        <div className={`form-field wide${errors['leaseId'] ? ' has-error' : ''}`}>
          <label htmlFor="delivery-leaseId">{L.leaseId}</label>
          <select
            id="delivery-leaseId"
            value={leaseValue}
            disabled={!unit}
            aria-invalid={field('leaseId').invalid || undefined}
            aria-describedby={field('leaseId').describedBy}
            onChange={(e) => {
              setLeaseChoice(e.target.value);
              clearError('leaseId');
            }}
          >
            <option value="">{leases.length === 0 ? 'Inget – staden hyr inte bostaden' : 'Inget hyresavtal'}</option>
            {leases.map((l) => (
              <option key={l.id} value={String(l.id)}>
                {leaseLabel(l)}
              </option>
            ))}
          </select>
          {errorOf('leaseId') ?? <div className="field-hint">Där staden hyr bostaden: avtalet den hyrs på</div>}
        </div>
        <div className={`form-field wide${errors['notes'] ? ' has-error' : ''}`}>
          <label htmlFor="delivery-notes">{L.notes}</label>
          <textarea
            id="delivery-notes"
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            aria-describedby={field('notes').describedBy}
          />
          {errorOf('notes')}
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Sparar…' : 'Spara leverans'}
        </button>
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  );
}

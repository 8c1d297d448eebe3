/**
 * The terms of a kommunalt kontrakt: unit, household, period, rent, the
 * waiver and the landlord's notice. A warning from the back end (a term
 * the hyresnämnd rarely approves, a period outside the unit's lease)
 * brings up a box to confirm it and save again.
 */
import { useEffect, useMemo, useRef } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import { contractInputSchema, type ContractRow } from '../../../shared/contracts/schema';
import { useProcedure } from '../../api/hooks';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FormValues, Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { householdsApi, useReferringDepartmentOptions } from '../households/householdsApi';
import { contractFormSpecs } from './contractFormSpec';
import type { UnitLease } from '../leases/leaseLabel';
import { useUnitLeases } from '../leases/leasesApi';
import { contractsApi } from './contractsApi';
import { LeaseSelect } from './LeaseSelect';

interface Props {
  contract: ContractRow | null;
  /** For a new contract: the unit or household it was started from. */
  defaults?: FormValues;
  onSaved(contract: ContractRow): void;
  onClose(): void;
}

export function ContractForm({ contract, defaults, onSaved, onClose }: Props) {
  const departments = useReferringDepartmentOptions();
  const startUnit = !contract && defaults?.['unitId'] ? Number(defaults['unitId']) : null;
  const startHousehold = !contract && defaults?.['householdId'] ? Number(defaults['householdId']) : null;
  const unit = useProcedure('units.get', startUnit ? { id: startUnit } : null);
  const household = useProcedure('households.lookup', startHousehold ? { id: startHousehold } : null);

  const unitLabel = contract
    ? `${contract.unitObjectNumber}, ${contract.unitAddress}`
    : unit.data
      ? `${unit.data.objectNumber}, ${unit.data.address}`
      : null;
  const unitValue = contract ? String(contract.unitId) : unit.data ? String(unit.data.id) : null;
  const householdLabel = contract
    ? `${contract.holderName} (${contract.holderIdentityMasked})`
    : (household.data?.[0]?.label ?? null);
  const householdValue = contract
    ? String(contract.householdId)
    : household.data?.[0]
      ? String(household.data[0].id)
      : null;
  const unitOptions = useMemo<Option[]>(
    () => (unitValue && unitLabel ? [{ value: unitValue, label: unitLabel }] : []),
    [unitValue, unitLabel],
  );
  const householdOptions = useMemo<Option[]>(
    () => (householdValue && householdLabel ? [{ value: householdValue, label: householdLabel }] : []),
    [householdValue, householdLabel],
  );

  const showAcknowledge = useRef(false);
  // What the lease picker shows, refreshed on every render (the picker is drawn with the form's values).
  const leaseChoice = useRef<{
    leases: UnitLease[] | undefined;
    period: { start: string; end: string } | null;
    notifiedDate: string | null;
  }>({ leases: undefined, period: null, notifiedDate: null });
  const inForce = contract !== null && contract.status !== 'utkast';
  const specs = useMemo(
    () =>
      contractFormSpecs({
        departments,
        unitOptions,
        householdOptions,
        inForce,
        showAcknowledge: () => showAcknowledge.current,
        renderLease: (props) => <LeaseSelect {...props} {...leaseChoice.current} />,
      }),
    [departments, unitOptions, householdOptions, inForce],
  );
  const formDefaults = useMemo(() => ({ waiverStatus: 'ej_ansokt', ...defaults }), [defaults]);
  const form = useRecordForm<ContractRow>({
    draftKey: 'contract',
    specs,
    schema: contractInputSchema,
    record: contract,
    defaults: formDefaults,
    save: contractsApi.save,
    fetchLatest: contractsApi.get,
    onSaved,
  });
  if (form.errors['acknowledgeWarnings']) showAcknowledge.current = true;

  const chosenUnit = form.values['unitId'] ? Number(form.values['unitId']) : null;
  const leases = useUnitLeases(chosenUnit);
  const start = parseDateInput(form.values['startDate'] ?? '');
  const end = parseDateInput(form.values['endDate'] ?? '');
  // A contract given notice ends on its termination date: that is the period the lease must cover.
  const periodEnd = contract?.terminationDate ?? end;
  // Before the end is typed, the lease in force on the start day.
  const period = start ? { start, end: periodEnd && periodEnd >= start ? periodEnd : start } : null;
  leaseChoice.current = {
    leases: chosenUnit ? leases.data?.rows : undefined,
    period,
    // The note under the lease follows the contract's own date as it is typed.
    notifiedDate: parseDateInput(form.values['landlordNotifiedDate'] ?? ''),
  };

  const { setValue } = form;
  // Another unit has other leases: back to the automatic choice.
  const shownUnit = useRef(chosenUnit);
  useEffect(() => {
    if (shownUnit.current === chosenUnit) return;
    shownUnit.current = chosenUnit;
    setValue('leaseId', '');
  }, [chosenUnit, setValue]);
  // The household's referring department is the contract's, unless the user chose another.
  const chosenHousehold = form.values['householdId'];
  const department = form.values['referringDepartmentId'];
  useEffect(() => {
    if (!chosenHousehold || department) return;
    void householdsApi.byId(Number(chosenHousehold)).then(([h]) => {
      if (h) setValue('referringDepartmentId', String(h.referringDepartmentId));
    });
  }, [chosenHousehold, department, setValue]);

  return <RecordFormView form={form} specs={specs} onCancel={onClose} />;
}

/**
 * The terms of a kommunalt kontrakt: unit, household, period, rent, the
 * waiver and the landlord's notice. A warning from the back end (a term
 * the hyresnämnd rarely approves, a period outside the unit's lease)
 * brings up a box to confirm it and save again.
 */
import { useEffect, useMemo, useRef } from 'react';
import { contractInputSchema, type ContractRow } from '../../../shared/contracts/schema';
import { api } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FormValues, Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { useReferringDepartmentOptions } from '../households/householdsApi';
import { contractFormSpecs } from './contractFormSpec';
import { contractsApi } from './contractsApi';

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

  const unitLabel = contract ? `${contract.unitObjectNumber}, ${contract.unitAddress}` : unit.data ? `${unit.data.objectNumber}, ${unit.data.address}` : null;
  const unitValue = contract ? String(contract.unitId) : unit.data ? String(unit.data.id) : null;
  const householdLabel = contract ? `${contract.holderName} (${contract.holderIdentityMasked})` : (household.data?.[0]?.label ?? null);
  const householdValue = contract ? String(contract.householdId) : household.data?.[0] ? String(household.data[0].id) : null;
  const unitOptions = useMemo<Option[]>(() => (unitValue && unitLabel ? [{ value: unitValue, label: unitLabel }] : []), [unitValue, unitLabel]);
  const householdOptions = useMemo<Option[]>(() => (householdValue && householdLabel ? [{ value: householdValue, label: householdLabel }] : []), [householdValue, householdLabel]);

  const showAcknowledge = useRef(false);
  const inForce = contract !== null && contract.status !== 'utkast';
  const specs = useMemo(
    () => contractFormSpecs({ departments, unitOptions, householdOptions, inForce, showAcknowledge: () => showAcknowledge.current }),
    [departments, unitOptions, householdOptions, inForce],
  );
  const formDefaults = useMemo(() => ({ waiverStatus: 'ej_ansokt', ...defaults }), [defaults]);
  const form = useRecordForm<ContractRow>({ specs, schema: contractInputSchema, record: contract, defaults: formDefaults, save: contractsApi.save, fetchLatest: contractsApi.get, onSaved });
  if (form.errors['acknowledgeWarnings']) showAcknowledge.current = true;

  // The household's referring department is the contract's, unless the user chose another.
  const { setValue } = form;
  const chosenHousehold = form.values['householdId'];
  const department = form.values['referringDepartmentId'];
  useEffect(() => {
    if (!chosenHousehold || department) return;
    void api.call('households.lookup', { id: Number(chosenHousehold) }).then(([h]) => {
      if (h) setValue('referringDepartmentId', String(h.referringDepartmentId));
    });
  }, [chosenHousehold, department, setValue]);

  return <RecordFormView form={form} specs={specs} onCancel={onClose} />;
}

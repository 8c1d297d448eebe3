import { contractLabels, waiverStatusLabels } from '../../../shared/contracts/schema';
import { optionsOf, type FieldSpec, type FormValues, type Option } from '../../components/form/fieldSpec';
import { householdsApi } from '../households/householdsApi';
import { unitsApi } from '../units/unitsApi';

const L = contractLabels;

interface SpecOptions {
  departments: Option[];
  /** Labels of the current unit and household. */
  unitOptions: Option[];
  householdOptions: Option[];
  /** A contract in force keeps its unit and household. */
  inForce: boolean;
  /** The confirmation box shows once a warning has come back. */
  showAcknowledge(): boolean;
  /** The lease picker, which knows the unit's leases and the period typed so far. */
  renderLease: NonNullable<FieldSpec['render']>;
}

const decided = (v: FormValues) => v['waiverStatus'] === 'godkand' || v['waiverStatus'] === 'avslagen';

export function contractFormSpecs(o: SpecOptions): FieldSpec[] {
  return [
    {
      name: 'unitId',
      label: L.unitId,
      kind: 'record',
      required: true,
      options: o.unitOptions,
      search: unitsApi.search,
      readOnly: o.inForce,
      hint: 'Sök på objektnummer eller adress',
    },
    // Empty: the back end picks the unit's lease that covers the period (the picker names it).
    { name: 'leaseId', label: L.leaseId, kind: 'record', wide: true, render: o.renderLease },
    {
      name: 'householdId',
      label: L.householdId,
      kind: 'record',
      required: true,
      options: o.householdOptions,
      search: householdsApi.search,
      readOnly: o.inForce,
      hint: 'Sök på namn eller födelsedatum',
    },
    {
      name: 'referringDepartmentId',
      label: L.referringDepartmentId,
      kind: 'record',
      required: true,
      options: o.departments,
    },
    { name: 'monthlyRent', label: L.monthlyRent, kind: 'money', required: true },
    { name: 'startDate', label: L.startDate, kind: 'date', required: true },
    { name: 'endDate', label: L.endDate, kind: 'date', required: true, hint: 'Ett avstående kräver ett slutdatum' },
    {
      name: 'waiverGround',
      label: L.waiverGround,
      kind: 'textarea',
      wide: true,
      hint: 'Krävs för att aktivera kontraktet: ett avstående utan skäl har underkänts (RH 2022:33)',
    },
    {
      name: 'waiverStatus',
      label: L.waiverStatus,
      kind: 'choice',
      required: true,
      options: optionsOf(waiverStatusLabels),
    },
    {
      name: 'waiverApplicationDate',
      label: L.waiverApplicationDate,
      kind: 'date',
      visible: (v) => v['waiverStatus'] !== 'ej_ansokt' && v['waiverStatus'] !== '',
    },
    { name: 'waiverDecisionDate', label: L.waiverDecisionDate, kind: 'date', visible: decided },
    { name: 'waiverCaseNumber', label: L.waiverCaseNumber, kind: 'text', visible: decided },
    {
      name: 'landlordNotifiedDate',
      label: L.landlordNotifiedDate,
      kind: 'date',
      hint: 'Hyrd bostad: hyresvärden ska genast underrättas om andrahandsuthyrningen (12 kap. 39 § JB)',
    },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    {
      name: 'acknowledgeWarnings',
      label: L.acknowledgeWarnings,
      kind: 'flag',
      wide: true,
      visible: () => o.showAcknowledge(),
    },
  ];
}

import { guaranteeLabels as L } from '../../../shared/guarantees/schema';
import type { FieldSpec, Option } from '../../components/form/fieldSpec';
import { householdsApi } from '../households/householdsApi';

export const yesNoOptions: Option[] = [
  { value: 'true', label: 'Ja' },
  { value: 'false', label: 'Nej' },
];

export function guaranteeFormSpecs(o: {
  landlords: Option[];
  householdOptions: Option[];
  locked: boolean;
}): FieldSpec[] {
  return [
    {
      name: 'householdId',
      label: L.householdId,
      kind: 'record',
      required: true,
      options: o.householdOptions,
      search: householdsApi.search,
      readOnly: o.locked,
      hint: 'Sök på namn eller födelsedatum',
    },
    { name: 'landlordId', label: L.landlordId, kind: 'record', required: true, options: o.landlords },
    {
      name: 'leaseAddress',
      label: L.leaseAddress,
      kind: 'text',
      required: true,
      wide: true,
      section: 'Förstahandskontraktet',
    },
    {
      name: 'leaseReference',
      label: L.leaseReference,
      kind: 'text',
      hint: 'Hyresvärdens objekt- eller kontraktsnummer',
    },
    { name: 'monthlyRent', label: L.monthlyRent, kind: 'money', required: true },
    {
      name: 'firstHandLease',
      label: L.firstHandLease,
      kind: 'flag',
      hint: 'Hushållet har ett eget hyresavtal med hyresvärden',
    },
    {
      name: 'guaranteedAmount',
      label: L.guaranteedAmount,
      kind: 'money',
      required: true,
      section: 'Garantin',
      hint: 'Minst sex månadshyror för statligt bidrag',
    },
    { name: 'startDate', label: L.startDate, kind: 'date', required: true },
    {
      name: 'endDate',
      label: L.endDate,
      kind: 'date',
      hint: 'Minst två år för statligt bidrag; tomt = så länge hyresavtalet gäller',
    },
    {
      name: 'canPayWithoutForsorjningsstod',
      label: L.canPayWithoutForsorjningsstod,
      kind: 'choice',
      options: yesNoOptions,
      hint: 'Stadens bedömning; krävs för statligt bidrag',
    },
    {
      name: 'withinQuota',
      label: L.withinQuota,
      kind: 'flag',
      hint: 'Hushållet är placerat inom kvoten hos hyresvärden (registreras under Kvoter)',
    },
    { name: 'grantAppliedOn', label: L.grantAppliedOn, kind: 'date' },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
  ];
}

export const newGuaranteeDefaults = { firstHandLease: 'true' };

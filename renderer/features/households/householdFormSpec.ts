import { householdLabels, targetGroupLabels } from '../../../shared/households/schema';
import { optionsOf, type FieldSpec, type Option } from '../../components/form/fieldSpec';

const L = householdLabels;

/** The household's own fields; its people are edited beside them (MembersEditor). */
export function householdFormSpecs(departments: Option[]): FieldSpec[] {
  return [
    {
      name: 'householdSize',
      label: L.householdSize,
      kind: 'integer',
      required: true,
      hint: 'Alla som bor i hushållet',
    },
    { name: 'childrenCount', label: L.childrenCount, kind: 'integer', required: true },
    {
      name: 'targetGroup',
      label: L.targetGroup,
      kind: 'choice',
      required: true,
      options: optionsOf(targetGroupLabels),
    },
    {
      name: 'referringDepartmentId',
      label: L.referringDepartmentId,
      kind: 'record',
      required: true,
      options: departments,
    },
    { name: 'caseworkerName', label: L.caseworkerName, kind: 'text' },
    { name: 'caseworkerPhone', label: L.caseworkerPhone, kind: 'text' },
    { name: 'caseworkerEmail', label: L.caseworkerEmail, kind: 'text' },
    { name: 'phone', label: L.phone, kind: 'text' },
    { name: 'email', label: L.email, kind: 'text' },
    { name: 'postalAddress', label: L.postalAddress, kind: 'text', wide: true },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
  ];
}

export const newHouseholdDefaults = { householdSize: '1', childrenCount: '0', targetGroup: 'bostad_forst' };

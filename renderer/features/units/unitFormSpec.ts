import {
  hasSiteAndPermit,
  unitKindLabels,
  unitLabels,
  unitStatusLabels,
  unitUseLabels,
  ownerTypeLabels,
  type UnitKind,
} from '../../../shared/units/schema';
import { optionsOf, type FieldSpec, type Option } from '../../components/form/fieldSpec';

const L = unitLabels;

/**
 * `proposed`: for a new unit, the number its kind's series gives next, or ''
 * before a kind is chosen (the field may stay empty, or a number be typed);
 * null for a stored unit.
 */
export function unitFormSpecs(departments: Option[], landlords: Option[], proposed: string | null): FieldSpec[] {
  return [
    proposed === null
      ? { name: 'objectNumber', label: L.objectNumber, kind: 'text', required: true, hint: 'Unikt, t.ex. MOD-00216' }
      : {
          name: 'objectNumber',
          label: L.objectNumber,
          kind: 'text',
          hint: proposed
            ? `Lämna tomt så får bostaden nästa nummer i serien: ${proposed}. Ett eget nummer går också att skriva.`
            : 'Lämna tomt så får bostaden nästa nummer i sin typs serie. Ett eget nummer går också att skriva.',
        },
    { name: 'kind', label: L.kind, kind: 'choice', required: true, options: optionsOf(unitKindLabels) },
    { name: 'use', label: L.use, kind: 'choice', required: true, options: optionsOf(unitUseLabels) },
    { name: 'status', label: L.status, kind: 'choice', required: true, options: optionsOf(unitStatusLabels) },
    { name: 'address', label: L.address, kind: 'text', required: true, wide: true },
    { name: 'postalCode', label: L.postalCode, kind: 'text' },
    { name: 'district', label: L.district, kind: 'text' },
    { name: 'rooms', label: L.rooms, kind: 'decimal' },
    { name: 'areaM2', label: L.areaM2, kind: 'decimal' },
    { name: 'floor', label: L.floor, kind: 'integer' },
    {
      name: 'responsibleDepartmentId',
      label: L.responsibleDepartmentId,
      kind: 'record',
      required: true,
      options: departments,
    },
    { name: 'ownerType', label: L.ownerType, kind: 'choice', required: true, options: optionsOf(ownerTypeLabels) },
    {
      name: 'ownerOrganisationId',
      label: L.ownerOrganisationId,
      kind: 'record',
      options: landlords,
      visible: (v) => v['ownerType'] === 'hyresvard',
    },
    { name: 'site', label: L.site, kind: 'text', visible: (v) => hasSiteAndPermit(v['kind'] as UnitKind) },
    {
      name: 'permitEndDate',
      label: L.permitEndDate,
      kind: 'date',
      hint: 'Tidsbegränsat bygglov',
      visible: (v) => hasSiteAndPermit(v['kind'] as UnitKind),
    },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
  ];
}

export const newUnitDefaults = { kind: 'modulbostad', use: 'akutboende', status: 'ledig', ownerType: 'staden' };

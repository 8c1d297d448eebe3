import { agreementKindLabels, landAgreementLabels } from '../../../shared/landAgreements/schema';
import { DEFAULT_DWELLING_PERCENT } from '../../../shared/landAgreements/rules';
import { optionsOf, type FieldSpec, type Option } from '../../components/form/fieldSpec';

const L = landAgreementLabels;

export function landAgreementFormSpecs(developers: Option[]): FieldSpec[] {
  return [
    {
      name: 'developerOrganisationId',
      label: L.developerOrganisationId,
      kind: 'record',
      required: true,
      options: developers,
    },
    {
      name: 'agreementKind',
      label: L.agreementKind,
      kind: 'choice',
      required: true,
      options: optionsOf(agreementKindLabels),
    },
    { name: 'projectName', label: L.projectName, kind: 'text', required: true },
    {
      name: 'propertyDesignation',
      label: L.propertyDesignation,
      kind: 'text',
      required: true,
      hint: 't.ex. Drottninghög 5:12',
    },
    { name: 'signedDate', label: L.signedDate, kind: 'date', required: true },
    { name: 'dueDate', label: L.dueDate, kind: 'text', hint: 'År (t.ex. 2027 = senast 31 december) eller datum' },
    {
      name: 'volumeDwellings',
      label: L.volumeDwellings,
      kind: 'integer',
      required: true,
      hint: 'Bostäder i markanvisningen',
    },
    { name: 'grossFloorAreaM2', label: L.grossFloorAreaM2, kind: 'integer' },
    {
      name: 'commitmentPercent',
      label: L.commitmentPercent,
      kind: 'decimal',
      required: true,
      hint: `Handlingsplanen 3:1: ${DEFAULT_DWELLING_PERCENT} %`,
    },
    { name: 'owedOverride', label: L.owedOverride, kind: 'integer', hint: 'Tomt = antalet enligt regeln' },
    {
      name: 'owedOverrideReason',
      label: L.owedOverrideReason,
      kind: 'textarea',
      required: true,
      wide: true,
      hint: 'Beslut eller överenskommelse som ger ett annat antal',
      visible: (v) => (v['owedOverride'] ?? '').trim() !== '',
    },
    { name: 'waivedDate', label: L.waivedDate, kind: 'date', hint: 'Bara när åtagandet skrivs av genom beslut' },
    { name: 'waiverDecisionRef', label: L.waiverDecisionRef, kind: 'text', hint: 't.ex. SBN 2026-10-01 § 88' },
    {
      name: 'waiverReason',
      label: L.waiverReason,
      kind: 'textarea',
      wide: true,
      visible: (v) => [v['waivedDate'], v['waiverDecisionRef'], v['waiverReason']].some((x) => (x ?? '').trim() !== ''),
    },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
  ];
}

export const newLandAgreementDefaults = {
  agreementKind: 'markoverlatelseavtal',
  commitmentPercent: String(DEFAULT_DWELLING_PERCENT),
};

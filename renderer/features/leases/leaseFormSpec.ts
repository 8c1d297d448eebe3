import {
  EDITABLE_LEASE_STATUSES,
  indexationKindLabels,
  leaseLabels,
  leaseStatusLabels,
  premisesLabels,
  termTypeLabels,
  type LeaseStatus,
} from '../../../shared/leases/schema';
import { optionsOf, type FieldSpec, type Option } from '../../components/form/fieldSpec';
import { unitsApi } from '../units/unitsApi';

const L = leaseLabels;

export function leaseFormSpecs(opts: {
  landlords: Option[];
  departments: Option[];
  status: LeaseStatus | null;
  /** The labels of the lease's units as saved. */
  units: Option[];
  /** True once a save was refused over a warning: then the box to confirm it shows. */
  showAcknowledge(): boolean;
}): FieldSpec[] {
  // Uppsagd and avslutad follow from a registered notice and the calendar;
  // the form offers them only to show a lease that has them.
  const statuses =
    opts.status && !EDITABLE_LEASE_STATUSES.includes(opts.status) ? [opts.status] : EDITABLE_LEASE_STATUSES;
  const isFixed = (v: Record<string, string>) => v['termType'] === 'tidsbestamd';
  return [
    {
      name: 'landlordId',
      label: L.landlordId,
      kind: 'record',
      required: true,
      options: opts.landlords,
      section: 'Avtalet',
    },
    { name: 'landlordReference', label: L.landlordReference, kind: 'text', hint: 'Hyresvärdens eget avtalsnummer' },
    {
      name: 'unitIds',
      label: L.unitIds,
      kind: 'idList',
      required: true,
      wide: true,
      options: opts.units,
      search: unitsApi.search,
      hint: 'Sök objektnummer eller adress för att lägga till',
    },
    {
      name: 'departmentId',
      label: L.departmentId,
      kind: 'record',
      required: true,
      options: opts.departments,
      hint: 'FF tecknar avtalet för förvaltningen',
    },
    { name: 'departmentContact', label: L.departmentContact, kind: 'text' },
    { name: 'premises', label: L.premises, kind: 'choice', required: true, options: optionsOf(premisesLabels) },
    {
      name: 'status',
      label: L.status,
      kind: 'choice',
      required: true,
      options: statuses.map((s) => ({ value: s, label: leaseStatusLabels[s] })),
    },
    { name: 'signedDate', label: L.signedDate, kind: 'date' },
    { name: 'isBlockLease', label: L.isBlockLease, kind: 'flag' },
    { name: 'startDate', label: L.startDate, kind: 'date', required: true, section: 'Hyrestid och uppsägning' },
    { name: 'termType', label: L.termType, kind: 'choice', required: true, options: optionsOf(termTypeLabels) },
    {
      name: 'endDate',
      label: L.endDate,
      kind: 'date',
      hint: 'Sista dagen i den första avtalsperioden',
      visible: isFixed,
    },
    {
      name: 'extensionMonths',
      label: L.extensionMonths,
      kind: 'integer',
      hint: 'Månader om avtalet inte sägs upp; tomt = tills vidare (12 kap. 3 §)',
      visible: isFixed,
    },
    { name: 'noticeMonthsTenant', label: L.noticeMonthsTenant, kind: 'integer', hint: 'Månader; tomt = lagens' },
    { name: 'noticeMonthsLandlord', label: L.noticeMonthsLandlord, kind: 'integer', hint: 'Månader; tomt = lagens' },
    {
      name: 'rentPerYearOre',
      label: L.rentPerYearOre,
      kind: 'money',
      required: true,
      hint: 'Kronor per år vid avtalets start',
      section: 'Hyra',
    },
    { name: 'depositOre', label: L.depositOre, kind: 'money' },
    { name: 'rentIncludesHeating', label: L.rentIncludesHeating, kind: 'flag' },
    { name: 'rentIncludesElectricity', label: L.rentIncludesElectricity, kind: 'flag' },
    { name: 'rentIncludesWater', label: L.rentIncludesWater, kind: 'flag' },
    { name: 'rentIncludesOther', label: L.rentIncludesOther, kind: 'text' },
    {
      name: 'indexationKind',
      label: L.indexationKind,
      kind: 'choice',
      required: true,
      options: optionsOf(indexationKindLabels),
    },
    {
      name: 'kpiBaseIndex',
      label: L.kpiBaseIndex,
      kind: 'decimal',
      hint: 'KPI för basmånaden (1980 = 100)',
      visible: (v) => v['indexationKind'] === 'kpi',
    },
    {
      name: 'kpiBaseMonth',
      label: L.kpiBaseMonth,
      kind: 'text',
      hint: 'ÅÅÅÅ-MM, oftast oktober året före start',
      visible: (v) => v['indexationKind'] === 'kpi',
    },
    {
      name: 'kpiIndexedPercent',
      label: L.kpiIndexedPercent,
      kind: 'decimal',
      hint: 'Procent; tomt = hela hyran',
      visible: (v) => v['indexationKind'] === 'kpi',
    },
    {
      name: 'fixedPercentPerYear',
      label: L.fixedPercentPerYear,
      kind: 'decimal',
      hint: 'Procent per år, från 1 januari',
      visible: (v) => v['indexationKind'] === 'fixed',
    },
    {
      name: 'subletNotified',
      label: L.subletNotified,
      kind: 'flag',
      section: 'Andrahandsuthyrning (12 kap. 39 § jordabalken)',
    },
    {
      name: 'subletNotifiedDate',
      label: L.subletNotifiedDate,
      kind: 'date',
      visible: (v) => v['subletNotified'] === 'true',
    },
    { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
    {
      name: 'acknowledgeWarnings',
      label: L.acknowledgeWarnings,
      kind: 'flag',
      wide: true,
      visible: () => opts.showAcknowledge(),
    },
  ];
}

export const newLeaseDefaults = {
  premises: 'bostad',
  termType: 'tidsbestamd',
  status: 'aktiv',
  indexationKind: 'none',
};

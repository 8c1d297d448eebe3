/**
 * Records a journey starts from but is not about, written through the
 * host's API (the journey itself goes through the UI).
 */
import type { ContractInput } from '../../shared/contracts/schema';
import type { UnitInput } from '../../shared/units/schema';
import { modulbostadInput } from '../fixtures/bestand';
import { contractInput, householdInput } from '../fixtures/households';
import { apiCall, type Host } from './fixtures';

export async function departmentId(host: Host, code: string): Promise<number> {
  const departments = await apiCall(host, 'departments.list', {});
  return departments.find((d) => d.code === code)!.id;
}

export async function registerLandlord(
  host: Host,
  name = 'Öresundshem AB',
  orgNumber = '556677-8899',
): Promise<number> {
  const o = await apiCall(host, 'organisations.create', {
    name,
    orgNumber,
    isLandlord: true,
    isDeveloper: false,
    contactPerson: null,
    phone: null,
    email: null,
    address: null,
    postalCode: null,
    city: null,
    notes: null,
  });
  return o.id;
}

/** An active three-year bostad lease from 2025-01-01 that extends by a year unless given notice; the landlord not yet told of sublets. */
export async function registerLease(
  host: Host,
  refs: { landlordId: number; unitIds: number[] },
): Promise<{ id: number; version: number; leaseNumber: string }> {
  return apiCall(host, 'leases.create', {
    landlordReference: null,
    landlordId: refs.landlordId,
    unitIds: refs.unitIds,
    departmentId: await departmentId(host, 'SOF'),
    departmentContact: null,
    premises: 'bostad',
    signedDate: '2024-12-01',
    startDate: '2025-01-01',
    termType: 'tidsbestamd',
    endDate: '2027-12-31',
    noticeMonthsTenant: 3,
    noticeMonthsLandlord: 3,
    extensionMonths: 12,
    rentPerYearOre: 9_600_000,
    rentIncludesHeating: true,
    rentIncludesElectricity: false,
    rentIncludesWater: true,
    rentIncludesOther: null,
    indexationKind: 'none',
    kpiBaseIndex: null,
    kpiBaseMonth: null,
    kpiIndexedPercent: null,
    fixedPercentPerYear: null,
    depositOre: null,
    subletNotified: false,
    subletNotifiedDate: null,
    isBlockLease: false,
    status: 'aktiv',
    notes: null,
  });
}

export async function unitIdOf(host: Host, objectNumber: string): Promise<number> {
  const found = await apiCall(host, 'units.list', {
    search: objectNumber,
    limit: 5,
  });
  return found.rows.find((u) => u.objectNumber === objectNumber)!.id;
}

/**
 * A household (Anna Andersson, referred by SOF) on an active kommunalt
 * kontrakt in a modulbostad of FF's: where journeys about contracts start.
 */
export async function registerActiveContract(
  host: Host,
  overrides: { unit?: Partial<UnitInput>; contract?: Partial<ContractInput> } = {},
): Promise<{ unitId: number; householdId: number; contract: { id: number; version: number; contractNumber: string } }> {
  const sof = await departmentId(host, 'SOF');
  const unit = await apiCall(host, 'units.create', modulbostadInput(await departmentId(host, 'FF'), overrides.unit));
  const household = await apiCall(host, 'households.create', householdInput(sof));
  const draft = await apiCall(
    host,
    'contracts.create',
    contractInput({ unitId: unit.id, householdId: household.id, referringDepartmentId: sof }, overrides.contract),
  );
  const contract = await apiCall(host, 'contracts.activate', {
    id: draft.id,
    version: draft.version,
    acknowledgeWarnings: true,
  });
  return { unitId: unit.id, householdId: household.id, contract };
}

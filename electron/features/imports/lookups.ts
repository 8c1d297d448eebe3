/**
 * References by name or number, as lists write them: a department by code
 * or name, a landlord by organisationsnummer or name, a unit by object
 * number or address. Loaded once per import (the registers they look in
 * are small next to the list), compared without case or punctuation.
 */
import type { LeasePeriod } from '../../../shared/contracts/leaseLink';
import { swedishSortKey } from '../../../shared/core/sortKey';
import { parseOrganisationNumber } from '../../../shared/organisations/orgnr';
import { BULK_CHUNK } from '../../core/audit';
import type { ServiceContext } from '../../core/context';
import { lookupKey } from './cells';
import { fetchWhereIn } from './plan';

export interface Found {
  id: number;
  label: string;
}

export type Lookup<T = Found> = { ok: true; value: T } | { ok: false; message: string };

export async function departmentLookup(ctx: ServiceContext, label: string): Promise<(text: string) => Lookup> {
  const rows = (await ctx.db('departments').select('id', 'code', 'name')) as {
    id: number;
    code: string;
    name: string;
  }[];
  const byKey = new Map<string, Found>();
  for (const d of rows) {
    byKey.set(lookupKey(d.code), { id: d.id, label: d.code });
    byKey.set(lookupKey(d.name), { id: d.id, label: d.code });
  }
  return (text) => {
    const found = byKey.get(lookupKey(text));
    return found
      ? { ok: true, value: found }
      : {
          ok: false,
          message: `${label}: "${text}" finns inte; ange förvaltningens kod (${rows.map((d) => d.code).join(', ')}) eller namn.`,
        };
  };
}

export interface OrganisationRef {
  id: number;
  name: string;
  orgNumber: string;
  isLandlord: boolean;
  isDeveloper: boolean;
}

/** Organisations by organisationsnummer and by name. */
export async function organisationLookup(ctx: ServiceContext): Promise<{
  byNumber: Map<string, OrganisationRef>;
  byName: Map<string, OrganisationRef[]>;
}> {
  const rows = (await ctx
    .db('organisations')
    .whereNull('archivedAt')
    .select('id', 'name', 'orgNumber', 'isLandlord', 'isDeveloper')) as (Omit<
    OrganisationRef,
    'isLandlord' | 'isDeveloper'
  > & { isLandlord: number | boolean; isDeveloper: number | boolean })[];
  const byNumber = new Map<string, OrganisationRef>();
  const byName = new Map<string, OrganisationRef[]>();
  for (const r of rows) {
    const ref = { ...r, isLandlord: Boolean(r.isLandlord), isDeveloper: Boolean(r.isDeveloper) };
    byNumber.set(r.orgNumber, ref);
    const key = lookupKey(r.name);
    byName.set(key, [...(byName.get(key) ?? []), ref]);
  }
  return { byNumber, byName };
}

/** A landlord named by organisationsnummer (first) or by name. */
export function findLandlord(
  orgs: Awaited<ReturnType<typeof organisationLookup>>,
  label: string,
  name: string,
  orgNumber: string | null,
): Lookup<OrganisationRef> | null {
  let found: OrganisationRef | undefined;
  if (orgNumber) found = orgs.byNumber.get(orgNumber);
  else if (name) {
    const asNumber = parseOrganisationNumber(name);
    if (asNumber.ok) found = orgs.byNumber.get(asNumber.value);
    else {
      const named = orgs.byName.get(lookupKey(name)) ?? [];
      if (named.length > 1)
        return { ok: false, message: `${label}: flera organisationer heter "${name}"; ange organisationsnumret.` };
      found = named[0];
    }
  } else return { ok: false, message: `${label}: ange hyresvärdens namn eller organisationsnummer.` };
  if (!found) return null;
  if (!found.isLandlord) return { ok: false, message: `${label}: ${found.name} är inte registrerad som hyresvärd.` };
  return { ok: true, value: found };
}

export interface UnitRef {
  id: number;
  objectNumber: string;
  address: string;
  archivedAt: string | null;
}

/** Units by object number (upper case, as stored) and by address, for the numbers and addresses a list names. */
export async function unitLookup(
  ctx: ServiceContext,
  objectNumbers: string[],
  addresses: string[],
): Promise<{ byNumber: Map<string, UnitRef>; byAddress: Map<string, UnitRef[]> }> {
  const byNumber = new Map<string, UnitRef>();
  const byAddress = new Map<string, UnitRef[]>();
  const cols = ['id', 'objectNumber', 'address', 'archivedAt'];
  const add = (u: UnitRef) => {
    byNumber.set(u.objectNumber, u);
    const key = lookupKey(u.address);
    const list = byAddress.get(key) ?? [];
    if (!list.some((x) => x.id === u.id)) byAddress.set(key, [...list, u]);
  };
  for (const u of await fetchWhereIn<UnitRef>(ctx, 'units', 'objectNumber', objectNumbers, cols)) add(u);
  // By the stored sort key, which ignores case and runs of spaces: a list types "storgatan 2" for "Storgatan 2".
  const keys = addresses.map((a) => swedishSortKey(a));
  for (const u of await fetchWhereIn<UnitRef>(ctx, 'units', 'addressSort', keys, cols)) add(u);
  return { byNumber, byAddress };
}

/** Each unit's leases that are not archived, latest first (as a contract or delivery form lists them). */
export async function leasesOfUnits(
  ctx: ServiceContext,
  unitIds: readonly number[],
): Promise<Map<number, LeasePeriod[]>> {
  const leasesOf = new Map<number, LeasePeriod[]>();
  for (let i = 0; i < unitIds.length; i += BULK_CHUNK) {
    const links = (await ctx
      .db('leaseUnits')
      .join('leases', 'leases.id', 'leaseUnits.leaseId')
      .whereIn('leaseUnits.unitId', unitIds.slice(i, i + BULK_CHUNK))
      .whereNull('leases.archivedAt')
      .orderBy('leases.startDate', 'desc')
      .orderBy('leases.id', 'desc')
      .select(
        'leaseUnits.unitId',
        'leases.id',
        'leases.leaseNumber',
        'leases.status',
        'leases.startDate',
        'leases.endsOn',
      )) as (LeasePeriod & { unitId: number })[];
    for (const { unitId, ...lease } of links) leasesOf.set(unitId, [...(leasesOf.get(unitId) ?? []), lease]);
  }
  return leasesOf;
}

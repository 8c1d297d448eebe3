/**
 * Hyresavtal from a list, matched on lease number, with their landlord (by
 * organisationsnummer or name) and units (by object number or address).
 * An unknown landlord or unit is created on the spot when the user allows
 * it. The rules are the form's: the lease schema (terms, indexation), the
 * landlord must be one, and no unit is let twice for the same time, in the
 * registers or within the file.
 */
import type { z } from 'zod';
import { leaseInputSchema, leaseLabels, type LeaseValues } from '../../../../shared/leases/schema';
import { importFields } from '../../../../shared/imports/registers';
import { organisationInputSchema } from '../../../../shared/organisations/schema';
import { unitInputSchema } from '../../../../shared/units/schema';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { createRecords } from '../../../core/records';
import { BULK_CHUNK } from '../../../core/audit';
import { allocateLeaseNumbers } from '../../leases/numbering';
import { LEASE, leaseColumns, updateLease } from '../../leases/service';
import type { LeaseDerived } from '../../../../shared/leases/derived';
import { derive, loadKpi } from '../../leases/derivation';
import { ORGANISATION, organisationColumns } from '../../organisations/service';
import { UNIT, unitColumns } from '../../units/service';
import { lookupKey, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { departmentLookup, findLandlord, organisationLookup, unitLookup } from '../lookups';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type BatchRecord,
  type PlannedRow,
  type Planner,
  valuesOf,
  currentOf,
} from '../plan';

const FIELDS = importFields.leases;
const L = leaseLabels;
const OPEN_END = '9999-12-31';
const FIELD_OF = { landlordId: 'landlord', unitIds: 'units', departmentId: 'department' };

const TEXT_KEYS: (keyof TableRow<'leases'>)[] = [
  'landlordReference',
  'departmentContact',
  'premises',
  'signedDate',
  'startDate',
  'termType',
  'endDate',
  'rentIncludesOther',
  'indexationKind',
  'kpiBaseMonth',
  'subletNotifiedDate',
  'status',
  'notes',
];
const NUMBER_KEYS: (keyof TableRow<'leases'>)[] = [
  'landlordId',
  'departmentId',
  'noticeMonthsTenant',
  'noticeMonthsLandlord',
  'extensionMonths',
  'rentPerYearOre',
  'kpiBaseIndex',
  'kpiIndexedPercent',
  'fixedPercentPerYear',
  'depositOre',
];
const FLAG_KEYS: (keyof TableRow<'leases'>)[] = [
  'rentIncludesHeating',
  'rentIncludesElectricity',
  'rentIncludesWater',
  'subletNotified',
  'isBlockLease',
];

function asInput(row: TableRow<'leases'>, unitIds: number[]): Record<string, unknown> {
  // A list is not asked about warnings: its flag is never set, so it compares as unset.
  const input: Record<string, unknown> = { unitIds, acknowledgeWarnings: false };
  for (const k of TEXT_KEYS) input[k] = row[k] ?? '';
  for (const k of NUMBER_KEYS) input[k] = row[k] === null || row[k] === undefined ? null : Number(row[k]);
  for (const k of FLAG_KEYS) input[k] = Boolean(row[k]);
  return input;
}

const NEW_LEASE: Record<string, unknown> = {
  landlordReference: '',
  departmentContact: '',
  premises: 'bostad',
  signedDate: '',
  endDate: '',
  noticeMonthsTenant: null,
  noticeMonthsLandlord: null,
  extensionMonths: null,
  rentIncludesHeating: false,
  rentIncludesElectricity: false,
  rentIncludesWater: false,
  rentIncludesOther: '',
  indexationKind: 'none',
  kpiBaseIndex: null,
  kpiBaseMonth: '',
  kpiIndexedPercent: null,
  fixedPercentPerYear: null,
  depositOre: null,
  subletNotified: false,
  subletNotifiedDate: '',
  isBlockLease: false,
  status: 'aktiv',
  notes: '',
};

/** A placeholder id for a landlord or unit the write will create (ids are positive in the schema). */
const PENDING = 2 ** 31 - 1;

interface NewLandlord {
  orgNumber: string;
  values: z.output<typeof organisationInputSchema>;
  id?: number;
}
interface NewUnit {
  objectNumber: string;
  address: string;
  landlordKey: string;
  departmentId: number;
  id?: number;
}

interface Work {
  planned: PlannedRow;
  values?: LeaseValues;
  current?: TableRow<'leases'>;
  currentUnitIds?: number[];
  /** The row's landlord: an id, or the organisationsnummer of one to create. */
  landlord?: { id: number } | { create: string };
  /** The row's units: ids, or object numbers of units to create. */
  units?: ({ id: number; objectNumber: string; address: string } | { create: string })[];
  derived?: LeaseDerived;
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const planLeases: Planner = async (ctx, rows, options) => {
  const today = ctx.clock.today();
  const departments = await departmentLookup(ctx, L.departmentId);
  const orgs = await organisationLookup(ctx);
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, ctx.clock.today()) }));
  const numbers = read.flatMap((r) => splitList(String(r.values['units'] ?? '')).map((n) => n.toUpperCase()));
  const addresses = read.map((r) => String(r.values['unitAddress'] ?? '')).filter(Boolean);
  const units = await unitLookup(ctx, numbers, addresses);
  const leaseNumbers = read.map((r) => String(r.values['leaseNumber'] ?? '')).filter(Boolean);
  const existing = new Map(
    (await fetchWhereIn(ctx, 'leases', 'leaseNumber', leaseNumbers)).map((l) => [l.leaseNumber, l]),
  );
  const links = await fetchWhereIn(
    ctx,
    'leaseUnits',
    'leaseId',
    [...existing.values()].map((l) => l.id),
  );
  const unitsOfLease = new Map<number, number[]>();
  for (const l of links) unitsOfLease.set(l.leaseId, [...(unitsOfLease.get(l.leaseId) ?? []), l.unitId]);
  // Leases holding the units the file names: the overlap rule is checked against them.
  const holdings = (await fetchWhereIn(
    ctx,
    'leaseUnits',
    'unitId',
    [...units.byNumber.values()].map((u) => u.id),
  )) as { unitId: number; leaseId: number }[];
  const holdingLeases = new Map(
    (
      await fetchWhereIn<{
        id: number;
        leaseNumber: string;
        status: string;
        startDate: string;
        endsOn: string | null;
        archivedAt: string | null;
      }>(
        ctx,
        'leases',
        'id',
        holdings.map((h) => h.leaseId),
        ['id', 'leaseNumber', 'status', 'startDate', 'endsOn', 'archivedAt'],
      )
    )
      .filter((l) => (l.status === 'aktiv' || l.status === 'uppsagd') && l.archivedAt === null)
      .map((l) => [l.id, l]),
  );
  const heldBy = new Map<
    number,
    { leaseId: number; leaseNumber: string; startDate: string; endsOn: string | null }[]
  >();
  for (const h of holdings) {
    const lease = holdingLeases.get(h.leaseId);
    if (lease) heldBy.set(h.unitId, [...(heldBy.get(h.unitId) ?? []), { ...lease, leaseId: lease.id }]);
  }
  const kpi = await loadKpi(ctx);
  const newLandlords = new Map<string, NewLandlord>();
  const newUnits = new Map<string, NewUnit>();
  const work: Work[] = [];

  for (const { row, values, problems } of read) {
    const key = values['leaseNumber'] ? String(values['leaseNumber']) : null;
    const more: Problem[] = [...problems];
    const creates: string[] = [];
    const current = key ? existing.get(key) : undefined;
    const currentUnitIds = current ? (unitsOfLease.get(current.id) ?? []) : [];
    const input: Record<string, unknown> = current ? asInput(current, currentUnitIds) : { ...NEW_LEASE };
    for (const k of [...TEXT_KEYS, ...NUMBER_KEYS, ...FLAG_KEYS]) {
      if (k in values) input[k] = values[k] === null && TEXT_KEYS.includes(k) ? '' : values[k];
    }
    if (!('rentPerYearOre' in values) || values['rentPerYearOre'] === null) {
      const monthly = values['rentPerMonthOre'];
      if (typeof monthly === 'number') input['rentPerYearOre'] = monthly * 12;
      else if (!current) input['rentPerYearOre'] = undefined;
    }
    if (!current && !('termType' in values && values['termType']))
      input['termType'] = input['endDate'] ? 'tidsbestamd' : 'tillsvidare';
    if (!current && !values['indexationKind'] && input['kpiBaseIndex'] !== null) input['indexationKind'] = 'kpi';
    if (!current && !values['indexationKind'] && input['fixedPercentPerYear'] !== null)
      input['indexationKind'] = 'fixed';
    if (!input['status']) input['status'] = current ? current['status'] : 'aktiv';
    if (!input['premises']) input['premises'] = 'bostad';

    // The department.
    let departmentId = current ? Number(current['departmentId']) : 0;
    if (values['department']) {
      const d = departments(String(values['department']));
      if (d.ok) departmentId = d.value.id;
      else more.push({ field: 'department', message: d.message });
    }
    input['departmentId'] = departmentId;

    // The landlord, by organisationsnummer or name.
    let landlord: Work['landlord'];
    const landlordName = String(values['landlord'] ?? '');
    const orgNumber = typeof values['landlordOrgNumber'] === 'string' ? values['landlordOrgNumber'] : null;
    if (landlordName || orgNumber) {
      const found = findLandlord(orgs, L.landlordId, landlordName, orgNumber);
      if (found?.ok) landlord = { id: found.value.id };
      else if (found) more.push({ field: 'landlord', message: found.message });
      else if (!options.createMissing)
        more.push({
          field: 'landlord',
          message: `${L.landlordId}: "${landlordName || orgNumber}" finns inte bland hyresvärdarna. Lägg till den, eller välj att skapa saknade hyresvärdar.`,
        });
      else if (!orgNumber || !landlordName)
        more.push({
          field: 'landlord',
          message: `${L.landlordId}: en ny hyresvärd behöver både namn och organisationsnummer.`,
        });
      else {
        if (!newLandlords.has(orgNumber)) {
          const org = organisationInputSchema.safeParse({
            name: landlordName,
            orgNumber,
            isLandlord: true,
            isDeveloper: false,
            contactPerson: '',
            phone: '',
            email: '',
            address: '',
            postalCode: '',
            city: '',
            notes: '',
          });
          if (org.success) newLandlords.set(orgNumber, { orgNumber, values: org.data });
          else more.push(...schemaProblems(org.error.issues, { name: 'landlord', orgNumber: 'landlordOrgNumber' }));
        }
        landlord = { create: orgNumber };
        creates.push(`Ny hyresvärd: ${landlordName} (${orgNumber})`);
      }
    } else if (current) landlord = { id: Number(current['landlordId']) };
    else
      more.push({ field: 'landlord', message: `${L.landlordId}: ange hyresvärdens namn eller organisationsnummer.` });
    input['landlordId'] = landlord && 'id' in landlord ? landlord.id : PENDING;

    // The units, by object number or, failing that, address.
    const rowUnits: NonNullable<Work['units']> = [];
    const named = splitList(String(values['units'] ?? '')).map((n) => n.toUpperCase());
    const address = String(values['unitAddress'] ?? '');
    if (named.length > 0) {
      for (const number of named) {
        const u = units.byNumber.get(number);
        if (u?.archivedAt)
          more.push({ field: 'units', message: `${L.unitIds}: ${number} är arkiverad och kan inte ingå i ett avtal.` });
        else if (u) rowUnits.push(u);
        else if (options.createMissing && landlord && departmentId) {
          if (!newUnits.has(number))
            newUnits.set(number, {
              objectNumber: number,
              address: named.length === 1 && address ? address : number,
              landlordKey: 'id' in landlord ? String(landlord.id) : `new:${landlord.create}`,
              departmentId,
            });
          rowUnits.push({ create: number });
          creates.push(`Ny bostad: ${number}`);
        } else
          more.push({
            field: 'units',
            message: `${L.unitIds}: ${number} finns inte i bostadsregistret. Lägg till den, eller välj att skapa saknade bostäder.`,
          });
      }
    } else if (address) {
      const found = units.byAddress.get(lookupKey(address)) ?? [];
      if (found.length === 1) rowUnits.push(found[0]!);
      else if (found.length > 1)
        more.push({
          field: 'unitAddress',
          message: `${L.unitIds}: flera bostäder har adressen ${address}; ange objektnummer.`,
        });
      else
        more.push({
          field: 'unitAddress',
          message: `${L.unitIds}: ingen bostad har adressen ${address}; ange objektnummer.`,
        });
    }
    if (rowUnits.length > 0) input['unitIds'] = rowUnits.map((u, i) => ('id' in u ? u.id : PENDING - 1 - i));
    else if (!current) input['unitIds'] = [];

    const parsed = leaseInputSchema.safeParse(input);
    if (!parsed.success) {
      // One reason per field; a unit not found by its address already says why the row has no units.
      const said = new Set(more.map((m) => (m.field === 'unitAddress' ? 'units' : m.field)));
      more.push(...schemaProblems(parsed.error.issues, FIELD_OF).filter((p) => !said.has(p.field)));
    }
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, key, more) });
      continue;
    }
    const outcome = !current
      ? 'new'
      : sameValues(asInput(current, currentUnitIds), parsed.data) && rowUnits.every((u) => 'id' in u)
        ? 'unchanged'
        : 'update';
    work.push({
      planned: { rowNumber: row.rowNumber, outcome, key, problems: [], texts: row.texts, creates },
      values: parsed.data,
      ...(current ? { current, currentUnitIds } : {}),
      ...(landlord ? { landlord } : {}),
      units: rowUnits,
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'leaseNumber', L.leaseNumber);

  // No unit let twice for the same time: against the registers, and within the file.
  const inFile = new Map<string, { rowNumber: number; startDate: string; endsOn: string }[]>();
  for (const w of work) {
    if (w.planned.outcome === 'refused' || w.planned.outcome === 'unchanged' || !w.values) continue;
    // Worked out once per row: the write stores the same derived values (deadlines, current rent).
    w.derived = derive({ ...w.values, noticeEndsOn: null }, kpi, today);
    const endsOn = w.derived.endsOn ?? OPEN_END;
    for (const u of w.units ?? []) {
      const unitKey = 'id' in u ? String(u.id) : `new:${u.create}`;
      const label = 'id' in u ? u.objectNumber : u.create;
      const clash =
        'id' in u
          ? (heldBy.get(u.id) ?? []).find(
              (h) =>
                h.leaseId !== w.current?.id && h.startDate <= endsOn && (h.endsOn ?? OPEN_END) >= valuesOf(w).startDate,
            )
          : undefined;
      const earlier = (inFile.get(unitKey) ?? []).find(
        (e) => e.startDate <= endsOn && e.endsOn >= valuesOf(w).startDate,
      );
      if (clash || earlier) {
        w.planned.outcome = 'refused';
        w.planned.problems.push({
          field: 'units',
          message: clash
            ? `${L.unitIds}: ${label} ingår redan i hyresavtal ${clash.leaseNumber} (${clash.endsOn ? `${clash.startDate}–${clash.endsOn}` : `från ${clash.startDate}, tills vidare`}) under samma period.`
            : `${L.unitIds}: ${label} ingår redan i avtalet på rad ${earlier!.rowNumber} i filen under samma period.`,
        });
        break;
      }
      if (w.values.status !== 'avslutad')
        inFile.set(unitKey, [
          ...(inFile.get(unitKey) ?? []),
          { rowNumber: w.planned.rowNumber, startDate: w.values.startDate, endsOn },
        ]);
    }
  }

  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter(
        (w) =>
          accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused' && w.planned.outcome !== 'unchanged',
      );
      const records: BatchRecord[] = [];
      const record = (entity: string, id: number) =>
        records.push({ entity, entityId: id, action: 'create', versionAfter: 1, before: null });

      // Landlords and units the accepted rows need, created first.
      const neededLandlords = [
        ...new Set(chosen.flatMap((w) => (w.landlord && 'create' in w.landlord ? [w.landlord.create] : []))),
      ];
      const landlordRows = await createRecords(
        wctx,
        ORGANISATION,
        neededLandlords.map((n) => organisationColumns(newLandlords.get(n)!.values)),
      );
      const landlordIds = new Map(neededLandlords.map((n, i) => [n, landlordRows[i]!.id]));
      landlordRows.forEach((r) => record(ORGANISATION.entity, r.id));
      const neededUnits = [
        ...new Set(chosen.flatMap((w) => (w.units ?? []).flatMap((u) => ('create' in u ? [u.create] : [])))),
      ];
      const unitValues = neededUnits.map((n) => {
        const u = newUnits.get(n)!;
        const owner = u.landlordKey.startsWith('new:')
          ? landlordIds.get(u.landlordKey.slice(4))!
          : Number(u.landlordKey);
        return unitColumns(
          unitInputSchema.parse({
            objectNumber: u.objectNumber,
            kind: 'lagenhet',
            use: 'bostadssocial',
            address: u.address,
            postalCode: '',
            district: '',
            rooms: null,
            areaM2: null,
            floor: null,
            responsibleDepartmentId: u.departmentId,
            ownerType: 'hyresvard',
            ownerOrganisationId: owner,
            site: '',
            permitEndDate: '',
            status: 'ledig',
            notes: '',
          }),
        );
      });
      const unitRows = await createRecords(wctx, UNIT, unitValues);
      const unitIds = new Map(
        neededUnits.map((n, i) => [
          n,
          { id: unitRows[i]!.id, objectNumber: n, address: String(unitRows[i]!['address']) },
        ]),
      );
      unitRows.forEach((r) => record(UNIT.entity, r.id));

      // New leases: numbers in one step, then the rows and their units in chunks.
      const fresh = chosen.filter((w) => w.planned.outcome === 'new');
      const allocated = await allocateLeaseNumbers(wctx, fresh.filter((w) => w.planned.key === null).length);
      const landlordNames = new Map<number, string>(
        (
          await fetchWhereIn<{ id: number; name: string }>(
            wctx,
            'organisations',
            'id',
            [
              ...new Set(
                fresh.map((w) =>
                  w.landlord && 'id' in w.landlord
                    ? w.landlord.id
                    : landlordIds.get((w.landlord as { create: string }).create)!,
                ),
              ),
            ],
            ['id', 'name'],
          )
        ).map((o) => [o.id, o.name]),
      );
      let next = 0;
      const today = wctx.clock.today();
      const prepared = fresh.map((w) => {
        const landlordId =
          w.landlord && 'id' in w.landlord
            ? w.landlord.id
            : landlordIds.get((w.landlord as { create: string }).create)!;
        const leaseUnits = (w.units ?? []).map((u) => ('create' in u ? unitIds.get(u.create)! : u));
        const values: LeaseValues = { ...valuesOf(w), landlordId, unitIds: leaseUnits.map((u) => u.id) };
        const leaseNumber = w.planned.key ?? allocated[next++]!;
        return {
          unitIds: values.unitIds,
          columns: {
            leaseNumber,
            ...leaseColumns(values, leaseNumber, {
              units: leaseUnits,
              landlordName: landlordNames.get(landlordId) ?? '',
              kpi,
              today,
              noticeEndsOn: null,
              ...(w.derived ? { derived: w.derived } : {}),
            }),
          },
        };
      });
      const leaseRows = await createRecords(
        wctx,
        LEASE,
        prepared.map((p) => p.columns),
        progress,
      );
      leaseRows.forEach((r) => record(LEASE.entity, r.id));
      const linkRows = leaseRows.flatMap((r, i) => prepared[i]!.unitIds.map((unitId) => ({ leaseId: r.id, unitId })));
      for (let i = 0; i < linkRows.length; i += BULK_CHUNK)
        await wctx.db('leaseUnits').insert(linkRows.slice(i, i + BULK_CHUNK));

      // Changed leases: one at a time through the lease service, as a form save.
      let done = leaseRows.length;
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const landlordId =
          w.landlord && 'id' in w.landlord
            ? w.landlord.id
            : landlordIds.get((w.landlord as { create: string }).create)!;
        const ids = (w.units ?? []).map((u) => ('create' in u ? unitIds.get(u.create)!.id : u.id));
        const after = await updateLease(wctx, {
          ...valuesOf(w),
          landlordId,
          unitIds: ids.length > 0 ? ids : valuesOf(w).unitIds,
          id: currentOf(w).id,
          version: currentOf(w).version,
        });
        records.push({
          entity: LEASE.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: { ...w.current, unitIds: w.currentUnitIds },
        });
        if (++done % 100 === 0) await progress(done);
      }
      return records;
    },
  };
};

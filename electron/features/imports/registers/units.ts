/** Bostäder from a list, matched on object number. */
import type { z } from 'zod';
import { importFields } from '../../../../shared/imports/registers';
import { unitInputSchema, unitLabels } from '../../../../shared/units/schema';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { UNIT, unitColumns, updateUnit } from '../../units/service';
import { unitOwnerWarnings } from '../../units/ownerWarnings';
import { readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { departmentLookup, findLandlord, organisationLookup } from '../lookups';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type PlannedWork,
  type Planner,
  writeNewAndChanged,
} from '../plan';

const FIELDS = importFields.units;
type UnitValues = z.output<typeof unitInputSchema>;

const TEXT_KEYS: (keyof TableRow<'units'>)[] = [
  'objectNumber',
  'kind',
  'use',
  'address',
  'postalCode',
  'district',
  'site',
  'permitEndDate',
  'status',
  'notes',
  'ownerType',
];
const OTHER_KEYS: (keyof TableRow<'units'>)[] = [
  'rooms',
  'areaM2',
  'floor',
  'responsibleDepartmentId',
  'ownerOrganisationId',
];

function asInput(row: TableRow<'units'>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) input[k] = row[k] ?? '';
  for (const k of OTHER_KEYS) input[k] = row[k] === null || row[k] === undefined ? null : Number(row[k]);
  return input;
}

const FIELD_OF = { responsibleDepartmentId: 'responsibleDepartment', ownerOrganisationId: 'owner' };

export const planUnits: Planner = async (ctx, rows) => {
  const departments = await departmentLookup(ctx, unitLabels.responsibleDepartmentId);
  const orgs = await organisationLookup(ctx);
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, ctx.clock.today()) }));
  const numbers = read.map((r) => String(r.values['objectNumber'] ?? '').toUpperCase()).filter(Boolean);
  const existing = new Map((await fetchWhereIn(ctx, 'units', 'objectNumber', numbers)).map((u) => [u.objectNumber, u]));
  const work: PlannedWork<UnitValues, TableRow<'units'>>[] = [];
  for (const { row, values, problems } of read) {
    const key = values['objectNumber'] ? String(values['objectNumber']).toUpperCase() : null;
    const refs: Record<string, unknown> = {};
    const more: Problem[] = [];
    if (row.raw.has('responsibleDepartment') && values['responsibleDepartment']) {
      const d = departments(String(values['responsibleDepartment']));
      if (d.ok) refs['responsibleDepartmentId'] = d.value.id;
      else more.push({ field: 'responsibleDepartment', message: d.message });
    }
    if (row.raw.has('owner') && values['owner']) {
      const o = findLandlord(orgs, unitLabels.ownerOrganisationId, String(values['owner']), null);
      if (o === null)
        more.push({
          field: 'owner',
          message: `${unitLabels.ownerOrganisationId}: "${String(values['owner'])}" finns inte bland hyresvärdarna.`,
        });
      else if (!o.ok) more.push({ field: 'owner', message: o.message });
      else refs['ownerOrganisationId'] = o.value.id;
    } else if (row.raw.has('owner')) refs['ownerOrganisationId'] = null;
    if (problems.length + more.length > 0) {
      work.push({ planned: refused(row, key, [...problems, ...more]) });
      continue;
    }
    const current = key ? existing.get(key) : undefined;
    const { responsibleDepartment: _d, owner: _o, ...plain } = values;
    for (const k of Object.keys(plain)) if (plain[k] === null && new Set<string>(TEXT_KEYS).has(k)) plain[k] = '';
    const defaults = current
      ? asInput(current)
      : {
          status: 'ledig',
          postalCode: '',
          district: '',
          site: '',
          permitEndDate: '',
          notes: '',
          rooms: null,
          areaM2: null,
          floor: null,
          ownerOrganisationId: null,
        };
    const merged: Record<string, unknown> = { ...defaults, ...plain, ...refs };
    if (!row.raw.has('ownerType') || !merged['ownerType'])
      merged['ownerType'] = merged['ownerOrganisationId'] ? 'hyresvard' : 'staden';
    if (!merged['status']) merged['status'] = 'ledig';
    const parsed = unitInputSchema.safeParse(merged);
    if (!parsed.success) {
      work.push({ planned: refused(row, key, schemaProblems(parsed.error.issues, FIELD_OF)) });
      continue;
    }
    const ownerChanged =
      current !== undefined &&
      (current['ownerType'] !== parsed.data.ownerType ||
        (current['ownerOrganisationId'] ?? null) !== parsed.data.ownerOrganisationId);
    // The unit's form asks for a confirm here; a list has none to give, so the row waits for the form.
    const warnings = ownerChanged
      ? await unitOwnerWarnings(ctx, current.id, parsed.data.objectNumber, parsed.data)
      : [];
    if (warnings.length > 0) {
      const message = `${unitLabels.ownerType}: ${warnings.join(' ')} Ändra ägaren i Bostäder och bekräfta där om det är avsiktligt.`;
      work.push({ planned: refused(row, key, [{ field: 'ownerType', message }]) });
      continue;
    }
    const outcome = !current ? 'new' : sameValues(asInput(current), parsed.data) ? 'unchanged' : 'update';
    work.push({
      planned: { rowNumber: row.rowNumber, outcome, key, problems: [], texts: row.texts, creates: [] },
      values: parsed.data,
      ...(current ? { current } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'objectNumber', unitLabels.objectNumber);
  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const { records } = await writeNewAndChanged(wctx, work, accepted, progress, {
        info: UNIT,
        columns: unitColumns,
        update: (c, values, current) => updateUnit(c, { ...values, id: current.id, version: current.version }),
      });
      return records;
    },
  };
};

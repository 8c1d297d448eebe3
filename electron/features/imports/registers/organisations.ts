/** Hyresvärdar och byggaktörer from a list, matched on organisationsnummer. */
import type { z } from 'zod';
import { importFields } from '../../../../shared/imports/registers';
import { organisationInputSchema, organisationLabels } from '../../../../shared/organisations/schema';
import type { ServiceContext } from '../../../core/context';
import { createRecords } from '../../../core/records';
import { ORGANISATION, organisationColumns, updateOrganisation } from '../../organisations/service';
import { readFields, sameValues, schemaProblems } from '../cells';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type BatchRecord,
  type Plan,
  type PlannedRow,
  type Planner,
} from '../plan';

const FIELDS = importFields.organisations;

type OrgValues = z.output<typeof organisationInputSchema>;
type OrgDbRow = Record<string, unknown> & { id: number; version: number; orgNumber: string };

const EMPTY = {
  name: '',
  isLandlord: false,
  isDeveloper: false,
  contactPerson: '',
  phone: '',
  email: '',
  address: '',
  postalCode: '',
  city: '',
  notes: '',
};

/** A stored row as the input schema takes it (text fields as text, flags as booleans). */
function asInput(row: OrgDbRow): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of [...Object.keys(EMPTY), 'orgNumber']) {
    const v = row[key];
    input[key] = key.startsWith('is') ? Boolean(v) : (v ?? '');
  }
  return input;
}

export const planOrganisations: Planner = async (ctx, rows) => {
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, ctx.clock.today()) }));
  const numbers = read.map((r) => r.values['orgNumber']).filter((v): v is string => typeof v === 'string');
  const existing = new Map(
    (await fetchWhereIn<OrgDbRow>(ctx, 'organisations', 'orgNumber', numbers)).map((o) => [o.orgNumber, o]),
  );
  const roleMapped = rows.length > 0 && (rows[0]!.raw.has('isLandlord') || rows[0]!.raw.has('isDeveloper'));
  const work: { planned: PlannedRow; values?: OrgValues; current?: OrgDbRow }[] = [];
  for (const { row, values, problems } of read) {
    const key = typeof values['orgNumber'] === 'string' ? values['orgNumber'] : null;
    if (problems.length > 0) {
      work.push({ planned: refused(row, key, problems) });
      continue;
    }
    const current = key ? existing.get(key) : undefined;
    // A list of landlords without a role column lists landlords.
    const defaults = current ? asInput(current) : { ...EMPTY, isLandlord: !roleMapped };
    const parsed = organisationInputSchema.safeParse({ ...defaults, ...values });
    if (!parsed.success) {
      work.push({ planned: refused(row, key, schemaProblems(parsed.error.issues)) });
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
  refuseDuplicateKeys(planned, 'orgNumber', organisationLabels.orgNumber);

  const plan: Plan = {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter((w) => accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused');
      const records: BatchRecord[] = [];
      const creates = chosen.filter((w) => w.planned.outcome === 'new');
      const created = await createRecords(
        wctx,
        ORGANISATION,
        creates.map((w) => organisationColumns(w.values!)),
        progress,
      );
      for (const row of created)
        records.push({
          entity: ORGANISATION.entity,
          entityId: row.id,
          action: 'create',
          versionAfter: 1,
          before: null,
        });
      let done = created.length;
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const after = await updateOrganisation(wctx, {
          ...w.values!,
          id: w.current!.id,
          version: w.current!.version,
        });
        records.push({
          entity: ORGANISATION.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: w.current,
        });
        if (++done % 100 === 0) await progress(done);
      }
      return records;
    },
  };
  return plan;
};

/**
 * Hushåll from a list, one row per household: the contract holder (and a
 * co-applicant) by personnummer or samordningsnummer, 10 or 12 digits.
 * Matched on the holder's number among the registered members. The rules
 * are the form's: the household schema, and a person belongs to one
 * household only.
 */
import type { z } from 'zod';
import { householdInputSchema, householdLabels, memberLabels } from '../../../../shared/households/schema';
import { maskIdentityNumber } from '../../../../shared/households/personnummer';
import { importFields } from '../../../../shared/imports/registers';
import { appendAuditMany, BULK_CHUNK } from '../../../core/audit';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { createRecords } from '../../../core/records';
import { auditMembers, HOUSEHOLD, householdColumns, identityKindOf, updateHousehold } from '../../households/service';
import { maskedIdentityTexts, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { departmentLookup } from '../lookups';
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

const FIELDS = importFields.households;
const MASKED = ['holderIdentity', 'coIdentity'];
const H = householdLabels;
type HouseholdValues = z.output<typeof householdInputSchema>;
type Member = { name: string; identityNumber: string; isHolder: boolean };

const TEXT_KEYS: (keyof TableRow<'households'>)[] = [
  'targetGroup',
  'caseworkerName',
  'caseworkerPhone',
  'caseworkerEmail',
  'phone',
  'email',
  'postalAddress',
  'notes',
];

function asInput(row: TableRow<'households'>, members: Member[]): Record<string, unknown> {
  const input: Record<string, unknown> = { members };
  for (const k of TEXT_KEYS) input[k] = row[k] ?? '';
  for (const k of ['householdSize', 'childrenCount', 'referringDepartmentId'] as const) input[k] = Number(row[k]);
  return input;
}

/** Members as compared: one string, so a changed name, number or holder shows. */
function membersKey(members: Member[]): string {
  return JSON.stringify([...members].map((m) => [m.identityNumber, m.name, m.isHolder]).sort());
}

export const planHouseholds: Planner = async (ctx, rows) => {
  const today = ctx.clock.today();
  const departments = await departmentLookup(ctx, H.referringDepartmentId);
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, today) }));
  const numbers = read.flatMap((r) =>
    [r.values['holderIdentity'], r.values['coIdentity']].filter((v): v is string => typeof v === 'string'),
  );
  // Who is registered where: the households these people already belong to.
  const memberRows = await fetchWhereIn<{ householdId: number; identityNumber: string }>(
    ctx,
    'householdMembers',
    'identityNumber',
    numbers,
    ['householdId', 'identityNumber'],
  );
  const households = new Map(
    (
      await fetchWhereIn(
        ctx,
        'households',
        'id',
        memberRows.map((m) => m.householdId),
      )
    )
      .filter((h) => h['archivedAt'] === null)
      .map((h) => [h.id, h]),
  );
  const householdOf = new Map(
    memberRows.filter((m) => households.has(m.householdId)).map((m) => [m.identityNumber, m.householdId]),
  );
  const allMembers = await fetchWhereIn<Member & { householdId: number; position: number }>(
    ctx,
    'householdMembers',
    'householdId',
    [...households.keys()],
    ['householdId', 'name', 'identityNumber', 'isHolder', 'position'],
  );
  const membersOf = new Map<number, Member[]>();
  for (const m of [...allMembers].sort((a, b) => a.position - b.position))
    membersOf.set(m.householdId, [
      ...(membersOf.get(m.householdId) ?? []),
      { name: m.name, identityNumber: m.identityNumber, isHolder: Boolean(m.isHolder) },
    ]);

  const work: {
    planned: PlannedRow;
    values?: HouseholdValues;
    current?: TableRow<'households'>;
    currentMembers?: Member[];
  }[] = [];
  for (const { row, values, problems } of read) {
    const key = typeof values['holderIdentity'] === 'string' ? values['holderIdentity'] : null;
    // The key is the person's number: shown masked, as in every list.
    const shownKey = key ? maskIdentityNumber(key) : null;
    const more: Problem[] = [...problems];
    const currentId = key ? householdOf.get(key) : undefined;
    const current = currentId !== undefined ? households.get(currentId) : undefined;
    const currentMembers = current ? (membersOf.get(current.id) ?? []) : [];
    const members: Member[] = currentMembers.map((m) => ({ ...m, isHolder: false }));
    const upsert = (name: string, identityNumber: string, isHolder: boolean) => {
      const found = members.find((m) => m.identityNumber === identityNumber);
      if (found) {
        found.name = name || found.name;
        found.isHolder = isHolder;
      } else members.push({ name, identityNumber, isHolder });
    };
    if (key) upsert(String(values['holderName'] ?? ''), key, true);
    const co = values['coIdentity'];
    if (typeof co === 'string') {
      if (!values['coName']) more.push({ field: 'coName', message: 'Medsökande: ange namnet till personnumret.' });
      else upsert(String(values['coName']), co, false);
    }
    for (const m of members) {
      const elsewhere = householdOf.get(m.identityNumber);
      if (elsewhere !== undefined && elsewhere !== current?.id)
        more.push({
          field: m.isHolder ? 'holderIdentity' : 'coIdentity',
          message: `${memberLabels.identityNumber}: ${m.name} (${maskIdentityNumber(m.identityNumber)}) finns redan i hushållet med kontraktsinnehavare ${String(households.get(elsewhere)?.['holderName'] ?? '')}.`,
        });
    }
    const input: Record<string, unknown> = current
      ? asInput(current, currentMembers)
      : {
          caseworkerName: '',
          caseworkerPhone: '',
          caseworkerEmail: '',
          phone: '',
          email: '',
          postalAddress: '',
          notes: '',
          childrenCount: 0,
        };
    for (const k of TEXT_KEYS) if (k in values) input[k] = values[k] ?? '';
    input['members'] = members;
    if (typeof values['childrenCount'] === 'number') input['childrenCount'] = values['childrenCount'];
    input['householdSize'] =
      typeof values['householdSize'] === 'number'
        ? values['householdSize']
        : Math.max(Number(input['householdSize'] ?? 0), members.length + Number(input['childrenCount'] ?? 0));
    if (values['referringDepartment']) {
      const d = departments(String(values['referringDepartment']));
      if (d.ok) input['referringDepartmentId'] = d.value.id;
      else more.push({ field: 'referringDepartment', message: d.message });
    }
    const parsed = householdInputSchema.safeParse(input);
    if (!parsed.success)
      more.push(
        ...schemaProblems(parsed.error.issues, {
          referringDepartmentId: 'referringDepartment',
          members: 'holderIdentity',
        }).filter((p) => !more.some((m) => m.field === p.field)),
      );
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, shownKey, more) });
      continue;
    }
    const { members: _m, ...plain } = parsed.data;
    const outcome = !current
      ? 'new'
      : sameValues(asInput(current, currentMembers), plain) &&
          membersKey(currentMembers) === membersKey(parsed.data.members)
        ? 'unchanged'
        : 'update';
    work.push({
      planned: {
        rowNumber: row.rowNumber,
        outcome,
        key: shownKey,
        problems: [],
        texts: row.texts,
        creates: [],
      },
      values: parsed.data,
      ...(current ? { current, currentMembers } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'holderIdentity', `${H.holderName}s personnummer`);
  // Masked once every outcome is known, for every row.
  for (const p of planned) p.texts = maskedIdentityTexts(p.texts, MASKED);

  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter(
        (w) =>
          accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused' && w.planned.outcome !== 'unchanged',
      );
      const fresh = chosen.filter((w) => w.planned.outcome === 'new');
      const created = await createRecords(
        wctx,
        HOUSEHOLD,
        fresh.map((w) => householdColumns(valuesOf(w))),
        progress,
      );
      const memberRows = created.flatMap((h, i) =>
        valuesOf(fresh[i]!).members.map((m, position) => ({
          householdId: h.id,
          position,
          name: m.name,
          identityNumber: m.identityNumber,
          identityKind: identityKindOf(m.identityNumber),
          isHolder: m.isHolder,
        })),
      );
      for (let i = 0; i < memberRows.length; i += BULK_CHUNK)
        await wctx.db('householdMembers').insert(memberRows.slice(i, i + BULK_CHUNK));
      await appendAuditMany(
        wctx,
        created.map((h, i) => ({
          entity: HOUSEHOLD.entity,
          entityId: h.id,
          action: 'members',
          before: auditMembers([]),
          after: auditMembers(valuesOf(fresh[i]!).members),
        })),
      );
      const records: BatchRecord[] = created.map((h) => ({
        entity: HOUSEHOLD.entity,
        entityId: h.id,
        action: 'create',
        versionAfter: 1,
        before: null,
      }));
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const after = await updateHousehold(wctx, {
          ...valuesOf(w),
          id: currentOf(w).id,
          version: currentOf(w).version,
        });
        records.push({
          entity: HOUSEHOLD.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: { ...w.current, members: w.currentMembers },
        });
      }
      return records;
    },
  };
};

/**
 * Hyresgarantier from a list: the household by the holder's (or a
 * member's) personnummer, the landlord by organisationsnummer or name.
 * A guarantee has no number of its own, so a row is matched on household,
 * landlord and the address of the first-hand lease it covers. The rules
 * are the guarantees service's, and its own create and update write the
 * rows (guarantees are counted in hundreds, not thousands): the schema, a
 * landlord that is one, a household that is not archived, "inom kvot" only
 * with the household's quota placement with that landlord, an upphörd
 * guarantee not changed, and never less guaranteed than already paid out.
 */
import { formatMoney } from '../../../../shared/core/money';
import { guaranteeInputSchema, guaranteeLabels, type GuaranteeValues } from '../../../../shared/guarantees/schema';
import { maskIdentityNumber } from '../../../../shared/households/personnummer';
import { importFields } from '../../../../shared/imports/registers';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { GUARANTEE, createGuaranteeRecord, updateGuarantee } from '../../guarantees/service';
import { lookupKey, maskedIdentityTexts, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { findLandlord, organisationLookup } from '../lookups';
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

const FIELDS = importFields.guarantees;
const MASKED = ['holderIdentity'];
const G = guaranteeLabels;
const FIELD_OF = { householdId: 'holderIdentity', landlordId: 'landlord' };

const COMPARED = [
  'householdId',
  'landlordId',
  'leaseAddress',
  'leaseReference',
  'monthlyRent',
  'guaranteedAmount',
  'startDate',
  'endDate',
  'firstHandLease',
  'canPayWithoutForsorjningsstod',
  'grantAppliedOn',
  'notes',
] as const;

function asInput(row: TableRow<'rentGuarantees'>): Record<string, unknown> {
  const input: Record<string, unknown> = Object.fromEntries(COMPARED.map((k) => [k, row[k] ?? null]));
  for (const k of ['monthlyRent', 'guaranteedAmount'] as const) input[k] = Number(row[k]);
  input['firstHandLease'] = Boolean(row['firstHandLease']);
  const canPay = row['canPayWithoutForsorjningsstod'];
  input['canPayWithoutForsorjningsstod'] = canPay === null || canPay === undefined ? null : Boolean(canPay);
  input['withinQuota'] = row.placementId !== null;
  return input;
}

export const planGuarantees: Planner = async (ctx, rows) => {
  const today = ctx.clock.today();
  const orgs = await organisationLookup(ctx);
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, today) }));
  const numbers = read.map((r) => r.values['holderIdentity']).filter((v): v is string => typeof v === 'string');
  const memberRows = await fetchWhereIn<{ householdId: number; identityNumber: string }>(
    ctx,
    'householdMembers',
    'identityNumber',
    numbers,
    ['householdId', 'identityNumber'],
  );
  const liveHouseholds = new Set(
    (
      await fetchWhereIn<{ id: number; archivedAt: string | null }>(
        ctx,
        'households',
        'id',
        memberRows.map((m) => m.householdId),
        ['id', 'archivedAt'],
      )
    )
      .filter((h) => h.archivedAt === null)
      .map((h) => h.id),
  );
  const householdOf = new Map(
    memberRows.filter((m) => liveHouseholds.has(m.householdId)).map((m) => [m.identityNumber, m.householdId]),
  );
  const householdIds = [...liveHouseholds];
  const existing = (await fetchWhereIn(ctx, 'rentGuarantees', 'householdId', householdIds)).filter(
    (g) => g.archivedAt === null,
  );
  const naturalKey = (householdId: number, landlordId: number, address: string) =>
    `${householdId}:${landlordId}:${lookupKey(address)}`;
  const byKey = new Map<string, TableRow<'rentGuarantees'>>();
  // The latest first, so an open guarantee wins over one that has ended at the same address.
  for (const g of [...existing].sort((a, b) => String(a['startDate']).localeCompare(String(b['startDate']))))
    byKey.set(naturalKey(g.householdId, g.landlordId, g.leaseAddress), g);
  const placements = new Set(
    (
      await fetchWhereIn<{ householdId: number; landlordId: number; archivedAt: string | null }>(
        ctx,
        'quotaPlacements',
        'householdId',
        householdIds,
        ['householdId', 'landlordId', 'archivedAt'],
      )
    )
      .filter((p) => p.archivedAt === null)
      .map((p) => `${p.householdId}:${p.landlordId}`),
  );

  const work: {
    planned: PlannedRow;
    values?: GuaranteeValues;
    current?: TableRow<'rentGuarantees'>;
    shownKey: string | null;
  }[] = [];
  for (const { row, values, problems } of read) {
    const more: Problem[] = [...problems];
    const identity = typeof values['holderIdentity'] === 'string' ? values['holderIdentity'] : null;
    const householdId = identity ? householdOf.get(identity) : undefined;
    if (identity && householdId === undefined)
      more.push({
        field: 'holderIdentity',
        message: `${G.householdId}: ingen i hushållsregistret har personnumret ${maskIdentityNumber(identity)}; läs in eller registrera hushållet först.`,
      });
    const landlordName = String(values['landlord'] ?? '');
    const orgNumber = typeof values['landlordOrgNumber'] === 'string' ? values['landlordOrgNumber'] : null;
    const found = findLandlord(orgs, G.landlordId, landlordName, orgNumber);
    if (!found)
      more.push({
        field: 'landlord',
        message: `${G.landlordId}: "${landlordName || orgNumber}" finns inte bland hyresvärdarna.`,
      });
    else if (!found.ok) more.push({ field: 'landlord', message: found.message });
    const landlordId = found?.ok ? found.value.id : undefined;
    const address = String(values['leaseAddress'] ?? '');
    const key =
      householdId !== undefined && landlordId !== undefined ? naturalKey(householdId, landlordId, address) : null;
    const shownKey = identity ? `${maskIdentityNumber(identity)}, ${address}` : null;
    const current = key ? byKey.get(key) : undefined;

    const input: Record<string, unknown> = current
      ? asInput(current)
      : {
          leaseReference: null,
          endDate: null,
          firstHandLease: true,
          canPayWithoutForsorjningsstod: null,
          withinQuota: false,
          grantAppliedOn: null,
          notes: null,
        };
    for (const k of [...COMPARED, 'withinQuota'])
      if (k in values && k !== 'householdId' && k !== 'landlordId') input[k] = values[k] === '' ? null : values[k];
    // An empty cell is "not known" for this one yes-or-no, not "no".
    if ('canPayWithoutForsorjningsstod' in values && row.texts['canPayWithoutForsorjningsstod'] === '')
      input['canPayWithoutForsorjningsstod'] = null;
    input['householdId'] = householdId;
    input['landlordId'] = landlordId;
    const parsed = guaranteeInputSchema.safeParse(input);
    if (!parsed.success)
      more.push(...schemaProblems(parsed.error.issues, FIELD_OF).filter((p) => !more.some((m) => m.field === p.field)));
    if (parsed.success && parsed.data.withinQuota && !placements.has(`${householdId}:${landlordId}`))
      more.push({
        field: 'withinQuota',
        message: `${G.withinQuota}: hushållet har ingen kvotplacering hos hyresvärden; registrera placeringen under Kvoter först.`,
      });
    if (current?.status === 'upphord' && parsed.success && !sameValues(asInput(current), parsed.data))
      more.push({
        field: 'leaseAddress',
        message: `${GUARANTEE.label} för ${current.leaseAddress} har upphört${current.endedOn ? ` (${current.endedOn})` : ''} och ändras inte längre.`,
      });
    if (current && parsed.success && parsed.data.guaranteedAmount < Number(current.claimedTotal))
      more.push({
        field: 'guaranteedAmount',
        message: `${G.guaranteedAmount}: kan inte vara lägre än det som redan betalats ut (${formatMoney(Number(current.claimedTotal))}).`,
      });
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, key, more), shownKey });
      continue;
    }
    const outcome = !current ? 'new' : sameValues(asInput(current), parsed.data) ? 'unchanged' : 'update';
    work.push({
      planned: {
        rowNumber: row.rowNumber,
        outcome,
        key,
        problems: [],
        texts: row.texts,
        creates: [],
      },
      values: parsed.data,
      shownKey,
      ...(current ? { current } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  // Duplicates on the real key; then the key as lists show it, the personnummer masked.
  refuseDuplicateKeys(planned, 'leaseAddress', `${G.householdId}, ${G.landlordId.toLowerCase()} och adress`);
  for (const w of work) {
    for (const p of w.planned.problems)
      if (w.planned.key) p.message = p.message.replace(w.planned.key, w.shownKey ?? '');
    w.planned.key = w.shownKey;
    w.planned.texts = maskedIdentityTexts(w.planned.texts, MASKED);
  }

  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter(
        (w) =>
          accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused' && w.planned.outcome !== 'unchanged',
      );
      const records: BatchRecord[] = [];
      let done = 0;
      for (const w of chosen) {
        if (w.planned.outcome === 'new') {
          const id = await createGuaranteeRecord(wctx, valuesOf(w));
          records.push({ entity: GUARANTEE.entity, entityId: id, action: 'create', versionAfter: 1, before: null });
        } else {
          const after = await updateGuarantee(wctx, {
            ...valuesOf(w),
            id: currentOf(w).id,
            version: currentOf(w).version,
          });
          records.push({
            entity: GUARANTEE.entity,
            entityId: after.id,
            action: 'update',
            versionAfter: after.version,
            before: w.current,
          });
        }
        if (++done % 100 === 0) await progress(done);
      }
      return records;
    },
  };
};

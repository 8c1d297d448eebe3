/**
 * Markanvisningar from a list, matched on fastighetsbeteckning, with the
 * developer by organisationsnummer or name. Deliveries are not read from
 * lists yet (each names a unit and a date; registered in the app).
 */
import { importFields } from '../../../../shared/imports/registers';
import { parseOrganisationNumber } from '../../../../shared/organisations/orgnr';
import {
  landAgreementInputSchema,
  landAgreementLabels,
  type LandAgreementValues,
} from '../../../../shared/landAgreements/schema';
import type { ServiceContext } from '../../../core/context';
import { createRecords } from '../../../core/records';
import { LAND_AGREEMENT, storedValues, updateLandAgreement } from '../../landAgreements/service';
import { lookupKey, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { organisationLookup } from '../lookups';
import { fetchWhereIn, refused, refuseDuplicateKeys, type BatchRecord, type PlannedRow, type Planner } from '../plan';

const FIELDS = importFields.landAgreements;
const M = landAgreementLabels;
type AgreementDbRow = Record<string, unknown> & { id: number; version: number; propertyDesignation: string };

const TEXT_KEYS = [
  'projectName',
  'propertyDesignation',
  'agreementKind',
  'signedDate',
  'owedOverrideReason',
  'dueDate',
  'waivedDate',
  'waiverReason',
  'waiverDecisionRef',
  'notes',
];
const NUMBER_KEYS = [
  'developerOrganisationId',
  'volumeDwellings',
  'grossFloorAreaM2',
  'commitmentPercent',
  'owedOverride',
];

function asInput(row: AgreementDbRow): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) input[k] = row[k] ?? '';
  for (const k of NUMBER_KEYS) input[k] = row[k] === null || row[k] === undefined ? null : Number(row[k]);
  return input;
}

export const planLandAgreements: Planner = async (ctx, rows) => {
  const orgs = await organisationLookup(ctx);
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, ctx.clock.today()) }));
  const designations = read.map((r) => String(r.values['propertyDesignation'] ?? '')).filter(Boolean);
  const existing = new Map(
    (await fetchWhereIn<AgreementDbRow>(ctx, 'landAgreements', 'propertyDesignation', designations))
      .filter((a) => a['archivedAt'] === null)
      .map((a) => [lookupKey(a.propertyDesignation), a]),
  );
  const work: { planned: PlannedRow; values?: LandAgreementValues; current?: AgreementDbRow }[] = [];
  for (const { row, values, problems } of read) {
    const key = values['propertyDesignation'] ? String(values['propertyDesignation']) : null;
    const more: Problem[] = [...problems];
    const current = key ? existing.get(lookupKey(key)) : undefined;
    const input: Record<string, unknown> = current
      ? asInput(current)
      : {
          owedOverride: null,
          owedOverrideReason: '',
          dueDate: '',
          waivedDate: '',
          waiverReason: '',
          waiverDecisionRef: '',
          notes: '',
          grossFloorAreaM2: null,
        };
    for (const k of [...TEXT_KEYS, ...NUMBER_KEYS])
      if (k in values) input[k] = values[k] ?? (TEXT_KEYS.includes(k) ? '' : null);
    if (input['commitmentPercent'] === null || input['commitmentPercent'] === undefined)
      delete input['commitmentPercent'];
    const name = String(values['developer'] ?? '');
    const orgNumber = typeof values['developerOrgNumber'] === 'string' ? values['developerOrgNumber'] : null;
    // The developer column may hold the number itself.
    const asNumber = parseOrganisationNumber(name);
    const number = orgNumber ?? (asNumber.ok ? asNumber.value : null);
    const found = number ? orgs.byNumber.get(number) : (orgs.byName.get(lookupKey(name)) ?? [])[0];
    if (!found)
      more.push({
        field: 'developer',
        message: `${M.developerOrganisationId}: "${name || orgNumber}" finns inte bland byggaktörerna.`,
      });
    else {
      if (!found.isDeveloper)
        more.push({
          field: 'developer',
          message: `${M.developerOrganisationId}: ${found.name} är inte registrerad som byggaktör.`,
        });
      input['developerOrganisationId'] = found.id;
    }
    const parsed = landAgreementInputSchema.safeParse(input);
    if (!parsed.success)
      more.push(
        ...schemaProblems(parsed.error.issues, { developerOrganisationId: 'developer' }).filter(
          (p) => !more.some((m) => m.field === p.field),
        ),
      );
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, key, more) });
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
  refuseDuplicateKeys(planned, 'propertyDesignation', M.propertyDesignation);
  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter(
        (w) =>
          accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused' && w.planned.outcome !== 'unchanged',
      );
      const created = await createRecords(
        wctx,
        LAND_AGREEMENT,
        chosen.filter((w) => w.planned.outcome === 'new').map((w) => storedValues(w.values!)),
        progress,
      );
      const records: BatchRecord[] = created.map((r) => ({
        entity: LAND_AGREEMENT.entity,
        entityId: r.id,
        action: 'create',
        versionAfter: 1,
        before: null,
      }));
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const after = await updateLandAgreement(wctx, { ...w.values!, id: w.current!.id, version: w.current!.version });
        records.push({
          entity: LAND_AGREEMENT.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: w.current,
        });
      }
      return records;
    },
  };
};

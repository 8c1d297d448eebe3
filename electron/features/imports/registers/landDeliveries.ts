/**
 * Leveranser from a list: each row names a land agreement (by
 * fastighetsbeteckning or project name), a unit (by object number or
 * address) and the day it was handed over. Matched on the unit, since a
 * unit counts only once. The rules are the delivery service's: an agreement
 * that is not archived, a unit in Bestånd, handed over between the signing
 * and today, a unit not already counted (for this agreement or another),
 * and a lease that is one of the unit's (left empty: the unit's lease in
 * force on the day, as the form proposes). The agreement's delivered count
 * is recounted after the write, as every delivery save does.
 */
import {
  defaultDeliveryLease,
  landDeliveryInputSchema,
  landDeliveryLabels,
  type LandDeliveryValues,
} from '../../../../shared/landAgreements/deliveries';
import { importFields } from '../../../../shared/imports/registers';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { LAND_DELIVERY, recountDeliveries, updateDelivery } from '../../landAgreements/deliveries';
import { lookupKey, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { leasesOfUnits, unitLookup } from '../lookups';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type PlannedWork,
  type Planner,
  writeNewAndChanged,
  valuesOf,
} from '../plan';

const FIELDS = importFields.landDeliveries;
const D = landDeliveryLabels;
const FIELD_OF = { landAgreementId: 'agreement', unitId: 'unit', leaseId: 'lease' };

interface AgreementRef {
  id: number;
  projectName: string;
  propertyDesignation: string;
  signedDate: string;
}

export const planLandDeliveries: Planner = async (ctx, rows) => {
  const today = ctx.clock.today();
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, today) }));
  // Agreements are few (a handful a year): all of them, by designation and by project name.
  const agreements = await ctx
    .db('landAgreements')
    .whereNull('archivedAt')
    .select('id', 'projectName', 'propertyDesignation', 'signedDate');
  const agreementsByKey = new Map<string, AgreementRef[]>();
  for (const a of agreements)
    for (const k of new Set([lookupKey(a.propertyDesignation), lookupKey(a.projectName)]))
      agreementsByKey.set(k, [...(agreementsByKey.get(k) ?? []), a]);
  const agreementName = new Map<number, string>(
    (await ctx.db('landAgreements').select('id', 'projectName')).map((a) => [a.id, a.projectName]),
  );

  const units = await unitLookup(
    ctx,
    read.map((r) => String(r.values['unit'] ?? '').toUpperCase()).filter(Boolean),
    read.map((r) => String(r.values['unitAddress'] ?? '')).filter(Boolean),
  );
  const unitIds = [...new Set([...units.byNumber.values()].map((u) => u.id))];
  const leasesOf = await leasesOfUnits(ctx, unitIds);
  const counted = new Map(
    (await fetchWhereIn(ctx, 'landDeliveries', 'unitId', unitIds))
      .filter((d) => d['archivedAt'] === null)
      .map((d) => [d.unitId, d]),
  );

  const work: PlannedWork<LandDeliveryValues, TableRow<'landDeliveries'>>[] = [];
  for (const { row, values, problems } of read) {
    const more: Problem[] = [...problems];
    const agreementText = String(values['agreement'] ?? '');
    const found = agreementsByKey.get(lookupKey(agreementText)) ?? [];
    const agreement = found.length === 1 ? found[0] : undefined;
    if (agreementText && found.length === 0)
      more.push({
        field: 'agreement',
        message: `${D.landAgreementId}: "${agreementText}" finns inte bland markanvisningarna (ange fastighetsbeteckning eller projekt).`,
      });
    else if (found.length > 1)
      more.push({
        field: 'agreement',
        message: `${D.landAgreementId}: flera markanvisningar heter "${agreementText}"; ange fastighetsbeteckningen.`,
      });

    let unit: { id: number; objectNumber: string } | undefined;
    const unitNumber = String(values['unit'] ?? '').toUpperCase();
    const address = String(values['unitAddress'] ?? '');
    if (unitNumber) {
      const u = units.byNumber.get(unitNumber);
      if (!u) more.push({ field: 'unit', message: `${D.unitId}: ${unitNumber} finns inte i Bestånd.` });
      else if (u.archivedAt)
        more.push({ field: 'unit', message: `${D.unitId}: ${unitNumber} är arkiverad i Bestånd.` });
      else unit = u;
    } else if (address) {
      const byAddress = units.byAddress.get(lookupKey(address)) ?? [];
      if (byAddress.length === 1 && !byAddress[0]!.archivedAt) unit = byAddress[0];
      else
        more.push({
          field: 'unitAddress',
          message:
            byAddress.length > 1
              ? `${D.unitId}: flera bostäder har adressen ${address}; ange objektnummer.`
              : `${D.unitId}: ingen bostad har adressen ${address}; ange objektnummer.`,
        });
    } else more.push({ field: 'unit', message: `${D.unitId}: ange bostadens objektnummer eller adress.` });
    const key = unit?.objectNumber ?? (unitNumber || null);

    const date = typeof values['handedOverDate'] === 'string' ? values['handedOverDate'] : '';
    if (agreement && date && date < agreement.signedDate)
      more.push({
        field: 'handedOverDate',
        message: `${D.handedOverDate}: ${date} är före avtalet undertecknades (${agreement.signedDate}); en leverans räknas från avtalets datum.`,
      });
    if (date && date > today)
      more.push({
        field: 'handedOverDate',
        message: `${D.handedOverDate}: ${date} har inte inträffat än; registrera leveransen när bostaden är överlämnad.`,
      });

    // A unit counts once: a delivery of it under another agreement refuses the row; under this one, it is the row's.
    const existing = unit ? counted.get(unit.id) : undefined;
    const current = existing && agreement && existing.landAgreementId === agreement.id ? existing : undefined;
    if (existing && !current && unit)
      more.push({
        field: 'unit',
        message: `${D.unitId}: ${unit.objectNumber} är redan lämnad ${existing.handedOverDate} i ${agreementName.get(existing.landAgreementId) ?? ''}; en bostad räknas bara en gång.`,
      });

    const unitLeases = unit ? (leasesOf.get(unit.id) ?? []) : [];
    let leaseId: number | null = current
      ? current.leaseId
      : (defaultDeliveryLease(unitLeases, date || null)?.id ?? null);
    const leaseNumber = String(values['lease'] ?? '');
    if ('lease' in values && !leaseNumber) leaseId = null;
    else if (leaseNumber) {
      const lease = unitLeases.find((l) => lookupKey(l.leaseNumber) === lookupKey(leaseNumber));
      if (lease) leaseId = lease.id;
      else if (unit)
        more.push({
          field: 'lease',
          message: `${D.leaseId}: ${leaseNumber} omfattar inte ${unit.objectNumber}; ange ett av bostadens avtal eller inget.`,
        });
    }
    const parsed = landDeliveryInputSchema.safeParse({
      landAgreementId: agreement?.id,
      unitId: unit?.id,
      leaseId,
      handedOverDate: date,
      notes: 'notes' in values ? values['notes'] || null : (current?.notes ?? null),
    });
    if (!parsed.success)
      more.push(...schemaProblems(parsed.error.issues, FIELD_OF).filter((p) => !more.some((m) => m.field === p.field)));
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, key, more) });
      continue;
    }
    const outcome = !current ? 'new' : sameValues(current, parsed.data) ? 'unchanged' : 'update';
    work.push({
      planned: { rowNumber: row.rowNumber, outcome, key, problems: [], texts: row.texts, creates: [] },
      values: parsed.data,
      ...(current ? { current } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'unit', D.unitId);

  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const { records, written } = await writeNewAndChanged(wctx, work, accepted, progress, {
        info: LAND_DELIVERY,
        columns: (values) => ({ ...values }),
        update: (c, { landAgreementId: _a, ...values }, current) =>
          updateDelivery(c, { ...values, id: current.id, version: current.version }),
      });
      for (const id of new Set(written.map((w) => valuesOf(w).landAgreementId))) await recountDeliveries(wctx, id);
      return records;
    },
  };
};

/** After a revert: the agreements whose deliveries were taken out or put back are counted again. */
export async function recountAgreementsOf(
  ctx: ServiceContext,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (const id of new Set(rows.map((r) => Number(r['landAgreementId'])))) await recountDeliveries(ctx, id);
}

/**
 * Kommunala kontrakt from a list: the household by the holder's (or a
 * member's) personnummer, the unit by object number or address, the lease
 * by its number or, left empty, the one covering the contract's period, as
 * a save in the app picks it. Matched on the contract number; a list
 * without numbers matches on unit, household and start date, so the same
 * list read again is unchanged.
 *
 * The rules are the contract service's: the contract schema, a referring
 * department that follows up (SOF, VOF, AMF), the waiver's ground and end
 * date before a contract is in force (RH 2022:33), one contract per unit
 * over any overlapping period (against the registers and within the file),
 * an in-force contract keeps its unit and household, and warnings (a term
 * over four years, a period outside the lease) are refused unless the row
 * confirms them in "Bekräfta varning". A contract read in as aktivt is
 * activated as the app does it: phase Uthyrning with its phase move, and
 * the unit becomes uthyrd (recorded in the batch, so a revert puts it back).
 */
import { coveringLease, leaseWarnings } from '../../../../shared/contracts/leaseLink';
import { contractEndsOn, termWarnings } from '../../../../shared/contracts/rules';
import { contractInputSchema, contractLabels, type ContractStatus } from '../../../../shared/contracts/schema';
import { AppError } from '../../../../shared/core/result';
import { maskIdentityNumber } from '../../../../shared/households/personnummer';
import { REFERRING_DEPARTMENT_CODES } from '../../../../shared/households/schema';
import { importFields } from '../../../../shared/imports/registers';
import { BULK_CHUNK } from '../../../core/audit';
import type { ServiceContext } from '../../../core/context';
import type { TableRow } from '../../../db/tableRow';
import { createRecords, getRowOrThrow, updateRecord } from '../../../core/records';
import { allocateContractNumbers, reserveContractNumbers } from '../../contracts/numbering';
import { CONTRACT } from '../../contracts/queries';
import { activateContract } from '../../contracts/lifecycle';
import { confirmWarnings, contractDbValues, updateContract, type ContractValues } from '../../contracts/service';
import { UNIT } from '../../units/service';
import { lookupKey, maskedIdentityTexts, readFields, sameValues, schemaProblems, type Problem } from '../cells';
import { departmentLookup, leasesOfUnits, unitLookup } from '../lookups';
import {
  fetchWhereIn,
  refused,
  refuseDuplicateKeys,
  type BatchRecord,
  type PlannedRow,
  type Planner,
  valuesOf,
} from '../plan';

const FIELDS = importFields.contracts;
const MASKED = ['holderIdentity'];
const K = contractLabels;
const FIELD_OF = {
  unitId: 'unit',
  householdId: 'holderIdentity',
  referringDepartmentId: 'referringDepartment',
  leaseId: 'lease',
};

const COMPARED = [
  'unitId',
  'leaseId',
  'householdId',
  'referringDepartmentId',
  'startDate',
  'endDate',
  'monthlyRent',
  'waiverGround',
  'waiverStatus',
  'waiverApplicationDate',
  'waiverDecisionDate',
  'waiverCaseNumber',
  'landlordNotifiedDate',
  'notes',
] as const;

function storedValues(row: TableRow<'municipalContracts'>): Record<string, unknown> {
  return Object.fromEntries(COMPARED.map((k) => [k, row[k] ?? null]));
}

interface UnitState {
  id: number;
  version: number;
  status: string;
  objectNumber: string;
}

interface Work {
  planned: PlannedRow;
  values?: ContractValues;
  status?: ContractStatus;
  acknowledge?: boolean;
  acknowledgedWarnings?: string | null;
  current?: TableRow<'municipalContracts'>;
}

/** A period's end for the overlap rule: the stored end of a contract in force, else its agreed end. */
function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export const planContracts: Planner = async (ctx, rows) => {
  const today = ctx.clock.today();
  const departments = await departmentLookup(ctx, K.referringDepartmentId);
  const departmentCodes = new Map(
    (await ctx.db('departments').select('id', 'code')).map((d) => [d.id, d.code] as [number, string]),
  );
  const read = rows.map((row) => ({ row, ...readFields(FIELDS, row, today) }));

  // The households the people named belong to (not archived).
  const numbers = read.map((r) => r.values['holderIdentity']).filter((v): v is string => typeof v === 'string');
  const memberRows = await fetchWhereIn<{ householdId: number; identityNumber: string }>(
    ctx,
    'householdMembers',
    'identityNumber',
    numbers,
    ['householdId', 'identityNumber'],
  );
  const households = new Map(
    (
      await fetchWhereIn<{ id: number; holderName: string; referringDepartmentId: number; archivedAt: string | null }>(
        ctx,
        'households',
        'id',
        memberRows.map((m) => m.householdId),
        ['id', 'holderName', 'referringDepartmentId', 'archivedAt'],
      )
    )
      .filter((h) => h.archivedAt === null)
      .map((h) => [h.id, h]),
  );
  const householdOf = new Map(
    memberRows.filter((m) => households.has(m.householdId)).map((m) => [m.identityNumber, m.householdId]),
  );

  // The units, their state, their leases and the contracts already on them.
  const unitNumbers = read.map((r) => String(r.values['unit'] ?? '').toUpperCase()).filter(Boolean);
  const addresses = read.map((r) => String(r.values['unitAddress'] ?? '')).filter(Boolean);
  const units = await unitLookup(ctx, unitNumbers, addresses);
  const unitIds = [...new Set([...units.byNumber.values()].map((u) => u.id))];
  const unitState = new Map(
    (await fetchWhereIn<UnitState>(ctx, 'units', 'id', unitIds, ['id', 'version', 'status', 'objectNumber'])).map(
      (u) => [u.id, u],
    ),
  );
  const leasesOf = await leasesOfUnits(ctx, unitIds);
  const onUnits = await fetchWhereIn(ctx, 'municipalContracts', 'unitId', unitIds);
  const keys = read.map((r) => String(r.values['contractNumber'] ?? '')).filter(Boolean);
  const byNumber = new Map(
    [...onUnits, ...(await fetchWhereIn(ctx, 'municipalContracts', 'contractNumber', keys))].map((c) => [
      c.contractNumber,
      c,
    ]),
  );
  const byNatural = new Map(
    onUnits.filter((c) => c.archivedAt === null).map((c) => [`${c.unitId}:${c.householdId}:${c.startDate}`, c]),
  );
  const inForceOn = new Map<number, TableRow<'municipalContracts'>[]>();
  for (const c of onUnits)
    if (c.archivedAt === null && c.status !== 'utkast')
      inForceOn.set(c.unitId, [...(inForceOn.get(c.unitId) ?? []), c]);

  const work: Work[] = [];
  for (const { row, values, problems } of read) {
    const key = values['contractNumber'] ? String(values['contractNumber']) : null;
    const identity = typeof values['holderIdentity'] === 'string' ? values['holderIdentity'] : null;
    const more: Problem[] = [...problems];

    const householdId = identity ? householdOf.get(identity) : undefined;
    if (identity && householdId === undefined)
      more.push({
        field: 'holderIdentity',
        message: `${K.householdId}: ingen i hushållsregistret har personnumret ${maskIdentityNumber(identity)}; läs in eller registrera hushållet först.`,
      });

    let unit: { id: number; objectNumber: string } | undefined;
    const unitNumber = String(values['unit'] ?? '').toUpperCase();
    const address = String(values['unitAddress'] ?? '');
    if (unitNumber) {
      const u = units.byNumber.get(unitNumber);
      if (!u) more.push({ field: 'unit', message: `${K.unitId}: ${unitNumber} finns inte i bostadsregistret.` });
      else if (u.archivedAt) more.push({ field: 'unit', message: `${K.unitId}: ${unitNumber} är arkiverad.` });
      else unit = u;
    } else if (address) {
      const found = units.byAddress.get(lookupKey(address)) ?? [];
      if (found.length === 1 && !found[0]!.archivedAt) unit = found[0];
      else
        more.push({
          field: 'unitAddress',
          message:
            found.length > 1
              ? `${K.unitId}: flera bostäder har adressen ${address}; ange objektnummer.`
              : `${K.unitId}: ingen bostad har adressen ${address}; ange objektnummer.`,
        });
    } else more.push({ field: 'unit', message: `${K.unitId}: ange bostadens objektnummer eller adress.` });

    const byKey = key ? byNumber.get(key) : undefined;
    const startDate = typeof values['startDate'] === 'string' ? values['startDate'] : '';
    const current =
      byKey ??
      (key === null && unit && householdId !== undefined
        ? byNatural.get(`${unit.id}:${householdId}:${startDate}`)
        : undefined);
    if (current?.archivedAt)
      more.push({
        field: 'contractNumber',
        message: `${K.contractNumber}: ${current.contractNumber} är arkiverat; återställ det först.`,
      });
    if (current?.status === 'avslutat')
      more.push({
        field: 'contractNumber',
        message: `${CONTRACT.label} ${current.contractNumber} är avslutat och kan inte ändras.`,
      });

    // The referring department: the row's, else the household's.
    let referringDepartmentId =
      householdId !== undefined ? households.get(householdId)!.referringDepartmentId : undefined;
    if (values['referringDepartment']) {
      const d = departments(String(values['referringDepartment']));
      if (d.ok) referringDepartmentId = d.value.id;
      else more.push({ field: 'referringDepartment', message: d.message });
    }
    if (
      referringDepartmentId !== undefined &&
      !(REFERRING_DEPARTMENT_CODES as readonly string[]).includes(departmentCodes.get(referringDepartmentId) ?? '')
    )
      more.push({
        field: 'referringDepartment',
        message: `${K.referringDepartmentId}: välj ${REFERRING_DEPARTMENT_CODES.join(', ')} (den förvaltning som följer upp i boendet).`,
      });

    // The lease: by its number among the unit's, else the one covering the period (as a save does).
    const unitLeases = unit ? (leasesOf.get(unit.id) ?? []) : [];
    let leaseId: number | null = null;
    const leaseNumber = String(values['lease'] ?? '');
    if (leaseNumber) {
      const lease = unitLeases.find((l) => lookupKey(l.leaseNumber) === lookupKey(leaseNumber));
      if (lease) leaseId = lease.id;
      else if (unit)
        more.push({
          field: 'lease',
          message: `${K.leaseId}: ${leaseNumber} omfattar inte ${unit.objectNumber}; ange ett av bostadens avtal eller lämna fältet tomt.`,
        });
    }

    const input: Record<string, unknown> = {
      unitId: unit?.id ?? current?.unitId,
      leaseId,
      householdId: householdId ?? current?.householdId,
      referringDepartmentId,
      startDate: values['startDate'],
      endDate: values['endDate'],
      monthlyRent: values['monthlyRent'],
      waiverGround: values['waiverGround'] ?? (current ? current['waiverGround'] : null),
      waiverStatus: values['waiverStatus'] ?? (current ? current['waiverStatus'] : 'ej_ansokt'),
      waiverApplicationDate: values['waiverApplicationDate'] ?? (current ? current['waiverApplicationDate'] : null),
      waiverDecisionDate: values['waiverDecisionDate'] ?? (current ? current['waiverDecisionDate'] : null),
      waiverCaseNumber: values['waiverCaseNumber'] ?? (current ? current['waiverCaseNumber'] : null),
      landlordNotifiedDate: values['landlordNotifiedDate'] ?? (current ? current['landlordNotifiedDate'] : null),
      notes: 'notes' in values ? values['notes'] : current ? current['notes'] : null,
      acknowledgeWarnings: values['acknowledgeWarnings'] === true,
    };
    const parsed = contractInputSchema.safeParse(input);
    if (!parsed.success)
      more.push(...schemaProblems(parsed.error.issues, FIELD_OF).filter((p) => !more.some((m) => m.field === p.field)));
    if (more.length > 0 || !parsed.success) {
      work.push({ planned: refused(row, key, more) });
      continue;
    }
    const { acknowledgeWarnings, ...chosen } = parsed.data;
    const status: ContractStatus =
      (values['status'] as ContractStatus | null | undefined) ??
      (current ? (current.status as ContractStatus) : 'aktivt');
    const endsOn = contractEndsOn({
      endDate: chosen.endDate,
      terminationDate: current?.terminationDate ?? null,
      endedOn: null,
    });
    const period = { start: chosen.startDate, end: endsOn };
    const picked = chosen.leaseId ?? coveringLease(unitLeases, period)?.id ?? null;
    const contract: ContractValues = { ...chosen, leaseId: picked };
    const inForce = status !== 'utkast';

    if (current && current.status !== 'utkast' && status === 'utkast')
      more.push({
        field: 'status',
        message: `${K.status}: ${current.contractNumber} gäller redan och kan inte bli ett utkast igen.`,
      });
    if (current && current.status !== 'utkast') {
      if (contract.unitId !== current.unitId)
        more.push({
          field: 'unit',
          message: `${K.unitId}: kan inte bytas på ett kontrakt som gäller; avsluta det och skriv ett nytt.`,
        });
      if (contract.householdId !== current.householdId)
        more.push({
          field: 'holderIdentity',
          message: `${K.householdId}: kan inte bytas på ett kontrakt som gäller; avsluta det och skriv ett nytt.`,
        });
    }
    if (inForce && !contract.waiverGround)
      more.push({
        field: 'waiverGround',
        message: `${K.waiverGround}: måste anges på ett kontrakt som gäller; ett avstående utan skäl gäller inte.`,
      });
    if (inForce && (!current || current.status === 'utkast')) {
      const state = unitState.get(contract.unitId);
      if (state && (state.status === 'sparrad' || state.status === 'avvecklad'))
        more.push({
          field: 'unit',
          message: `${K.unitId}: ${state.objectNumber} har status ${state.status === 'sparrad' ? 'spärrad' : 'avvecklad'} och kan inte hyras ut.`,
        });
      // A stored draft is activated by the contract service, which refuses a unit let without a contract of ours.
      // A contract new to the register is itself why a list marks its unit uthyrd, so that is no reason to refuse it.
      const live = (inForceOn.get(contract.unitId) ?? []).some((c) => c.status === 'aktivt' || c.status === 'uppsagt');
      if (current && state?.status === 'uthyrd' && !live)
        more.push({
          field: 'unit',
          message: `${K.unitId}: ${state.objectNumber} är markerad som uthyrd utan kommunalt kontrakt; ändra bostadens status först om den är ledig.`,
        });
    }
    if (inForce) {
      const other = (inForceOn.get(contract.unitId) ?? []).find(
        (c) => c.id !== current?.id && overlaps({ start: c.startDate, end: c.endsOn }, period),
      );
      if (other)
        more.push({
          field: 'unit',
          message: `${K.unitId}: bostaden är uthyrd på ${other.contractNumber} (${other.startDate} – ${other.endsOn}) under samma tid; en bostad kan bara ha ett kontrakt åt gången.`,
        });
    }
    // The warnings a save asks about, refused unless the row confirms them.
    const warnings = [
      ...termWarnings(contract),
      ...leaseWarnings(unitLeases.find((l) => l.id === picked) ?? null, unitLeases, period),
    ];
    let acknowledgedWarnings: string | null = null;
    try {
      acknowledgedWarnings = confirmWarnings(warnings, current?.acknowledgedWarnings ?? null, acknowledgeWarnings);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      more.push({ field: 'acknowledgeWarnings', message: error.message });
    }
    if (more.length > 0) {
      work.push({ planned: refused(row, key, more) });
      continue;
    }
    const outcome = !current
      ? 'new'
      : sameValues(storedValues(current), contract) && current.status === status
        ? 'unchanged'
        : 'update';
    work.push({
      planned: {
        rowNumber: row.rowNumber,
        outcome,
        key: key ?? current?.contractNumber ?? null,
        problems: [],
        texts: row.texts,
        creates: [],
      },
      values: contract,
      status,
      acknowledge: acknowledgeWarnings,
      acknowledgedWarnings,
      ...(current ? { current } : {}),
    });
  }
  const planned = work.map((w) => w.planned);
  refuseDuplicateKeys(planned, 'contractNumber', K.contractNumber);
  // Masked once every outcome is known, for every row.
  for (const p of planned) p.texts = maskedIdentityTexts(p.texts, MASKED);

  // One contract per unit over any overlapping period, within the file too.
  const inFile = new Map<number, { rowNumber: number; start: string; end: string }[]>();
  for (const w of work) {
    if (w.planned.outcome === 'refused' || !w.values || w.status === 'utkast') continue;
    const period = {
      start: w.values.startDate,
      end: w.current?.endsOn && w.current.status === 'uppsagt' ? w.current.endsOn : w.values.endDate,
    };
    const earlier = (inFile.get(w.values.unitId) ?? []).find((e) => overlaps(e, period));
    if (earlier) {
      w.planned.outcome = 'refused';
      w.planned.problems.push({
        field: 'unit',
        message: `${K.unitId}: bostaden hyrs ut på raden ${earlier.rowNumber} i filen under samma tid; en bostad kan bara ha ett kontrakt åt gången.`,
      });
    } else
      inFile.set(w.values.unitId, [
        ...(inFile.get(w.values.unitId) ?? []),
        { rowNumber: w.planned.rowNumber, ...period },
      ]);
  }

  return {
    rows: planned,
    async write(wctx: ServiceContext, accepted, progress) {
      const chosen = work.filter(
        (w) =>
          accepted.has(w.planned.rowNumber) && w.planned.outcome !== 'refused' && w.planned.outcome !== 'unchanged',
      );
      const records: BatchRecord[] = [];
      const unitsBefore = new Map<number, Record<string, unknown>>();
      const now = wctx.clock.now();

      // New contracts: the list's own numbers kept (the series moved past ours), the rest numbered now.
      const fresh = chosen.filter((w) => w.planned.outcome === 'new');
      await reserveContractNumbers(
        wctx,
        fresh.flatMap((w) => (w.planned.key ? [w.planned.key] : [])),
      );
      const allocated = await allocateContractNumbers(wctx, fresh.filter((w) => w.planned.key === null).length);
      let next = 0;
      const created = await createRecords(
        wctx,
        CONTRACT,
        fresh.map((w) => {
          const contractNumber = w.planned.key ?? allocated[next++]!;
          w.planned.key = contractNumber;
          return {
            ...contractDbValues(valuesOf(w), contractNumber),
            contractNumber,
            status: w.status === 'aktivt' ? 'aktivt' : 'utkast',
            phase: 'uthyrning',
            phaseChangedAt: now,
            endsOn: valuesOf(w).endDate,
            acknowledgedWarnings: w.acknowledgedWarnings ?? null,
          };
        }),
        progress,
      );
      created.forEach((r) =>
        records.push({ entity: CONTRACT.entity, entityId: r.id, action: 'create', versionAfter: 1, before: null }),
      );
      // Activated as the app does it: the phase move, and the unit let.
      const activated = created.filter((r) => r['status'] === 'aktivt');
      const moves = activated.map((r) => ({
        contractId: r.id,
        fromPhase: null,
        toPhase: 'uthyrning' as const,
        responsibleDepartment: 'FF',
        movedAt: now,
        movedBy: wctx.actor.login,
        note: 'Kontraktet inläst som aktivt.',
      }));
      for (let i = 0; i < moves.length; i += BULK_CHUNK)
        await wctx.db('contractPhaseMoves').insert(moves.slice(i, i + BULK_CHUNK));
      for (const unitId of new Set(activated.map((r) => Number(r['unitId'])))) await letUnit(wctx, unitId, unitsBefore);

      // Changed contracts: one at a time through the contract service, as a form save (and an activation).
      let done = created.length;
      for (const w of chosen.filter((c) => c.planned.outcome === 'update')) {
        const current = w.current!;
        let after = await updateContract(wctx, {
          ...valuesOf(w),
          acknowledgeWarnings: w.acknowledge ?? false,
          id: current.id,
          version: current.version,
        });
        if (current.status === 'utkast' && w.status === 'aktivt') {
          const unit = await getRowOrThrow(wctx, UNIT, current.unitId);
          if (!unitsBefore.has(unit.id)) unitsBefore.set(unit.id, { ...unit });
          after = await activateContract(wctx, {
            id: after.id,
            version: after.version,
            acknowledgeWarnings: w.acknowledge ?? false,
          });
        }
        records.push({
          entity: CONTRACT.entity,
          entityId: after.id,
          action: 'update',
          versionAfter: after.version,
          before: current,
        });
        if (++done % 100 === 0) await progress(done);
      }
      // The units whose status the import changed, so a revert puts them back.
      for (const [unitId, before] of unitsBefore) {
        const now = await getRowOrThrow(wctx, UNIT, unitId);
        if (now.version !== Number(before['version']))
          records.push({ entity: UNIT.entity, entityId: unitId, action: 'update', versionAfter: now.version, before });
      }
      return records;
    },
  };
};

/** The unit becomes uthyrd under a contract read in as aktivt (unless it already is). */
async function letUnit(
  ctx: ServiceContext,
  unitId: number,
  unitsBefore: Map<number, Record<string, unknown>>,
): Promise<void> {
  const unit = await getRowOrThrow(ctx, UNIT, unitId);
  if (unit['status'] === 'uthyrd') return;
  if (!unitsBefore.has(unitId)) unitsBefore.set(unitId, { ...unit });
  await updateRecord(ctx, UNIT, unit, { status: 'uthyrd' }, 'let');
}

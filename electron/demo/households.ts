/**
 * Demo data for Boende: about 80 households (fictional names, Skatteverket's
 * test personnummer only) and kommunala kontrakt on vacant units — drafts,
 * contracts in every phase of 3:4, some given notice, some ended (freeing
 * their unit, which is then let again). Written through `dispatch`, so it
 * obeys the same rules as a user's input.
 */
import { addDays, addMonths } from '../../shared/core/dates';
import type { ContractPhase, ContractRow, EndReason, WaiverStatus } from '../../shared/contracts/schema';
import { REFERRING_DEPARTMENT_CODES, type HouseholdInput, type TargetGroup } from '../../shared/households/schema';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import type { BestandIds } from './bestand';
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { Random } from './random';
import { DEMO_PERSONNUMMER } from './testPersonnummer';

const HOUSEHOLD_COUNT = 80;

const WAIVER_GROUNDS = [
  'Genomgångsbostad inom Bostad Först; hushållet ska vidare till eget förstahandskontrakt.',
  'Tillfällig bostad under etableringstiden enligt bosättningslagen.',
  'Skyddat boende efter våld i nära relation; boendet är tidsbegränsat.',
  'Träningslägenhet med stöd från socialtjänsten inför eget kontrakt.',
  'Modulbostad på tomt med tidsbegränsat bygglov.',
] as const;

const TARGET_BY_DEPARTMENT: Record<string, TargetGroup[]> = {
  SOF: ['bostad_forst', 'bostad_forst', 'valdsutsatta', 'unga', 'ovrigt'],
  VOF: ['aldre', 'aldre', 'ovrigt'],
  AMF: ['nyanlanda', 'nyanlanda', 'unga'],
};

type Outcome = 'ended' | 'draft' | 'active' | 'terminated' | 'none';

interface Created {
  id: number;
  departmentId: number;
}

function householdInput(
  random: Random,
  numbers: string[],
  departmentCode: string,
  departmentId: number,
): HouseholdInput {
  const lastName = random.pick(LAST_NAMES);
  const adults = Math.min(numbers.length, random.pick([1, 1, 1, 2, 2, 3]));
  const members = numbers.splice(0, adults).map((identityNumber, i) => ({
    name: `${random.pick(FIRST_NAMES)} ${lastName}`,
    identityNumber,
    isHolder: i === 0,
  }));
  const childrenCount = random.pick([0, 0, 0, 1, 2, 3]);
  const caseworker = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
  return {
    members,
    householdSize: members.length + childrenCount,
    childrenCount,
    targetGroup: random.pick(TARGET_BY_DEPARTMENT[departmentCode]!),
    referringDepartmentId: departmentId,
    caseworkerName: caseworker,
    caseworkerPhone: `042-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
    caseworkerEmail: `${caseworker
      .split(' ')[0]!
      .toLowerCase()
      .replace(/[^a-z]/g, '')}@exempel.se`,
    phone: random.chance(0.8)
      ? `07${random.int(0, 9)}-${random.int(100, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`
      : null,
    email: null,
    postalAddress: null,
    notes: random.chance(0.15) ? 'Demo: tolk behövs vid möten.' : null,
  };
}

function outcome(random: Random): Outcome {
  const r = random.next();
  if (r < 0.12) return 'none';
  if (r < 0.27) return 'ended';
  if (r < 0.37) return 'draft';
  if (r < 0.47) return 'terminated';
  return 'active';
}

function waiver(random: Random, terms: { startDate: string; waiverStatus: WaiverStatus }) {
  const applied = addDays(terms.startDate, -random.int(10, 40));
  if (terms.waiverStatus === 'ej_ansokt')
    return { waiverApplicationDate: null, waiverDecisionDate: null, waiverCaseNumber: null };
  if (terms.waiverStatus === 'ansokan_inskickad')
    return { waiverApplicationDate: applied, waiverDecisionDate: null, waiverCaseNumber: null };
  return {
    waiverApplicationDate: applied,
    waiverDecisionDate: addDays(applied, random.int(7, 30)),
    waiverCaseNumber: `${random.int(1000, 9999)}-${applied.slice(2, 4)}`,
  };
}

async function movePhases(backEnd: BackEnd, c: ContractRow, to: ContractPhase): Promise<ContractRow> {
  const order: ContractPhase[] = ['uthyrning', 'uppfoljning', 'bostadsforsorjning', 'avslut'];
  let current = c;
  for (const phase of order.slice(1, order.indexOf(to) + 1)) {
    current = (await callProcedure(backEnd, 'contracts.movePhase', {
      id: current.id,
      version: current.version,
      toPhase: phase,
      note: null,
    })) as unknown as ContractRow;
  }
  return current;
}

/** Lets `unit` to `household` as `plan` says, starting no earlier than `notBefore`; returns the day it ended, if it did. */
async function letUnit(
  backEnd: BackEnd,
  random: Random,
  unit: { id: number; kind: string; ownerOrganisationId: number | null },
  household: Created,
  plan: Exclude<Outcome, 'none'>,
  notBefore: string | null,
): Promise<string | null> {
  const today = backEnd.clock.today();
  let startDate =
    plan === 'draft'
      ? addDays(today, random.int(5, 40))
      : plan === 'ended'
        ? addDays(today, -random.int(500, 1300))
        : addDays(today, -random.int(20, 700));
  if (notBefore !== null && startDate < notBefore) startDate = addDays(notBefore, random.int(0, 20));
  let endDate = addDays(addMonths(startDate, random.pick([24, 24, 36, 48])), -1);
  if (plan !== 'ended' && endDate <= addDays(today, 30)) endDate = addDays(addMonths(startDate, 48), -1);
  // Long-running contracts have their waiver decided and the landlord told; recent ones may not yet.
  const settled = startDate < addDays(today, -60);
  const waiverStatus: WaiverStatus =
    plan === 'draft'
      ? random.pick(['ej_ansokt', 'ansokan_inskickad'] as const)
      : random.chance(settled ? 0.95 : 0.5)
        ? 'godkand'
        : random.pick(['ansokan_inskickad', 'ansokan_inskickad', 'ej_ansokt'] as const);
  const rented = unit.ownerOrganisationId !== null;
  const draft = (await callProcedure(backEnd, 'contracts.create', {
    unitId: unit.id,
    householdId: household.id,
    referringDepartmentId: household.departmentId,
    startDate,
    endDate,
    monthlyRent: (unit.kind === 'lagenhet' ? random.int(55, 95) : random.int(45, 65)) * 10000,
    waiverGround: random.pick(WAIVER_GROUNDS),
    waiverStatus,
    ...waiver(random, { startDate, waiverStatus }),
    landlordNotifiedDate:
      rented && plan !== 'draft' && random.chance(settled ? 0.97 : 0.6) ? addDays(startDate, -random.int(0, 5)) : null,
    notes: null,
    // Demo periods are drawn without regard to the unit's lease; where they
    // stick out, FF has confirmed it (the warning is kept on the contract).
    acknowledgeWarnings: true,
  })) as unknown as ContractRow;
  if (plan === 'draft') return null;
  let c = (await callProcedure(backEnd, 'contracts.activate', {
    id: draft.id,
    version: draft.version,
    acknowledgeWarnings: true,
  })) as unknown as ContractRow;
  c = await movePhases(
    backEnd,
    c,
    random.pick(['uthyrning', 'uppfoljning', 'uppfoljning', 'uppfoljning', 'bostadsforsorjning'] as const),
  );
  if (plan === 'terminated' && startDate <= today) {
    await callProcedure(backEnd, 'contracts.terminate', {
      id: c.id,
      version: c.version,
      noticeDate: addDays(today, -random.int(5, 60)),
      terminationDate: addDays(today, random.int(10, 80)),
      reason: random.pick(['flytt_forstahandskontrakt', 'egen_uppsagning', 'uppsagning_staden'] as const),
      note: null,
    });
  }
  if (plan !== 'ended') return null;
  const last = endDate < today ? endDate : today;
  const candidate = addDays(startDate, random.int(90, 900));
  const endedOn = candidate < last ? candidate : last;
  const reason: EndReason = random.pick([
    'flytt_forstahandskontrakt',
    'flytt_forstahandskontrakt',
    'flytt_forstahandskontrakt',
    'egen_uppsagning',
    'uppsagning_staden',
    'avhysning',
    'dodsfall',
    'annat',
  ]);
  await callProcedure(backEnd, 'contracts.end', {
    id: c.id,
    version: c.version,
    endDate: endedOn,
    reason,
    note: reason === 'annat' ? 'Demo: flyttade till anhöriga.' : null,
  });
  return endedOn;
}

/**
 * `bestandIds` are the departments and units of `seedBestand`. Only units
 * that are ledig are let; ended contracts are written first, so their
 * units can be let again afterwards.
 */
export async function seedHouseholds(backEnd: BackEnd, random: Random, bestandIds: BestandIds): Promise<void> {
  const numbers = [...DEMO_PERSONNUMMER];
  const households: (Created & { plan: Outcome })[] = [];
  for (let i = 0; i < HOUSEHOLD_COUNT && numbers.length > 0; i++) {
    const code = random.pick(REFERRING_DEPARTMENT_CODES);
    const departmentId = bestandIds.departments[code]!;
    const h = await callProcedure(backEnd, 'households.create', householdInput(random, numbers, code, departmentId));
    households.push({ id: h.id, departmentId, plan: outcome(random) });
  }

  const vacant = new Set(
    (await backEnd.database.knex('units').where({ status: 'ledig' }).whereNull('archivedAt').select('id')).map(
      (u) => u.id,
    ),
  );
  const queue = bestandIds.units.filter((u) => vacant.has(u.id));
  // Ended contracts first: their units are free again, and some are let anew after them.
  const freed: { unit: (typeof queue)[number]; endedOn: string }[] = [];
  for (const h of households.filter((x) => x.plan === 'ended')) {
    const unit = queue.shift();
    if (!unit) return;
    const endedOn = await letUnit(backEnd, random, unit, h, 'ended', null);
    if (endedOn) freed.push({ unit, endedOn });
  }
  for (const h of households.filter((x) => x.plan !== 'ended' && x.plan !== 'none')) {
    const again = freed.length > 0 && random.chance(0.6) ? freed.shift() : undefined;
    const unit = again?.unit ?? queue.shift();
    if (!unit) return;
    await letUnit(
      backEnd,
      random,
      unit,
      h,
      h.plan as Exclude<Outcome, 'none'>,
      again ? addDays(again.endedOn, 1) : null,
    );
  }
}

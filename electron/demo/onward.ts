/**
 * Demo data for getting households onward: quotas with Helsingborgshem
 * (demo) for this year and last, move-ons from existing kommunala kontrakt
 * (through the real move-on procedure, so contracts end and units free up),
 * about fifteen rent guarantees (some with claims, one ended, some already
 * applied for with Boverket), placements, FF's "ready" flags and about ten
 * newcomer settlements, some of whose establishment periods end within six
 * months. Written through `dispatch`; run after `seedHouseholds`.
 */
import { addDays, addMonths, dateParts } from '../../shared/core/dates';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import type { BestandIds } from './bestand';
import { DISTRICTS, STREETS } from './names';
import type { Random } from './random';

export const DEMO_QUOTA_LANDLORD = 'Helsingborgshem (demo)';

export interface OnwardSeedResult {
  quotas: number;
  moveOns: number;
  guarantees: number;
  placements: number;
  /** Households FF has flagged ready to move on. */
  ready: number;
  /** Households on a contract longer than two years (the candidates). */
  longContracts: number;
  newcomers: number;
}

const READY_NOTES = [
  'Har betalat hyran i tid i två år; söker hos Helsingborgshem.',
  'Stödet från SOF avslutat; redo för eget kontrakt.',
  'Står i bostadskön sedan 2022; har arbete.',
  'Vill bo kvar i området; väntar på besked från hyresvärden.',
];

function address(random: Random): string {
  return `${random.pick(STREETS)} ${random.int(1, 90)}, lgh ${random.int(1001, 1504)}`;
}

/**
 * Lets vacant units that were never let to households without a contract,
 * from 25 to 40 months ago for four years, waiver approved: the demo's
 * other contracts are younger than the two years after which a household
 * is a candidate to move on. Returns the households.
 */
async function seedLongContracts(backEnd: BackEnd, random: Random): Promise<number[]> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const units = await db('units')
    .where({ status: 'ledig' })
    .whereNull('archivedAt')
    .whereNotExists(
      db('municipalContracts')
        .whereRaw('?? = ??', ['municipalContracts.unitId', 'units.id'])
        .whereNot('status', 'utkast'),
    )
    .orderBy('id')
    .limit(8)
    .select('id', 'kind', 'ownerOrganisationId');
  const households = await db('households')
    .whereNull('archivedAt')
    .whereNotExists(
      db('municipalContracts')
        .whereRaw('?? = ??', ['municipalContracts.householdId', 'households.id'])
        .whereIn('status', ['aktivt', 'uppsagt', 'utkast']),
    )
    .whereNotExists(db('moveOns').whereRaw('?? = ??', ['moveOns.householdId', 'households.id']))
    .orderBy('id', 'desc')
    .limit(units.length)
    .select('id', 'referringDepartmentId');
  const let_: number[] = [];
  for (const [i, h] of households.entries()) {
    const unit = units[i]!;
    const startDate = addDays(addMonths(today, -random.int(25, 40)), -random.int(0, 25));
    const applied = addDays(startDate, -random.int(20, 40));
    const draft = await callProcedure(backEnd, 'contracts.create', {
      unitId: unit.id,
      householdId: h.id,
      referringDepartmentId: h.referringDepartmentId,
      startDate,
      endDate: addDays(addMonths(startDate, 48), -1),
      monthlyRent: (unit.kind === 'lagenhet' ? random.int(55, 95) : random.int(45, 65)) * 10000,
      waiverGround: 'Genomgångsbostad; hushållet ska vidare till eget förstahandskontrakt.',
      waiverStatus: 'godkand',
      waiverApplicationDate: applied,
      waiverDecisionDate: addDays(applied, random.int(7, 15)),
      waiverCaseNumber: `${random.int(1000, 9999)}-${applied.slice(2, 4)}`,
      landlordNotifiedDate: unit.ownerOrganisationId !== null ? startDate : null,
      notes: null,
    });
    await callProcedure(backEnd, 'contracts.activate', { id: draft.id, version: draft.version });
    let_.push(h.id);
  }
  return let_;
}

/** `bestandIds` from `seedBestand`; households and contracts from `seedHouseholds` must exist. */
export async function seedOnward(backEnd: BackEnd, random: Random, bestandIds: BestandIds): Promise<OnwardSeedResult> {
  const db = backEnd.database.knex;
  const today = backEnd.clock.today();
  const year = dateParts(today).year;
  const result: OnwardSeedResult = {
    quotas: 0,
    moveOns: 0,
    guarantees: 0,
    placements: 0,
    ready: 0,
    longContracts: 0,
    newcomers: 0,
  };

  const hbgRow = await db('organisations').where({ name: DEMO_QUOTA_LANDLORD }).first('id');
  const hbg = hbgRow?.id ?? bestandIds.landlords[0]!;
  const others = bestandIds.landlords.filter((id) => id !== hbg);
  for (const y of [year - 1, year]) {
    await callProcedure(backEnd, 'quotas.create', {
      landlordId: hbg,
      year: y,
      places: 5,
      notes: y === year ? 'Överenskommelsen 2017 (plan 3:5), omförhandlad för året.' : null,
    });
    result.quotas += 1;
  }
  if (others[0] !== undefined) {
    await callProcedure(backEnd, 'quotas.create', {
      landlordId: others[0],
      year,
      places: 2,
      notes: 'Försök med två platser.',
    });
    result.quotas += 1;
  }

  // Live contracts that have run a while: the candidates for moving on.
  const live = await db('municipalContracts')
    .whereIn('status', ['aktivt'])
    .whereNull('archivedAt')
    .where('startDate', '<=', addDays(today, -180))
    .orderBy('startDate')
    .select('id', 'version', 'householdId', 'startDate', 'endsOn', 'status');

  const conditions = { paidCurrentRent: true, noDisturbances: true, ffVouches: true };
  const noConditions = { paidCurrentRent: false, noDisturbances: false, ffVouches: false };
  const moves = live.splice(0, Math.min(9, live.length));
  for (const [i, c] of moves.entries()) {
    const rent = random.int(62, 98) * 10000;
    // Three this year within Helsingborgshem's quota, two last year, the rest without quota; one moves next month.
    const lastYear = i >= 3 && i < 5 && c.startDate < `${year - 1}-06-01`;
    const planned = i === moves.length - 1;
    let moveDate = planned
      ? addMonths(today, 1)
      : lastYear
        ? `${year - 1}-${String(random.int(3, 11)).padStart(2, '0')}-01`
        : addDays(today, -random.int(5, 150));
    if (moveDate < c.startDate) moveDate = addDays(c.startDate, 30);
    if (!planned && moveDate > today) moveDate = today;
    if (planned && moveDate > c.endsOn) moveDate = c.endsOn;
    if (moveDate.slice(0, 4) !== String(year) && moveDate.slice(0, 4) !== String(year - 1)) moveDate = today;
    const inQuota = i < 5;
    const withGuarantee = i < 7;
    await callProcedure(backEnd, 'moveOns.register', {
      contractId: c.id,
      contractVersion: c.version,
      landlordId: inQuota ? hbg : random.pick(bestandIds.landlords),
      moveDate,
      newAddress: `${address(random)}, ${random.pick(DISTRICTS)}`,
      leaseReference: `HH-${random.int(10000, 99999)}`,
      monthlyRent: rent,
      withGuarantee,
      guaranteedAmount: withGuarantee ? rent * random.pick([6, 6, 9, 12]) : null,
      guaranteeEndDate: withGuarantee ? addDays(addMonths(moveDate, random.pick([24, 24, 36])), -1) : null,
      canPayWithoutForsorjningsstod: withGuarantee ? random.chance(0.85) : null,
      countInQuota: inQuota,
      ...(inQuota ? conditions : noConditions),
      beyondQuotaReason: null,
      notes: i === 0 ? 'Demo: första utslussningen inom årets kvot.' : null,
    });
    result.moveOns += 1;
    if (inQuota) result.placements += 1;
    if (withGuarantee) result.guarantees += 1;
  }

  // Households that have lived more than two years on a kommunalt kontrakt: the move-on candidates.
  const long = await seedLongContracts(backEnd, random);
  result.longContracts = long.length;
  for (const [i, householdId] of long.slice(0, 6).entries()) {
    const ready = i < 2 || random.chance(0.6);
    await callProcedure(backEnd, 'moveOns.setReadiness', {
      householdId,
      version: 0,
      ready,
      note: ready ? random.pick(READY_NOTES) : 'Behöver stöd med hyresinbetalningarna ett tag till.',
    });
    if (ready) result.ready += 1;
  }

  // Guarantees given to households that are not on a contract now (they moved on earlier, or never had one).
  const households = await db('households')
    .whereNull('archivedAt')
    .whereNotExists(
      db('municipalContracts')
        .whereRaw('?? = ??', ['municipalContracts.householdId', 'households.id'])
        .whereIn('status', ['aktivt', 'uppsagt', 'utkast']),
    )
    .whereNotExists(db('rentGuarantees').whereRaw('?? = ??', ['rentGuarantees.householdId', 'households.id']))
    .orderBy('id')
    .select('id');
  const standalone = households.slice(0, Math.max(6, 16 - result.guarantees));
  for (const [i, h] of standalone.entries()) {
    const rent = random.int(55, 95) * 10000;
    // Variety: short terms and missing assessments (not for the grant), claims, one ending soon, one ended.
    const shortTerm = i % 5 === 1;
    const endingSoon = i === 2;
    const endDate = endingSoon ? addDays(today, random.int(20, 80)) : null;
    const startDate = endDate ? addDays(addMonths(endDate, -24), 1) : addDays(today, -random.int(60, 900));
    const g = await callProcedure(backEnd, 'guarantees.create', {
      householdId: h.id,
      landlordId: random.pick(bestandIds.landlords),
      leaseAddress: address(random),
      leaseReference: random.chance(0.7) ? `K-${random.int(1000, 9999)}` : null,
      monthlyRent: rent,
      guaranteedAmount: rent * random.pick([3, 6, 6, 6, 12]),
      startDate,
      endDate: endDate ?? addDays(addMonths(startDate, shortTerm ? 12 : 24), -1),
      firstHandLease: true,
      canPayWithoutForsorjningsstod: i % 4 === 3 ? null : true,
      withinQuota: false,
      grantAppliedOn: i % 3 === 0 && startDate < addDays(today, -120) ? addDays(startDate, random.int(20, 90)) : null,
      notes: null,
    });
    result.guarantees += 1;
    let current = g;
    if (i % 4 === 0) {
      current = await callProcedure(backEnd, 'guarantees.addClaim', {
        id: current.id,
        version: current.version,
        claimDate: addDays(startDate, random.int(40, 50)),
        amount: rent,
        note: 'Demo: obetald hyra, en månad.',
      });
      if (i === 4) {
        current = await callProcedure(backEnd, 'guarantees.addClaim', {
          id: current.id,
          version: current.version,
          claimDate: addDays(startDate, random.int(70, 80)),
          amount: Math.round(rent / 2),
          note: 'Demo: delvis obetald hyra.',
        });
      }
    }
    if (i === 6) {
      await callProcedure(backEnd, 'guarantees.end', {
        id: current.id,
        version: current.version,
        endedOn: addDays(today, -random.int(5, 40)),
        note: 'Demo: hushållet flyttade från lägenheten.',
      });
    }
  }

  // Newcomers: households in the target group first; settlement dates over the last two and a half years.
  const newcomers = await db('households')
    .whereNull('archivedAt')
    .orderByRaw("case when ?? = 'nyanlanda' then 0 else 1 end", ['targetGroup'])
    .orderBy('id')
    .limit(10)
    .select('id');
  for (const [i, h] of newcomers.entries()) {
    // Four whose two years end within six months, the rest spread before and after.
    const monthsAgo = i < 4 ? random.int(19, 23) : random.int(2, 30);
    const settlementDate = addDays(addMonths(today, -monthsAgo), random.int(0, 20));
    const settled = settlementDate > today ? today : settlementDate;
    await callProcedure(backEnd, 'newcomers.create', {
      householdId: h.id,
      assignmentDate: addDays(settled, -random.int(30, 90)),
      settlementDate: settled,
      notes: random.chance(0.3) ? 'Demo: etableringsplan via Arbetsförmedlingen.' : null,
    });
    result.newcomers += 1;
  }
  return result;
}

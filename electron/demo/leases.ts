/**
 * Demo leases (hyresavtal): about sixty, written through `dispatch` like a
 * user's input, with dates relative to today so that Bevakning always has
 * something to show: deadlines within 120 days, a few just missed, leases
 * ending, extensions about to happen, landlords not told of a sublet.
 * Some are block leases over several apartments, some KPI-indexed against
 * a KPI table of plausible values (electron/demo/kpi.ts).
 */
import { addDays, addMonths, endOfMonth, type IsoDate } from '../../shared/core/dates';
import type { LeaseInput } from '../../shared/leases/schema';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import type { BestandIds } from './bestand';
import { demoKpiSeries, kpiFor } from './kpi';
import { FIRST_NAMES, LAST_NAMES } from './names';
import type { Random } from './random';

type Shape = 'deadlineSoon' | 'missed' | 'rolling' | 'longFixed' | 'indefinite' | 'shortFixed';

interface Plan {
  shape: Shape;
  premises: 'bostad' | 'lokal';
  units: number;
  indexed: 'kpi' | 'fixed' | 'none';
}

/** What the sixty look like: shape, kind, units per lease, indexation. */
function plans(random: Random): Plan[] {
  const list: Plan[] = [];
  const add = (n: number, p: Omit<Plan, 'units'>, units: () => number) => {
    for (let i = 0; i < n; i++) list.push({ ...p, units: units() });
  };
  const one = () => 1;
  const block = () => random.int(3, 6);
  add(8, { shape: 'deadlineSoon', premises: 'bostad', indexed: 'none' }, one);
  add(4, { shape: 'deadlineSoon', premises: 'bostad', indexed: 'kpi' }, block);
  add(3, { shape: 'deadlineSoon', premises: 'lokal', indexed: 'kpi' }, () => random.int(1, 2));
  add(3, { shape: 'missed', premises: 'bostad', indexed: 'none' }, one);
  add(1, { shape: 'missed', premises: 'lokal', indexed: 'kpi' }, one);
  add(6, { shape: 'rolling', premises: 'bostad', indexed: 'fixed' }, one);
  add(4, { shape: 'rolling', premises: 'bostad', indexed: 'kpi' }, block);
  add(10, { shape: 'longFixed', premises: 'bostad', indexed: 'none' }, one);
  add(4, { shape: 'longFixed', premises: 'lokal', indexed: 'kpi' }, () => random.int(1, 3));
  add(12, { shape: 'indefinite', premises: 'bostad', indexed: 'none' }, one);
  add(5, { shape: 'shortFixed', premises: 'bostad', indexed: 'none' }, one);
  return list;
}

function person(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** The lease's dates for its shape, relative to today. */
function dates(
  random: Random,
  plan: Plan,
  today: IsoDate,
  notice: number,
): Pick<LeaseInput, 'startDate' | 'endDate' | 'termType' | 'extensionMonths'> {
  const years = (n: number, end: IsoDate) => addDays(addMonths(end, -12 * n), 1);
  switch (plan.shape) {
    case 'deadlineSoon': {
      // The last notice day falls 0–3 months from now.
      const end = endOfMonth(addMonths(today, notice + random.int(0, 3)));
      return {
        termType: 'tidsbestamd',
        startDate: years(3, end),
        endDate: end,
        extensionMonths: plan.premises === 'lokal' ? 36 : 12,
      };
    }
    case 'missed': {
      // The last notice day was the end of last month.
      const end = endOfMonth(addMonths(today, notice - 1));
      return {
        termType: 'tidsbestamd',
        startDate: years(2, end),
        endDate: end,
        extensionMonths: plan.premises === 'lokal' ? 36 : 12,
      };
    }
    case 'rolling': {
      // Has rolled over before; the current period ends within 1–4 months.
      const original = endOfMonth(addMonths(today, -12 * random.int(1, 3) + random.int(1, 4)));
      return { termType: 'tidsbestamd', startDate: years(2, original), endDate: original, extensionMonths: 12 };
    }
    case 'longFixed': {
      const end = endOfMonth(addMonths(today, random.int(14, 50)));
      return {
        termType: 'tidsbestamd',
        startDate: years(random.int(3, 5), end),
        endDate: end,
        extensionMonths: plan.premises === 'lokal' ? 36 : null,
      };
    }
    case 'indefinite':
      return {
        termType: 'tillsvidare',
        startDate: addMonths(`${today.slice(0, 8)}01`, -random.int(6, 70)),
        endDate: null,
        extensionMonths: null,
      };
    case 'shortFixed': {
      // Nine months or less without extension: runs out by itself, 1–5 months from now.
      const end = endOfMonth(addMonths(today, random.int(1, 5)));
      return {
        termType: 'tidsbestamd',
        startDate: addDays(addMonths(end, -random.int(6, 9)), 1),
        endDate: end,
        extensionMonths: null,
      };
    }
  }
}

export async function seedLeases(backEnd: BackEnd, random: Random, bestand: BestandIds): Promise<void> {
  const today = backEnd.clock.today();
  const series = demoKpiSeries().filter((k) => k.month < today.slice(0, 7));
  for (const k of series) await callProcedure(backEnd, 'kpi.save', k);

  // Apartments owned by a landlord, by landlord; each goes into one lease.
  const free = new Map<number, number[]>();
  for (const u of bestand.units) {
    if (u.kind !== 'lagenhet' || u.ownerOrganisationId === null) continue;
    free.set(u.ownerOrganisationId, [...(free.get(u.ownerOrganisationId) ?? []), u.id]);
  }
  const departments = ['SOF', 'SOF', 'SOF', 'AMF', 'VOF'].map((c) => bestand.departments[c]!);
  const created: { id: number; version: number; premises: string; termType: string }[] = [];
  let sublet = 0;

  for (const plan of plans(random)) {
    const landlords = [...free.entries()].filter(([, ids]) => ids.length >= plan.units);
    if (landlords.length === 0) break;
    const [landlordId, ids] = random.pick(landlords);
    const unitIds = ids.splice(0, plan.units);
    const notice = plan.premises === 'lokal' ? 9 : 3;
    const d = dates(random, plan, today, notice);
    const baseYear = Number(d.startDate.slice(0, 4)) - 1;
    const baseMonth = `${Math.max(baseYear, 2019)}-10`;
    const perUnit = plan.premises === 'lokal' ? random.int(180, 420) * 1000 : random.int(72, 126) * 1000;
    const untold = plan.premises === 'bostad' && sublet < 3 && plan.shape !== 'indefinite' && random.chance(0.25);
    if (untold) sublet++;
    const input: LeaseInput = {
      landlordReference: random.chance(0.7) ? `${random.pick(['K', 'HK', 'LK'])}-${random.int(1000, 9999)}` : null,
      landlordId,
      unitIds,
      departmentId: random.pick(departments),
      departmentContact: `${person(random)}, ${random.pick(['enhetschef', 'boendesamordnare', 'handläggare'])}`,
      premises: plan.premises,
      signedDate: addDays(d.startDate, -random.int(14, 60)),
      ...d,
      noticeMonthsTenant: plan.premises === 'lokal' ? 9 : random.chance(0.5) ? 3 : null,
      noticeMonthsLandlord: plan.premises === 'lokal' ? 9 : null,
      rentPerYearOre: perUnit * plan.units * 100,
      rentIncludesHeating: true,
      rentIncludesElectricity: plan.premises === 'lokal' ? false : random.chance(0.3),
      rentIncludesWater: true,
      rentIncludesOther: random.chance(0.15) ? 'Bredband, tvättstuga' : null,
      indexationKind: plan.indexed,
      kpiBaseIndex: plan.indexed === 'kpi' ? kpiFor(series, baseMonth) : null,
      kpiBaseMonth: plan.indexed === 'kpi' ? baseMonth : null,
      kpiIndexedPercent: plan.indexed === 'kpi' && plan.premises === 'lokal' && random.chance(0.5) ? 75 : null,
      fixedPercentPerYear: plan.indexed === 'fixed' ? random.pick([2, 2.5, 3]) : null,
      depositOre: random.chance(0.3) ? perUnit * 25 : null,
      subletNotified: plan.premises === 'bostad' ? !untold : false,
      subletNotifiedDate: plan.premises === 'bostad' && !untold ? addDays(d.startDate, random.int(0, 10)) : null,
      isBlockLease: plan.units >= 3,
      status: 'aktiv',
      notes:
        plan.units >= 3 ? 'Blockförhyrning för andrahandsuthyrning på kommunala kontrakt (12 kap. 45 § JB).' : null,
    };
    const lease = await callProcedure(backEnd, 'leases.create', input);
    created.push({ id: lease.id, version: lease.version, premises: plan.premises, termType: d.termType });
  }

  // Three terminated: two by the city, one by the landlord.
  const indefinite = created.filter((c) => c.termType === 'tillsvidare').slice(0, 3);
  for (const [i, c] of indefinite.entries()) {
    await callProcedure(backEnd, 'leases.terminate', {
      id: c.id,
      version: c.version,
      noticeGivenBy: i === 2 ? 'hyresvarden' : 'staden',
      noticeDate: addDays(today, -random.int(3, 40)),
      noticeReason: i === 2 ? 'Hyresvärden ska renovera fastigheten.' : 'Behovet av bostaden har upphört.',
      agreedEndDate: null,
    });
  }

  // Two drafts for leases not yet signed.
  for (let i = 0; i < 2; i++) {
    const landlord = [...free.entries()].find(([, ids]) => ids.length > 0);
    if (!landlord) break;
    const start = `${addMonths(today, 2).slice(0, 8)}01`;
    await callProcedure(backEnd, 'leases.create', {
      landlordReference: null,
      landlordId: landlord[0],
      unitIds: landlord[1].splice(0, 1),
      departmentId: departments[0]!,
      departmentContact: null,
      premises: 'bostad',
      signedDate: null,
      startDate: start,
      termType: 'tidsbestamd',
      endDate: addDays(addMonths(start, 24), -1),
      noticeMonthsTenant: null,
      noticeMonthsLandlord: null,
      extensionMonths: 12,
      rentPerYearOre: 9_600_000,
      rentIncludesHeating: true,
      rentIncludesElectricity: false,
      rentIncludesWater: true,
      rentIncludesOther: null,
      indexationKind: 'none',
      kpiBaseIndex: null,
      kpiBaseMonth: null,
      kpiIndexedPercent: null,
      fixedPercentPerYear: null,
      depositOre: null,
      subletNotified: false,
      subletNotifiedDate: null,
      isBlockLease: false,
      status: 'utkast',
      notes: 'Utkast: väntar på underskrift.',
    } satisfies LeaseInput);
  }
}

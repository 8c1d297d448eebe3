/**
 * Demo data for Markanvisningar: a dozen land agreements with Helsingborg-
 * like projects, written through `dispatch` so they obey the same rules as
 * a user's input. Relative to today, so the mix holds whenever it is run:
 * some fulfilled, some late, some due this year, one written off, one with
 * a negotiated owed count, one with no due year yet.
 */
import { addDays, dateParts, fromParts, minDate } from '../../shared/core/dates';
import type { AgreementKind } from '../../shared/landAgreements/schema';
import { dueDateForYear, owedDwellings } from '../../shared/landAgreements/rules';
import type { BackEnd } from '../core/context';
import { callProcedure } from '../core/callProcedure';
import type { BestandIds } from './bestand';
import type { Random } from './random';

type Outcome = 'fulfilled' | 'ongoing' | 'late' | 'waived';

interface DemoAgreement {
  project: string;
  designation: string;
  kind: AgreementKind;
  volume: number;
  /** Due year relative to this year; null when not yet agreed. */
  dueIn: number | null;
  outcome: Outcome;
  /** Dwellings handed over (fulfilled ones deliver everything owed). */
  delivered?: number;
  override?: { owed: number; reason: string };
  grossFloorAreaM2?: number;
}

const AGREEMENTS: readonly DemoAgreement[] = [
  {
    project: 'Drottninghög etapp 3',
    designation: 'Drottninghög 5:12',
    kind: 'markoverlatelseavtal',
    volume: 85,
    dueIn: -1,
    outcome: 'late',
    delivered: 5,
    grossFloorAreaM2: 7200,
  },
  {
    project: 'Oceanhamnen, kvarteret Kajen',
    designation: 'Oceanhamnen 3',
    kind: 'markanvisningsavtal',
    volume: 140,
    dueIn: 1,
    outcome: 'ongoing',
    delivered: 4,
    grossFloorAreaM2: 12600,
  },
  {
    project: 'Mariastaden, Ljusets park',
    designation: 'Mariastaden 12:4',
    kind: 'markoverlatelseavtal',
    volume: 60,
    dueIn: -2,
    outcome: 'fulfilled',
  },
  {
    project: 'Husensjö strand',
    designation: 'Husensjö 8:21',
    kind: 'markoverlatelseavtal',
    volume: 45,
    dueIn: 0,
    outcome: 'ongoing',
    delivered: 2,
  },
  {
    project: 'Väla gård etapp 1',
    designation: 'Väla 2:14',
    kind: 'markanvisningsavtal',
    volume: 220,
    dueIn: 2,
    outcome: 'ongoing',
    delivered: 3,
    grossFloorAreaM2: 19800,
  },
  {
    project: 'Ödåkra centrum',
    designation: 'Ödåkra 11:105',
    kind: 'markoverlatelseavtal',
    volume: 38,
    dueIn: -1,
    outcome: 'fulfilled',
  },
  {
    project: 'Rydebäck stationsområde',
    designation: 'Rydebäck 1:450',
    kind: 'exploateringsavtal',
    volume: 120,
    dueIn: -3,
    outcome: 'waived',
    delivered: 2,
  },
  {
    project: 'Fredriksdal, Gröna gården',
    designation: 'Fredriksdal 24:3',
    kind: 'markoverlatelseavtal',
    volume: 72,
    dueIn: 0,
    outcome: 'ongoing',
    delivered: 7,
  },
  {
    project: 'Berga backe',
    designation: 'Berga 9:7',
    kind: 'markoverlatelseavtal',
    volume: 95,
    dueIn: -1,
    outcome: 'late',
    delivered: 3,
  },
  {
    project: 'Dalhem, Terrassen',
    designation: 'Dalhem 4:18',
    kind: 'markoverlatelseavtal',
    volume: 150,
    dueIn: 1,
    outcome: 'ongoing',
    delivered: 5,
    override: { owed: 12, reason: 'Tre bostäder lämnas i nyproduktionen enligt tilläggsavtal; beslut KS, § 142.' },
  },
  {
    project: 'Påarp ängar',
    designation: 'Påarp 3:92',
    kind: 'tomtrattsavtal',
    volume: 30,
    dueIn: null,
    outcome: 'ongoing',
    delivered: 0,
  },
  {
    project: 'Planteringen östra',
    designation: 'Planteringen 17:2',
    kind: 'exploateringsavtal',
    volume: 110,
    dueIn: -2,
    outcome: 'fulfilled',
    grossFloorAreaM2: 9400,
  },
];

/** Units the developers hand over: apartments first, the developer's own stock first of all. */
function unitChooser(bestand: BestandIds) {
  const used = new Set<number>();
  return (developerId: number): number => {
    const free = bestand.units.filter((u) => !used.has(u.id));
    const pick =
      free.find((u) => u.kind === 'lagenhet' && u.ownerOrganisationId === developerId) ??
      free.find((u) => u.kind === 'lagenhet') ??
      free[0];
    if (!pick) throw new Error('Demo: too few units in Bestånd for the land agreements; seed more units first.');
    used.add(pick.id);
    return pick.id;
  };
}

/** A signing date well before both the due date and today, so deliveries fit between. */
function signedDate(random: Random, today: string, dueYear: number | null): string {
  const thisYear = dateParts(today).year;
  const year = (dueYear ?? thisYear + 2) - random.int(2, 3);
  const signed = fromParts(year, random.int(1, 12), random.int(1, 28));
  return minDate(signed, addDays(today, -random.int(120, 300)));
}

export async function seedLandAgreements(backEnd: BackEnd, random: Random, bestand: BestandIds): Promise<number[]> {
  if (bestand.developers.length === 0) throw new Error('Demo: no developers in Bestånd; run seedBestand first.');
  const today = backEnd.clock.today();
  const thisYear = dateParts(today).year;
  const nextUnit = unitChooser(bestand);
  const ids: number[] = [];

  for (const [i, a] of AGREEMENTS.entries()) {
    const developerId = bestand.developers[i % bestand.developers.length]!;
    const dueYear = a.dueIn === null ? null : thisYear + a.dueIn;
    const signed = signedDate(random, today, dueYear);
    const waived = a.outcome === 'waived' && dueYear !== null ? minDate(fromParts(dueYear + 1, 3, 14), today) : null;
    const agreement = await callProcedure(backEnd, 'landAgreements.create', {
      developerOrganisationId: developerId,
      projectName: a.project,
      propertyDesignation: a.designation,
      agreementKind: a.kind,
      signedDate: signed,
      volumeDwellings: a.volume,
      grossFloorAreaM2: a.grossFloorAreaM2 ?? null,
      commitmentPercent: 10,
      owedOverride: a.override?.owed ?? null,
      owedOverrideReason: a.override?.reason ?? null,
      dueDate: dueYear === null ? '' : String(dueYear),
      waivedDate: waived,
      waiverReason: waived ? 'Detaljplanen upphävdes; projektet genomförs inte.' : null,
      waiverDecisionRef: waived ? `SBN ${waived} § 57` : null,
      notes: a.outcome === 'late' ? 'Påminnelse skickad till byggaktören; MEX följer upp.' : null,
    });
    ids.push(agreement.id);

    const owed = a.override?.owed ?? owedDwellings(a.volume);
    const count = a.outcome === 'fulfilled' ? owed : Math.min(a.delivered ?? 0, owed);
    // Hand-overs fall between signing and the due date (or today, if sooner).
    const last = minDate(dueYear === null ? today : dueDateForYear(dueYear), today);
    for (let d = 0; d < count; d++) {
      const span = Math.max(1, (Date.parse(last) - Date.parse(signed)) / 86_400_000);
      await callProcedure(backEnd, 'landDeliveries.create', {
        landAgreementId: agreement.id,
        unitId: nextUnit(developerId),
        handedOverDate: addDays(signed, random.int(1, Math.floor(span))),
        leaseId: null,
        notes: null,
      });
    }
  }
  return ids;
}

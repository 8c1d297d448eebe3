/**
 * Boverket's bostadsmarknadsenkät, the questions on the secondary housing
 * market, from the same registers. Each figure is named as the survey asks
 * for it and carries the definition used here; check the names against the
 * year's questionnaire before sending (Boverket rewords questions).
 */
import type { BoverketRow } from '../../../shared/followup/schema';
import type { Period } from '../../../shared/followup/periods';
import type { ServiceContext } from '../../core/context';
import { bostadForstContractsAt, contractsInForceAt, countOf } from './queries';

export async function boverketFigures(ctx: ServiceContext, p: Period): Promise<BoverketRow[]> {
  const db = ctx.db;
  const date = p.last;
  const bostadForst = await countOf(bostadForstContractsAt(db, date));
  const allContracts = await countOf(contractsInForceAt(db, date));
  const withChildren = await countOf(
    contractsInForceAt(db, date, 'c').join('households as h', 'h.id', 'c.householdId').where('h.childrenCount', '>', 0),
  );
  const during = (table: string, column: string) =>
    db(table).whereNull('archivedAt').whereBetween(column, [p.first, p.last]);
  const takenOver = await countOf(during('moveOns', 'moveDate').where('status', 'genomford'));
  const viaQuota = await countOf(during('quotaPlacements', 'placementDate'));
  const guarantees = await countOf(
    db('rentGuarantees')
      .whereNull('archivedAt')
      .where('startDate', '<=', date)
      .where((w) => w.whereNull('endedOn').orWhere('endedOn', '>', date)),
  );
  const newGuarantees = await countOf(during('rentGuarantees', 'startDate'));
  return [
    {
      question: `Antal lägenheter som kommunen hyr ut i andra hand (kommunala kontrakt) den ${date}`,
      value: allContracts - bostadForst,
      definition:
        'Kommunala kontrakt som gäller vid datumet, utom kontrakt på Bostad Först-lägenheter (redovisas för sig).',
    },
    {
      question: 'Varav hushåll med barn',
      value: withChildren,
      definition: 'Gällande kommunala kontrakt (inklusive Bostad Först) vars hushåll har minst ett barn under 18 år.',
    },
    {
      question: `Antal lägenheter inom Bostad först den ${date}`,
      value: bostadForst,
      definition: 'Gällande kommunala kontrakt på bostäder med användningen Bostad Först.',
    },
    {
      question: `Antal förstahandskontrakt som kommunen förmedlat under ${p.year}`,
      value: viaQuota,
      definition:
        'Tilldelningar inom eller utöver kvot hos hyresvärdar (åtgärd 3:5) under året: förstahandskontrakt som hushållet fått via kommunen.',
    },
    {
      question: `Antal kommunala kontrakt som övergått till förstahandskontrakt under ${p.year}`,
      value: takenOver,
      definition:
        'Genomförda utflyttningar från kommunalt kontrakt till eget förstahandskontrakt under året (åtgärd 3:6).',
    },
    {
      question: `Antal hushåll med kommunal hyresgaranti den ${date}`,
      value: guarantees,
      definition: 'Hyresgarantier som börjat och inte upphört vid datumet.',
    },
    {
      question: `Antal nya kommunala hyresgarantier under ${p.year}`,
      value: newGuarantees,
      definition: 'Hyresgarantier med startdag under året.',
    },
  ];
}

/**
 * Boverket's bostadsmarknadsenkät, the questions on the secondary housing
 * market, from the same registers. Each figure carries the definition used
 * here. What Boverket's own pages say (checked): the survey goes to every
 * municipality each year; the secondary housing market is "the
 * municipalities' housing solutions for people who for various reasons are
 * not accepted as tenants on the ordinary housing market", mostly
 * second-hand contracts with limited security of tenure, which Boverket
 * calls sociala (hyres)kontrakt (the plan's kommunala kontrakt); Boverket
 * and Socialstyrelsen have followed their number since 2008. The
 * questionnaire's own wording of each question was not found in the
 * sources available here, so the names below are ours: check them against
 * the year's questionnaire before sending (Boverket rewords questions).
 */
import type { ActionFollowup, BoverketRow } from '../../../shared/followup/schema';
import type { Period } from '../../../shared/followup/periods';

/** Taken from the actions' own figures for the period, so the two can never disagree. */
export function boverketFigures(p: Period, actions: Omit<ActionFollowup, 'comment'>[]): BoverketRow[] {
  const date = p.last;
  const last = (action: string, key: string): number => {
    const values = actions.find((a) => a.action === action)?.figures.find((f) => f.key === key)?.values ?? [];
    return values[values.length - 1] ?? 0;
  };
  const bostadForst = last('3:10', 'households');
  const allContracts = last('3:3', 'inForce');
  const withChildren = last('3:3', 'families');
  const takenOver = last('3:6', 'moveOns');
  const viaQuota = last('3:5', 'within') + last('3:5', 'beyond');
  const guarantees = last('3:6', 'openGuarantees');
  const newGuarantees = last('3:6', 'newGuarantees');
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

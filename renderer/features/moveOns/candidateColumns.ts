import type { ColDef } from 'ag-grid-community';
import type { CandidateRow } from '../../../shared/moveOns/schema';
import { dateColumn, numberColumn, textColumn } from '../../components/grid/columns';

/** Who has lived longest on a kommunalt kontrakt, and whether FF judges them ready. */
export const candidateColumns: ColDef<CandidateRow>[] = [
  textColumn('holderName', 'Hushåll', { pinned: 'left', width: 180 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  numberColumn('householdSize', 'Personer', { width: 95 }),
  {
    ...textColumn<CandidateRow>('ready', 'Redo för utslussning', { width: 160, sortable: false, filter: false }),
    valueFormatter: (p) => (p.value ? 'Ja' : ''),
    cellClassRules: { 'cell-ok': (p) => p.value === true },
  },
  numberColumn('monthsOnContract', 'Månader på kontrakt', { width: 150, filter: false }),
  textColumn('contractNumber', 'Kontrakt', { width: 130 }),
  dateColumn('startDate', 'Kontraktet började'),
  dateColumn('endsOn', 'Upphör'),
  textColumn('unitObjectNumber', 'Bostad', { width: 120 }),
  textColumn('unitAddress', 'Adress', { width: 180 }),
  dateColumn('plannedMoveDate', 'Planerad flytt', { width: 130 }),
  textColumn('readyNote', 'Anteckning', { width: 260 }),
];

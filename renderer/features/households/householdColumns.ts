import type { ColDef } from 'ag-grid-community';
import { householdLabels, targetGroupLabels, type HouseholdRow } from '../../../shared/households/schema';
import { choiceColumn, numberColumn, textColumn } from '../../components/grid/columns';

const L = householdLabels;

/** Who, how many, referred by whom, and where they live now. Numbers masked. */
export const householdColumns: ColDef<HouseholdRow>[] = [
  textColumn('holderName', L.holderName, { pinned: 'left', width: 200 }),
  textColumn('holderIdentityMasked', L.holderIdentityMasked, { width: 140 }),
  numberColumn('householdSize', L.householdSize, { width: 125 }),
  numberColumn('childrenCount', L.childrenCount, { width: 105 }),
  choiceColumn('targetGroup', L.targetGroup, targetGroupLabels, { width: 140 }),
  textColumn('referringDepartmentCode', 'Förvaltning', { width: 115 }),
  textColumn('caseworkerName', L.caseworkerName, { width: 170 }),
  // From the live contract: shown, not sorted or filtered (a lookup per row).
  textColumn('currentContractNumber', 'Kontrakt', { width: 135, sortable: false, filter: false }),
  textColumn('currentUnit', 'Bor i', { width: 240, sortable: false, filter: false }),
];

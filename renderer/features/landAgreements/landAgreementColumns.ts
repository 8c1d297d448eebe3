import type { ColDef } from 'ag-grid-community';
import { LAND_AGREEMENT_STATUS_LABELS } from '../../../shared/landAgreements/rules';
import {
  agreementKindLabels,
  landAgreementDerivedLabels as D,
  landAgreementLabels as L,
  type LandAgreementRow,
} from '../../../shared/landAgreements/schema';
import { choiceColumn, dateColumn, numberColumn, textColumn } from '../../components/grid/columns';
import { ProgressCell, StatusCell } from './landAgreementCells';

const OWED_RULE =
  'Volym × åtagande %, avrundat uppåt (en påbörjad bostad räknas som en hel), om inte ett avvikande antal har beslutats';

/** What the follow-up looks at first: which project, whose, how far along, by when. */
export const landAgreementColumns: ColDef<LandAgreementRow>[] = [
  textColumn('projectName', L.projectName, { pinned: 'left', width: 210 }),
  textColumn('developerName', D.developerName, { width: 200 }),
  textColumn('propertyDesignation', L.propertyDesignation, { width: 190 }),
  numberColumn('progress', 'Lämnat / att lämna', {
    width: 170,
    filter: false,
    cellRenderer: ProgressCell,
    type: undefined,
  }),
  choiceColumn('status', D.status, LAND_AGREEMENT_STATUS_LABELS, { width: 120, cellRenderer: StatusCell }),
  dateColumn('dueDate', 'Senast', { width: 120 }),
  numberColumn('owedDwellings', D.owedDwellings, { width: 100, headerTooltip: OWED_RULE }),
  numberColumn('deliveredCount', D.deliveredCount, { width: 100 }),
  numberColumn('remainingCount', D.remainingCount, { width: 90 }),
  numberColumn('volumeDwellings', 'Volym', { width: 90 }),
  numberColumn('commitmentPercent', L.commitmentPercent, { width: 110 }),
  choiceColumn('agreementKind', L.agreementKind, agreementKindLabels, { width: 170 }),
  dateColumn('signedDate', L.signedDate, { width: 125 }),
  numberColumn('grossFloorAreaM2', 'BTA m²', { width: 100, hide: true }),
  dateColumn('waivedDate', L.waivedDate, { width: 125, hide: true }),
];

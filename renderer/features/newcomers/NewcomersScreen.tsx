/** Nyanlända: households settled under the Bosättningslagen, and whose establishment period ends within six months. */
import type { ColDef } from 'ag-grid-community';
import { newcomerLabels as L, type NewcomerRow } from '../../../shared/newcomers/schema';
import { newcomersApi, useNewcomer } from './newcomersApi';
import { useProcedure } from '../../api/hooks';
import { RegisterScreen } from '../../components/RegisterScreen';
import { dateColumn, daysLeftColumn, numberColumn, textColumn } from '../../components/grid/columns';
import { routeQuery } from '../../router';
import { NewcomerForm } from './NewcomerForm';

// Amber for the plan's six months before the end.
const SIX_MONTHS_DAYS = 183;

const columns: ColDef<NewcomerRow>[] = [
  textColumn('holderName', 'Hushåll', { pinned: 'left', width: 190 }),
  textColumn('holderIdentityMasked', 'Personnummer', { width: 140 }),
  numberColumn('householdSize', 'Personer', { width: 95 }),
  dateColumn('assignmentDate', L.assignmentDate),
  dateColumn('settlementDate', L.settlementDate),
  dateColumn('establishmentEnd', L.establishmentEnd, { width: 170, filter: false }),
  daysLeftColumn('daysLeft', 'Dagar kvar', SIX_MONTHS_DAYS),
  textColumn('currentContractNumber', 'Kommunalt kontrakt', { width: 150, sortable: false, filter: false }),
  textColumn('notes', L.notes, { width: 240, sortable: false, filter: false }),
];

export function NewcomersScreen() {
  const settings = useProcedure('settings.onward', {});
  return (
    <RegisterScreen
      route="nyanlanda"
      gridId="newcomers"
      title="Nyanlända"
      countNoun={['hushåll', 'hushåll']}
      searchLabel="Sök hushåll (namn, födelsedatum)"
      newLabel="Ny bosättning"
      columns={columns}
      list={newcomersApi.list}
      useRecord={useNewcomer}
      exportSource="newcomers"
      toggles={[
        {
          name: 'endingSoon',
          label: 'Etableringstiden slutar inom sex månader',
          // A start-page card opens the list narrowed the same way.
          initial: () => routeQuery().has('slutarSnart'),
        },
      ]}
      intro={
        <>
          Etableringstid: {settings.data ? `${settings.data.value.establishmentMonths} månader från bosättningen` : '…'}{' '}
          (bosättningslagen 2016:38; ändras under Inställningar). När den slutar prövas kontraktet enligt
          normaliseringsprincipen, med samma regler som för andra bostadslösa.
        </>
      }
      startsFrom={{ hushall: 'householdId' }}
      newDrawer={{ title: 'Ny bosättning enligt bosättningslagen' }}
      recordDrawer={{
        title: (n) => `Bosättning: ${n.holderName}`,
        untitled: 'Bosättning',
        subtitle: (n) => <a href={`#/hushall/${n.householdId}`}>Öppna hushållet</a>,
      }}
      renderForm={({ record, defaults, onClose, onSaved }) => (
        <NewcomerForm newcomer={record} {...(defaults ? { defaults } : {})} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}

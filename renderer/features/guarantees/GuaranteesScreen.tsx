/** Hyresgarantier: the register as a grid, one guarantee in a panel, and the grant application for the next deadline. */
import { useState } from 'react';
import { GUARANTEE_STATUSES, guaranteeStatusLabels, type GuaranteeStatus } from '../../../shared/guarantees/schema';
import { RegisterScreen } from '../../components/RegisterScreen';
import { navigate, useRoute } from '../../router';
import { GrantApplicationView } from './GrantApplicationView';
import { guaranteeColumns } from './guaranteeColumns';
import { GuaranteeForm } from './GuaranteeForm';
import { guaranteesApi, useGuarantee } from './guaranteesApi';
import { useSystemInfo } from '../../api/system';

const ROUTE = 'garantier';
const GRANTS = 'bidrag';

function Tabs({ grants }: { grants: boolean }) {
  return (
    <div className="tabs" role="tablist" aria-label="Visa">
      <button
        type="button"
        role="tab"
        aria-selected={!grants}
        className={!grants ? 'active' : ''}
        onClick={() => navigate(ROUTE)}
      >
        Garantier
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={grants}
        className={grants ? 'active' : ''}
        onClick={() => navigate(ROUTE, GRANTS)}
      >
        Bidragsansökan
      </button>
    </div>
  );
}

export function GuaranteesScreen() {
  const [, param] = useRoute();
  const grants = param === GRANTS;
  const [status, setStatus] = useState<GuaranteeStatus | ''>('');
  const info = useSystemInfo();
  const today = info.data?.today ?? '';

  return (
    <RegisterScreen
      route={ROUTE}
      gridId="guarantees"
      title="Hyresgarantier"
      countNoun={['garanti', 'garantier']}
      searchLabel="Sök garanti (namn, födelsedatum, adress, hyresvärdens referens)"
      newLabel="Ny hyresgaranti"
      importInto="guarantees"
      columns={guaranteeColumns}
      list={guaranteesApi.list}
      useRecord={useGuarantee}
      exportSource="guarantees"
      scope={status ? { status } : {}}
      tabs={<Tabs grants={grants} />}
      beforeGrid={
        <div className="filter-bar" role="group" aria-label="Filter">
          <select
            aria-label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as GuaranteeStatus | '')}
          >
            <option value="">Alla statusar</option>
            {GUARANTEE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {guaranteeStatusLabels[s]}
              </option>
            ))}
          </select>
        </div>
      }
      {...(grants ? { otherView: today ? <GrantApplicationView today={today} /> : null } : {})}
      // `garantier/ny/hushall/7` starts a guarantee for a household.
      startsFrom={{ hushall: 'householdId' }}
      newDrawer={{ title: 'Ny hyresgaranti' }}
      recordDrawer={{
        title: (g) => `Hyresgaranti, ${g.leaseAddress}`,
        untitled: 'Hyresgaranti',
        subtitle: (g) => (
          <>
            <a href={`#/hushall/${g.householdId}`}>{g.holderName}</a> ({g.holderIdentityMasked}) · {g.landlordName}
          </>
        ),
      }}
      // The form dates the guarantee's deadlines from today: it waits for it.
      renderForm={({ record, defaults, onClose, onSaved }) =>
        today ? (
          <GuaranteeForm
            guarantee={record}
            today={today}
            {...(defaults ? { defaults } : {})}
            onSaved={onSaved}
            onClose={onClose}
          />
        ) : null
      }
    />
  );
}

/**
 * Markanvisningar: developers' 10 % commitments from land allocations, as a
 * grid with a form beside it, and the steering group's follow-up.
 */
import { useCallback } from 'react';
import { formatNumber } from '../../../shared/core/format';
import type { ListQuery } from '../../../shared/core/listQuery';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { navigate, recordParam, useRoute } from '../../router';
import { landAgreementColumns } from './landAgreementColumns';
import { LandAgreementForm } from './LandAgreementForm';
import { LandAgreementSummaryView } from './LandAgreementSummaryView';
import { landAgreementsApi, useLandAgreement } from './landAgreementsApi';

const ROUTE = 'markanvisningar';
const SUMMARY = 'uppfoljning';

function Tabs({ summary }: { summary: boolean }) {
  return (
    <div className="tabs" role="tablist" aria-label="Visa">
      <button
        type="button"
        role="tab"
        aria-selected={!summary}
        className={!summary ? 'active' : ''}
        onClick={() => navigate(ROUTE)}
      >
        Avtal
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={summary}
        className={summary ? 'active' : ''}
        onClick={() => navigate(ROUTE, SUMMARY)}
      >
        Uppföljning för styrgruppen
      </button>
    </div>
  );
}

export function LandAgreementsScreen() {
  const [, param] = useRoute();
  const summary = param === SUMMARY;
  const open = recordParam(param);
  const {
    search,
    setSearch,
    includeArchived,
    setIncludeArchived,
    total,
    setTotal,
    refreshToken,
    refresh,
    gridKey,
    resetLayout,
    close,
  } = useRegisterState(ROUTE, 'landAgreements');
  const opened = useLandAgreement(typeof open === 'number' ? open : null);
  const fetchPage = useCallback((q: ListQuery) => landAgreementsApi.list({ ...q, includeArchived }), [includeArchived]);

  if (summary) {
    return (
      <div className="screen">
        <header className="list-toolbar">
          <h1>Markanvisningar</h1>
        </header>
        <Tabs summary />
        <LandAgreementSummaryView />
      </div>
    );
  }

  return (
    <div className="screen">
      <ListToolbar
        title="Markanvisningar"
        count={total === null ? '' : `${formatNumber(total)} avtal`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök markanvisning (projekt, fastighetsbeteckning, byggaktör)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate(ROUTE, 'ny')}
        newLabel="Ny markanvisning"
        onResetLayout={resetLayout}
        importInto="landAgreements"
      />
      <Tabs summary={false} />
      <DataGrid<LandAgreementRow>
        key={gridKey}
        gridId="landAgreements"
        columns={landAgreementColumns}
        fetchPage={fetchPage}
        search={search}
        scope={{ includeArchived }}
        refreshToken={refreshToken}
        onOpen={(row) => navigate(ROUTE, row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'landAgreements', title: 'Markanvisningar', params: { includeArchived } }}
      />
      {open === 'new' ? (
        <Drawer title="Ny markanvisning" onClose={close}>
          <LandAgreementForm
            agreement={null}
            onClose={close}
            onDeliveriesChanged={() => undefined}
            onSaved={(a) => {
              refresh();
              navigate(ROUTE, a.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={opened.data ? opened.data.projectName : 'Markanvisning'}
          subtitle={opened.data ? `${opened.data.developerName} · ${opened.data.propertyDesignation}` : undefined}
          onClose={close}
        >
          {opened.error ? <div className="banner error">{opened.error.message}</div> : null}
          {opened.data ? (
            <LandAgreementForm
              key={`${opened.data.id}:${opened.data.version}`}
              agreement={opened.data}
              onClose={close}
              onSaved={() => {
                refresh();
                opened.reload();
              }}
              onDeliveriesChanged={() => {
                refresh();
                opened.reload();
              }}
            />
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}

/** Hyresvärdar och byggaktörer: one register of organisations. */
import { useCallback, useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { formatCount } from '../../../shared/core/format';
import type { ListQuery } from '../../../shared/core/listQuery';
import { organisationLabels, type OrganisationRow } from '../../../shared/organisations/schema';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid } from '../../components/grid/DataGrid';
import { useRegisterState } from '../../components/useRegisterState';
import { numberColumn, textColumn } from '../../components/grid/columns';
import { navigate, recordParam, useRoute } from '../../router';
import { OrganisationForm } from './OrganisationForm';
import { organisationsApi, useOrganisation, type OrganisationRole } from './organisationsApi';

const L = organisationLabels;
const columns: ColDef<OrganisationRow>[] = [
  textColumn('name', L.name, { width: 260, pinned: 'left' }),
  textColumn('orgNumber', L.orgNumber, { width: 150 }),
  {
    colId: 'roles',
    headerName: 'Roll',
    sortable: false,
    filter: false,
    width: 180,
    valueGetter: (p) =>
      p.data
        ? [p.data.isLandlord ? 'Hyresvärd' : '', p.data.isDeveloper ? 'Byggaktör' : ''].filter(Boolean).join(', ')
        : '',
  },
  textColumn('contactPerson', L.contactPerson, { width: 180 }),
  textColumn('phone', L.phone, { width: 140 }),
  textColumn('email', L.email, { width: 200 }),
  textColumn('city', L.city, { width: 130 }),
  numberColumn('unitCount', 'Bostäder', { width: 110, filter: false }),
];

export function OrganisationsScreen() {
  const [, param] = useRoute();
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
  } = useRegisterState('organisationer', 'organisations');
  const [role, setRole] = useState<OrganisationRole>('all');
  const opened = useOrganisation(typeof open === 'number' ? open : null);
  const fetchPage = useCallback(
    (q: ListQuery) => organisationsApi.list({ ...q, role, includeArchived }),
    [role, includeArchived],
  );

  return (
    <div className="screen">
      <ListToolbar
        title="Hyresvärdar och byggaktörer"
        count={total === null ? '' : formatCount(total, 'organisation', 'organisationer')}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök organisation (namn, organisationsnummer, kontakt, ort)"
        includeArchived={includeArchived}
        onIncludeArchived={setIncludeArchived}
        onNew={() => navigate('organisationer', 'ny')}
        newLabel="Ny organisation"
        onResetLayout={resetLayout}
        importInto="organisations"
      >
        <label className="toggle">
          Visa{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as OrganisationRole)} aria-label="Visa roll">
            <option value="all">alla</option>
            <option value="landlord">hyresvärdar</option>
            <option value="developer">byggaktörer</option>
          </select>
        </label>
      </ListToolbar>
      <DataGrid<OrganisationRow>
        key={gridKey}
        gridId="organisations"
        columns={columns}
        fetchPage={fetchPage}
        search={search}
        scope={{ role, includeArchived }}
        refreshToken={refreshToken}
        onOpen={(row) => navigate('organisationer', row.id)}
        onTotal={setTotal}
        exportAs={{ source: 'organisations', title: 'Hyresvärdar och byggaktörer', params: { role, includeArchived } }}
      />
      {open === 'new' ? (
        <Drawer title="Ny organisation" onClose={close}>
          <OrganisationForm
            organisation={null}
            onClose={close}
            onSaved={(o) => {
              refresh();
              navigate('organisationer', o.id);
            }}
          />
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer title={opened.data?.name ?? 'Organisation'} subtitle={opened.data?.orgNumber} onClose={close}>
          {opened.error ? <div className="banner error">{opened.error.message}</div> : null}
          {opened.data ? (
            <OrganisationForm
              key={`${opened.data.id}:${opened.data.version}`}
              organisation={opened.data}
              onClose={close}
              onSaved={() => {
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

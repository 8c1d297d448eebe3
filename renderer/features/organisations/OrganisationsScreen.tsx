/** Hyresvärdar och byggaktörer: one register of organisations. */
import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { organisationLabels, type OrganisationRow } from '../../../shared/organisations/schema';
import { RegisterScreen } from '../../components/RegisterScreen';
import { numberColumn, textColumn } from '../../components/grid/columns';
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
  const [role, setRole] = useState<OrganisationRole>('all');
  return (
    <RegisterScreen
      route="organisationer"
      gridId="organisations"
      title="Hyresvärdar och byggaktörer"
      countNoun={['organisation', 'organisationer']}
      searchLabel="Sök organisation (namn, organisationsnummer, kontakt, ort)"
      newLabel="Ny organisation"
      importInto="organisations"
      columns={columns}
      list={organisationsApi.list}
      useRecord={useOrganisation}
      exportSource="organisations"
      scope={{ role }}
      toolbar={
        <label className="toggle">
          Visa{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as OrganisationRole)} aria-label="Visa roll">
            <option value="all">alla</option>
            <option value="landlord">hyresvärdar</option>
            <option value="developer">byggaktörer</option>
          </select>
        </label>
      }
      newDrawer={{ title: 'Ny organisation' }}
      recordDrawer={{ title: (o) => o.name, untitled: 'Organisation', subtitle: (o) => o.orgNumber }}
      renderForm={({ record, onClose, onSaved }) => (
        <OrganisationForm organisation={record} onClose={onClose} onSaved={onSaved} />
      )}
    />
  );
}

/** Create or edit a landlord or developer; shows the units it owns. */
import { useCallback, useState } from 'react';
import { organisationInputSchema, organisationLabels, type Organisation } from '../../../shared/organisations/schema';
import type { ListQuery } from '../../../shared/core/listQuery';
import type { UnitRow } from '../../../shared/units/schema';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { DataGrid } from '../../components/grid/DataGrid';
import { navigate } from '../../router';
import { LeasesOfRecord } from '../leases/LeasesOfRecord';
import { unitColumns } from '../units/unitColumns';
import { unitsApi } from '../units/unitsApi';
import { organisationsApi } from './organisationsApi';

const L = organisationLabels;
const specs: FieldSpec[] = [
  { name: 'name', label: L.name, kind: 'text', required: true, wide: true },
  { name: 'orgNumber', label: L.orgNumber, kind: 'text', required: true, hint: 'NNNNNN-NNNN' },
  { name: 'isLandlord', label: L.isLandlord, kind: 'flag' },
  { name: 'isDeveloper', label: L.isDeveloper, kind: 'flag' },
  { name: 'contactPerson', label: L.contactPerson, kind: 'text' },
  { name: 'phone', label: L.phone, kind: 'text' },
  { name: 'email', label: L.email, kind: 'text' },
  { name: 'address', label: L.address, kind: 'text', wide: true },
  { name: 'postalCode', label: L.postalCode, kind: 'text' },
  { name: 'city', label: L.city, kind: 'text' },
  { name: 'notes', label: L.notes, kind: 'textarea', wide: true },
];

interface Props {
  organisation: Organisation | null;
  defaults?: Record<string, string>;
  onSaved(o: Organisation): void;
  onClose(): void;
}

const ownedUnitColumns = unitColumns.filter((c) =>
  ['objectNumber', 'kind', 'address', 'status'].includes(String(c.field)),
);

export function OrganisationForm({ organisation, defaults, onSaved, onClose }: Props) {
  const form = useRecordForm<Organisation>({
    draftKey: 'organisation',
    specs,
    schema: organisationInputSchema,
    record: organisation,
    defaults: defaults ?? { isLandlord: 'true' },
    save: organisationsApi.save,
    fetchLatest: organisationsApi.get,
    onSaved,
  });
  const current = form.record;
  const [search] = useState('');
  const fetchOwned = useCallback(
    (q: ListQuery) => unitsApi.list({ ...q, ownerOrganisationId: current?.id ?? 0 }),
    [current?.id],
  );

  const actions = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => void organisationsApi.restore(current).then(onSaved)}>
        Återställ
      </button>
    ) : (
      <button
        type="button"
        className="danger"
        disabled={form.dirty}
        onClick={() => void organisationsApi.archive(current).then(onSaved)}
      >
        Arkivera
      </button>
    )
  ) : null;

  return (
    <>
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={actions} />
      {current?.isLandlord ? (
        <section className="form-section">
          <h3>Bostäder som hyresvärden äger</h3>
          <div className="embedded-grid">
            <DataGrid<UnitRow>
              gridId="organisation-units"
              columns={ownedUnitColumns}
              fetchPage={fetchOwned}
              search={search}
              scope={current.id}
              onOpen={(u) => navigate('bostader', u.id)}
            />
          </div>
        </section>
      ) : null}
      {current?.isLandlord ? (
        <LeasesOfRecord filter={{ landlordId: current.id }} title="Hyresavtal med hyresvärden" />
      ) : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={current.version} entity="organisation" id={current.id} labels={organisationLabels} />
        </section>
      ) : null}
    </>
  );
}

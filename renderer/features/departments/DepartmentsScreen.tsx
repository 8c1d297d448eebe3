/** Förvaltningar: a short list, edited in place. */
import { useCallback } from 'react';
import { departmentInputSchema, type Department } from '../../../shared/departments/schema';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { navigate, recordParam, useRoute } from '../../router';
import { departmentsApi } from './departmentsApi';

const specs: FieldSpec[] = [
  { name: 'code', label: 'Kod', kind: 'text', required: true, hint: 'T.ex. SOF' },
  { name: 'name', label: 'Namn', kind: 'text', required: true, wide: true },
];

function DepartmentForm({
  department,
  all,
  onSaved,
  onClose,
}: {
  department: Department | null;
  all: Department[];
  onSaved(d: Department): void;
  onClose(): void;
}) {
  const fetchLatest = useCallback(
    async (id: number) => (await departmentsApi.list(true)).find((d) => d.id === id) ?? all.find((d) => d.id === id)!,
    [all],
  );
  const form = useRecordForm<Department>({
    draftKey: 'department',
    specs,
    schema: departmentInputSchema,
    record: department,
    save: departmentsApi.save,
    fetchLatest,
    onSaved,
  });
  const current = form.record;
  const actions = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => void departmentsApi.restore(current).then(onSaved)}>
        Återställ
      </button>
    ) : (
      <button
        type="button"
        className="danger"
        onClick={() =>
          void departmentsApi
            .archive(current)
            .then(onSaved)
            .catch((e: Error) => alert(e.message))
        }
      >
        Arkivera
      </button>
    )
  ) : null;
  return (
    <>
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={actions} />
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory
            key={current.version}
            entity="department"
            id={current.id}
            labels={{ code: 'Kod', name: 'Namn' }}
          />
        </section>
      ) : null}
    </>
  );
}

export function DepartmentsScreen() {
  const [, param] = useRoute();
  const open = recordParam(param);
  const { data, error, reload } = useProcedure('departments.list', { includeArchived: true });
  const close = useCallback(() => navigate('forvaltningar'), []);
  const departments = data ?? [];
  const opened = typeof open === 'number' ? departments.find((d) => d.id === open) : undefined;
  const saved = (d: Department) => {
    reload();
    navigate('forvaltningar', d.id);
  };

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>Förvaltningar</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => navigate('forvaltningar', 'ny')}>
          Ny förvaltning
        </button>
      </header>
      {error ? <div className="banner error">{error.message}</div> : null}
      <table className="simple-table">
        <thead>
          <tr>
            <th>Kod</th>
            <th>Namn</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id} onClick={() => navigate('forvaltningar', d.id)} className={d.archivedAt ? 'archived' : ''}>
              <td>{d.code}</td>
              <td>{d.name}</td>
              <td>{d.archivedAt ? 'Arkiverad' : 'Aktiv'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open === 'new' ? (
        <Drawer title="Ny förvaltning" onClose={close}>
          <DepartmentForm department={null} all={departments} onSaved={saved} onClose={close} />
        </Drawer>
      ) : null}
      {opened ? (
        <Drawer title={`${opened.code} – ${opened.name}`} onClose={close}>
          <DepartmentForm
            key={`${opened.id}:${opened.version}`}
            department={opened}
            all={departments}
            onSaved={saved}
            onClose={close}
          />
        </Drawer>
      ) : null}
    </div>
  );
}

/**
 * KPI-tabellen: the consumer price index values (1980 = 100) that KPI
 * clauses follow. A new or corrected value recomputes every KPI-indexed
 * lease's rent at once; values are corrected, never deleted.
 */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { kpiLabels, kpiSaveSchema, type KpiRow } from '../../../shared/leases/schema';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { ActionForm } from '../../components/form/ActionForm';
import { leasesApi, useKpiTable } from './leasesApi';

const specs: FieldSpec[] = [
  { name: 'month', label: kpiLabels.month, kind: 'text', required: true, hint: 'ÅÅÅÅ-MM' },
  { name: 'value', label: kpiLabels.value, kind: 'decimal', required: true },
];

/** The stored version of a month after a colleague's correction (the table is a few hundred rows). */
async function latestKpi(id: number): Promise<KpiRow> {
  const row = (await leasesApi.kpiTable()).find((r) => r.id === id);
  if (!row) throw new Error('KPI-värdet finns inte längre.');
  return row;
}

export function KpiScreen() {
  const table = useKpiTable();
  const [editing, setEditing] = useState<KpiRow | null>(null);
  // A new key empties the form after a save or a cancel.
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  const startEdit = (row: KpiRow | null) => {
    setEditing(row);
    setFormKey((k) => k + 1);
    setMessage(null);
  };

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>KPI-tabell</h1>
        <span className="count">
          Konsumentprisindex, 1980 = 100. Oktobervärdet styr hyran från 1 januari (Fastighetsägarnas indexklausul).
        </span>
        <span className="spacer" />
        <a className="button" href="#/inlasning/kpi">
          Läs in från Excel…
        </a>
      </header>
      <section className="card">
        <ActionForm
          key={formKey}
          id="kpi"
          title={editing ? `Ändra KPI för ${editing.month}` : 'Lägg till KPI-värde'}
          specs={specs}
          defaults={{}}
          schema={kpiSaveSchema}
          {...(editing ? { record: editing, fetchLatest: latestKpi, editsRecord: true } : {})}
          submitLabel={editing ? 'Spara ändring' : 'Lägg till'}
          run={async (input) => {
            const saved = await leasesApi.saveKpi(input);
            startEdit(null);
            setMessage(
              `KPI för ${saved.month} sparat: ${String(saved.value).replace('.', ',')}. Hyrorna i KPI-indexerade avtal är omräknade.`,
            );
            table.reload();
          }}
          onCancel={() => startEdit(null)}
        />
      </section>
      {message ? (
        <div className="banner info" role="status">
          {message}
        </div>
      ) : null}
      {table.error ? <div className="banner error">{table.error.message}</div> : null}
      <table className="simple-table kpi-table">
        <thead>
          <tr>
            <th>{kpiLabels.month}</th>
            <th className="num">{kpiLabels.value}</th>
            <th>Ändrad</th>
          </tr>
        </thead>
        <tbody>
          {(table.data ?? []).map((row) => (
            <tr
              key={row.id}
              onClick={() => startEdit(row)}
              className={row.month.endsWith('-10') ? 'highlight' : ''}
              title="Klicka för att rätta värdet"
            >
              <td>{row.month}</td>
              <td className="num">{row.value.toFixed(2).replace('.', ',')}</td>
              <td className="muted">
                {formatDateTime(row.updatedAt)} {row.updatedBy}
              </td>
            </tr>
          ))}
          {table.data && table.data.length === 0 ? (
            <tr>
              <td colSpan={3} className="muted">
                Inga KPI-värden ännu.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

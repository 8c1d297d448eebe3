/**
 * KPI-tabellen: the consumer price index values (1980 = 100) that KPI
 * clauses follow. A new or corrected value recomputes every KPI-indexed
 * lease's rent at once; values are corrected, never deleted.
 */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { kpiLabels, type KpiRow } from '../../../shared/leases/schema';
import { ApiError, errorMessage } from '../../api/client';
import { leasesApi, useKpiTable } from './leasesApi';

function parseValue(text: string): number {
  const t = text.trim().replace(/\s/g, '').replace(',', '.');
  return t === '' ? Number.NaN : Number(t);
}

export function KpiScreen() {
  const table = useKpiTable();
  const [editing, setEditing] = useState<KpiRow | null>(null);
  const [month, setMonth] = useState('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const startEdit = (row: KpiRow | null) => {
    setEditing(row);
    setMonth(row?.month ?? '');
    setValue(row ? String(row.value).replace('.', ',') : '');
    setErrors({});
    setMessage(null);
  };

  const save = async () => {
    try {
      const saved = await leasesApi.saveKpi({
        month: month.trim(),
        value: parseValue(value),
        ...(editing ? { id: editing.id, version: editing.version } : {}),
      });
      startEdit(null);
      setMessage({
        kind: 'info',
        text: `KPI för ${saved.month} sparat: ${String(saved.value).replace('.', ',')}. Hyrorna i KPI-indexerade avtal är omräknade.`,
      });
      table.reload();
    } catch (error) {
      setErrors(error instanceof ApiError ? error.fields : {});
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
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
      <form
        className="inline-form card"
        aria-label={editing ? `Ändra KPI för ${editing.month}` : 'Lägg till KPI-värde'}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {kpiLabels.month}{' '}
          <input
            aria-invalid={errors['month'] ? true : undefined}
            placeholder="ÅÅÅÅ-MM"
            size={9}
            value={month}
            onChange={(e) => setMonth(e.target.value)}
          />
        </label>
        <label>
          {kpiLabels.value}{' '}
          <input
            aria-invalid={errors['value'] ? true : undefined}
            inputMode="decimal"
            size={9}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        <button type="submit" className="primary">
          {editing ? 'Spara ändring' : 'Lägg till'}
        </button>
        {editing ? (
          <button type="button" onClick={() => startEdit(null)}>
            Avbryt
          </button>
        ) : null}
      </form>
      {message ? (
        <div className={`banner ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
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

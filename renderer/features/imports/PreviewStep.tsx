/**
 * Step 3: every row with its outcome, in the app's grid. A refused row
 * opens in a panel where its cells can be corrected and checked again;
 * the corrections travel with the import (the file itself is not changed).
 */
import type { ColDef } from 'ag-grid-community';
import { useCallback, useMemo, useState } from 'react';
import type { ListQuery, ListResult } from '../../../shared/core/listQuery';
import type { ImportField } from '../../../shared/imports/registers';
import { rowOutcomeLabels, type PreviewResult, type PreviewRow } from '../../../shared/imports/schema';
import { Drawer } from '../../components/Drawer';
import { FormField } from '../../components/form/FormField';
import { DataGrid } from '../../components/grid/DataGrid';
import { choiceColumn, numberColumn, textColumn } from '../../components/grid/columns';

type GridRow = PreviewRow & { id: number; reasons: string; createsText: string } & Record<string, unknown>;

interface Props {
  preview: PreviewResult;
  fields: readonly ImportField[];
  mapping: (string | null)[];
  fixes: Record<string, Record<string, string>>;
  onRecheck(rowNumber: number, fix: Record<string, string>): Promise<void>;
}

const OUTCOME_FILTERS = [
  ['', 'Alla rader'],
  ['refused', 'Avvisade'],
  ['new', 'Nya'],
  ['update', 'Uppdateras'],
  ['unchanged', 'Oförändrade'],
] as const;

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'sv', { numeric: true });
}

export function PreviewStep({ preview, fields, mapping, fixes, onRecheck }: Props) {
  const [outcome, setOutcome] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [checking, setChecking] = useState(false);
  const mapped = useMemo(() => fields.filter((f) => mapping.includes(f.key)), [fields, mapping]);

  const rows = useMemo<GridRow[]>(
    () =>
      preview.rows.map((r) => ({
        ...r.cells,
        ...r,
        id: r.rowNumber,
        reasons: r.problems.map((p) => p.message).join(' '),
        createsText: r.creates.join(', '),
      })),
    [preview],
  );
  const columns = useMemo<ColDef<GridRow>[]>(
    () => [
      numberColumn<GridRow>('rowNumber', 'Rad', { width: 80, filter: false }),
      choiceColumn<GridRow>('outcome', 'Utfall', rowOutcomeLabels, { width: 130, filter: false }),
      textColumn<GridRow>('reasons', 'Skäl', { width: 360, filter: false, tooltipField: 'reasons' }),
      ...mapped.map((f) =>
        textColumn<GridRow>(f.key, f.label, { filter: false, valueGetter: (p) => p.data?.cells[f.key] ?? '' }),
      ),
      textColumn<GridRow>('createsText', 'Skapas också', { filter: false }),
    ],
    [mapped],
  );

  const fetchPage = useCallback(
    async (q: ListQuery): Promise<ListResult<GridRow>> => {
      const search = (q.search ?? '').toLowerCase();
      let list = rows.filter(
        (r) =>
          (outcome === '' || r.outcome === outcome) &&
          (search === '' || Object.values(r.cells).some((v) => v.toLowerCase().includes(search))),
      );
      for (const s of [...(q.sort ?? [])].reverse()) {
        const sign = s.direction === 'asc' ? 1 : -1;
        list = [...list].sort(
          (a, b) => sign * compare(a[s.column] ?? a.cells[s.column], b[s.column] ?? b.cells[s.column]),
        );
      }
      const offset = q.offset ?? 0;
      return { rows: list.slice(offset, offset + (q.limit ?? 100)), total: list.length };
    },
    [rows, outcome],
  );

  const row = open === null ? undefined : preview.rows.find((r) => r.rowNumber === open);
  const openRow = (r: GridRow) => {
    setOpen(r.rowNumber);
    setDraft({ ...r.cells, ...(fixes[String(r.rowNumber)] ?? {}) });
  };

  return (
    <section aria-label="Förhandsgranskning">
      <div className="inline-form">
        <label>
          Visa{' '}
          <select aria-label="Visa rader" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
            {OUTCOME_FILTERS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">Klicka på en avvisad rad för att rätta den.</span>
      </div>
      <div className="embedded-grid tall">
        <DataGrid<GridRow>
          gridId="import-preview"
          columns={columns}
          fetchPage={fetchPage}
          search=""
          scope={{ outcome, generation: preview }}
          onOpen={openRow}
        />
      </div>
      {row ? (
        <Drawer title={`Rad ${row.rowNumber}`} subtitle={rowOutcomeLabels[row.outcome]} onClose={() => setOpen(null)}>
          {row.problems.length > 0 ? (
            <div className="banner error" role="alert">
              {row.problems.map((p) => (
                <p key={p.field + p.message}>{p.message}</p>
              ))}
            </div>
          ) : (
            <div className="banner info" role="status">
              Raden är godkänd.
            </div>
          )}
          <form
            className="record-form"
            onSubmit={(e) => {
              e.preventDefault();
              setChecking(true);
              // Only what the user changed: the preview shows some values masked (personnummer).
              const changed = Object.fromEntries(
                Object.entries(draft).filter(
                  ([k, v]) => v !== row.cells[k] || fixes[String(row.rowNumber)]?.[k] !== undefined,
                ),
              );
              void onRecheck(row.rowNumber, changed).finally(() => setChecking(false));
            }}
          >
            <div className="form-grid">
              {/* The mapped fields, and any other a problem names (a warning to confirm, a ground the list left out). */}
              {fields
                .filter((f) => mapping.includes(f.key) || row.problems.some((p) => p.field === f.key))
                .map((f) => (
                  <FormField
                    key={f.key}
                    idPrefix="fix"
                    spec={{ name: f.key, label: f.label, kind: 'text' }}
                    value={draft[f.key] ?? ''}
                    error={row.problems.find((p) => p.field === f.key)?.message}
                    onChange={(v) => setDraft((d) => ({ ...d, [f.key]: v }))}
                  />
                ))}
            </div>
            <div className="form-actions">
              <button type="submit" className="primary" disabled={checking}>
                Kontrollera igen
              </button>
            </div>
          </form>
        </Drawer>
      ) : null}
    </section>
  );
}

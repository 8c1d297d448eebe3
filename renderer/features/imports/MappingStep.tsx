/** Step 2: the sheet, the header row and, for each column, the field it fills. */
import type { ImportField } from '../../../shared/imports/registers';
import type { InspectResult } from '../../../shared/imports/schema';

interface Props {
  inspect: InspectResult;
  fields: readonly ImportField[];
  mapping: (string | null)[];
  onMapping(mapping: (string | null)[]): void;
  onSheet(sheet: string): void;
  onHeaderRow(row: number): void;
}

export function MappingStep({ inspect, fields, mapping, onMapping, onSheet, onHeaderRow }: Props) {
  const used = new Set(mapping.filter((m): m is string => m !== null));
  const missing = fields.filter((f) => f.required && !used.has(f.key));
  return (
    <section className="card" aria-label="Kolumner">
      <div className="inline-form">
        <label>
          Blad{' '}
          <select aria-label="Blad" value={inspect.sheet} onChange={(e) => onSheet(e.target.value)}>
            {inspect.sheets.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
                {s.hidden ? ' (dolt)' : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Rubrikrad{' '}
          <input
            aria-label="Rubrikrad"
            type="number"
            min={1}
            value={inspect.headerRow + 1}
            onChange={(e) => Number(e.target.value) >= 1 && onHeaderRow(Number(e.target.value) - 1)}
            style={{ width: '5em' }}
          />
        </label>
        <span className="muted">
          {inspect.dataRows} rader med data
          {inspect.remembered ? ' · kolumnvalen är de du gjorde senast för samma rubriker' : ''}
        </span>
      </div>
      <table className="simple-table">
        <thead>
          <tr>
            <th>Kolumn i filen</th>
            <th>Exempel</th>
            <th>Läses in som</th>
          </tr>
        </thead>
        <tbody>
          {inspect.columns.map((column) => (
            <tr key={column.index}>
              <td>{column.heading || <span className="muted">(utan rubrik)</span>}</td>
              <td className="muted">{column.samples.join(' · ')}</td>
              <td>
                <select
                  aria-label={`Fält för kolumnen ${column.heading || column.index + 1}`}
                  value={mapping[column.index] ?? ''}
                  onChange={(e) => {
                    const next = [...mapping];
                    next[column.index] = e.target.value === '' ? null : e.target.value;
                    onMapping(next);
                  }}
                >
                  <option value="">— läses inte in —</option>
                  {fields.map((f) => (
                    <option key={f.key} value={f.key} disabled={used.has(f.key) && mapping[column.index] !== f.key}>
                      {f.label}
                      {f.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 ? (
        <p className="field-error" role="alert">
          Välj en kolumn för {missing.map((f) => f.label).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}

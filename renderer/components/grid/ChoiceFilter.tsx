/**
 * A filter for columns with a fixed set of values (status, kind): tick the
 * values to show. Community AG Grid has no set filter; this sends our own
 * `{ filterType: 'set', values }` model, which the back end understands.
 */
import type { CustomFilterProps } from 'ag-grid-react';
import { useGridFilter } from 'ag-grid-react';
import { useCallback } from 'react';

export interface ChoiceFilterModel {
  filterType: 'set';
  values: string[];
}

export interface ChoiceFilterParams {
  labels: Record<string, string>;
}

export function ChoiceFilter(props: CustomFilterProps<unknown, unknown, ChoiceFilterModel> & ChoiceFilterParams) {
  const { model, onModelChange, labels } = props;
  const selected = new Set(model?.values ?? []);

  // Rows are filtered in the database; the grid only needs an answer.
  const doesFilterPass = useCallback(() => true, []);
  useGridFilter({ doesFilterPass });

  const toggle = (value: string) => {
    const next = new Set(selected);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    onModelChange(next.size === 0 ? null : { filterType: 'set', values: [...next] });
  };

  return (
    <div className="choice-filter">
      {Object.entries(labels).map(([value, label]) => (
        <label key={value}>
          <input type="checkbox" checked={selected.has(value)} onChange={() => toggle(value)} /> {label}
        </label>
      ))}
      <button type="button" className="link" onClick={() => onModelChange(null)} disabled={selected.size === 0}>
        Visa alla
      </button>
    </div>
  );
}

/**
 * Column definitions for the kinds of values every grid shows, so each
 * feature states only which field and what heading.
 */
import type { ColDef, ColDefField, ValueFormatterParams } from 'ag-grid-community';
import { PERMIT_WARNING_DAYS } from '../../../shared/units/schema';
import { formatDaysLeft, formatNumber } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import type { ExportColumn, ExportColumnType } from '../../../shared/exports/schema';
import { ChoiceFilter } from './ChoiceFilter';

type Col<T> = ColDef<T>;

/**
 * What an export needs to know of a column: kept in the column's
 * `context`, so "export the current view" reads it from the live grid.
 */
export interface ColumnExportInfo {
  exportType: ExportColumnType;
  labels?: Record<string, string>;
}

function withExport<T>(def: Col<T>, exportType: ExportColumnType, labels?: Record<string, string>): Col<T> {
  return { ...def, context: { exportType, ...(labels ? { labels } : {}) } satisfies ColumnExportInfo };
}

const dateFilterParams = {
  // Chromium's own date picker follows the OS locale (mm/dd/yyyy on an
  // English system); AG Grid's text input takes dates the Swedish way.
  browserDatePicker: false,
  inRangeInclusive: true,
  buttons: ['reset'],
};

export function textColumn<T>(field: ColDefField<T>, headerName: string, extra: Col<T> = {}): Col<T> {
  return withExport(
    {
      field,
      headerName,
      filter: 'agTextColumnFilter',
      filterParams: { buttons: ['reset'], debounceMs: 300 },
      ...extra,
    },
    'text',
  );
}

export function numberColumn<T>(field: ColDefField<T>, headerName: string, extra: Col<T> = {}): Col<T> {
  return withExport(
    {
      field,
      headerName,
      type: 'rightAligned',
      filter: 'agNumberColumnFilter',
      filterParams: { buttons: ['reset'], debounceMs: 300 },
      valueFormatter: (p: ValueFormatterParams<T>) => formatNumber(p.value as number | null),
      width: 110,
      ...extra,
    },
    'number',
  );
}

export function moneyColumn<T>(field: ColDefField<T>, headerName: string, extra: Col<T> = {}): Col<T> {
  const def = numberColumn(field, headerName, {
    valueFormatter: (p: ValueFormatterParams<T>) => formatMoney(p.value as number | null),
    // The filter would be typed in kronor while stored values are öre.
    filter: false,
    width: 140,
    ...extra,
  });
  return withExport(def, 'money');
}

export function dateColumn<T>(field: ColDefField<T>, headerName: string, extra: Col<T> = {}): Col<T> {
  return withExport(
    {
      field,
      headerName,
      filter: 'agDateColumnFilter',
      filterParams: dateFilterParams,
      width: 130,
      ...extra,
    },
    'date',
  );
}

export function choiceColumn<T>(
  field: ColDefField<T>,
  headerName: string,
  labels: Record<string, string>,
  extra: Col<T> = {},
): Col<T> {
  return withExport(
    {
      field,
      headerName,
      valueFormatter: (p: ValueFormatterParams<T>) => (p.value ? (labels[p.value as string] ?? String(p.value)) : ''),
      filter: { component: ChoiceFilter },
      filterParams: { labels },
      // The choice filter opens from the header menu; a read-only box below
      // the header would only look broken.
      floatingFilter: false,
      width: 150,
      ...extra,
    },
    'choice',
    labels,
  );
}

/** Days left until a date, amber within the warning window, red when past. */
export function daysLeftColumn<T>(
  field: ColDefField<T>,
  headerName: string,
  warningDays = PERMIT_WARNING_DAYS,
  extra: Col<T> = {},
): Col<T> {
  return withExport(
    {
      field,
      headerName,
      type: 'rightAligned',
      filter: false,
      width: 130,
      valueFormatter: (p: ValueFormatterParams<T>) => formatDaysLeft(p.value as number | null),
      cellClassRules: {
        'cell-overdue': (p) => typeof p.value === 'number' && p.value < 0,
        'cell-warning': (p) => typeof p.value === 'number' && p.value >= 0 && p.value <= warningDays,
      },
      ...extra,
    },
    'daysLeft',
  );
}

/** A column from a shared column spec (heading and kind of value), plus layout; the spec names a field of the row. */
export function specColumn<T>(spec: ExportColumn & { id: ColDefField<T> }, extra: Col<T> = {}): Col<T> {
  switch (spec.type) {
    case 'choice':
      return choiceColumn(spec.id, spec.header, spec.labels ?? {}, extra);
    case 'date':
      return dateColumn(spec.id, spec.header, extra);
    case 'money':
      return moneyColumn(spec.id, spec.header, extra);
    case 'number':
      return numberColumn(spec.id, spec.header, extra);
    case 'daysLeft':
      return daysLeftColumn(spec.id, spec.header, undefined, extra);
    default:
      return textColumn(spec.id, spec.header, extra);
  }
}

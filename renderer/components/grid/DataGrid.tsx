/**
 * The one grid of the app: AG Grid's infinite row model over a list
 * procedure, so a table of 100 000 rows loads a page at a time, and sorting
 * and filtering run in the database. Column order, widths, visibility and
 * sort are remembered per user (in the shared database, under `gridId`).
 * When anyone changes the data, the loaded rows are read again in place.
 */
import type {
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  GridState,
  IDatasource,
  IGetRowsParams,
  RowClickedEvent,
  StateUpdatedEvent,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnFilter, ListQuery, ListResult } from '../../../shared/core/listQuery';
import { useDataChanges } from '../../api/changes';
import { api, errorMessage } from '../../api/client';
import { routeQuery } from '../../router';
import { ExportProgress } from '../export/ExportProgress';
import { useExportJob } from '../export/useExportJob';
import type { ColumnExportInfo } from './columns';
import { gridLocaleText, gridTheme } from './gridSetup';

export interface DataGridProps<T extends { id: number }> {
  /** Names the remembered layout: `grid.<gridId>`. */
  gridId: string;
  columns: ColDef<T>[];
  fetchPage(query: ListQuery): Promise<ListResult<T>>;
  search: string;
  /** Anything that changes which rows the list holds (e.g. "show archived"). */
  scope?: unknown;
  /** Bump to re-read the loaded rows in place, e.g. after a save. */
  refreshToken?: number;
  onOpen?(row: T): void;
  onTotal?(total: number | null): void;
  /** Rows can be ticked (e.g. to print several contracts at once). */
  onSelectionChanged?(rows: T[]): void;
  /** Offers "export the current view": the list's export source and file title. */
  exportAs?: { source: string; title: string; params?: Record<string, unknown> };
}

const PAGE = 100;
/** Marks the first rows of the page's life once, for the bench (`bp:first-rows`). */
let firstRowsMarked = false;
type LayoutState = Pick<GridState, 'columnOrder' | 'columnSizing' | 'columnVisibility' | 'columnPinning' | 'sort'>;

function layoutOf(state: GridState): LayoutState {
  const { columnOrder, columnSizing, columnVisibility, columnPinning, sort } = state;
  return { columnOrder, columnSizing, columnVisibility, columnPinning, sort };
}

/**
 * A link may open the grid already filtered (`?f.units=<filter model>`, from
 * a start-page card): the grid starts with that filter, shown in its column
 * filters as if the user had set it, so the count is exactly the card's.
 */
function withRouteFilter(gridId: string, layout: LayoutState | null): GridState | null {
  const text = routeQuery().get(`f.${gridId}`);
  if (!text) return layout;
  try {
    const filterModel = JSON.parse(text) as Record<string, ColumnFilter>;
    return { ...(layout ?? {}), filter: { filterModel } };
  } catch {
    return layout;
  }
}

/** The link to a grid filtered to exactly some rows (see withRouteFilter). */
export function gridFilterQuery(gridId: string, filters: Record<string, ColumnFilter>): Record<string, string> {
  return { [`f.${gridId}`]: JSON.stringify(filters) };
}

export function DataGrid<T extends { id: number }>(props: DataGridProps<T>) {
  const { gridId, columns, fetchPage, search, scope, refreshToken, onOpen, onTotal, exportAs, onSelectionChanged } =
    props;
  const exportJob = useExportJob();
  const prefKey = `grid.${gridId}`;
  const [initialState, setInitialState] = useState<GridState | null | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | null>(null);
  const gridApi = useRef<GridApi<T> | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);

  // The remembered layout must be known before the grid is created.
  useEffect(() => {
    api
      .call('prefs.get', { key: prefKey })
      .then((value) => setInitialState(withRouteFilter(gridId, (value as LayoutState | null) ?? null)))
      .catch(() => setInitialState(withRouteFilter(gridId, null)));
  }, [prefKey, gridId]);

  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const onTotalRef = useRef(onTotal);
  onTotalRef.current = onTotal;

  const datasource = useMemo<IDatasource>(() => {
    let total: number | null = null;
    return {
      getRows(params: IGetRowsParams) {
        const limit = params.endRow - params.startRow;
        const query: ListQuery = {
          offset: params.startRow,
          limit,
          sort: params.sortModel.map((s) => ({ column: s.colId, direction: s.sort })),
          filters: params.filterModel as Record<string, ColumnFilter>,
          search,
          withTotal: params.startRow === 0,
        };
        fetchRef
          .current(query)
          .then((result) => {
            if (result.total !== null) {
              total = result.total;
              onTotalRef.current?.(total);
            }
            const lastRow = total ?? (result.rows.length < limit ? params.startRow + result.rows.length : -1);
            setLoadError(null);
            params.successCallback(result.rows, lastRow);
            if (!firstRowsMarked && result.rows.length > 0) {
              firstRowsMarked = true;
              performance.mark('bp:first-rows');
            }
          })
          .catch((error: unknown) => {
            setLoadError(errorMessage(error));
            params.failCallback();
          });
      },
    };
    // A new search or scope is a new list; `scope` is compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, JSON.stringify(scope ?? null)]);

  useEffect(() => {
    gridApi.current?.setGridOption('datasource', datasource);
  }, [datasource]);

  useEffect(() => {
    if (refreshToken) gridApi.current?.refreshInfiniteCache();
  }, [refreshToken]);

  // A colleague saved: re-read the loaded pages in place. The infinite row
  // model keeps the scroll position and the selection (rows keep their ids).
  useDataChanges(() => gridApi.current?.refreshInfiniteCache());

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      gridApi.current = e.api;
      e.api.setGridOption('datasource', datasource);
    },
    [datasource],
  );

  const onStateUpdated = useCallback(
    (e: StateUpdatedEvent<T>) => {
      if (
        !e.sources.some((s) => ['columnOrder', 'columnSizing', 'columnVisibility', 'columnPinning', 'sort'].includes(s))
      )
        return;
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(() => {
        void api.call('prefs.set', { key: prefKey, value: layoutOf(e.state) }).catch(() => undefined);
      }, 600);
    },
    [prefKey],
  );

  const defaultColDef = useMemo<ColDef<T>>(
    () => ({ sortable: true, resizable: true, floatingFilter: true, minWidth: 70 }),
    [],
  );
  const getRowId = useCallback((p: GetRowIdParams<T>) => String(p.data.id), []);

  /** The view as the user sees it: visible columns in order, the filters, the sort. */
  const exportView = (format: 'xlsx' | 'csv') => {
    const gridApiNow = gridApi.current;
    if (!gridApiNow || !exportAs) return;
    const exportColumns = gridApiNow.getAllDisplayedColumns().flatMap((col) => {
      const def = col.getColDef();
      const info = def.context as ColumnExportInfo | undefined;
      return info
        ? [
            {
              id: col.getColId(),
              header: def.headerName ?? col.getColId(),
              type: info.exportType,
              ...(info.labels ? { labels: info.labels } : {}),
            },
          ]
        : [];
    });
    const sort = gridApiNow
      .getColumnState()
      .filter((s) => s.sort)
      .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
      .map((s) => ({ column: s.colId, direction: s.sort! }));
    void exportJob.run(() =>
      api.call('exports.start', {
        source: exportAs.source,
        title: exportAs.title,
        format,
        columns: exportColumns,
        query: { ...(exportAs.params ?? {}), sort, filters: gridApiNow.getFilterModel(), search },
      }),
    );
  };

  if (initialState === undefined) return <div className="grid-placeholder">Hämtar…</div>;

  return (
    <div className="data-grid">
      {exportAs ? (
        <div className="export-bar">
          <ExportProgress state={exportJob} />
          {exportJob.job ? null : (
            <>
              <span className="muted">Exportera vyn:</span>
              <button type="button" onClick={() => exportView('xlsx')}>
                Excel
              </button>
              <button type="button" onClick={() => exportView('csv')}>
                CSV
              </button>
            </>
          )}
        </div>
      ) : null}
      {loadError ? (
        <div className="banner error" role="alert">
          {loadError}
        </div>
      ) : null}
      <AgGridReact<T>
        theme={gridTheme}
        localeText={gridLocaleText}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        rowModelType="infinite"
        cacheBlockSize={PAGE}
        maxBlocksInCache={40}
        infiniteInitialRowCount={1}
        blockLoadDebounceMillis={40}
        getRowId={getRowId}
        // Our grids have a few dozen columns at most: render them all, so
        // scrolling sideways never shows blank cells (and tests see them).
        suppressColumnVirtualisation
        {...(initialState ? { initialState } : {})}
        onGridReady={onGridReady}
        onStateUpdated={onStateUpdated}
        onRowClicked={(e: RowClickedEvent<T>) => {
          // Ticking a row's box selects it; it does not open it.
          const target = e.event?.target as HTMLElement | null | undefined;
          if (target?.closest('.ag-selection-checkbox, [col-id="ag-Grid-SelectionColumn"]')) return;
          if (e.data) onOpen?.(e.data);
        }}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | null)?.key;
          if (key === 'Enter' && e.data) onOpen?.(e.data);
        }}
        rowSelection={
          onSelectionChanged
            ? { mode: 'multiRow', checkboxes: true, headerCheckbox: false, enableClickSelection: false }
            : { mode: 'singleRow', checkboxes: false, enableClickSelection: true }
        }
        onSelectionChanged={(e) => onSelectionChanged?.(e.api.getSelectedRows())}
      />
    </div>
  );
}

/** Forgets a grid's remembered layout (the "Återställ kolumner" button). */
export async function resetGridLayout(gridId: string): Promise<void> {
  await api.call('prefs.set', { key: `grid.${gridId}`, value: null });
}

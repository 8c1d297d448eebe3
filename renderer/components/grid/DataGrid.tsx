/**
 * The one grid of the app: AG Grid's infinite row model over a list
 * procedure, so a table of 100 000 rows loads a page at a time, and sorting
 * and filtering run in the database. Column order, widths, visibility and
 * sort are remembered per user (in the shared database, under `gridId`),
 * and cached in this window's local storage: the grid is created at once
 * with the cached layout and asks for its first rows, instead of waiting a
 * round trip for the remembered one, which is applied when it arrives if it
 * differs (another computer, a reset).
 * When anyone changes the data, the loaded rows are read again in place.
 */
import type {
  ColDef,
  GetRowIdParams,
  GridApi,
  GridReadyEvent,
  GridState,
  GridStateKey,
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

/**
 * The server-side query for a block of rows: the grid's sort and column
 * filters and the quick search, as the list procedures take them; the
 * total is asked for with the first block only.
 */
export function listQueryOf(
  params: Pick<IGetRowsParams, 'startRow' | 'endRow' | 'sortModel' | 'filterModel'>,
  search: string,
): ListQuery {
  return {
    offset: params.startRow,
    limit: params.endRow - params.startRow,
    sort: params.sortModel.map((s) => ({ column: s.colId, direction: s.sort })),
    filters: params.filterModel as Record<string, ColumnFilter>,
    search,
    withTotal: params.startRow === 0,
  };
}

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

/** A remembered layout holds no filter: applying it late keeps the filter a link opened the grid with. */
const LAYOUT_KEEPS: GridStateKey[] = ['filter'];

const cacheKey = (prefKey: string) => `bostadsportfoljen.${prefKey}`;

function cachedLayout(prefKey: string): LayoutState | null {
  try {
    const text = window.localStorage.getItem(cacheKey(prefKey));
    return text ? (JSON.parse(text) as LayoutState) : null;
  } catch {
    return null;
  }
}

function cacheLayout(prefKey: string, layout: LayoutState | null): void {
  try {
    if (layout) window.localStorage.setItem(cacheKey(prefKey), JSON.stringify(layout));
    else window.localStorage.removeItem(cacheKey(prefKey));
  } catch {
    // Storage full or switched off: the layout is still read from the database.
  }
}

export function DataGrid<T extends { id: number }>(props: DataGridProps<T>) {
  const { gridId, columns, fetchPage, search, scope, refreshToken, onOpen, onTotal, exportAs, onSelectionChanged } =
    props;
  const exportJob = useExportJob();
  const prefKey = `grid.${gridId}`;
  // Read once, when the grid is created: AG Grid takes its initial state only then.
  const [cached] = useState(() => cachedLayout(prefKey));
  // A link's filter (a start-page card) is part of the state the grid starts with.
  const [initialState] = useState(() => withRouteFilter(gridId, cached));
  const [loadError, setLoadError] = useState<string | null>(null);
  const gridApi = useRef<GridApi<T> | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  /** The user moved, sized or sorted a column: their change wins over a remembered layout arriving late. */
  const changedHere = useRef(false);
  /** A remembered layout that arrived before the grid was ready. */
  const pendingLayout = useRef<LayoutState | null | undefined>(undefined);

  // The remembered layout, reconciled with the cached one the grid started with.
  useEffect(() => {
    let current = true;
    api
      .call('prefs.get', { key: prefKey })
      .then((value) => {
        const remembered = (value as LayoutState | null) ?? null;
        if (!current || changedHere.current) return;
        cacheLayout(prefKey, remembered);
        if (JSON.stringify(remembered) === JSON.stringify(cached)) return;
        if (gridApi.current) gridApi.current.setState(remembered ?? {}, LAYOUT_KEEPS);
        else pendingLayout.current = remembered;
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [prefKey, cached]);

  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const onTotalRef = useRef(onTotal);
  onTotalRef.current = onTotal;

  /** The filters the shown total was counted under: a sort alone keeps the total, so it is not counted again. */
  const countedFilters = useRef<string | null>(null);

  const datasource = useMemo<IDatasource>(() => {
    // A new datasource (search, scope) starts without a total, so it counts.
    let total: number | null = null;
    return {
      getRows(params: IGetRowsParams) {
        const limit = params.endRow - params.startRow;
        const filters = JSON.stringify(params.filterModel);
        // A sort alone keeps the counted total: only a new list or new filters count again.
        const query: ListQuery = {
          ...listQueryOf(params, search),
          withTotal: params.startRow === 0 && (total === null || countedFilters.current !== filters),
        };
        fetchRef
          .current(query)
          .then((result) => {
            if (result.total !== null) {
              total = result.total;
              countedFilters.current = filters;
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
    if (!refreshToken) return;
    // A save may add or remove rows: count again.
    countedFilters.current = null;
    gridApi.current?.refreshInfiniteCache();
  }, [refreshToken]);

  // A colleague saved: re-read the loaded pages in place, counting again (rows
  // may have come or gone). The infinite row model keeps the scroll position
  // and the selection (rows keep their ids).
  useDataChanges(() => {
    countedFilters.current = null;
    gridApi.current?.refreshInfiniteCache();
  });

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      gridApi.current = e.api;
      if (pendingLayout.current !== undefined) e.api.setState(pendingLayout.current ?? {}, LAYOUT_KEEPS);
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
        changedHere.current = true;
        cacheLayout(prefKey, layoutOf(e.state));
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
  cacheLayout(`grid.${gridId}`, null);
  await api.call('prefs.set', { key: `grid.${gridId}`, value: null });
}

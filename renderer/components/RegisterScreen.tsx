/**
 * The one register screen: a toolbar (count, quick search, "Visa arkiverade",
 * "Ny …", reset layout), the grid over the register's list procedure, a
 * drawer for a new record and one for the open record. A register states
 * only what differs (route, columns, labels, its list call, its record read,
 * its extra filters and its form); the plumbing between them lives here once.
 */
import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { ColDef } from 'ag-grid-community';
import { formatCount } from '../../shared/core/format';
import type { ListQuery, ListResult } from '../../shared/core/listQuery';
import type { QueryState } from '../api/hooks';
import { navigate, recordParam, useRoute } from '../router';
import { Drawer } from './Drawer';
import { ListToolbar } from './ListToolbar';
import type { FormValues } from './form/fieldSpec';
import { draftKeyOf } from './form/draftKey';
import { DataGrid } from './grid/DataGrid';
import { useRegisterState } from './useRegisterState';

/** A checkbox in the toolbar that narrows the list: its name is the list procedure's boolean input. */
export interface ScopeToggle<N extends string> {
  name: N;
  label: string;
  /** Read once when the screen opens, e.g. from a start-page card's link (routeQuery). */
  initial?: () => boolean;
}

/** What the register's form is given, for a new record (record null) and for the open one. */
export interface RegisterFormSlot<D> {
  record: D | null;
  /** A new record started from a parent (`ny/hushall/7`): that parent's field; undefined from the register. */
  defaults: FormValues | undefined;
  onClose(): void;
  onSaved(saved: { id: number }): void;
  /** Something beside the form changed the record (a delivery, a phase): the grid and the record are read again. */
  onChanged(): void;
}

/** The toolbar's own scope: "Visa arkiverade" and the declared toggles. */
type ToolbarScope<N extends string> = { includeArchived: boolean } & Partial<Record<N, boolean>>;
/** What narrows the list besides the grid's own query: the toolbar's scope and the screen's `scope`. */
type RegisterScope<N extends string, S extends object> = ToolbarScope<N> & Partial<S>;

export interface RegisterScreenProps<
  Row extends { id: number },
  D extends { id: number; version: number },
  N extends string,
  S extends object,
> {
  /** The hash route of the screen, e.g. `utskrivningar`. */
  route: string;
  /** Names the grid's remembered layout. */
  gridId: string;
  title: string;
  /** The count's noun, singular and plural: "1 bostad", "12 bostäder". */
  countNoun: readonly [one: string, other: string];
  searchLabel: string;
  newLabel: string;
  /** Offers "Läs in från Excel…" into this register. */
  importInto?: string;
  columns: ColDef<Row>[];
  /** The register's list call; it receives the grid's query and the whole scope. */
  list: (query: ListQuery & NoInfer<RegisterScope<N, S>>) => Promise<ListResult<Row>>;
  /** The register's read of one record (its `<feature>.get` hook). */
  useRecord: (id: number | null) => QueryState<D>;
  /** The export job's source; the file is named after `title`. */
  exportSource: string;
  toggles?: readonly ScopeToggle<N>[];
  /** Filters the screen keeps itself (a select in `toolbar` or `beforeGrid`): sent to the list and the export. */
  scope?: S;
  /** Controls in the toolbar after the toggles (a select, a print button). */
  toolbar?: ReactNode;
  /** A muted paragraph under the toolbar: what the register is for. */
  intro?: ReactNode;
  /** Between the toolbar and the grid: a filter bar, tabs. */
  beforeGrid?: ReactNode;
  /**
   * Another tab's view in place of the grid (and of `beforeGrid`), e.g. the
   * guarantees' grant application: the toolbar then drops what belongs to
   * the grid (count, "Visa arkiverade", reset layout).
   */
  otherView?: ReactNode;
  /** Above the grid or `otherView`: the tabs that switch between them. */
  tabs?: ReactNode;
  onSelectionChanged?(rows: Row[]): void;
  /**
   * Route keys that start a new record from a parent, and the field they
   * fill: `{ hushall: 'householdId' }` makes `ny/hushall/7` start on household 7.
   */
  startsFrom?: Readonly<Record<string, string>>;
  newDrawer: { title: string; subtitle?: ReactNode };
  recordDrawer: { title(record: D): string; untitled: string; subtitle?(record: D): ReactNode };
  renderForm(slot: RegisterFormSlot<D>): ReactNode;
}

export function RegisterScreen<
  Row extends { id: number },
  D extends { id: number; version: number },
  N extends string = never,
  S extends object = Record<never, never>,
>(props: RegisterScreenProps<Row, D, N, S>) {
  const { route, list, useRecord, toggles, startsFrom, newDrawer, recordDrawer, renderForm } = props;
  const [, param, fromKey, fromValue] = useRoute();
  const open = recordParam(param);
  const state = useRegisterState(route, props.gridId);
  const { includeArchived, refresh, close } = state;
  const [toggled, setToggled] = useState(() => {
    const on: Partial<Record<N, boolean>> = {};
    for (const t of toggles ?? []) on[t.name] = t.initial?.() ?? false;
    return on;
  });
  const current = useRecord(typeof open === 'number' ? open : null);
  const field = fromKey && fromValue ? startsFrom?.[fromKey] : undefined;
  // One object per parent: forms memoise on their defaults.
  const defaults = useMemo(() => (field && fromValue ? { [field]: fromValue } : undefined), [field, fromValue]);
  // The grid compares the scope by value, so a new object each render starts no new list.
  const extra: Partial<S> = props.scope ?? {};
  const scope: RegisterScope<N, S> = { includeArchived, ...toggled, ...extra };
  const fetchPage = (q: ListQuery) => list({ ...q, ...scope });
  const d = current.data;
  const grid = props.otherView === undefined;

  return (
    <div className="screen">
      <ListToolbar
        title={props.title}
        count={grid && state.total !== null ? formatCount(state.total, ...props.countNoun) : ''}
        search={state.search}
        onSearch={state.setSearch}
        searchLabel={props.searchLabel}
        {...(grid ? { includeArchived, onIncludeArchived: state.setIncludeArchived } : {})}
        onNew={() => navigate(route, 'ny')}
        newLabel={props.newLabel}
        {...(grid ? { onResetLayout: state.resetLayout } : {})}
        {...(props.importInto ? { importInto: props.importInto } : {})}
      >
        {toggles?.map((t) => (
          <label key={t.name} className="toggle">
            <input
              type="checkbox"
              checked={toggled[t.name] ?? false}
              onChange={(e) => setToggled((on) => ({ ...on, [t.name]: e.target.checked }))}
            />{' '}
            {t.label}
          </label>
        ))}
        {props.toolbar}
      </ListToolbar>
      {props.intro ? <p className="muted">{props.intro}</p> : null}
      {props.tabs}
      {grid ? props.beforeGrid : props.otherView}
      {grid ? (
        <DataGrid<Row>
          key={state.gridKey}
          gridId={props.gridId}
          columns={props.columns}
          fetchPage={fetchPage}
          search={state.search}
          scope={scope}
          refreshToken={state.refreshToken}
          onOpen={(row) => navigate(route, row.id)}
          onTotal={state.setTotal}
          exportAs={{ source: props.exportSource, title: props.title, params: scope }}
          {...(props.onSelectionChanged ? { onSelectionChanged: props.onSelectionChanged } : {})}
        />
      ) : null}
      {open === 'new' ? (
        <Drawer title={newDrawer.title} subtitle={newDrawer.subtitle} onClose={close}>
          {/* A new record opened from another parent is another form, with that parent's draft. */}
          <Fragment key={draftKeyOf(route, defaults)}>
            {renderForm({
              record: null,
              defaults,
              onClose: close,
              onSaved: (saved) => {
                refresh();
                navigate(route, saved.id);
              },
              onChanged: refresh,
            })}
          </Fragment>
        </Drawer>
      ) : null}
      {typeof open === 'number' ? (
        <Drawer
          title={d ? recordDrawer.title(d) : recordDrawer.untitled}
          subtitle={d && recordDrawer.subtitle ? recordDrawer.subtitle(d) : undefined}
          onClose={close}
        >
          {current.error ? <div className="banner error">{current.error.message}</div> : null}
          {d ? (
            // Another version is another form: a colleague's save read in starts from the stored values.
            <Fragment key={`${d.id}:${d.version}`}>
              {renderForm({
                record: d,
                defaults: undefined,
                onClose: close,
                onSaved: () => {
                  refresh();
                  current.reload();
                },
                onChanged: () => {
                  refresh();
                  current.reload();
                },
              })}
            </Fragment>
          ) : null}
        </Drawer>
      ) : null}
    </div>
  );
}

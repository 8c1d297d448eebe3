/** The bar above every register grid: title, count, search, actions. */
import { useEffect, useState } from 'react';

interface Props {
  title: string;
  count: string;
  search: string;
  onSearch(text: string): void;
  searchLabel: string;
  includeArchived?: boolean;
  onIncludeArchived?(value: boolean): void;
  onNew?(): void;
  newLabel?: string;
  onResetLayout?(): void;
  /** Offers "Läs in från Excel…" into this register: the import screen's register. */
  importInto?: string;
  children?: React.ReactNode;
}

export function ListToolbar(props: Props) {
  const [text, setText] = useState(props.search);
  const { onSearch } = props;
  // Search as the user types, but not on every keystroke.
  useEffect(() => {
    const t = window.setTimeout(() => onSearch(text.trim()), 250);
    return () => window.clearTimeout(t);
  }, [text, onSearch]);

  return (
    <header className="list-toolbar">
      <h1>{props.title}</h1>
      <span className="count" aria-live="polite">
        {props.count}
      </span>
      <input
        type="search"
        className="quick-search"
        placeholder="Sök…"
        aria-label={props.searchLabel}
        title={props.searchLabel}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      {props.children}
      {props.onIncludeArchived ? (
        <label className="toggle">
          <input
            type="checkbox"
            checked={props.includeArchived ?? false}
            onChange={(e) => props.onIncludeArchived?.(e.target.checked)}
          />{' '}
          Visa arkiverade
        </label>
      ) : null}
      <span className="spacer" />
      {props.onResetLayout ? (
        <button type="button" onClick={props.onResetLayout} title="Återställ kolumnernas ordning, bredd och sortering">
          Återställ kolumner
        </button>
      ) : null}
      {props.importInto ? (
        <a className="button" href={`#/inlasning/${props.importInto}`}>
          Läs in från Excel…
        </a>
      ) : null}
      {props.onNew ? (
        <button type="button" className="primary" onClick={props.onNew}>
          {props.newLabel ?? 'Ny'}
        </button>
      ) : null}
    </header>
  );
}

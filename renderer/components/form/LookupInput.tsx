/**
 * Picks one record among too many for a drop-down (100 000 households):
 * type to search in the back end, then choose with the mouse or the arrow
 * keys and Enter. A combobox with a listbox, as assistive technology and
 * tests expect. The value is the record's id; nothing typed counts until
 * an option is chosen. With `multiple` the value is a list of ids ("12,15"):
 * each choice is added to the chosen ones shown above the box, each with a
 * button to take it away, and the box is free for the next search.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Option } from './fieldSpec';

interface Props {
  id: string;
  name: string;
  value: string;
  /** Labels already known, at least the current value's. */
  options: Option[];
  search(text: string): Promise<Option[]>;
  onChange(value: string): void;
  'aria-invalid'?: boolean | undefined;
  'aria-describedby'?: string | undefined;
  /** Several records: the value is their ids, comma-separated. */
  multiple?: boolean;
  /** Names the list of chosen records (multiple), e.g. "Valda bostäder". */
  chosenLabel?: string;
}

const SEARCH_DELAY_MS = 200;

export function LookupInput({ value, options, search, onChange, multiple, chosenLabel, ...inputProps }: Props) {
  const known = useRef(new Map<string, string>());
  for (const o of options) known.current.set(o.value, o.label);
  const chosen = multiple ? value.split(',').filter(Boolean) : [];
  const [text, setText] = useState(multiple ? '' : (known.current.get(value) ?? ''));
  const [query, setQuery] = useState<string | null>(null);
  const [results, setResults] = useState<Option[] | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();
  const open = results !== null;

  // A value set from outside (a reload, a default) shows its label.
  const label = multiple ? undefined : known.current.get(value);
  useEffect(() => {
    if (label !== undefined) setText(label);
  }, [value, label]);

  useEffect(() => {
    if (query === null) return;
    let current = true;
    const timer = window.setTimeout(() => {
      search(query)
        .then((found) => {
          if (!current) return;
          setResults(multiple ? found.filter((o) => !value.split(',').includes(o.value)) : found);
          setActive(0);
        })
        .catch(() => current && setResults([]));
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, search, multiple, value]);

  const close = () => {
    setResults(null);
    setQuery(null);
  };

  const choose = (o: Option) => {
    known.current.set(o.value, o.label);
    close();
    if (multiple) {
      setText('');
      onChange([...chosen, o.value].join(','));
    } else {
      setText(o.label);
      onChange(o.value);
    }
  };

  return (
    <div className={multiple ? 'lookup lookup-multiple' : 'lookup'}>
      {multiple ? (
        <ul className="picked" aria-label={chosenLabel}>
          {chosen.map((id) => {
            const name = known.current.get(id) ?? id;
            return (
              <li key={id}>
                <span>{name}</span>
                <button
                  type="button"
                  className="icon small"
                  aria-label={`Ta bort ${name}`}
                  onClick={() => onChange(chosen.filter((c) => c !== id).join(','))}
                >
                  ×
                </button>
              </li>
            );
          })}
          {chosen.length === 0 ? <li className="muted none">Inga valda</li> : null}
        </ul>
      ) : null}
      <input
        {...inputProps}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Sök…"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results.length > 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setQuery(e.target.value);
          if (!multiple && value !== '') onChange('');
        }}
        onFocus={() => (multiple || value === '') && setQuery(text)}
        onBlur={close}
        onKeyDown={(e) => {
          if (!open) {
            if (e.key === 'ArrowDown') setQuery(multiple || value === '' ? text : '');
            return;
          }
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => Math.min(Math.max(a + step, 0), Math.max(results.length - 1, 0)));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const o = results[active];
            if (o) choose(o);
          } else if (e.key === 'Escape') {
            // Close the list, not the drawer around it.
            e.stopPropagation();
            close();
          }
        }}
      />
      {open ? (
        <ul className="lookup-list" role="listbox" id={listId}>
          {results.map((o, i) => (
            <li
              key={o.value}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              // mousedown, so the choice lands before the input's blur closes the list
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.label}
              {o.detail ? <span className="muted"> · {o.detail}</span> : null}
            </li>
          ))}
          {results.length === 0 ? <li className="muted">Inga träffar</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Picks one unit from Bestånd by typing: searches as the user types, 20 at
 * a time, in the database (the register may hold 100 000 units, so they
 * are never all loaded). A combobox with a listbox, usable by keyboard.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { unitKindLabels, type UnitRow } from '../../../shared/units/schema';
import { errorMessage } from '../../api/client';
import { unitsApi } from './unitsApi';

/** What a picker needs to show its choice. */
export interface PickedUnit {
  id: number;
  objectNumber: string;
  address: string;
}

const SUGGESTIONS = 20;

interface Props {
  id: string;
  value: PickedUnit | null;
  onChange(unit: PickedUnit | null): void;
  /** For aria-describedby: the field's error or hint. */
  describedBy?: string | undefined;
  invalid?: boolean;
}

function describe(u: PickedUnit): string {
  return `${u.objectNumber}, ${u.address}`;
}

export function UnitPicker({ id, value, onChange, describedBy, invalid }: Props) {
  const listId = useId();
  const [text, setText] = useState(value ? describe(value) : '');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<UnitRow[]>([]);
  const [active, setActive] = useState(0);
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);

  // A choice made elsewhere (a unit just created) shows in the box.
  useEffect(() => {
    if (value) setText(describe(value));
  }, [value]);

  useEffect(() => {
    if (!open) return;
    const call = ++latest.current;
    const timer = window.setTimeout(() => {
      setSearching(true);
      unitsApi
        .list({
          search: text.trim(),
          limit: SUGGESTIONS,
          withTotal: false,
          sort: [{ column: 'objectNumber', direction: 'asc' }],
        })
        .then((result) => {
          if (call !== latest.current) return;
          setOptions(result.rows);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => call === latest.current && setError(errorMessage(e)))
        .finally(() => call === latest.current && setSearching(false));
    }, 200);
    return () => window.clearTimeout(timer);
  }, [text, open]);

  const choose = (u: UnitRow) => {
    onChange({ id: u.id, objectNumber: u.objectNumber, address: u.address });
    setText(describe(u));
    setOpen(false);
  };

  return (
    <div className="picker">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        placeholder="Sök objektnummer eller adress…"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && options[active] ? `${listId}-${options[active].id}` : undefined}
        value={text}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && open && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === 'Escape' && open) {
            e.stopPropagation();
            setOpen(false);
          }
        }}
      />
      {open ? (
        <ul className="picker-list" id={listId} role="listbox" aria-label="Bostäder som matchar">
          {options.map((u, i) => (
            <li
              key={u.id}
              id={`${listId}-${u.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(u)}
            >
              <strong>{u.objectNumber}</strong> {u.address}
              <span className="muted">
                {' '}
                · {unitKindLabels[u.kind]}
                {u.district ? ` · ${u.district}` : ''} · {u.ownerName ?? 'Staden'}
              </span>
            </li>
          ))}
          {!searching && options.length === 0 ? (
            <li className="muted picker-empty">{error ?? 'Ingen bostad matchar.'}</li>
          ) : null}
          {options.length === SUGGESTIONS ? (
            <li className="muted picker-empty">Visar de {SUGGESTIONS} första; skriv mer för att smalna av.</li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Picks the units of a lease by searching as the user types: each keystroke
 * (after a pause) asks units.list for 20 matches, so the picker works the
 * same over 100 units or 100 000. The value is the chosen ids, "12,15".
 */
import { useEffect, useState } from 'react';
import { unitKindLabels, type UnitRow } from '../../../shared/units/schema';
import type { CustomInputProps } from '../../components/form/fieldSpec';
import { unitsApi } from '../units/unitsApi';

export interface PickedUnit {
  id: number;
  objectNumber: string;
  address: string;
}

interface Props extends CustomInputProps {
  /** Units already known by id (those of the saved lease), for their labels. */
  known: readonly PickedUnit[];
}

const MATCHES = 20;

function idsOf(value: string): number[] {
  return value.split(',').filter(Boolean).map(Number);
}

export function UnitPicker({ id, value, invalid, describedBy, onChange, known }: Props) {
  const [labels, setLabels] = useState<Map<number, PickedUnit>>(() => new Map(known.map((u) => [u.id, u])));
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<UnitRow[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const selected = idsOf(value);

  useEffect(() => {
    const search = text.trim();
    if (search === '') {
      setMatches([]);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      unitsApi
        .list({ search, limit: MATCHES, withTotal: false, sort: [{ column: 'objectNumber', direction: 'asc' }] })
        .then((r) => {
          if (!current) return;
          setMatches(r.rows);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)));
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text]);

  const add = (u: UnitRow) => {
    setLabels((m) => new Map(m).set(u.id, { id: u.id, objectNumber: u.objectNumber, address: u.address }));
    if (!selected.includes(u.id)) onChange([...selected, u.id].join(','));
    setText('');
    setMatches([]);
  };
  const remove = (unitId: number) => onChange(selected.filter((s) => s !== unitId).join(','));
  const options = matches.filter((m) => !selected.includes(m.id));
  const listId = `${id}-matches`;

  return (
    <div className={`unit-picker${invalid ? ' invalid' : ''}`}>
      <ul className="picked" aria-label="Valda bostäder">
        {selected.map((unitId) => {
          const u = labels.get(unitId);
          const name = u ? u.objectNumber : `Bostad ${unitId}`;
          return (
            <li key={unitId}>
              <span title={u?.address}>{name}</span>
              {u ? <span className="muted"> {u.address}</span> : null}
              <button
                type="button"
                className="icon small"
                aria-label={`Ta bort ${name}`}
                onClick={() => remove(unitId)}
              >
                ×
              </button>
            </li>
          );
        })}
        {selected.length === 0 ? <li className="muted none">Inga bostäder valda</li> : null}
      </ul>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        placeholder="Sök objektnummer eller adress för att lägga till…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && options[active]) {
            e.preventDefault();
            add(options[active]);
          } else if (e.key === 'Escape' && text) {
            e.stopPropagation();
            setText('');
          }
        }}
      />
      {error ? <div className="field-error">{error}</div> : null}
      {options.length > 0 ? (
        <ul className="matches" role="listbox" id={listId} aria-label="Träffar">
          {options.map((u, i) => (
            <li
              key={u.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                add(u);
              }}
            >
              <strong>{u.objectNumber}</strong>, {u.address}
              <span className="muted">
                {' '}
                · {unitKindLabels[u.kind]}
                {u.ownerName ? ` · ${u.ownerName}` : ''}
              </span>
            </li>
          ))}
        </ul>
      ) : text.trim() && matches.length > 0 ? (
        <div className="field-hint">Alla träffar är redan valda.</div>
      ) : null}
    </div>
  );
}

/**
 * Ctrl+K from anywhere (or the sidebar's Sök button): one box over every register. Arrow keys move
 * through the hits of all groups as one list, Enter opens the chosen
 * record on its own screen, Escape closes. Archived records come last in
 * each group and are marked.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SearchGroup, SearchHit } from '../../../shared/search/schema';
import { useProcedure } from '../../api/hooks';
import { navigate } from '../../router';

interface FlatHit {
  group: SearchGroup;
  hit: SearchHit;
}

export function SearchPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The dialog is fixed over the window; the button sits where it is mounted (the sidebar).
  return (
    <>
      <button type="button" className="sidebar-search" onClick={() => setOpen(true)}>
        Sök <kbd>Ctrl+K</kbd>
      </button>
      {open ? <SearchDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function SearchDialog({ onClose }: { onClose(): void }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const result = useProcedure('search.global', text.trim() === '' ? null : { text });
  const groups = useMemo(() => (text.trim() === '' ? [] : (result.data?.groups ?? [])), [text, result.data]);
  const flat = useMemo<FlatHit[]>(() => groups.flatMap((group) => group.hits.map((hit) => ({ group, hit }))), [groups]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [text]);

  const openHit = (h: FlatHit | undefined) => {
    if (!h) return;
    onClose();
    navigate(h.group.route, h.hit.id);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, flat.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openHit(flat[active]);
    }
  };

  let index = -1;
  return (
    <div className="search-backdrop" onMouseDown={onClose}>
      <div
        className="search-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="Sök i alla register"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <input
          ref={input}
          className="search-input"
          type="search"
          role="combobox"
          aria-expanded={flat.length > 0}
          aria-controls="search-results"
          aria-activedescendant={flat.length > 0 ? `search-hit-${active}` : undefined}
          aria-label="Sök i alla register"
          placeholder="Objektnummer, adress, avtalsnummer, organisation, hushåll eller personnummer…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        {result.error ? <div className="banner error">{result.error.message}</div> : null}
        <div id="search-results" role="listbox" aria-label="Sökträffar" className="search-results">
          {groups.map((group) => (
            <div key={group.register} role="group" aria-label={group.label} className="search-group">
              <div className="search-group-label">
                {group.label}
                {group.more ? <span className="muted"> (fler finns, skriv mer)</span> : null}
              </div>
              {group.hits.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={hit.id}
                    id={`search-hit-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`search-hit${i === active ? ' active' : ''}${hit.archived ? ' archived' : ''}`}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => openHit({ group, hit })}
                  >
                    <span className="search-hit-title">{hit.title}</span>
                    <span className="search-hit-detail">{hit.detail}</span>
                    {hit.archived ? <span className="status-pill">Arkiverad</span> : null}
                  </div>
                );
              })}
            </div>
          ))}
          {text.trim() !== '' && !result.loading && groups.length === 0 && !result.error ? (
            <div className="muted search-empty">Inga träffar.</div>
          ) : null}
        </div>
        <div className="search-help muted">↑ ↓ väljer · Enter öppnar · Esc stänger</div>
      </div>
    </div>
  );
}

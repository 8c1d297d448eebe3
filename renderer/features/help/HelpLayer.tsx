/**
 * Help for the screen in view: F1 anywhere, or the "?" button, opens the
 * screen's page from help/<route>.md (Markdown kept in the repository and
 * bundled at build time). The page is printable on its own.
 */
import { useCallback, useEffect, useState } from 'react';
import { Drawer } from '../../components/Drawer';
import { Markdown } from './markdown';

const pages = import.meta.glob<string>('../../../help/*.md', { query: '?raw', import: 'default', eager: true });

/** The page for a route, or null when the screen has none yet. */
function pageFor(route: string): string | null {
  return pages[`../../../help/${route}.md`] ?? null;
}

function printHelp(): void {
  // The print stylesheet shows only the help while this class is on.
  document.body.classList.add('print-help');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-help'), { once: true });
  window.print();
}

export function HelpLayer({ route, label }: { route: string; label: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const source = pageFor(route);
  return (
    <>
      <button
        type="button"
        className="help-button"
        aria-label={`Hjälp om ${label} (F1)`}
        title="Hjälp (F1)"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open ? (
        <div className="help-layer">
          <Drawer title={`Hjälp: ${label}`} onClose={close}>
            <article className="help-page">
              {source ? (
                <Markdown source={source} />
              ) : (
                <p>Det finns ingen hjälpsida för {label} ännu. Tipsen vid fälten gäller som vanligt.</p>
              )}
            </article>
            <div className="form-actions">
              <button type="button" onClick={printHelp}>
                Skriv ut
              </button>
            </div>
          </Drawer>
        </div>
      ) : null}
    </>
  );
}

/**
 * A panel over the right side of the screen, for a record's form. However
 * it is closed (Esc, ×, a click beside it), a changed form inside asks first.
 */
import { useCallback, useEffect, useRef, type ReactNode } from 'react';
import { confirmDiscard } from './form/unsavedChanges';

interface Props {
  title: string;
  subtitle?: ReactNode;
  onClose(): void;
  children: ReactNode;
}

export function Drawer({ title, subtitle, onClose, children }: Props) {
  const self = useRef<HTMLElement>(null);
  const close = useCallback(() => {
    if (confirmDiscard(self.current)) onClose();
  }, [onClose]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Only the topmost panel closes (a print preview opens over a record).
      const open = document.querySelectorAll('.drawer');
      if (e.key === 'Escape' && open[open.length - 1] === self.current) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <div className="drawer-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <aside ref={self} className="drawer" role="dialog" aria-modal="true" aria-label={title}>
        <header className="drawer-header">
          <div>
            <h2>{title}</h2>
            {subtitle ? <div className="drawer-subtitle">{subtitle}</div> : null}
          </div>
          <button type="button" className="icon" aria-label="Stäng" onClick={close}>
            ×
          </button>
        </header>
        <div className="drawer-body">{children}</div>
      </aside>
    </div>
  );
}

/** The window: sidebar navigation on the left, the chosen screen beside it. */
import { Fragment, Suspense } from 'react';
import { DatabaseBanners } from './components/DatabaseBanners';
import { StatusBar } from './components/StatusBar';
import { HelpLayer } from './features/help/HelpLayer';
import { navItems } from './navigation';
import { useRoute } from './router';
import { SearchPalette } from './features/search/SearchPalette';
import { useSystemInfo } from './api/system';

export function App() {
  const [first = 'start'] = useRoute();
  const current = navItems.find((n) => n.route === first) ?? navItems[0]!;
  const Screen = current.screen;
  const info = useSystemInfo();
  const sections = [...new Set(navItems.map((n) => n.section))];

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Huvudmeny">
        <div className="brand">
          Bostadsportföljen
          <small>Fastighetsförvaltningen</small>
        </div>
        {sections.map((section) => (
          <Fragment key={section || 'top'}>
            {section ? <div className="nav-section">{section}</div> : null}
            {navItems
              .filter((n) => n.section === section)
              .map((n) => (
                <a
                  key={n.route}
                  href={`#/${n.route}`}
                  className={n === current ? 'active' : ''}
                  aria-current={n === current ? 'page' : undefined}
                >
                  {n.label}
                </a>
              ))}
          </Fragment>
        ))}
        <SearchPalette />
        <StatusBar displayName={info.data ? info.data.actor.displayName : ''} />
      </nav>
      <main className="content">
        {info.error ? <div className="banner error">{info.error.message}</div> : null}
        <DatabaseBanners readOnly={info.data?.readOnly ?? false} />
        <Suspense fallback={<div className="screen muted">Hämtar…</div>}>
          <Screen key={current.route} />
        </Suspense>
        <HelpLayer route={current.route} label={current.label} />
      </main>
    </div>
  );
}

/**
 * Help for every screen (issue 13, point 14): each route in the sidebar has
 * a page in help/, shown by the "?" button under the screen's own name, and
 * each page names every status (and kind, outcome, role…) its screen shows,
 * with the schema's own words. A new screen, or a new status in a schema,
 * fails here until its help is written; a status taken out of a schema
 * fails here until it is taken out of the page's Status list.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HelpLayer } from '../../renderer/features/help/HelpLayer';
import { navItems } from '../../renderer/navigation';
import { BACKUP_REASON_LABELS } from '../../shared/backups/schema';
import { contractPhaseLabels, contractStatusLabels, waiverStatusLabels } from '../../shared/contracts/schema';
import { dischargeOutcomeLabels } from '../../shared/discharges/schema';
import { evictionOutcomeLabels } from '../../shared/evictionRisks/schema';
import { guaranteeStatusLabels } from '../../shared/guarantees/schema';
import { rowOutcomeLabels } from '../../shared/imports/schema';
import { LAND_AGREEMENT_STATUS_LABELS } from '../../shared/landAgreements/rules';
import { leaseStatusLabels } from '../../shared/leases/schema';
import { moveOnStatusLabels } from '../../shared/moveOns/schema';
import { identityReadLabels } from '../../shared/privacy/schema';
import { conditionLabels } from '../../shared/quotas/schema';
import { unitStatusLabels } from '../../shared/units/schema';
import { roleLabels } from '../../shared/users/roles';
import { watchKindLabels } from '../../shared/watch/schema';

const HELP = path.resolve(import.meta.dirname, '../../help');
const page = (route: string) => readFileSync(path.join(HELP, `${route}.md`), 'utf8');

/** What each screen shows a user as a status, kind or outcome: the page must explain every one, in bold. */
const namedOnPage: Record<string, Readonly<Record<string, string>>[]> = {
  bevakning: [watchKindLabels],
  bostader: [unitStatusLabels],
  hyresavtal: [leaseStatusLabels],
  kontrakt: [contractStatusLabels, waiverStatusLabels, contractPhaseLabels],
  utslussning: [moveOnStatusLabels],
  garantier: [guaranteeStatusLabels],
  markanvisningar: [LAND_AGREEMENT_STATUS_LABELS],
  kvoter: [conditionLabels],
  utskrivningar: [dischargeOutcomeLabels],
  vrakningsrisker: [evictionOutcomeLabels],
  inlasning: [rowOutcomeLabels],
  roller: [roleLabels],
  dataskydd: [identityReadLabels],
  sakerhetskopior: [BACKUP_REASON_LABELS],
};

/** The bold terms that open the items of a page's "## Status" list. */
function statusListTerms(source: string): string[] {
  const section = /^## Status\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(source)?.[1] ?? '';
  return [...section.matchAll(/^- \*\*([^*]+)\*\*/gm)].map((m) => m[1]!);
}

describe('help pages', () => {
  it('every screen in the sidebar has a page titled with its name, and every page belongs to a screen', () => {
    const routes = navItems.map((n) => n.route);
    const files = readdirSync(HELP)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3));
    expect(routes.filter((r) => !files.includes(r))).toEqual([]);
    expect(files.filter((f) => !routes.includes(f))).toEqual([]);
    for (const { route, label } of navItems) expect(page(route).split('\n')[0], route).toBe(`# ${label}`);
  });

  it("every status a screen shows is explained on its page in the schema's words", () => {
    const missing: string[] = [];
    for (const [route, records] of Object.entries(namedOnPage)) {
      const source = page(route).replace(/\s+/g, ' ');
      for (const label of records.flatMap((r) => Object.values(r)))
        if (!source.includes(`**${label}**`)) missing.push(`${route}: ${label}`);
    }
    expect(missing).toEqual([]);
  });

  it('a page lists under Status only statuses its schema has', () => {
    const unknown: string[] = [];
    for (const { route } of navItems) {
      const terms = statusListTerms(page(route));
      const known = (namedOnPage[route] ?? []).flatMap((r) => Object.values(r));
      for (const term of terms) if (!known.includes(term)) unknown.push(`${route}: ${term}`);
    }
    expect(unknown).toEqual([]);
    // The check reads the lists it is meant to: the four lease statuses are found.
    expect(statusListTerms(page('hyresavtal'))).toEqual(Object.values(leaseStatusLabels));
  });

  it('"?" shows the page of the screen in view, drawn from its Markdown', () => {
    for (const { route, label } of navItems) {
      const { unmount } = render(<HelpLayer route={route} label={label} />);
      fireEvent.click(screen.getByRole('button', { name: `Hjälp om ${label} (F1)` }));
      const article = document.querySelector('article.help-page') as HTMLElement;
      expect(within(article).getByRole('heading', { level: 1 }).textContent, route).toBe(label);
      expect(within(article).queryByText(/Det finns ingen hjälpsida/), route).toBeNull();
      unmount();
    }
    // F1 opens it as well, and the bold of a status is drawn as bold, not as asterisks.
    render(<HelpLayer route="garantier" label="Hyresgarantier" />);
    fireEvent.keyDown(window, { key: 'F1' });
    const article = document.querySelector('article.help-page') as HTMLElement;
    expect(within(article).getByText('Ianspråktagen').tagName).toBe('STRONG');
    expect(article.textContent).not.toContain('**');
  });
});

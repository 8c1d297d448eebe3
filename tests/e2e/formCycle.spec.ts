/**
 * Issue 13, points 1, 4 and 11: nothing typed is lost. Every form shares one
 * cycle, so the unit form stands for all of them here.
 */
import { expect, openApp, goToRoute, test } from './fixtures';
import { AppPage } from './pages';

const unit = {
  Objektnummer: 'MOD-0100',
  Adress: 'Västra vägen 1',
  'Ansvarig förvaltning': 'SOF – Socialförvaltningen',
};

test('a changed form asks before Esc, ×, a click beside it or another screen throws the typing away', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host, 'bostader/ny');
  await app.fill(unit);

  const questions: string[] = [];
  let answer = false;
  page.on('dialog', (d) => {
    questions.push(d.message());
    void (answer ? d.accept() : d.dismiss());
  });

  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();
  // A click beside the panel (over the sidebar) closes it too.
  await page.mouse.click(100, 400);
  await goToRoute(page, 'start');
  expect(questions).toHaveLength(4);
  expect(questions[0]).toContain('inte är sparade');
  // Staying keeps the panel, the typing and the address.
  await expect(app.field('Adress')).toHaveValue('Västra vägen 1');
  await expect(page).toHaveURL(/#\/bostader\/ny$/);
  await expect(page.getByRole('heading', { name: 'Bostäder' })).toBeVisible();

  answer = true;
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(questions).toHaveLength(5);
  // Thrown away on purpose: the next new unit starts empty.
  await goToRoute(page, 'bostader/ny');
  await expect(app.field('Adress')).toHaveValue('');
  await expect(page.getByRole('dialog').getByText('har lagts tillbaka')).toHaveCount(0);
});

test('an unchanged form closes without a question, and Avbryt throws away without one', async ({ page, host }) => {
  const app = new AppPage(page);
  const questions: string[] = [];
  page.on('dialog', (d) => {
    questions.push(d.message());
    void d.dismiss();
  });
  await openApp(page, host, 'bostader/ny');
  // A user presses Esc on a panel they see; the route's panel is drawn after the hash changes.
  await expect(app.field('Objektnummer')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await goToRoute(page, 'bostader/ny');
  await app.fill({ Adress: 'Kort' });
  await page.getByRole('dialog').getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(questions).toEqual([]);
});

test('typing survives a reload and a crash as a draft of that user, given back with a notice', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host, 'bostader/ny');
  await app.fill(unit);
  // The window refuses a quiet unload while the form is changed.
  const refused = await page.evaluate(
    `(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; })()`,
  );
  expect(refused).toBe(true);

  page.on('dialog', (d) => void d.accept());
  await page.reload();
  await goToRoute(page, 'bostader/ny');
  await expect(app.field('Adress')).toHaveValue('Västra vägen 1');
  await expect(app.field('Objektnummer')).toHaveValue('MOD-0100');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('har lagts tillbaka');

  // A crash: the page goes without any unload handling.
  const context = page.context();
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await openApp(again, host, 'bostader/ny');
  await expect(new AppPage(again).field('Adress')).toHaveValue('Västra vägen 1');

  // Saved: the draft is gone.
  await new AppPage(again).save();
  await expect(again.getByRole('dialog', { name: 'Bostad MOD-0100' })).toBeVisible();
  await goToRoute(again, 'bostader/ny');
  await expect(new AppPage(again).field('Adress')).toHaveValue('');
});

test('a form opens on its first field; saving shows the first wrong field and the message goes when it is right', async ({
  page,
  host,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new AppPage(page);
  await openApp(page, host, 'bostader/ny');
  await expect(app.field('Objektnummer')).toBeFocused();
  await app.fill({ ...unit, 'Bygglov t.o.m.': '2026-13-45' });
  await app.field('Objektnummer').focus();
  await app.save();
  const permit = app.field('Bygglov t.o.m.');
  await expect(permit).toBeFocused();
  await expect(permit).toBeInViewport();
  const message = page.getByRole('dialog').locator('.banner.error');
  await expect(message).toHaveText('Rätta det markerade fältet: Bygglov t.o.m..');
  await permit.fill('2027-06-30');
  await expect(message).toHaveCount(0);
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-0100' })).toBeVisible();
});

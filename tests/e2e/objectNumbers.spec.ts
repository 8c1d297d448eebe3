/**
 * Issue 13, point 6: a new unit's object number is proposed from its kind's
 * series in the settings (prefix and digits), follows the highest number in
 * use without a gap, and can still be typed.
 */
import { modulbostadInput } from '../fixtures/bestand';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId } from './apiSetup';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a new unit left without a number gets the next of its kind, a typed one is kept, and the series follows the settings', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const ff = await departmentId(host, 'FF');
  await apiCall(host, 'units.create', modulbostadInput(ff, { objectNumber: 'MOD-00216' }));

  await openApp(page, host, 'bostader');
  const newUnit = async (values: Record<string, string>) => {
    await page.getByRole('button', { name: 'Ny bostad' }).click();
    await app.fill({ Typ: 'Modulbostad' });
    await app.fill({
      Användning: 'Akutboende',
      'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
      Ägare: 'Staden',
      ...values,
    });
  };

  // Left empty: the hint names the number it will get, and it gets it.
  await newUnit({ Adress: 'Vasatorpsvägen 14' });
  await expect(app.drawer.getByText('Lämna tomt så får bostaden nästa nummer i serien: MOD-00217.')).toBeVisible();
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-00217' })).toBeVisible();
  await app.closeDrawer();

  // Typed: kept as typed; the series then goes on after the highest.
  await newUnit({ Objektnummer: 'mod-00300', Adress: 'Vasatorpsvägen 16' });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-00300' })).toBeVisible();
  await app.closeDrawer();
  await newUnit({ Adress: 'Vasatorpsvägen 18' });
  await expect(app.drawer.getByText('nästa nummer i serien: MOD-00301.')).toBeVisible();
  // The form is changed: closing asks first (accepted here).
  page.once('dialog', (d) => void d.accept());
  await app.closeDrawer();

  // The series is a setting: another prefix and width start their own series.
  await app.goTo('Inställningar');
  const card = page.locator('section.card').filter({ hasText: 'Objektnummer för nya bostäder' });
  await card.getByLabel(/^Modulbostad: prefix/).fill('MB-');
  await card.getByLabel(/^Modulbostad: antal siffror/).fill('3');
  await card.getByRole('button', { name: 'Spara' }).click();
  await expect(card.getByText(/Senast ändrad/)).toBeVisible();
  await app.goTo('Bostäder');
  await newUnit({ Adress: 'Vasatorpsvägen 20' });
  await expect(app.drawer.getByText('nästa nummer i serien: MB-001.')).toBeVisible();
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MB-001' })).toBeVisible();
});

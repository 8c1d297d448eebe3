/**
 * Issue 13: a discharge and an eviction risk are started from the household
 * they concern, on that household; typing begun for one household's new
 * discharge is given back on that household after a reload, and not offered
 * on another's.
 */
import { ELDER, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId } from './apiSetup';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a new discharge and eviction risk start on the household they were opened from, each with its own draft', async ({
  page,
  host,
}) => {
  const sof = await departmentId(host, 'SOF');
  const household = (name: string, pnr: string) =>
    apiCall(
      host,
      'households.create',
      householdInput(sof, { members: [member(name, pnr, true)], householdSize: 1, childrenCount: 0 }),
    );
  const alva = await household('Alva Ahlström', OTHER_ADULT);
  const bengt = await household('Bengt Berg', ELDER);
  const app = new AppPage(page);
  /** The app loaded anew at a route, as after a crash or in a new window. */
  const freshWindow = async (route: string) => {
    await page.goto('about:blank');
    await openApp(page, host, route);
  };

  await openApp(page, host, `hushall/${alva.id}`);
  await app.drawer.getByRole('button', { name: 'Ny utskrivning…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/utskrivningar/ny/hushall/${alva.id}$`));
  await expect(app.field('Hushåll')).toHaveValue(/^Alva Ahlström/);
  await app.fill({ 'Anstalt eller enhet': 'Anstalten Ystad' });

  // A reload keeps the typing for Alva. Leaving the window (not throwing the typing away) keeps
  // the draft: Bengt's new discharge, opened in a fresh window, starts empty.
  await page.reload();
  await expect(app.field('Hushåll')).toHaveValue(/^Alva Ahlström/);
  await expect(app.field('Anstalt eller enhet')).toHaveValue('Anstalten Ystad');
  await freshWindow(`utskrivningar/ny/hushall/${bengt.id}`);
  await expect(app.field('Hushåll')).toHaveValue(/^Bengt Berg/);
  await expect(app.field('Anstalt eller enhet')).toHaveValue('');
  await expect(app.drawer.getByText(/osparade ändringar/)).toHaveCount(0);

  // Alva's comes back on Alva's, and is saved on Alva.
  await freshWindow(`utskrivningar/ny/hushall/${alva.id}`);
  await expect(app.field('Hushåll')).toHaveValue(/^Alva Ahlström/);
  await expect(app.field('Anstalt eller enhet')).toHaveValue('Anstalten Ystad');
  await app.fill({ 'Planerat utskrivningsdatum': '2026-12-20', 'Skrivs ut från': 'Anstalt (Kriminalvården)' });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Utskrivning: Alva Ahlström' })).toBeVisible();

  // The eviction risk from Bengt's household starts on Bengt.
  await openApp(page, host, `hushall/${bengt.id}`);
  await app.drawer.getByRole('button', { name: 'Ny vräkningsrisk…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/vrakningsrisker/ny/hushall/${bengt.id}$`));
  await expect(app.field('Hushåll')).toHaveValue(/^Bengt Berg/);
});

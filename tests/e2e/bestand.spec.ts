import { expect, goToRoute, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a new user registers a landlord and a modulbostad, finds it, edits it and sees the change after a reload', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);

  await app.goTo('Hyresvärdar och byggaktörer');
  await page.getByRole('button', { name: 'Ny organisation' }).click();
  await app.fill({ Namn: 'Öresundshem AB', Organisationsnummer: '556677-8898', Kontaktperson: 'Eva Svensson' });
  await app.save();
  await expect(
    app.drawer.getByText('Organisationsnummer: kontrollsiffran stämmer inte.', { exact: false }).first(),
  ).toBeVisible();
  await expect(app.field('Organisationsnummer')).toHaveAttribute('aria-invalid', 'true');

  await app.fill({ Organisationsnummer: '556677-8899' });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Öresundshem AB' })).toBeVisible();
  await app.closeDrawer();
  await expect(app.gridRow('Öresundshem AB').first()).toBeVisible();

  await app.goTo('Bostäder');
  await page.getByRole('button', { name: 'Ny bostad' }).click();
  await app.fill({
    Objektnummer: 'MOD-0042',
    Typ: 'Modulbostad',
    Användning: 'Akutboende',
    Adress: 'Vasatorpsvägen 12',
    Område: 'Eneborg',
    'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
    Plats: 'Tomten vid Väla',
    'Bygglov t.o.m.': '2027-06-30',
  });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-0042' })).toBeVisible();
  await app.closeDrawer();

  await app.search('väla');
  await app.expectRowCount(1);
  await expect(await app.cell('MOD-0042', 'permitEndDate')).toHaveText('2027-06-30');
  await expect(await app.cell('MOD-0042', 'permitDaysLeft')).toHaveText('216 dagar');
  await expect(await app.cell('MOD-0042', 'permitDaysLeft')).toHaveClass(/cell-warning/);

  await (await app.cell('MOD-0042', 'objectNumber')).click();
  await app.fill({ Adress: 'Vasatorpsvägen 14' });
  await app.save();
  await expect(app.drawer.getByText('Adress: Vasatorpsvägen 12 → Vasatorpsvägen 14')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-0042' })).toBeVisible();
  await expect(app.field('Adress')).toHaveValue('Vasatorpsvägen 14');
  await app.closeDrawer();
  await app.search('MOD-0042');
  await expect(await app.cell('MOD-0042', 'address')).toHaveText('Vasatorpsvägen 14');

  await page.screenshot({ path: test.info().outputPath('bestand-bostader.png') });
});

test('two colleagues edit the same unit: the second is told who saved first and chooses per field between mine and theirs', async ({
  browser,
  host,
}) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  const a = new AppPage(pageA);
  const b = new AppPage(pageB);

  await openApp(pageA, host, 'bostader/ny');
  await a.fill({
    Objektnummer: 'VV-0007',
    Typ: 'Villavagn',
    Användning: 'Stödboende',
    Adress: 'Råå hamnplan 3',
    'Ansvarig förvaltning': 'SOF – Socialförvaltningen',
  });
  await a.save();
  await expect(pageA.getByRole('dialog', { name: 'Bostad VV-0007' })).toBeVisible();
  const unitUrl = pageA.url();

  await openApp(pageB, host);
  await pageB.goto(unitUrl);
  await expect(pageB.getByRole('dialog', { name: 'Bostad VV-0007' })).toBeVisible();

  await a.fill({ Område: 'Råå' });
  await a.save();
  await expect(a.drawer.getByText('Område: — → Råå')).toBeVisible();

  await b.fill({ Område: 'Söder' });
  await b.save();
  const conflict = b.drawer.getByRole('alert').filter({ hasText: 'har ändrats av' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Dina ändringar har inte sparats');

  // Field by field: what it was, what I typed, what they saved; mine is kept until I choose.
  const row = conflict.getByRole('row', { name: /^Område/ });
  await expect(row).toContainText('(tomt)');
  await expect(row).toContainText('Söder');
  await expect(row).toContainText('Råå');
  await expect(b.field('Område')).toHaveValue('Söder');
  await row.getByRole('button', { name: 'Ta deras' }).click();
  await expect(b.field('Område')).toHaveValue('Råå');
  await row.getByRole('button', { name: 'Behåll min' }).click();
  await expect(b.field('Område')).toHaveValue('Söder');
  await b.save();
  await expect(b.drawer.getByText('Område: Råå → Söder')).toBeVisible();

  await first.close();
  await second.close();
});

test('the Bestånd list at a glance', async ({ page, host }) => {
  const app = new AppPage(page);
  await openApp(page, host, 'bostader/ny');
  for (const [nr, kind, date] of [
    ['MOD-0001', 'Modulbostad', '2026-12-20'],
    ['MOD-0002', 'Modulbostad', '2026-10-01'],
    ['VV-0003', 'Villavagn', '2029-05-31'],
  ] as const) {
    await goToRoute(page, 'bostader/ny');
    await app.fill({
      Objektnummer: nr,
      Typ: kind,
      Användning: 'Akutboende',
      Adress: `Testgatan ${nr.slice(-1)}`,
      'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
      'Bygglov t.o.m.': date,
    });
    await app.save();
    await expect(page.getByRole('dialog', { name: `Bostad ${nr}` })).toBeVisible();
  }
  await app.closeDrawer();
  await app.expectRowCount(3);
  await expect(await app.cell('MOD-0001', 'permitDaysLeft')).toHaveClass(/cell-warning/);
  await expect(await app.cell('MOD-0002', 'permitDaysLeft')).toHaveClass(/cell-overdue/);
  await expect(await app.cell('VV-0003', 'permitDaysLeft')).not.toHaveClass(/cell-(warning|overdue)/);
  await page.screenshot({ path: test.info().outputPath('bestand-list.png'), fullPage: true });
});

test('the grid remembers the user’s sort after a reload, and can reset them', async ({ page, host }) => {
  await openApp(page, host, 'bostader');
  const addressHeader = page.locator('[role=columnheader][col-id="address"]');
  await addressHeader.locator('.ag-header-cell-label').click();
  await expect(addressHeader).toHaveAttribute('aria-sort', 'ascending');
  // The layout is saved shortly after the change; wait for that call.
  await page.waitForResponse((r) => r.url().endsWith('/api/prefs.set'));

  await page.reload();
  await expect(page.locator('[role=columnheader][col-id="address"]')).toHaveAttribute('aria-sort', 'ascending');

  // Another computer has no cached layout: the grid starts plain and takes the one remembered in the database.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[role=columnheader][col-id="address"]')).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('button', { name: 'Återställ kolumner' }).click();
  await expect(page.locator('[role=columnheader][col-id="address"]')).toHaveAttribute('aria-sort', 'none');
});

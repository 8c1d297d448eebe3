import { expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a new user signs a lease over two units, sees its deadline in Bevakning, registers a notice and sees the end on the units', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);

  // The landlord and its two apartments.
  await app.goTo('Hyresvärdar och byggaktörer');
  await page.getByRole('button', { name: 'Ny organisation' }).click();
  await app.fill({ Namn: 'Öresundshem AB', Organisationsnummer: '556677-8899' });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Öresundshem AB' })).toBeVisible();
  await app.closeDrawer();
  await app.goTo('Bostäder');
  for (const [nr, address] of [
    ['LGH-0101', 'Drottninggatan 10'],
    ['LGH-0102', 'Drottninggatan 12'],
  ] as const) {
    await page.getByRole('button', { name: 'Ny bostad' }).click();
    await app.fill({
      Objektnummer: nr,
      Typ: 'Lägenhet',
      Användning: 'Bostadssocial lägenhet',
      Adress: address,
      'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
      Ägare: 'Hyresvärd',
    });
    await app.fill({ Hyresvärd: 'Öresundshem AB' });
    await app.save();
    await expect(page.getByRole('dialog', { name: `Bostad ${nr}` })).toBeVisible();
    await app.closeDrawer();
  }

  // The lease: two units, nine months' notice, a three-year extension.
  await app.goTo('Hyresavtal');
  await page.getByRole('button', { name: 'Nytt hyresavtal' }).click();
  await app.fill({ Hyresvärd: 'Öresundshem AB', 'Hyresvärdens referens': 'LK-2231' });
  await app.pick('Bostäder', 'drottning', 'LGH-0101');
  await app.pick('Bostäder', 'lgh-0102', 'LGH-0102');
  await app.fill({
    'Nyttjande förvaltning': 'SOF – Socialförvaltningen',
    Lokaltyp: 'Lokal',
    Startdatum: '2024-09-01',
    Avtalstid: 'Tidsbestämd',
    Slutdatum: '2027-08-31',
    Förlängningstid: '36',
    'Uppsägningstid för staden': '9',
    'Uppsägningstid för hyresvärden': '9',
    Årshyra: '240 000',
  });
  // The deadline is computed as the terms are typed, before anything is saved.
  const computed = app.drawer.getByRole('region', { name: 'Beräknade frister' });
  await expect(computed.getByTestId('tenant-deadline')).toContainText('2026-11-30 för upphörande 2027-08-31');
  await expect(computed).toContainText('annars förlängs det med 36 månader');
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Hyresavtal HA-2026-0001' })).toBeVisible();
  await app.closeDrawer();
  await expect(await app.cell('HA-2026-0001', 'nextNoticeDate')).toHaveText('2026-11-30');
  await expect(await app.cell('HA-2026-0001', 'daysLeft')).toHaveText('4 dagar');
  await expect(await app.cell('HA-2026-0001', 'unitSummary')).toHaveText('LGH-0101, LGH-0102');
  await page.screenshot({ path: test.info().outputPath('hyresavtal-list.png') });

  // Bevakning shows the last day to give notice, and the start page counts it.
  await app.goTo('Bevakning');
  const row = page.getByRole('row').filter({ hasText: 'HA-2026-0001' }).filter({ hasText: 'Sista dag att säga upp' });
  await expect(row).toContainText('2026-11-30');
  await expect(row).toContainText('4 dagar');
  await expect(row).toContainText('Säg upp senast 2026-11-30 om avtalet ska upphöra 2027-08-31');
  await page.screenshot({ path: test.info().outputPath('bevakning.png') });
  await app.goTo('Översikt');
  await expect(page.getByRole('button', { name: /Sista dag att säga upp/ })).toContainText('1');

  // Register the city's notice from the watch list's row.
  await app.goTo('Bevakning');
  await row.getByRole('link').click();
  await expect(page.getByRole('dialog', { name: 'Hyresavtal HA-2026-0001' })).toBeVisible();
  await app.drawer.getByRole('button', { name: 'Registrera uppsägning…' }).click();
  const notice = app.drawer.getByRole('region', { name: 'Registrera uppsägning' });
  await notice.getByLabel('Uppsagt av').selectOption({ label: 'Staden (vi säger upp)' });
  await expect(notice.getByLabel('Uppsägningsdatum')).toHaveValue('2026-11-26');
  await notice.getByLabel('Skäl').fill('Verksamheten flyttar till egna lokaler.');
  await expect(notice).toContainText('Avtalet upphör 2027-08-31');
  await notice.getByRole('button', { name: 'Spara uppsägning' }).click();
  const status = app.drawer.getByRole('status').filter({ hasText: 'Uppsagt' });
  await expect(status).toContainText('Uppsagt av staden 2026-11-26; avtalet upphör 2027-08-31');
  await expect(app.field('Status')).toHaveValue('uppsagd');
  await expect(app.drawer.locator('.history li').first()).toContainText('Uppsägning registrerad');
  await page.screenshot({ path: test.info().outputPath('hyresavtal-uppsagt.png') });
  await app.closeDrawer();
  await expect(await app.cell('HA-2026-0001', 'status')).toHaveText('Uppsagd');
  await expect(await app.cell('HA-2026-0001', 'endsOn')).toHaveText('2027-08-31');

  // The units show that their lease is ending.
  await app.goTo('Bostäder');
  await expect(await app.cell('LGH-0101', 'leaseEndsOn')).toHaveText('2027-08-31');
  await expect(await app.cell('LGH-0102', 'leaseEndsOn')).toHaveText('2027-08-31');
  await (await app.cell('LGH-0102', 'objectNumber')).click();
  await expect(app.drawer.getByRole('status')).toContainText('Hyresavtalet för bostaden upphör 2027-08-31');
  const leasesOfUnit = app.drawer.getByRole('region', { name: 'Hyresavtal som omfattar bostaden' });
  await expect(leasesOfUnit.locator('.ag-row[row-index="0"] [col-id="status"]')).toHaveText('Uppsagd');
  await page.screenshot({ path: test.info().outputPath('bostad-avtal-upphor.png') });
});

test('bad input on a lease: a Swedish message names the field and nothing is saved', async ({ page, host }) => {
  const app = new AppPage(page);
  await openApp(page, host, 'hyresavtal/ny');
  await app.fill({ Startdatum: '2026-01-01', Slutdatum: '2025-12-31', Årshyra: '-100' });
  await expect(app.drawer.getByRole('region', { name: 'Beräknade frister' })).toContainText(
    'Slutdatum: får inte vara före startdatum.',
  );
  await app.save();
  await expect(app.drawer.getByText('Årshyra: får inte vara negativt.')).toBeVisible();
  await expect(app.drawer.getByText('Bostäder: välj minst en bostad.')).toBeVisible();
  await expect(app.field('Årshyra')).toHaveAttribute('aria-invalid', 'true');
  await app.drawer.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('0 avtal')).toBeVisible();
});

import { registerLandlord, registerLease, unitIdOf } from './apiSetup';
import { expect, goToRoute, openApp, startHost, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

/** Registers a developer the way a new user would, under Hyresvärdar och byggaktörer. */
async function registerDeveloper(app: AppPage, name: string, orgNumber: string): Promise<void> {
  await app.goTo('Hyresvärdar och byggaktörer');
  await app.page.getByRole('button', { name: 'Ny organisation' }).click();
  await app.fill({ Namn: name, Organisationsnummer: orgNumber });
  await app.field('Hyresvärd').uncheck();
  await app.field('Byggaktör').check();
  await app.save();
  await expect(app.page.getByRole('dialog', { name })).toBeVisible();
  await app.closeDrawer();
}

/** `landlord`: the unit is one the city rents from that landlord (its owner). */
async function registerUnit(app: AppPage, objectNumber: string, address: string, landlord?: string): Promise<void> {
  await goToRoute(app.page, 'bostader/ny');
  await app.fill({
    Objektnummer: objectNumber,
    Typ: 'Lägenhet',
    Användning: 'Bostadssocial lägenhet',
    Adress: address,
    'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
  });
  if (landlord) {
    await app.fill({ Ägare: 'Hyresvärd' });
    await app.fill({ Hyresvärd: landlord });
  }
  await app.save();
  await expect(app.page.getByRole('dialog', { name: `Bostad ${objectNumber}` })).toBeVisible();
}

/**
 * Registers one delivery from the open agreement: picks the unit by typing, as a user does.
 * `lease` is the lease the form should offer for the unit (where the city rents it).
 */
async function deliver(
  app: AppPage,
  objectNumber: string,
  date: string,
  lease = 'Inget – staden hyr inte bostaden',
): Promise<void> {
  await app.drawer.getByRole('button', { name: 'Registrera leverans' }).click();
  await app.field('Bostad').fill(objectNumber);
  await app.page.getByRole('option', { name: new RegExp(objectNumber) }).click();
  await app.field('Överlämnad').fill(date);
  await expect(app.field('Hyresavtal').locator('option:checked')).toHaveText(lease);
  if (lease.startsWith('HA-'))
    await app.page.screenshot({ path: test.info().outputPath(`leverans-${objectNumber}.png`) });
  await app.drawer.getByRole('button', { name: 'Spara leverans' }).click();
}

test('a new user registers an agreement of 85 dwellings, sees 9 owed, delivers three units, and sees it late once the due date has passed', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);
  await registerDeveloper(app, 'Byggbolaget Kullen AB', '559012-3450');
  // The city rents LGH-0002 from a landlord (its owner): its delivery is linked to that lease.
  const landlordId = await registerLandlord(host);
  for (const [nr, address, owner] of [
    ['LGH-0001', 'Furutorpsgatan 12'],
    ['LGH-0002', 'Lundavägen 3', 'Öresundshem AB'],
    ['LGH-0003', 'Bergaliden 40'],
  ]) {
    await registerUnit(app, nr!, address!, owner);
  }
  await app.closeDrawer();
  const rented = await registerLease(host, { landlordId, unitIds: [await unitIdOf(host, 'LGH-0002')] });

  await app.goTo('Markanvisningar');
  await page.getByRole('button', { name: 'Ny markanvisning' }).click();
  await app.fill({
    Byggaktör: 'Byggbolaget Kullen AB',
    Projekt: 'Drottninghög etapp 3',
    Fastighetsbeteckning: 'Drottninghög 5:12',
    Undertecknat: '2026-03-15',
    'Ska vara lämnat senast': '2027',
    'Volym (bostäder)': '0',
  });
  await app.save();
  await expect(app.drawer.getByText('Volym (bostäder): måste vara minst 1 bostad.').first()).toBeVisible();

  await app.fill({ 'Volym (bostäder)': '85', 'Åtagande %': '120' });
  await app.save();
  await expect(app.drawer.getByText('Åtagande %: ange en procentsats från 0 till 100.').first()).toBeVisible();

  await app.fill({ 'Åtagande %': '10' });
  const commitment = app.drawer.getByRole('region', { name: 'Åtagande' });
  await expect(commitment).toContainText(
    '9 bostäder att lämna enligt regeln (10 % av 85 = 8,5, avrundat uppåt: en påbörjad bostad räknas som en hel)',
  );
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Drottninghög etapp 3' })).toBeVisible();
  await expect(app.field('Ska vara lämnat senast')).toHaveValue('2027-12-31');

  await deliver(app, 'LGH-0001', '2026-09-01');
  await expect(commitment).toContainText('Lämnade 1 av 9, kvar 8');
  await deliver(app, 'LGH-0002', '2026-10-15', `${rented.leaseNumber} · Öresundshem AB · 2025-01-01 – löper på`);
  await deliver(app, 'LGH-0003', '2026-11-26');
  const deliveries = app.drawer.getByRole('region', { name: 'Leveranser' });
  await expect(deliveries.getByRole('row').filter({ hasText: 'LGH-0002' })).toContainText(
    `${rented.leaseNumber} Öresundshem AB`,
  );
  await deliveries.screenshot({ path: test.info().outputPath('markanvisning-leveranser.png') });
  await expect(commitment).toContainText('Lämnade 3 av 9, kvar 6');
  await expect(commitment).toContainText('Pågående');

  // The same unit again, and a hand-over before signing: refused in Swedish, nothing counted.
  await deliver(app, 'LGH-0001', '2026-11-20');
  // The banner names the field; the reason stands at the field.
  await expect(app.drawer.getByRole('alert').first()).toContainText('Rätta det markerade fältet: Bostad.');
  await expect(app.drawer).toContainText(
    'LGH-0001 är redan lämnad 2026-09-01 i Drottninghög etapp 3; en bostad räknas bara en gång.',
  );
  await app.drawer.getByRole('button', { name: 'Avbryt' }).click();
  await app.drawer.getByRole('button', { name: 'Registrera leverans' }).click();
  await app.field('Bostad').fill('LGH-0002');
  await expect(page.getByRole('option', { name: /LGH-0002/ })).toBeVisible();
  await app.field('Bostad').press('Enter');
  await app.field('Överlämnad').fill('2026-03-01');
  await app.drawer.getByRole('button', { name: 'Spara leverans' }).click();
  await expect(app.field('Överlämnad')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    app.drawer.getByText('Överlämnad: 2026-03-01 är före avtalet undertecknades (2026-03-15)').first(),
  ).toBeVisible();
  await app.drawer.getByRole('button', { name: 'Avbryt' }).click();
  await expect(commitment).toContainText('Lämnade 3 av 9, kvar 6');
  await expect(deliveries.getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: test.info().outputPath('markanvisning-form.png') });

  await app.closeDrawer();
  await expect(await app.cell('Drottninghög etapp 3', 'progress')).toHaveText('3/9');
  await expect(await app.cell('Drottninghög etapp 3', 'status')).toHaveText(/pågående/i);
  await expect(await app.cell('Drottninghög etapp 3', 'dueDate')).toHaveText('2027-12-31');
  await page.screenshot({ path: test.info().outputPath('markanvisningar-grid.png') });

  // Move the clock past the due date: the same database, opened on 10 January 2028.
  await host.stop();
  const later = await startHost({ dbPath: host.dbPath, today: '2028-01-10' });
  try {
    await openApp(page, later);
    await app.goTo('Markanvisningar');
    await expect(await app.cell('Drottninghög etapp 3', 'status')).toHaveText(/försenat/i);
    await expect(await app.cell('Drottninghög etapp 3', 'progress')).toHaveText('3/9');

    await app.goTo('Bevakning');
    const row = page.getByRole('row').filter({ hasText: 'Drottninghög etapp 3' });
    await expect(row).toContainText('Markanvisning försenad');
    await expect(row).toContainText(
      'Försenat: 6 av 9 bostäder återstår (3 lämnade); skulle ha lämnats senast 2027-12-31.',
    );
    await expect(row).toContainText('Försenad 10 dagar sedan');
    await page.screenshot({ path: test.info().outputPath('markanvisning-bevakning.png') });

    await row.getByRole('link', { name: /Drottninghög etapp 3/ }).click();
    await expect(page.getByRole('dialog', { name: 'Drottninghög etapp 3' })).toBeVisible();
    await expect(app.drawer.getByRole('region', { name: 'Åtagande' })).toContainText('Försenat');
  } finally {
    await later.stop();
  }
});

test('a dwelling not yet in Bestånd is created from the delivery; a mistaken delivery is removed and stops counting; the steering group sees the sums', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);
  await registerDeveloper(app, 'Öresundsbyggen AB', '559012-3450');

  await goToRoute(page, 'markanvisningar/ny');
  await app.fill({
    Byggaktör: 'Öresundsbyggen AB',
    Avtalstyp: 'Markanvisningsavtal',
    Projekt: 'Väla gård',
    Fastighetsbeteckning: 'Väla 2:14',
    Undertecknat: '2025-06-01',
    'Ska vara lämnat senast': '2026',
    'Volym (bostäder)': '40',
    'Avvikande antal att lämna': '3',
  });
  await app.save();
  await expect(app.field('Skäl till avvikande antal')).toHaveAttribute('aria-invalid', 'true');
  await app.fill({ 'Skäl till avvikande antal': 'Förhandlat med MEX, KS 2025-05-20 § 31' });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Väla gård' })).toBeVisible();
  await expect(app.drawer.getByRole('region', { name: 'Åtagande' })).toContainText('Avvikande antal i kraft: 3.');

  await app.drawer.getByRole('button', { name: 'Registrera leverans' }).click();
  await app.drawer.getByRole('button', { name: 'Lägg upp en ny bostad' }).click();
  const newUnit = app.drawer.getByRole('region', { name: 'Ny bostad i Bestånd' });
  await expect(newUnit).toBeVisible();
  await expect(app.field('Typ')).toHaveValue('lagenhet');
  await app.fill({ Objektnummer: 'LGH-0900', Adress: 'Ängelholmsvägen 90' });
  await app.save();
  await expect(app.field('Bostad')).toHaveValue('LGH-0900, Ängelholmsvägen 90');
  await app.field('Överlämnad').fill('2026-05-01');
  await app.drawer.getByRole('button', { name: 'Spara leverans' }).click();
  const deliveries = app.drawer.getByRole('region', { name: 'Leveranser' });
  await expect(deliveries.getByRole('row').filter({ hasText: 'LGH-0900' })).toContainText('2026-05-01');
  await expect(deliveries).toContainText('Leveranser (1 av 3)');

  await deliveries.getByRole('button', { name: 'Ta bort leveransen av LGH-0900' }).click();
  await expect(deliveries).toContainText('Leveranser (0 av 3)');
  await expect(deliveries).toContainText('Inga bostäder är lämnade ännu.');
  await deliveries.getByLabel('Visa borttagna').check();
  await expect(deliveries.getByRole('row').filter({ hasText: 'LGH-0900' })).toContainText('Borttagen, räknas inte');

  await app.closeDrawer();
  await expect(await app.cell('Väla gård', 'progress')).toHaveText('0/3');
  await page.getByRole('tab', { name: 'Uppföljning för styrgruppen' }).click();
  const byDeveloper = page.getByRole('table', { name: 'Per byggaktör' });
  await expect(byDeveloper.getByRole('row').filter({ hasText: 'Öresundsbyggen AB' })).toContainText('559012-3450');
  const byYear = page.getByRole('table', { name: /Per år/ });
  await expect(byYear.getByRole('row').filter({ hasText: '2026' }).getByRole('cell')).toHaveText([
    '2026',
    '1',
    '3',
    '0',
    '3',
    '0',
    '1',
    '0',
    '0',
    '0',
  ]);
  await page.screenshot({ path: test.info().outputPath('markanvisningar-uppfoljning.png'), fullPage: true });
});

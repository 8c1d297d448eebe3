/**
 * Issue 13, point 7: a unit the city owns (or another organisation owns) put
 * on a landlord's lease is warned of when saved and needs a confirm, like the
 * contract's warnings; a consistent lease saves without a word. From the
 * other side, a unit whose owner is changed so that it no longer matches the
 * landlord of its lease is warned of the same way.
 */
import type { UnitInput } from '../../shared/units/schema';
import { modulbostadInput } from '../fixtures/bestand';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId, registerLandlord } from './apiSetup';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

/** A two-room apartment, vacant, without a site or a permit. */
const apartment = (departmentId: number, objectNumber: string, address: string, owner: Partial<UnitInput>) =>
  modulbostadInput(departmentId, {
    objectNumber,
    kind: 'lagenhet',
    use: 'bostadssocial',
    address,
    postalCode: null,
    district: null,
    rooms: 2,
    areaM2: 48,
    floor: 2,
    site: null,
    permitEndDate: null,
    ...owner,
  });

test('a city-owned unit on an external landlord’s lease is warned of and saved only when confirmed, from the lease and from the unit', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const landlordId = await registerLandlord(host);
  const ff = await departmentId(host, 'FF');
  const rented = await apiCall(
    host,
    'units.create',
    apartment(ff, 'LGH-0201', 'Drottninggatan 20', { ownerType: 'hyresvard', ownerOrganisationId: landlordId }),
  );
  await apiCall(
    host,
    'units.create',
    apartment(ff, 'MOD-0001', 'Stadens väg 1', { ownerType: 'staden', ownerOrganisationId: null }),
  );

  await openApp(page, host, 'hyresavtal');
  await page.getByRole('button', { name: 'Nytt hyresavtal' }).click();
  await app.fill({ Hyresvärd: 'Öresundshem AB' });
  await app.pick('Bostäder', 'lgh-0201', 'LGH-0201');
  await app.pick('Bostäder', 'mod-0001', 'MOD-0001');
  await app.fill({
    'Nyttjande förvaltning': 'SOF – Socialförvaltningen',
    Startdatum: '2026-01-01',
    Avtalstid: 'Tidsbestämd',
    Slutdatum: '2028-12-31',
    'Uppsägningstid för staden': '3',
    'Uppsägningstid för hyresvärden': '3',
    Årshyra: '96 000',
  });
  await app.save();
  // Refused with a message that names the unit, the owner and the landlord; nothing saved.
  const warning = 'MOD-0001 ägs av staden, men hyresavtalet är med Öresundshem AB.';
  await expect(app.drawer.getByRole('alert').filter({ hasText: warning }).first()).toBeVisible();
  await expect(app.drawer.getByText('LGH-0201 ägs')).toHaveCount(0);
  expect((await apiCall(host, 'leases.list', {})).total).toBe(0);

  await app.drawer.getByLabel('Bekräfta varning').check();
  await app.save();
  const saved = page.getByRole('dialog', { name: 'Hyresavtal HA-2026-0001' });
  await expect(saved).toBeVisible();

  // Saved again with the same units: the confirmed pairing is not asked about again.
  await app.fill({ Anteckningar: 'Modulen hyrs ut via hyresvärden.' });
  await app.save();
  await expect
    .poll(async () => (await apiCall(host, 'leases.get', { id: 1 })).notes)
    .toBe('Modulen hyrs ut via hyresvärden.');
  await expect(app.drawer.getByRole('alert').filter({ hasText: warning })).toHaveCount(0);

  // The other direction: the unit's owner changed so that it no longer matches the lease's landlord.
  await app.closeDrawer();
  await openApp(page, host, `bostader/${rented.id}`);
  await expect(app.drawer.getByRole('heading', { name: /LGH-0201/ }).first()).toBeVisible();
  await expect(app.drawer.getByLabel('Bekräfta varning')).toHaveCount(0);
  await app.fill({ Ägare: 'Staden' });
  await app.save();
  const unitWarning = 'LGH-0201 ägs av staden, men hyresavtal HA-2026-0001 är med Öresundshem AB.';
  await expect(app.drawer.getByRole('alert').filter({ hasText: unitWarning }).first()).toBeVisible();
  expect((await apiCall(host, 'units.get', { id: rented.id })).ownerType).toBe('hyresvard');

  await app.drawer.getByLabel('Bekräfta varning').check();
  await app.save();
  await expect.poll(async () => (await apiCall(host, 'units.get', { id: rented.id })).ownerType).toBe('staden');
  await expect(app.drawer.getByRole('alert').filter({ hasText: unitWarning })).toHaveCount(0);

  // The unit's lease is listed on it and opens where its notice and letters are. The list is read
  // again after the save above; a click that lands while it redraws is lost, and is made again.
  await expect(async () => {
    await app.drawer
      .getByRole('region', { name: 'Hyresavtal som omfattar bostaden' })
      .getByRole('gridcell', { name: 'HA-2026-0001' })
      .click();
    await expect(page).toHaveURL(/#\/hyresavtal\/1$/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('dialog', { name: 'Hyresavtal HA-2026-0001' })).toBeVisible();
  await expect(app.drawer.getByRole('button', { name: 'Registrera uppsägning…' })).toBeVisible();
});

/**
 * Issue 13, point 3: a contract that starts in the future is not silently
 * left out of Utslussning, and the move-on is reachable from the contract,
 * the household and the unit, with the moving day checked against the start.
 */
import { landlordInput } from '../fixtures/bestand';
import { registerActiveContract } from './apiSetup';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a contract that starts next month is moved on from the contract, the household and the unit, and the candidates list says whom it leaves out', async ({
  page,
  host,
}) => {
  await apiCall(host, 'organisations.create', landlordInput({ name: 'Helsingborgshem' }));
  const { unitId, householdId, contract } = await registerActiveContract(host, {
    unit: { objectNumber: 'MOD-0042', address: 'Vasatorpsvägen 12' },
    contract: { startDate: '2026-12-15', endDate: '2028-12-14' },
  });

  const app = new AppPage(page);
  await openApp(page, host);

  // The candidates list says whom its month limit leaves out, and 0 months shows the future contract.
  await app.goTo('Utslussning');
  await expect(page.getByText(/eller som börjar senare, visas inte; ange 0 månader för att se alla\./)).toBeVisible();
  await expect(app.gridRow('Anna Andersson')).toHaveCount(0);
  await page.getByLabel('Antal månader på kontrakt').fill('0');
  await expect(app.gridRow('Anna Andersson')).toHaveCount(1);

  // From the unit: its contract in force is listed and opens, and the move-on is a button away.
  await openApp(page, host, `bostader/${unitId}`);
  const contracts = app.drawer.getByRole('table', { name: 'Kommunala kontrakt' });
  await expect(contracts.getByRole('row', { name: new RegExp(contract.contractNumber) })).toContainText(
    'Anna Andersson',
  );
  await app.drawer.getByRole('button', { name: `Registrera utslussning från ${contract.contractNumber}…` }).click();
  await expect(page).toHaveURL(new RegExp(`#/utslussning/${contract.id}$`));
  await openApp(page, host, `bostader/${unitId}`);
  await contracts.getByRole('link', { name: contract.contractNumber }).click();
  await expect(page).toHaveURL(new RegExp(`#/kontrakt/${contract.id}$`));
  await expect(app.drawer.getByRole('button', { name: 'Registrera utslussning…' })).toBeVisible();

  // From the household: a button per contract in force opens the move-on for it.
  await openApp(page, host, `hushall/${householdId}`);
  await app.drawer.getByRole('button', { name: `Registrera utslussning från ${contract.contractNumber}…` }).click();
  await expect(page).toHaveURL(new RegExp(`#/utslussning/${contract.id}$`));
  await app.closeDrawer();

  // From the contract itself.
  await openApp(page, host, `kontrakt/${contract.id}`);
  await app.drawer.getByRole('button', { name: 'Registrera utslussning…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/utslussning/${contract.id}$`));
  await app.drawer.getByRole('button', { name: 'Registrera utslussning' }).click();
  const move = app.drawer.getByRole('form', { name: 'Registrera utslussning' });
  // The moving day starts at the contract's first day, not before it.
  await expect(move.getByLabel(/^Flyttdatum/)).toHaveValue('2026-12-15');
  await move.getByLabel(/^Ny hyresvärd/).selectOption({ label: 'Helsingborgshem' });
  await move.getByLabel(/^Ny adress/).fill('Drottninggatan 12, lgh 1102');
  await move.getByLabel(/^Med hyresgaranti/).uncheck();
  // A day before the start is refused, naming the field and the start.
  await move.getByLabel(/^Flyttdatum/).fill('2026-12-01');
  await move.getByRole('button', { name: 'Registrera utslussning' }).click();
  await expect(move.locator('#move-on-moveDate-error')).toHaveText(
    'Flyttdatum: kan inte vara före kontraktets start (2026-12-15).',
  );
  await move.getByLabel(/^Flyttdatum/).fill('2027-03-31');
  await move.getByRole('button', { name: 'Registrera utslussning' }).click();
  await expect(
    app.drawer
      .getByRole('status')
      .filter({ hasText: 'Utslussningen till Drottninggatan 12, lgh 1102 (Helsingborgshem)' }),
  ).toContainText('Kontraktet är uppsagt till 2027-03-31 och avslutas den dagen.');
});

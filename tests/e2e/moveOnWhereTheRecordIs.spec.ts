/**
 * Issue 13, point 3: a contract that starts in the future is not silently
 * left out of Utslussning, and the move-on is reachable from the contract
 * and from the household, with the moving day checked against the start.
 */
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { contractInput, householdInput } from '../fixtures/households';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a contract that starts next month is moved on from the contract and the household, and the candidates list says whom it leaves out', async ({
  page,
  host,
}) => {
  const departments = await apiCall<{ id: number; code: string }[]>(host, 'departments.list', {});
  const ff = departments.find((d) => d.code === 'FF')!.id;
  const sof = departments.find((d) => d.code === 'SOF')!.id;
  await apiCall(host, 'organisations.create', landlordInput({ name: 'Helsingborgshem' }));
  const unit = await apiCall<{ id: number }>(
    host,
    'units.create',
    modulbostadInput(ff, { objectNumber: 'MOD-0042', address: 'Vasatorpsvägen 12' }),
  );
  const household = await apiCall<{ id: number }>(host, 'households.create', householdInput(sof));
  const draft = await apiCall<{ id: number; version: number; contractNumber: string }>(
    host,
    'contracts.create',
    contractInput(
      { unitId: unit.id, householdId: household.id, referringDepartmentId: sof },
      { startDate: '2026-12-15', endDate: '2028-12-14' },
    ),
  );
  await apiCall(host, 'contracts.activate', { id: draft.id, version: draft.version });

  const app = new AppPage(page);
  await openApp(page, host);

  // The candidates list says whom its month limit leaves out, and 0 months shows the future contract.
  await app.goTo('Utslussning');
  await expect(page.getByText(/eller som börjar senare, visas inte; ange 0 månader för att se alla\./)).toBeVisible();
  await expect(app.gridRow('Anna Andersson')).toHaveCount(0);
  await page.getByLabel('Antal månader på kontrakt').fill('0');
  await expect(app.gridRow('Anna Andersson')).toHaveCount(1);

  // From the household: a button per contract in force opens the move-on for it.
  await openApp(page, host, `hushall/${household.id}`);
  await app.drawer.getByRole('button', { name: `Registrera utslussning från ${draft.contractNumber}…` }).click();
  await expect(page).toHaveURL(new RegExp(`#/utslussning/${draft.id}$`));
  await app.closeDrawer();

  // From the contract itself.
  await openApp(page, host, `kontrakt/${draft.id}`);
  await app.drawer.getByRole('button', { name: 'Registrera utslussning…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/utslussning/${draft.id}$`));
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

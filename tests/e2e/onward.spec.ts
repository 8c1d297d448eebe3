import { landlordInput } from '../fixtures/bestand';
import { registerActiveContract } from './apiSetup';
import { apiCall, expect, openApp, test } from './fixtures';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

test('a new user sets a quota of five, moves a household on with a guarantee counted against it, and sees the contract ended, the unit vacant, the quota at 1/5 and the guarantee in the grant list', async ({
  page,
  host,
}) => {
  // Given: a landlord, and a household that has lived two years on a kommunalt kontrakt.
  await apiCall(host, 'organisations.create', landlordInput({ name: 'Helsingborgshem' }));
  await registerActiveContract(host, {
    unit: { objectNumber: 'MOD-0042', address: 'Vasatorpsvägen 12' },
    contract: { startDate: '2024-09-01', endDate: '2027-08-31' },
  });

  const app = new AppPage(page);
  await openApp(page, host);

  // The quota: five places with Helsingborgshem this year.
  await app.goTo('Kvoter');
  await page.getByRole('button', { name: 'Ny kvot' }).click();
  const quotaForm = page.getByRole('form', { name: 'Ny kvot' });
  await quotaForm.getByLabel(/^Hyresvärd/).selectOption({ label: 'Helsingborgshem' });
  await expect(quotaForm.getByLabel(/^År/)).toHaveValue('2026');
  await expect(quotaForm.getByLabel(/^Antal platser/)).toHaveValue('5');
  await quotaForm.getByRole('button', { name: 'Spara kvoten' }).click();
  await expect(page.getByRole('progressbar', { name: 'Helsingborgshem: 0 av 5 platser' })).toBeVisible();

  // The candidate: on its contract longer than 24 months.
  await app.goTo('Utslussning');
  await app.gridRow('Anna Andersson').first().click();
  await expect(app.drawer).toBeVisible();
  await app.drawer.getByRole('button', { name: 'Registrera utslussning' }).click();
  const move = app.drawer.getByRole('form', { name: 'Registrera utslussning' });
  await move.getByLabel(/^Ny hyresvärd/).selectOption({ label: 'Helsingborgshem' });
  await move.getByLabel(/^Flyttdatum/).fill('2026-11-20');
  await move.getByLabel(/^Ny adress/).fill('Drottninggatan 12, lgh 1102');
  await move.getByLabel(/^Ny månadshyra/).fill('7 000');
  await expect(move.getByLabel(/^Med hyresgaranti/)).toBeChecked();
  await move.getByLabel(/^Garantibelopp/).fill('42 000');
  await move.getByLabel(/^Garantin gäller t\.o\.m\./).fill('2028-11-19');
  await move.getByLabel(/^Klarar hyran utan försörjningsstöd/).selectOption({ label: 'Ja' });
  await move.getByLabel(/^Räknas mot kvoten/).check();
  // One condition left unconfirmed: refused, naming it.
  await move.getByLabel(/^Har skött sina nuvarande hyresinbetalningar/).check();
  await move.getByLabel(/^Inga störningar eller annan problematik/).check();
  await move.getByRole('button', { name: 'Registrera utslussning' }).click();
  await expect(
    move.getByText(
      'FF går i god för hyresgästen: måste vara uppfyllt och bekräftat för en placering inom kvoten (plan 3:5).',
    ),
  ).toBeVisible();
  await move.getByLabel(/^FF går i god för hyresgästen/).check();
  await move.getByRole('button', { name: 'Registrera utslussning' }).click();
  await expect(
    app.drawer
      .getByRole('status')
      .filter({ hasText: 'Utslussningen till Drottninggatan 12, lgh 1102 (Helsingborgshem) är registrerad.' }),
  ).toContainText('Kontraktet är avslutat och bostaden är ledig.');
  await app.closeDrawer();
  await expect(page.getByRole('table', { name: 'Utslussningar per år' })).toContainText('2026');

  // The contract is ended, the unit vacant.
  await app.goTo('Kommunala kontrakt');
  await expect(await app.cell('Anna Andersson', 'status')).toHaveText('Avslutat');
  await app.goTo('Bostäder');
  await expect(await app.cell('MOD-0042', 'status')).toHaveText('Ledig');

  // The quota at 1/5.
  await app.goTo('Kvoter');
  await expect(page.getByRole('progressbar', { name: 'Helsingborgshem: 1 av 5 platser' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Placeringar' })).toContainText('Anna Andersson');

  // The guarantee, qualifying, in the grant list for the next deadline.
  await app.goTo('Hyresgarantier');
  await expect(await app.cell('Anna Andersson', 'grantQualifies')).toHaveText('Uppfyller villkoren');
  await page.getByRole('tab', { name: 'Bidragsansökan' }).click();
  await expect(page.getByText('Nästa ansökningsdag hos Boverket: 2026-12-10')).toBeVisible();
  const grants = page.getByRole('table', { name: 'Garantier att söka bidrag för' });
  await expect(grants).toContainText('Anna Andersson');
  await expect(grants).toContainText('19851024-****');
  await expect(grants).toContainText('Drottninggatan 12, lgh 1102');
  await expect(grants).toContainText('42 000 kr');
});

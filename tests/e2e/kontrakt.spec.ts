import type { Page } from '@playwright/test';
import { ADULT, CHILD, ELDER } from '../fixtures/households';
import { apiCall, expect, openApp, test } from './fixtures';
import { departmentId, registerLandlord, registerLease } from './apiSetup';
import { AppPage } from './pages';

test.use({ hostOptions: { today: '2026-11-26' } });

const dashed = (n: string) => `${n.slice(0, 8)}-${n.slice(8)}`;
const WHOLE_NUMBERS = [ADULT, CHILD, dashed(ADULT), dashed(CHILD)];

/** A list on screen shows no whole personnummer, only the masked form. */
async function expectNoWholeNumbers(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  for (const n of WHOLE_NUMBERS) expect(text).not.toContain(n);
}

test('a new user registers a household of two, lets a vacant modulbostad to it on a kommunalt kontrakt, moves it through the phases, ends it and sees the unit vacant again', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host);

  // The household: a mistyped number is refused with a message that says why.
  await app.goTo('Hushåll');
  await page.getByRole('button', { name: 'Nytt hushåll' }).click();
  await app.fill({ 'Namn, person 1': 'Anna Andersson', 'Personnummer, person 1': `${dashed(ADULT).slice(0, 12)}3` });
  await app.drawer.getByRole('button', { name: 'Lägg till person' }).click();
  await app.fill({
    'Namn, person 2': 'Omar Andersson',
    'Personnummer, person 2': dashed(CHILD),
    'Antal personer': '2',
    'Antal barn': '1',
    Målgrupp: 'Bostad Först',
    'Remitterande förvaltning': 'SOF – Socialförvaltningen',
    Handläggare: 'Karin Handläggare',
  });
  await app.save();
  await expect(
    app.drawer.getByText('Personnummer eller samordningsnummer: kontrollsiffran stämmer inte.').first(),
  ).toBeVisible();
  await app.fill({ 'Personnummer, person 1': dashed(ADULT) });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Hushåll Anna Andersson' })).toBeVisible();
  // The household's own view shows the numbers masked; Visa personnummer shows them whole (an audited read).
  await expect(app.field('Personnummer, person 1')).toHaveValue('19851024-****');
  await app.drawer.getByRole('button', { name: 'Visa personnummer' }).click();
  await expect(app.field('Personnummer, person 1')).toHaveValue(dashed(ADULT));
  await app.closeDrawer();
  await expect(await app.cell('Anna Andersson', 'holderIdentityMasked')).toHaveText('19851024-****');
  await expectNoWholeNumbers(page);

  // A vacant modulbostad, let from its own view.
  await app.goTo('Bostäder');
  await page.getByRole('button', { name: 'Ny bostad' }).click();
  await app.fill({
    Objektnummer: 'MOD-0042',
    Typ: 'Modulbostad',
    Användning: 'Akutboende',
    Adress: 'Vasatorpsvägen 12',
    'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
    'Bygglov t.o.m.': '2029-06-30',
  });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad MOD-0042' })).toBeVisible();
  await app.drawer.getByRole('button', { name: 'Hyr ut på kommunalt kontrakt' }).click();

  await expect(page.getByRole('dialog', { name: 'Nytt kommunalt kontrakt' })).toBeVisible();
  await expect(app.field('Bostad')).toHaveValue(/^MOD-0042, Vasatorpsvägen 12/);
  // The city's own modulbostad: no lease to sit on.
  await expect(app.field('Hyresavtal').locator('option:checked')).toHaveText(
    'Automatiskt – bostaden har inget hyresavtal',
  );
  await app.field('Hushåll').fill('anna');
  await page.getByRole('option', { name: 'Anna Andersson (19851024-****), 2 pers.' }).click();
  await expect(app.field('Remitterande förvaltning')).toHaveValue(/\d+/);
  await expect(app.field('Remitterande förvaltning').locator('option:checked')).toHaveText('SOF – Socialförvaltningen');
  await app.fill({
    Månadshyra: '6 500',
    Startdatum: '2026-11-01',
    Slutdatum: '2028-10-31',
    'Skäl för avstående från besittningsskydd':
      'Genomgångsbostad inom Bostad Först; hushållet ska vidare till eget kontrakt.',
    Avstående: 'Ansökan inskickad',
  });
  await app.fill({ 'Ansökan skickad till hyresnämnden': '2026-10-20' });
  await app.save();

  const contract = page.getByRole('dialog', { name: 'Kommunalt kontrakt KK-2026-0001' });
  await expect(contract).toBeVisible();
  const state = contract.getByRole('region', { name: 'Kontraktets läge' });
  await expect(state).toContainText('Utkast');
  await state.getByRole('button', { name: 'Aktivera kontraktet' }).click();
  await expect(state).toContainText('Aktivt');
  await expect(state).toContainText('Ansvarig förvaltningFF');

  // Process 3:4: FF lets, SOF follows up, FF finds the next home.
  await state.getByRole('button', { name: 'Till fas: Uppföljning i boendet' }).click();
  await expect(state).toContainText('Ansvarig förvaltningSOF');
  await state
    .getByRole('textbox', { name: 'Kommentar till fasbytet' })
    .fill('Eget kontrakt erbjudet av Helsingborgshem.');
  await state.getByRole('button', { name: 'Till fas: Bostadsförsörjning, ny bostad' }).click();
  await expect(state).toContainText('Bostadsförsörjning, ny bostad');
  const phases = contract.getByRole('table', { name: 'Faser' });
  await expect(phases.getByRole('row')).toHaveCount(4);
  await expect(phases).toContainText('Eget kontrakt erbjudet av Helsingborgshem.');
  await page.screenshot({ path: test.info().outputPath('kontrakt-aktivt.png') });

  // End it: the household moves to its own first-hand lease.
  await state.getByRole('button', { name: 'Avsluta kontraktet' }).click();
  const endForm = state.getByRole('form', { name: 'Avsluta kontraktet' });
  await expect(endForm.getByLabel(/^Avslutas den/)).toHaveValue('2026-11-26');
  await endForm.getByLabel(/^Anledning/).selectOption({ label: 'Flytt till förstahandskontrakt' });
  await endForm.getByRole('button', { name: 'Avsluta och frigör bostaden' }).click();
  await expect(state).toContainText('Avslutat');
  await expect(state).toContainText('2026-11-26, flytt till förstahandskontrakt');
  await expect(contract.getByText('Kontraktet är avslutat och är en allmän handling')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('kontrakt-avslutat.png') });
  await app.closeDrawer();
  await expect(await app.cell('KK-2026-0001', 'status')).toHaveText('Avslutat');
  await expect(await app.cell('KK-2026-0001', 'holderIdentityMasked')).toHaveText('19851024-****');
  await expectNoWholeNumbers(page);

  await app.goTo('Bevakning');
  await expect(page.getByRole('heading', { name: 'Bevakning' })).toBeVisible();
  await expectNoWholeNumbers(page);

  // The unit is vacant again, and keeps the ended contract in its view.
  await app.goTo('Bostäder');
  await expect(await app.cell('MOD-0042', 'status')).toHaveText('Ledig');
  await (await app.cell('MOD-0042', 'objectNumber')).click();
  const unitContracts = app.drawer.getByRole('table', { name: 'Kommunala kontrakt' });
  await expect(unitContracts).toContainText('KK-2026-0001');
  await expect(unitContracts).toContainText('Anna Andersson (19851024-****)');
  await expect(unitContracts).toContainText('Avslutat');
  await expect(app.drawer.getByText('Ledig efter avslutat kontrakt')).toBeVisible();
  await expect(app.drawer).not.toContainText(dashed(ADULT));
  await app.closeDrawer();
  await expectNoWholeNumbers(page);
});

test('a second contract on a let unit over the same time is refused, and a long term must be confirmed', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  await openApp(page, host, 'hushall/ny');
  for (const [name, number] of [
    ['Anna Andersson', ADULT],
    ['Omar Berg', ELDER],
  ] as const) {
    await page.evaluate(`window.location.hash = '#/hushall/ny'`);
    await app.fill({
      'Namn, person 1': name,
      'Personnummer, person 1': number,
      'Remitterande förvaltning': 'SOF – Socialförvaltningen',
    });
    await app.save();
    await expect(page.getByRole('dialog', { name: `Hushåll ${name}` })).toBeVisible();
  }
  await page.evaluate(`window.location.hash = '#/bostader/ny'`);
  await app.fill({
    Objektnummer: 'VV-0007',
    Typ: 'Villavagn',
    Användning: 'Akutboende',
    Adress: 'Råå hamnplan 3',
    'Ansvarig förvaltning': 'FF – Fastighetsförvaltningen',
  });
  await app.save();
  await expect(page.getByRole('dialog', { name: 'Bostad VV-0007' })).toBeVisible();

  const letTo = async (holder: string, endDate: string) => {
    await app.drawer.getByRole('button', { name: 'Hyr ut på kommunalt kontrakt' }).click();
    await app.field('Hushåll').fill(holder.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(`^${holder}`) }).click();
    await app.fill({
      Månadshyra: '5000',
      Startdatum: '2026-11-01',
      Slutdatum: endDate,
      'Skäl för avstående från besittningsskydd': 'Akutboende i villavagn.',
    });
    await app.save();
  };

  await letTo('Anna Andersson', '2031-10-31');
  await expect(app.drawer.getByText(/Avtalstiden är längre än 4 år/).first()).toBeVisible();
  await app.drawer.getByLabel('Bekräfta varning').check();
  await app.save();
  const first = page.getByRole('dialog', { name: 'Kommunalt kontrakt KK-2026-0001' });
  await expect(first).toBeVisible();
  await expect(first.getByText('Bekräftad varning:')).toBeVisible();
  await first.getByRole('button', { name: 'Aktivera kontraktet' }).click();
  await expect(first.getByRole('region', { name: 'Kontraktets läge' })).toContainText('Aktivt');

  // A draft for the other household on the same unit, then activation is refused.
  await page.evaluate(`window.location.hash = '#/kontrakt/ny'`);
  await app.field('Bostad').fill('VV-0007');
  await page.getByRole('option', { name: /^VV-0007/ }).click();
  await app.field('Hushåll').fill('Omar');
  await page.getByRole('option', { name: /^Omar Berg/ }).click();
  await app.fill({
    Månadshyra: '5000',
    Startdatum: '2027-01-01',
    Slutdatum: '2028-12-31',
    'Skäl för avstående från besittningsskydd': 'Akutboende.',
  });
  await app.save();
  const second = page.getByRole('dialog', { name: 'Kommunalt kontrakt KK-2026-0002' });
  await expect(second).toBeVisible();
  await second.getByRole('button', { name: 'Aktivera kontraktet' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'bostaden är uthyrd på KK-2026-0001' })).toBeVisible();
  await expect(second.getByRole('region', { name: 'Kontraktets läge' })).toContainText('Utkast');
  await page.screenshot({ path: test.info().outputPath('kontrakt-dubbeluthyrning.png') });
});

test('a contract on a rented apartment sits on its lease, and running past the lease’s end must be confirmed', async ({
  page,
  host,
}) => {
  const app = new AppPage(page);
  const landlordId = await registerLandlord(host);
  const unit = await apiCall(host, 'units.create', {
    objectNumber: 'LGH-0007',
    kind: 'lagenhet',
    use: 'bostadssocial',
    address: 'Drottninggatan 7',
    postalCode: null,
    district: null,
    rooms: 2,
    areaM2: 48,
    floor: 2,
    responsibleDepartmentId: await departmentId(host, 'FF'),
    ownerType: 'hyresvard',
    ownerOrganisationId: landlordId,
    site: null,
    permitEndDate: null,
    status: 'ledig',
    notes: null,
  });
  const lease = await registerLease(host, { landlordId, unitIds: [unit.id] });
  // The landlord gives notice: the lease now ends on the last day of the term.
  const ended = await apiCall(host, 'leases.terminate', {
    id: lease.id,
    version: lease.version,
    noticeGivenBy: 'hyresvarden',
    noticeDate: '2026-11-20',
    noticeReason: null,
    agreedEndDate: null,
  });
  const endsOn = ended.endsOn;
  if (!endsOn) throw new Error('a lease given notice has the day it ends');
  await apiCall(host, 'households.create', {
    members: [{ name: 'Anna Andersson', identityNumber: ADULT, isHolder: true }],
    householdSize: 1,
    childrenCount: 0,
    targetGroup: 'bostad_forst',
    referringDepartmentId: await departmentId(host, 'SOF'),
    caseworkerName: null,
    caseworkerPhone: null,
    caseworkerEmail: null,
    phone: null,
    email: null,
    postalAddress: null,
    notes: null,
  });

  await openApp(page, host, `kontrakt/ny/bostad/${unit.id}`);
  await expect(app.field('Bostad')).toHaveValue(/^LGH-0007/);
  const leaseField = app.field('Hyresavtal');
  await expect(leaseField.locator('option:checked')).toHaveText(
    'Automatiskt: det avtal som gäller under kontraktstiden',
  );
  await app.field('Hushåll').fill('anna');
  await page.getByRole('option', { name: /^Anna Andersson/ }).click();
  await app.fill({
    Månadshyra: '7 200',
    Startdatum: '2026-12-01',
    Slutdatum: '2028-11-30',
    'Skäl för avstående från besittningsskydd': 'Träningslägenhet inför eget kontrakt.',
  });
  // The lease the back end will pick for the period, named before saving.
  await expect(leaseField.locator('option:checked')).toHaveText(
    `Automatiskt: HA-2026-0001 · Öresundshem AB · 2025-01-01 – ${endsOn} (uppsagd)`,
  );
  await expect(app.drawer.getByText('Hyresvärden är inte underrättad på HA-2026-0001')).toBeVisible();
  // Issue 13, point 5: once the contract's own date is typed, the note says so instead of "inte underrättad".
  await app.fill({ 'Hyresvärden underrättad': '2026-11-20' });
  await expect(
    app.drawer.getByText('Hyresvärden underrättades om detta kontrakt 2026-11-20 (HA-2026-0001).'),
  ).toBeVisible();
  await expect(app.drawer.getByText('Hyresvärden är inte underrättad')).toHaveCount(0);
  await app.save();
  const warning = `Kontraktet löper till 2028-11-30, efter att hyresavtal HA-2026-0001 upphör ${endsOn}`;
  await expect(app.drawer.getByRole('alert').filter({ hasText: warning }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('kontrakt-hyresavtal-varning.png') });
  await app.drawer.getByLabel('Bekräfta varning').check();
  await app.save();

  const contract = page.getByRole('dialog', { name: 'Kommunalt kontrakt KK-2026-0001' });
  await expect(contract.locator('.banner').filter({ hasText: 'Bekräftad varning:' })).toContainText(warning);
  await expect(app.field('Hyresavtal').locator('option:checked')).toHaveText(
    `HA-2026-0001 · Öresundshem AB · 2025-01-01 – ${endsOn} (uppsagd)`,
  );
  await app.closeDrawer();
  await expect(await app.cell('KK-2026-0001', 'leaseNumber')).toHaveText('HA-2026-0001');
  await expect(await app.cell('KK-2026-0001', 'leaseLandlordName')).toHaveText('Öresundshem AB');
  await expect(await app.cell('KK-2026-0001', 'leaseEndsOn')).toHaveText(endsOn);
  await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el) => el.scrollTo({ left: 1100 }));
  await page.screenshot({ path: test.info().outputPath('kontrakt-lista-hyresavtal.png') });
});

/**
 * Plan 3:7 on a city-owned unit through dispatch: management, letting and
 * support recorded once and edited with the version check; refused with a
 * Swedish message naming the field for a unit the city does not own, and
 * for a disturbance dated in the future; disturbances listed newest first.
 */
import { afterEach, expect, it } from 'vitest';
import { computeModel } from '../../electron/features/followup/service';
import { landlordInput, modulbostadInput } from '../fixtures/bestand';
import { countRows, departmentIds, openTestBackEnd, serviceContext, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const management = (unitId: number) => ({
  unitId,
  managingDepartment: 'FF' as const,
  lettingMethod: 'kommunalt_kontrakt' as const,
  supportBoendestod: true,
  supportHemtjanst: false,
  supportOther: null,
  notes: null,
  effectiveFrom: null,
});

it('records who manages a city-owned unit and how it is let, and refuses a second record and a stale edit', async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const ff = (await departmentIds(t))['FF']!;
  const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-37' }));
  const created = await t.call('cityUnits.create', management(unit.id));
  expect(created).toMatchObject({ managingDepartment: 'FF', supportBoendestod: true, version: 1 });

  const again = await t.send('cityUnits.create', management(unit.id));
  expect(again.ok).toBe(false);
  if (!again.ok) expect(again.error.fields?.['unitId']).toMatch(/^Bostad: uppgifterna finns redan/);

  const moved = await t.call('cityUnits.update', {
    ...management(unit.id),
    managingDepartment: 'MEX',
    lettingMethod: 'forstahand',
    id: created.id,
    version: created.version,
  });
  expect(moved).toMatchObject({ managingDepartment: 'MEX', lettingMethod: 'forstahand', version: 2 });
  const stale = await t.send('cityUnits.update', {
    ...management(unit.id),
    supportHemtjanst: true,
    id: created.id,
    version: created.version,
  });
  expect(stale.ok).toBe(false);
  if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
  expect(await t.call('cityUnits.forUnit', { unitId: unit.id })).toMatchObject({
    managingDepartment: 'MEX',
    supportHemtjanst: false,
    version: 2,
  });
});

it('refuses 3:7 on a unit a landlord owns, naming the field, and records nothing', async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const ff = (await departmentIds(t))['FF']!;
  const landlord = await t.call('organisations.create', landlordInput());
  const rented = await t.call(
    'units.create',
    modulbostadInput(ff, {
      objectNumber: 'LGH-1',
      kind: 'lagenhet',
      ownerType: 'hyresvard',
      ownerOrganisationId: landlord.id,
      permitEndDate: null,
      site: null,
    }),
  );
  const refused = await t.send('cityUnits.create', management(rented.id));
  expect(refused.ok).toBe(false);
  if (!refused.ok)
    expect(refused.error.fields?.['unitId']).toBe(
      'Bostad: bostaden ägs inte av staden; åtgärd 3:7 gäller stadens egna bostäder.',
    );
  const disturbance = await t.send('cityUnits.reportDisturbance', {
    unitId: rented.id,
    reportedOn: '2026-10-01',
    description: null,
  });
  expect(disturbance.ok).toBe(false);
  expect(await countRows(t, 'cityUnitManagement')).toBe(0);
  expect(await countRows(t, 'unitDisturbances')).toBe(0);
});

it('lists disturbances newest first and refuses one dated in the future', async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const ff = (await departmentIds(t))['FF']!;
  const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-38' }));
  await t.call('cityUnits.reportDisturbance', {
    unitId: unit.id,
    reportedOn: '2026-03-02',
    description: 'Bråk i trapphuset',
  });
  await t.call('cityUnits.reportDisturbance', { unitId: unit.id, reportedOn: '2026-09-14', description: '' });
  const future = await t.send('cityUnits.reportDisturbance', {
    unitId: unit.id,
    reportedOn: '2026-11-27',
    description: null,
  });
  expect(future.ok).toBe(false);
  if (!future.ok) expect(future.error.fields?.['reportedOn']).toBe('Anmäld: kan inte ligga i framtiden.');
  const bad = await t.send('cityUnits.reportDisturbance', {
    unitId: unit.id,
    reportedOn: '2026-02-30',
    description: null,
  });
  expect(bad.ok).toBe(false);
  if (!bad.ok) expect(bad.error.fields?.['reportedOn']).toMatch(/^Anmäld:/);
  const listed = await t.call('cityUnits.disturbances', { unitId: unit.id });
  expect(listed.map((d) => [d.reportedOn, d.description])).toEqual([
    ['2026-09-14', null],
    ['2026-03-02', 'Bråk i trapphuset'],
  ]);
});

it('counts a unit under FF before its management moved to MEX mid-year and under MEX after, as of each date', async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  const ff = (await departmentIds(t))['FF']!;
  const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-39' }));
  const created = await t.call('cityUnits.create', { ...management(unit.id), effectiveFrom: '2025-02-01' });
  await t.call('cityUnits.update', {
    ...management(unit.id),
    managingDepartment: 'MEX',
    supportBoendestod: false,
    effectiveFrom: '2026-06-15',
    id: created.id,
    version: created.version,
  });
  // A change dated before the latest one, or in the future, is refused and changes nothing.
  const backdated = await t.send('cityUnits.update', {
    ...management(unit.id),
    effectiveFrom: '2026-01-01',
    id: created.id,
    version: 2,
  });
  expect(backdated.ok).toBe(false);
  if (!backdated.ok)
    expect(backdated.error.fields?.['effectiveFrom']).toBe(
      'Gäller från: får inte ligga före den senaste ändringen (2026-06-15).',
    );
  const ctx = serviceContext(t);
  const figures = async (asOf: string) => {
    const model = await computeModel(ctx, 2026, asOf);
    const action = model.actions.find((a) => a.action === '3:7')!;
    const of = (key: string) => action.figures.find((f) => f.key === key)!.values;
    return { ff: of('managedFF'), mex: of('managedMEX'), support: of('withSupport') };
  };
  // 2024: not yet managed; end of 2025: FF with boendestöd; 2026 to date: MEX without support.
  expect(await figures('2026-11-26')).toEqual({ ff: [0, 1, 0], mex: [0, 0, 1], support: [0, 1, 0] });
  // As of the day before the change, 2026 still counts FF.
  expect(await figures('2026-06-14')).toEqual({ ff: [0, 1, 1], mex: [0, 0, 0], support: [0, 1, 1] });
  expect((await t.call('cityUnits.forUnit', { unitId: unit.id }))!.managingDepartment).toBe('MEX');
});

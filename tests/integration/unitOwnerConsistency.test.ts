/**
 * Issue 13, point 7, from the unit's side: changing a unit's owner so that
 * it no longer matches the landlord of a lease it is on is refused with a
 * warning that names the unit, the owner, the lease and its landlord, and
 * saved only when confirmed; an owner that still matches, or a unit on no
 * lease that holds it, saves without a word. An import, which has no
 * confirm to give, refuses the row with the same words.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { landlordInput, OTHER_VALID_ORG_NUMBER } from '../fixtures/bestand';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { runImport, xlsxBytes } from './importHelpers';
import { countRows, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let world: LeaseWorld;

beforeEach(async () => {
  t = await openTestBackEnd();
  world = await leaseWorld(t, 2);
  await t.call('leases.create', leaseInput({ ...world, unitIds: [world.unitIds[0]!] }));
});
afterEach(async () => {
  await t.close();
});

async function unitEdit(id: number, changes: Record<string, unknown>) {
  const {
    responsibleDepartmentCode: _d,
    ownerName: _o,
    permitDaysLeft: _p,
    leaseEndsOn: _l,
    ...unit
  } = await t.call('units.get', { id });
  const {
    createdAt: _ca,
    createdBy: _cb,
    updatedAt: _ua,
    updatedBy: _ub,
    archivedAt: _aa,
    ...values
  } = unit as typeof unit & Record<string, unknown>;
  return { ...values, ...changes };
}

describe("a unit's owner against the landlord of its lease", () => {
  it('made city-owned while on a landlord’s lease: refused until confirmed, then saved', async () => {
    const unitId = world.unitIds[0]!;
    const audits = await countRows(t, 'auditLog');
    const refused = await t.send(
      'units.update',
      await unitEdit(unitId, { ownerType: 'staden', ownerOrganisationId: null }),
    );
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fields?.['acknowledgeWarnings']).toBe(
      'Bekräfta varning: LGH-0001 ägs av staden, men hyresavtal HA-2026-0001 är med Öresundshem AB. Kryssa i ”Bekräfta varning” och spara igen om det är avsiktligt.',
    );
    expect((await t.call('units.get', { id: unitId })).ownerType).toBe('hyresvard');
    expect(await countRows(t, 'auditLog')).toBe(audits);

    const saved = await t.call(
      'units.update',
      await unitEdit(unitId, { ownerType: 'staden', ownerOrganisationId: null, acknowledgeWarnings: true }),
    );
    expect(saved).toMatchObject({ ownerType: 'staden', ownerOrganisationId: null, version: 2 });
    // Saved again with the owner unchanged: the confirmed pairing is not asked about again.
    const again = await t.call('units.update', await unitEdit(unitId, { notes: 'Köpt av staden.' }));
    expect(again).toMatchObject({ notes: 'Köpt av staden.', version: 3 });
  });

  it('given to another organisation: the warning names both the owner and the landlord', async () => {
    const other = await t.call(
      'organisations.create',
      landlordInput({ name: 'Bostads AB Kärnan', orgNumber: OTHER_VALID_ORG_NUMBER }),
    );
    const refused = await t.send('units.update', await unitEdit(world.unitIds[0]!, { ownerOrganisationId: other.id }));
    expect(!refused.ok && refused.error.fields?.['acknowledgeWarnings']).toBe(
      'Bekräfta varning: LGH-0001 ägs av Bostads AB Kärnan, inte av hyresvärden Öresundshem AB på hyresavtal HA-2026-0001. Kryssa i ”Bekräfta varning” och spara igen om det är avsiktligt.',
    );
  });

  it('a unit on no lease, or made to match its lease’s landlord again, changes owner without a word', async () => {
    const free = await t.call(
      'units.update',
      await unitEdit(world.unitIds[1]!, { ownerType: 'staden', ownerOrganisationId: null }),
    );
    expect(free.ownerType).toBe('staden');
    // Owner back to the landlord of the lease: consistent again, so no warning either.
    const unitId = world.unitIds[0]!;
    await t.call(
      'units.update',
      await unitEdit(unitId, { ownerType: 'staden', ownerOrganisationId: null, acknowledgeWarnings: true }),
    );
    const back = await t.call(
      'units.update',
      await unitEdit(unitId, { ownerType: 'hyresvard', ownerOrganisationId: world.landlordId }),
    );
    expect(back.ownerOrganisationId).toBe(world.landlordId);
  });

  it('an import that would make a unit on a lease city-owned refuses the row with the same words', async () => {
    const heading = ['Objektnummer', 'Typ', 'Användning', 'Adress', 'Ansvarig förvaltning', 'Ägare', 'Hyresvärd'];
    const file = await xlsxBytes([
      {
        name: 'Bostäder',
        rows: [
          heading,
          ['LGH-0001', 'Lägenhet', 'Akutboende', 'Drottninggatan 1', 'FF', 'Staden', null],
          ['LGH-0002', 'Lägenhet', 'Akutboende', 'Drottninggatan 2', 'FF', 'Staden', null],
        ],
      },
    ]);
    const run = await runImport(t, 'units', file, 'bostader.xlsx', { mode: 'approved' });
    expect(run.preview.counts).toMatchObject({ update: 1, refused: 1 });
    expect(run.preview.rows.find((r) => r.key === 'LGH-0001')?.problems).toEqual([
      {
        field: 'ownerType',
        message:
          'Ägare: LGH-0001 ägs av staden, men hyresavtal HA-2026-0001 är med Öresundshem AB. Ändra ägaren i Bostäder och bekräfta där om det är avsiktligt.',
      },
    ]);
    expect((await t.call('units.get', { id: world.unitIds[0]! })).ownerType).toBe('hyresvard');
    expect((await t.call('units.get', { id: world.unitIds[1]! })).ownerType).toBe('staden');
  });
});

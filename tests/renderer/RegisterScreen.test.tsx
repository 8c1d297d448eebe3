/**
 * The one register screen, over the real back end and the discharges
 * register: the toolbar's quick search and a declared toggle reach the list
 * call, "Ny …" opens the new-record drawer, an opened row shows its drawer
 * under the record's title, and a save reads the grid again.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ColDef } from 'ag-grid-community';
import type { DischargeRow } from '../../shared/discharges/schema';
import { RegisterScreen } from '../../renderer/components/RegisterScreen';
import { textColumn } from '../../renderer/components/grid/columns';
import { DischargeForm } from '../../renderer/features/discharges/DischargeForm';
import { dischargesApi, useDischarge } from '../../renderer/features/discharges/dischargesApi';
import { departmentIds } from '../integration/testBackEnd';
import { ELDER, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { testBackEnd } from './backEnd';
import { dischargeInput } from '../fixtures/onward';

type DischargeListQuery = Parameters<typeof dischargesApi.list>[0];

let alvasDischarge: number;

beforeAll(async () => {
  const t = await testBackEnd();
  const sof = (await departmentIds(t))['SOF']!;
  const household = async (name: string, pnr: string) =>
    (
      await t.call(
        'households.create',
        householdInput(sof, { members: [member(name, pnr, true)], householdSize: 1, childrenCount: 0 }),
      )
    ).id;
  const discharge = (householdId: number, outcome: 'fore' | null) =>
    dischargeInput(householdId, outcome ? { outcome, outcomeDate: '2026-11-20' } : {});
  // Alva's is open (no outcome yet); Bengt's has one.
  alvasDischarge = (await t.call('discharges.create', discharge(await household('Alva Ahlström', OTHER_ADULT), null)))
    .id;
  await t.call('discharges.create', discharge(await household('Bengt Berg', ELDER), 'fore'));
});

beforeEach(() => {
  window.location.hash = '#/utskrivningar';
});

const columns: ColDef<DischargeRow>[] = [textColumn('holderName', 'Hushåll'), textColumn('institution', 'Enhet')];

/** The discharges register as a screen declares it, with its list calls recorded. */
function renderRegister(sent: DischargeListQuery[]) {
  return render(
    <RegisterScreen
      route="utskrivningar"
      gridId="test-register"
      title="Utskrivningar"
      countNoun={['utskrivning', 'utskrivningar']}
      searchLabel="Sök hushåll"
      newLabel="Ny utskrivning"
      columns={columns}
      list={(q) => {
        sent.push(q);
        return dischargesApi.list(q);
      }}
      useRecord={useDischarge}
      exportSource="discharges"
      toggles={[{ name: 'openOnly', label: 'Utan utfall' }]}
      newDrawer={{ title: 'Ny utskrivning' }}
      recordDrawer={{ title: (d) => `Utskrivning: ${d.holderName}`, untitled: 'Utskrivning' }}
      renderForm={({ record, defaults, onClose, onSaved }) => (
        <DischargeForm discharge={record} {...(defaults ? { defaults } : {})} onClose={onClose} onSaved={onSaved} />
      )}
    />,
  );
}

const count = () => document.querySelector('.list-toolbar .count')?.textContent;

describe('RegisterScreen', () => {
  it('sends the quick search and a toolbar toggle to the list call, and counts with the plural noun', async () => {
    const sent: DischargeListQuery[] = [];
    renderRegister(sent);
    await waitFor(() => expect(count()).toBe('2 utskrivningar'));
    expect(sent[0]).toMatchObject({ offset: 0, search: '', includeArchived: false, openOnly: false });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök hushåll' }), { target: { value: 'alva' } });
    await waitFor(() => expect(count()).toBe('1 utskrivning'));
    expect(sent.at(-1)).toMatchObject({ search: 'alva', openOnly: false });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök hushåll' }), { target: { value: 'bengt' } });
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ search: 'bengt' }));
    await waitFor(() => expect(count()).toBe('1 utskrivning'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Utan utfall' }));
    // Bengt's discharge has an outcome: the toggle narrows the list to none.
    await waitFor(() => expect(count()).toBe('0 utskrivningar'));
    expect(sent.at(-1)).toMatchObject({ search: 'bengt', openOnly: true, includeArchived: false });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa arkiverade' }));
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ search: 'bengt', openOnly: true, includeArchived: true }));
  });

  it('opens the new-record drawer from "Ny …"', async () => {
    renderRegister([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ny utskrivning' }));
    expect(window.location.hash).toBe('#/utskrivningar/ny');
    const drawer = await screen.findByRole('dialog', { name: 'Ny utskrivning' });
    expect(within(drawer).getByLabelText('Anstalt eller enhet', { exact: false })).toBeTruthy();
    expect(within(drawer).queryByText('Historik')).toBeNull();
  });

  it('shows an opened record under its title, and reads the grid again after a save', async () => {
    const sent: DischargeListQuery[] = [];
    renderRegister(sent);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Utan utfall' }));
    await waitFor(() => expect(count()).toBe('1 utskrivning'));
    // A click on the row opens the record.
    const cell = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ag-row .ag-cell[col-id="holderName"]');
      expect(found?.textContent).toBe('Alva Ahlström');
      return found!;
    });
    fireEvent.click(cell);
    await waitFor(() => expect(window.location.hash).toBe(`#/utskrivningar/${alvasDischarge}`));
    const drawer = await screen.findByRole('dialog', { name: 'Utskrivning: Alva Ahlström' });
    const outcome = within(drawer).getByLabelText('Utfall', { selector: 'select' });
    fireEvent.change(outcome, { target: { value: 'efter' } });
    fireEvent.change(within(drawer).getByLabelText('Datum för utfall', { exact: false }), {
      target: { value: '2026-11-25' },
    });
    const before = sent.length;
    fireEvent.click(within(drawer).getByRole('button', { name: 'Spara' }));

    // The saved outcome takes Alva's discharge out of "Utan utfall": the grid was read again.
    await waitFor(() => expect(count()).toBe('0 utskrivningar'));
    expect(sent.length).toBeGreaterThan(before);
    expect(sent.at(-1)).toMatchObject({ offset: 0, openOnly: true, withTotal: true });
    await expect((await testBackEnd()).call('discharges.get', { id: alvasDischarge })).resolves.toMatchObject({
      outcome: 'efter',
    });
  });
});

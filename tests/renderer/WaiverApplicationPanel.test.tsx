/**
 * The application to the hyresnämnd on the edit cycle, over the real back
 * end: logging it as sent and registering the decision each refuse a wrong
 * field unsent, report a colleague's change of the contract in between as
 * a conflict instead of overwriting it, and go through on the stored
 * version.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContractRow } from '../../shared/contracts/schema';
import { WaiverApplicationPanel } from '../../renderer/features/letters/WaiverApplicationPanel';
import { departmentIds } from '../integration/testBackEnd';
import { contractInput, householdInput } from '../fixtures/households';
import { leaseWorld } from '../fixtures/leases';
import { testBackEnd } from './backEnd';

const field = (label: string) => screen.findByLabelText(label, { exact: false, selector: 'input, select' });
const calls = (spy: { mock: { calls: unknown[][] } }, procedure: string) =>
  spy.mock.calls.filter(([name]) => name === procedure);

afterEach(() => vi.restoreAllMocks());

describe('the application to the hyresnämnd', () => {
  it('logs the application and registers the decision, each refusing a wrong field unsent and reporting a colleague’s change', async () => {
    const t = await testBackEnd();
    const world = await leaseWorld(t, 1);
    const sof = (await departmentIds(t))['SOF']!;
    const household = await t.call('households.create', householdInput(sof));
    const ids = { unitId: world.unitIds[0]!, householdId: household.id, referringDepartmentId: sof };
    const waiverOf = (c: ContractRow) => ({
      waiverStatus: c.waiverStatus,
      waiverApplicationDate: c.waiverApplicationDate,
    });
    const draft = await t.call(
      'contracts.create',
      contractInput(ids, { waiverStatus: 'ej_ansokt', waiverApplicationDate: null }),
    );
    let contract = await t.call('contracts.activate', {
      id: draft.id,
      version: draft.version,
      acknowledgeWarnings: true,
    });
    // A colleague saves the contract's notes, leaving the waiver as it is.
    const colleagueSaves = async (notes: string) => {
      const stored = await t.call('contracts.get', { id: contract.id });
      await t.call('contracts.update', {
        ...contractInput(ids, { ...waiverOf(stored), notes }),
        acknowledgeWarnings: true,
        id: stored.id,
        version: stored.version,
      });
    };
    const invoke = vi.spyOn(window.bostad!, 'invoke');
    const onChanged = vi.fn();
    const view = render(<WaiverApplicationPanel key={contract.version} contract={contract} onChanged={onChanged} />);

    // Logged as sent: a wrong date stays in the form.
    fireEvent.change(await field('Skickat datum'), { target: { value: '2026-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera ansökan som skickad' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Skickat datum\./)).toBeTruthy();
    expect(calls(invoke, 'letters.logSent')).toEqual([]);

    await colleagueSaves('Kollegans första');
    fireEvent.change(await field('Skickat datum'), { target: { value: '2026-11-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera ansökan som skickad' }));
    expect(await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' })).toBeTruthy();
    expect((await t.call('contracts.get', { id: contract.id })).waiverStatus).toBe('ej_ansokt');
    expect(onChanged).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Registrera ansökan som skickad' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    contract = await t.call('contracts.get', { id: contract.id });
    expect([contract.waiverStatus, contract.waiverApplicationDate, contract.notes]).toEqual([
      'ansokan_inskickad',
      '2026-11-10',
      'Kollegans första',
    ]);

    // The contract screen shows the panel again on the new version.
    view.rerender(<WaiverApplicationPanel key={contract.version} contract={contract} onChanged={onChanged} />);
    expect(await screen.findByText('Ansökan skickad 2026-11-10; inget beslut registrerat.')).toBeTruthy();

    // The decision: the case number left out is named, and nothing is sent.
    fireEvent.click(await screen.findByRole('button', { name: 'Registrera beslut' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Hyresnämndens ärendenummer\./)).toBeTruthy();
    expect((await field('Hyresnämndens ärendenummer')).getAttribute('aria-invalid')).toBe('true');
    expect(calls(invoke, 'letters.registerDecision')).toEqual([]);

    await colleagueSaves('Kollegans andra');
    fireEvent.change(await field('Hyresnämndens beslutsdatum'), { target: { value: '2026-11-24' } });
    fireEvent.change(await field('Hyresnämndens ärendenummer'), { target: { value: 'Ä 4711-26' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Beslut' }), { target: { value: 'false' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera beslut' }));
    expect(await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' })).toBeTruthy();
    expect(calls(invoke, 'letters.registerDecision')).toHaveLength(1);
    expect((await t.call('contracts.get', { id: contract.id })).waiverStatus).toBe('ansokan_inskickad');
    expect(((await field('Hyresnämndens ärendenummer')) as HTMLInputElement).value).toBe('Ä 4711-26');

    fireEvent.click(screen.getByRole('button', { name: 'Registrera beslut' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(2));
    const decided = await t.call('contracts.get', { id: contract.id });
    expect([decided.waiverStatus, decided.waiverDecisionDate, decided.waiverCaseNumber, decided.notes]).toEqual([
      'avslagen',
      '2026-11-24',
      'Ä 4711-26',
      'Kollegans andra',
    ]);
  });
});

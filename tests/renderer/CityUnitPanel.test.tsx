/**
 * A city-owned unit's panel (plan 3:7): a disturbance is reported through
 * the common action form, so a bad date is named at its field and nothing
 * is sent, and a good report joins the list and leaves an empty form.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CityUnitPanel } from '../../renderer/features/cityUnits/CityUnitPanel';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds } from '../integration/testBackEnd';
import { testBackEnd } from './backEnd';

describe('CityUnitPanel', () => {
  it('names a bad date at its field and sends nothing, then reports a disturbance and empties the form', async () => {
    const t = await testBackEnd();
    const d = await departmentIds(t);
    const unit = await t.call('units.create', modulbostadInput(d['FF']!, { objectNumber: 'MOD-7001' }));
    render(<CityUnitPanel unitId={unit.id} />);
    const form = await screen.findByRole('form', { name: 'Registrera störning' });
    const date = () => within(form).getByLabelText('Anmäld', { exact: false, selector: 'input' }) as HTMLInputElement;
    const text = () =>
      within(form).getByLabelText('Beskrivning', { exact: false, selector: 'input' }) as HTMLInputElement;

    fireEvent.change(date(), { target: { value: '2026-02-31' } });
    fireEvent.change(text(), { target: { value: 'Hög musik nattetid' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrera störning' }));
    expect(await within(form).findByText('Rätta det markerade fältet: Anmäld.')).toBeTruthy();
    expect(date().getAttribute('aria-invalid')).toBe('true');
    expect(await t.call('cityUnits.disturbances', { unitId: unit.id })).toEqual([]);

    fireEvent.change(date(), { target: { value: '2026-02-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Registrera störning' }));
    expect(await screen.findByText('2026-02-03: Hög musik nattetid')).toBeTruthy();
    const stored = await t.call('cityUnits.disturbances', { unitId: unit.id });
    expect(stored.map((s) => [s.reportedOn, s.description])).toEqual([['2026-02-03', 'Hög musik nattetid']]);
    // A new form (the old one is gone from the page), empty.
    await waitFor(() => expect(form.isConnected).toBe(false));
    const next = await screen.findByRole('form', { name: 'Registrera störning' });
    expect((within(next).getByLabelText('Anmäld', { exact: false, selector: 'input' }) as HTMLInputElement).value).toBe(
      '',
    );
    expect(
      (within(next).getByLabelText('Beskrivning', { exact: false, selector: 'input' }) as HTMLInputElement).value,
    ).toBe('');
  });
});

/**
 * The KPI table's form is the common edit cycle too: a value is added, a
 * bad month is named, and correcting a month a colleague corrected first is
 * reported, then applied again on the stored version.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiScreen } from '../../renderer/features/leases/KpiScreen';
import { testBackEnd } from './backEnd';

const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input' });

describe('KpiScreen', () => {
  it('names a bad month, adds a value, and reports a colleague’s correction of the same month before applying one’s own', async () => {
    const t = await testBackEnd();
    render(<KpiScreen />);
    const form = await screen.findByRole('form', { name: 'Lägg till KPI-värde' });
    fireEvent.change(field('Månad'), { target: { value: '2026-13' } });
    fireEvent.change(field('KPI'), { target: { value: '414,6' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect(await screen.findByText('Rätta det markerade fältet: Månad.')).toBeTruthy();
    expect(field('Månad').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field('Månad'), { target: { value: '2026-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
    expect((await screen.findByRole('status')).textContent).toContain('KPI för 2026-10 sparat: 414,6');
    const row = await screen.findByRole('cell', { name: '414,60' });

    // Open the month for correction; a colleague corrects it first.
    fireEvent.click(row);
    const edit = await screen.findByRole('form', { name: 'Ändra KPI för 2026-10' });
    const stored = (await t.call('kpi.list', {})).find((k) => k.month === '2026-10')!;
    await t.call('kpi.save', { month: '2026-10', value: 415.2, id: stored.id, version: stored.version });
    fireEvent.change(field('KPI'), { target: { value: '415,0' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Spara ändring' }));
    const conflict = await within(edit).findByRole('alert');
    expect(conflict.textContent).toMatch(/har ändrats av testare/);
    // Field by field: the colleague's value beside one's own, which the form keeps.
    const kpiRow = within(conflict).getByRole('row', { name: /KPI/ });
    expect(kpiRow.textContent).toContain('415,2');
    expect(within(kpiRow).getByRole('button', { name: 'Behåll min' }).getAttribute('aria-pressed')).toBe('true');
    expect((field('KPI') as HTMLInputElement).value).toBe('415,0');
    fireEvent.click(within(edit).getByRole('button', { name: 'Spara ändring' }));
    await waitFor(async () =>
      expect((await t.call('kpi.list', {})).find((k) => k.month === '2026-10')?.value).toBe(415),
    );
  });
});

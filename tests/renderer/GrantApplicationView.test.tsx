/**
 * Marking the grant application as sent, on the edit cycle over the real
 * back end: a wrong date is named and nothing is sent; a guarantee a
 * colleague changed after the list was read is reported as a conflict, not
 * marked over; saving again marks what is stored now.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GrantApplicationView } from '../../renderer/features/guarantees/GrantApplicationView';
import { landlordInput } from '../fixtures/bestand';
import { householdInput } from '../fixtures/households';
import { guaranteeInput } from '../fixtures/onward';
import { departmentIds } from '../integration/testBackEnd';
import { testBackEnd } from './backEnd';

describe('GrantApplicationView', () => {
  it('names a wrong date, reports a colleague’s change as a conflict, then marks every guarantee as applied for', async () => {
    const t = await testBackEnd();
    const sof = (await departmentIds(t))['SOF']!;
    const landlordId = (await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }))).id;
    const householdId = (await t.call('households.create', householdInput(sof))).id;
    const first = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }));
    const second = await t.call('guarantees.create', guaranteeInput({ householdId, landlordId }, { notes: 'B' }));
    const marked = async () =>
      (await Promise.all([first.id, second.id].map((id) => t.call('guarantees.get', { id })))).map(
        (g) => g.grantAppliedOn,
      );

    render(<GrantApplicationView today="2026-11-26" />);
    const table = await screen.findByRole('table', { name: 'Garantier att söka bidrag för' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const date = screen.getByLabelText('Ansökan skickad', { exact: false }) as HTMLInputElement;
    expect(date.value).toBe('2026-11-26');
    const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Markera alla som sökta' }));

    fireEvent.change(date, { target: { value: '2026-13-40' } });
    submit();
    expect(await screen.findByText('Rätta det markerade fältet: Ansökan skickad.')).toBeTruthy();
    expect(await marked()).toEqual([null, null]);

    // A colleague edits one of them after the list was read.
    await t.call('guarantees.update', {
      ...guaranteeInput({ householdId, landlordId }, { notes: 'Kollegans' }),
      id: second.id,
      version: second.version,
    });
    fireEvent.change(date, { target: { value: '2026-11-27' } });
    submit();
    expect(await screen.findByText(/har ändrats av/)).toBeTruthy();
    expect(await marked()).toEqual([null, null]);

    // The list was read again: saving again marks both, at the versions stored now.
    submit();
    expect(await screen.findByText('2 garantier är markerade som sökta 2026-11-27.')).toBeTruthy();
    expect(await marked()).toEqual(['2026-11-27', '2026-11-27']);
    await waitFor(() => expect(screen.getByText('Inga garantier att söka bidrag för just nu.')).toBeTruthy());
  });
});

/**
 * FF's assessment before a move-on, on the edit cycle over the real back
 * end: the first save creates it, and a colleague's assessment saved after
 * the form opened is shown beside one's own typing instead of being
 * overwritten; the second save (on their version) goes through.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ReadinessEditor } from '../../renderer/features/moveOns/ReadinessEditor';
import { householdInput } from '../fixtures/households';
import { departmentIds } from '../integration/testBackEnd';
import { testBackEnd } from './backEnd';

const note = () => screen.findByLabelText('Anteckning', { exact: false, selector: 'textarea' });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' }));

describe('ReadinessEditor', () => {
  it('saves an assessment, then compares a colleague’s saved in between instead of overwriting it', async () => {
    const t = await testBackEnd();
    const sof = (await departmentIds(t))['SOF']!;
    const { id: householdId } = await t.call('households.create', householdInput(sof));
    const onSaved = vi.fn();

    const none = await t.call('moveOns.readiness', { householdId });
    expect(none.version).toBe(0);
    const first = render(<ReadinessEditor readiness={none} onSaved={onSaved} />);
    fireEvent.click(screen.getByLabelText('Redo för utslussning', { exact: false }));
    fireEvent.change(await note(), { target: { value: 'Klar för eget kontrakt' } });
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const stored = await t.call('moveOns.readiness', { householdId });
    expect(stored).toMatchObject({ ready: true, note: 'Klar för eget kontrakt', version: 1 });
    first.unmount();

    // The form opens on version 1; a colleague saves on it first.
    render(<ReadinessEditor readiness={stored} onSaved={onSaved} />);
    await t.call('moveOns.setReadiness', { householdId, version: 1, ready: false, note: 'Skuld kvar' });
    fireEvent.change(await note(), { target: { value: 'Min bedömning' } });
    save();
    const banner = await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' });
    const diff = banner.closest('.conflict-diff') as HTMLElement;
    expect(within(diff).getByRole('row', { name: /Skuld kvar/ })).toBeTruthy();
    expect(((await note()) as HTMLTextAreaElement).value).toBe('Min bedömning');
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect((await t.call('moveOns.readiness', { householdId })).note).toBe('Skuld kvar');

    // Keeping one's own and saving again: on their version, so it goes through.
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    expect(await t.call('moveOns.readiness', { householdId })).toMatchObject({ note: 'Min bedömning', version: 3 });
  });
});

/**
 * The follow-up comment on the edit cycle, over the real back end: a
 * colleague's comment saved after the form opened is shown beside one's
 * own typing, nothing is overwritten, and the second save (on their
 * version) goes through.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CommentEditor } from '../../renderer/features/followup/CommentEditor';
import { testBackEnd } from './backEnd';

const comment = () => screen.findByLabelText('Förvaltningens kommentar', { selector: 'textarea' });

describe('the follow-up comment', () => {
  it('saves, then compares a colleague’s comment saved in between instead of overwriting it', async () => {
    const t = await testBackEnd();
    const onSaved = vi.fn();
    render(<CommentEditor year={2026} action="3:10" locked={false} onSaved={onSaved} />);

    fireEvent.change(await comment(), { target: { value: 'Först' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara kommentar' }));
    expect(await screen.findByText('Kommentaren är sparad.')).toBeTruthy();
    expect(onSaved).toHaveBeenCalledTimes(1);
    await waitFor(async () => expect(((await comment()) as HTMLTextAreaElement).value).toBe('Först'));

    // A colleague saves on the same version after the form was (re)opened.
    const [stored] = await t.call('followup.comments', { year: 2026 });
    expect(stored).toMatchObject({ comment: 'Först', version: 1 });
    await t.call('followup.saveComment', { year: 2026, action: '3:10', comment: 'Kollegans', version: 1 });

    fireEvent.change(await comment(), { target: { value: 'Min' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara kommentar' }));
    const banner = await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' });
    const diff = banner.closest('.conflict-diff') as HTMLElement;
    expect(within(diff).getByRole('row', { name: /Kollegans/ })).toBeTruthy();
    expect(((await comment()) as HTMLTextAreaElement).value).toBe('Min');
    expect(onSaved).toHaveBeenCalledTimes(1);
    expect((await t.call('followup.comments', { year: 2026 }))[0]?.comment).toBe('Kollegans');

    // Keeping one's own and saving again: on their version, so it goes through.
    fireEvent.click(screen.getByRole('button', { name: 'Spara kommentar' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(2));
    expect((await t.call('followup.comments', { year: 2026 }))[0]).toMatchObject({ comment: 'Min', version: 3 });
  });

  it('shows the comment without a form once the report is approved', async () => {
    render(<CommentEditor year={2026} action="3:10" locked onSaved={() => undefined} />);
    expect(await screen.findByText('Min')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spara kommentar' })).toBeNull();
  });
});

/**
 * The notice's mottagningsbevis on the edit cycle, over the real back end:
 * a wrong date is refused at its field with nothing sent, a colleague's
 * change of the lease in between is reported instead of overwritten, and
 * on the stored version the receipt is registered.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NoticeLetterPanel } from '../../renderer/features/letters/NoticeLetterPanel';
import { leaseInput, leaseWorld } from '../fixtures/leases';
import { testBackEnd } from './backEnd';

const field = (label: string) => screen.findByLabelText(label, { exact: false, selector: 'input, select' });

describe('the notice letter panel', () => {
  it('refuses a wrong date, reports a colleague’s change of the lease, then registers the receipt', async () => {
    const t = await testBackEnd();
    const world = await leaseWorld(t, 3);
    const lease = await t.call('leases.create', leaseInput(world));
    const onChanged = vi.fn();
    render(<NoticeLetterPanel lease={{ id: lease.id, version: lease.version }} onChanged={onChanged} />);

    fireEvent.change(await field('Mottaget enligt mottagningsbevis'), { target: { value: 'igår' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera mottagningsbevis' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Mottaget enligt mottagningsbevis/)).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();

    // A colleague saves the lease after the panel was opened.
    await t.call('leases.update', { ...leaseInput(world), notes: 'Kollegans', id: lease.id, version: lease.version });

    fireEvent.change(await field('Skickat datum'), { target: { value: '2026-11-20' } });
    fireEvent.change(await field('Mottaget enligt mottagningsbevis'), { target: { value: '2026-11-24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera mottagningsbevis' }));
    expect(await screen.findByText(/ändrats/, { selector: '.banner.conflict p' })).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();

    // The form now holds the stored version: the second try goes through.
    fireEvent.click(screen.getByRole('button', { name: 'Registrera mottagningsbevis' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const letters = await t.call('letters.forRecord', { owner: 'lease', id: lease.id });
    expect(letters.map((l) => [l.kind, l.receivedOn])).toEqual([['leaseNotice', '2026-11-24']]);
  });
});

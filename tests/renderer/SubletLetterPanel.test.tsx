/**
 * The 12:39 letter logged as sent on the edit cycle, over the real back
 * end: a wrong date is refused at its field with nothing sent, a
 * colleague's change of the lease in between is reported as a conflict
 * instead of overwritten, and on the stored version the letter is logged.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubletLetterPanel } from '../../renderer/features/letters/SubletLetterPanel';
import { leaseInput, leaseWorld } from '../fixtures/leases';
import { testBackEnd } from './backEnd';

const field = (label: string) => screen.findByLabelText(label, { exact: false, selector: 'input, select' });
const sent = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([name]) => name === 'letters.logSent');

afterEach(() => vi.restoreAllMocks());

describe('the 12:39 letter panel', () => {
  it('refuses a wrong date unsent, reports a colleague’s change of the lease, then logs the letter', async () => {
    const t = await testBackEnd();
    const world = await leaseWorld(t, 2);
    const told = { premises: 'bostad', subletNotified: false, subletNotifiedDate: null } as const;
    const lease = await t.call('leases.create', leaseInput(world, told));
    const invoke = vi.spyOn(window.bostad!, 'invoke');
    const onChanged = vi.fn();
    render(
      <SubletLetterPanel
        owner="lease"
        record={{ id: lease.id, version: lease.version }}
        notifiedOn={null}
        onChanged={onChanged}
      />,
    );

    fireEvent.change(await field('Skickat datum'), { target: { value: '31 februari' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera som skickad' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Skickat datum\./)).toBeTruthy();
    // Announced once, by the message naming the field; the field's reason is read with it when focused.
    expect(screen.getByRole('alert').textContent).toBe('Rätta det markerade fältet: Skickat datum.');
    expect(screen.getByText(/^Skickat datum: /, { selector: '.field-error' }).getAttribute('role')).toBeNull();
    expect((await field('Skickat datum')).getAttribute('aria-invalid')).toBe('true');
    expect(sent(invoke)).toEqual([]);
    expect(onChanged).not.toHaveBeenCalled();

    // A colleague saves the lease after the panel was opened.
    await t.call('leases.update', {
      ...leaseInput(world, told),
      notes: 'Kollegans',
      id: lease.id,
      version: lease.version,
    });

    fireEvent.change(await field('Skickat datum'), { target: { value: '2026-11-20' } });
    fireEvent.change(await field('Sätt'), { target: { value: 'rekommenderat' } });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera som skickad' }));
    expect(await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' })).toBeTruthy();
    expect(sent(invoke)).toHaveLength(1);
    expect(onChanged).not.toHaveBeenCalled();
    expect((await t.call('leases.get', { id: lease.id })).subletNotified).toBe(false);
    // The typing stays: the form has moved onto the stored version under it.
    expect(((await field('Skickat datum')) as HTMLInputElement).value).toBe('2026-11-20');

    fireEvent.click(screen.getByRole('button', { name: 'Registrera som skickad' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    const stored = await t.call('leases.get', { id: lease.id });
    expect([stored.subletNotified, stored.subletNotifiedDate, stored.notes]).toEqual([true, '2026-11-20', 'Kollegans']);
    const letters = await t.call('letters.forRecord', { owner: 'lease', id: lease.id });
    expect(letters.map((l) => [l.kind, l.sentOn, l.method])).toEqual([['sublet1239', '2026-11-20', 'rekommenderat']]);
  });
});

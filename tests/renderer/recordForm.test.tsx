/**
 * The edit cycle of a record form, on a real form (a landlord) over the
 * real back end: the shared schema's field errors before sending, the
 * conflict when a colleague saved first, compared field by field, with
 * one's own values kept on the stored version.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Organisation } from '../../shared/organisations/schema';
import { OrganisationForm } from '../../renderer/features/organisations/OrganisationForm';
import { landlordInput } from '../fixtures/bestand';
import { testBackEnd } from './backEnd';

let landlord: Organisation;

beforeAll(async () => {
  const t = await testBackEnd();
  landlord = await t.call('organisations.create', landlordInput({ name: 'Helsingborgshem' }));
});

const field = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input, textarea, select' });

describe('the record form cycle', () => {
  it('shows the schema’s message at the field and sends nothing while a field is wrong', async () => {
    const t = await testBackEnd();
    const onSaved = vi.fn();
    render(<OrganisationForm organisation={landlord} onSaved={onSaved} onClose={() => undefined} />);
    fireEvent.change(field('Namn'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Rätta det markerade fältet: Namn.')).toBeTruthy();
    expect(field('Namn').getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(`${field('Namn').id}-error`)?.textContent ?? '';
    expect(message).toMatch(/Namn/);
    expect(onSaved).not.toHaveBeenCalled();
    expect((await t.call('organisations.get', { id: landlord.id })).version).toBe(landlord.version);

    // Typing in the field clears its error; the save then goes through.
    fireEvent.change(field('Namn'), { target: { value: 'Helsingborgshem AB' } });
    expect(field('Namn').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    landlord = await t.call('organisations.get', { id: landlord.id });
    expect(landlord.name).toBe('Helsingborgshem AB');
  });

  it('reports a colleague’s save field by field: their change shown and taken, one’s own kept, then saved together', async () => {
    const t = await testBackEnd();
    const onSaved = vi.fn();
    render(<OrganisationForm organisation={landlord} onSaved={onSaved} onClose={() => undefined} />);
    // A colleague changes the phone number after the form was opened.
    const { id: _id, version: _v, ...stored } = landlord;
    await t.call('organisations.update', {
      ...landlordInput(),
      ...stored,
      id: landlord.id,
      version: landlord.version,
      phone: '042-99 99 99',
    });

    fireEvent.change(field('Kontaktperson'), { target: { value: 'Karin Berg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const banner = await screen.findByText(/har ändrats av/, { selector: '.banner.conflict p' });
    expect(banner.textContent).toMatch(/testare/);
    expect(onSaved).not.toHaveBeenCalled();
    // Their change is listed and already in the form; one's own, which they did not touch, stays.
    const diff = banner.closest('.conflict-diff') as HTMLElement;
    const phone = within(diff).getByRole('row', { name: /Telefon/ });
    expect(within(phone).getByRole('button', { name: 'Ta deras' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(diff).queryByRole('row', { name: /Kontaktperson/ })).toBeNull();
    expect((field('Telefon') as HTMLInputElement).value).toBe('042-99 99 99');
    expect((field('Kontaktperson') as HTMLInputElement).value).toBe('Karin Berg');

    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = await t.call('organisations.get', { id: landlord.id });
    expect(saved).toMatchObject({ contactPerson: 'Karin Berg', phone: '042-99 99 99' });
  });
});

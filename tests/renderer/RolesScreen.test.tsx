/**
 * A user's role on the edit cycle, over the real back end: the button waits
 * for a change, and another administrator's change in between is compared
 * field by field instead of overwritten.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { RolesScreen } from '../../renderer/features/roles/RolesScreen';
import { openTestBackEnd } from '../integration/testBackEnd';
import { testBackEnd } from './backEnd';

beforeAll(async () => {
  // A second user on the same file: the first call registers them as handläggare.
  const t = await testBackEnd();
  const lisa = await openTestBackEnd({ dbPath: t.dbPath, login: 'lisa.lasare' });
  await lisa.call('users.setDisplayName', { displayName: 'Lisa Läsare' });
  await lisa.close();
});

const lisasRole = async () =>
  (await (await testBackEnd()).call('roles.list', {})).find((u) => u.login === 'lisa.lasare')!;

describe('the roles screen', () => {
  it('saves a changed role, and compares another administrator’s change made in between', async () => {
    const t = await testBackEnd();
    render(<RolesScreen />);
    const select = () => screen.findByLabelText('Roll för Lisa Läsare', { selector: 'select' });
    const row = async () => (await select()).closest('tr') as HTMLElement;
    const button = async () => within(await row()).getByRole('button', { name: 'Spara roll' });
    expect(((await select()) as HTMLSelectElement).value).toBe('handlaggare');
    expect((await button()).hasAttribute('disabled')).toBe(true);
    // The label is there for screen readers; the column heading says it to the eye, once.
    expect(screen.getByText('Roll för Lisa Läsare', { selector: 'label' }).classList.contains('visually-hidden')).toBe(
      true,
    );

    // Another administrator makes Lisa an administrator after the screen was opened.
    const before = await lisasRole();
    await t.call('roles.set', { login: 'lisa.lasare', role: 'administrator', version: before.version });

    fireEvent.change(await select(), { target: { value: 'lasbehorig' } });
    expect((await button()).hasAttribute('disabled')).toBe(false);
    fireEvent.click(await button());
    const banner = await screen.findByText(/roll har just ändrats/, { selector: '.banner.conflict p' });
    const diff = banner.closest('.conflict-diff') as HTMLElement;
    expect(within(diff).getByRole('row', { name: /Administratör/ })).toBeTruthy();
    expect(((await select()) as HTMLSelectElement).value).toBe('lasbehorig');
    expect((await lisasRole()).role).toBe('administrator');

    // Keeping one's own choice: saved on their version, and the row shows it stored.
    fireEvent.click(await button());
    await waitFor(async () => expect((await lisasRole()).role).toBe('lasbehorig'));
    await waitFor(async () => expect((await button()).hasAttribute('disabled')).toBe(true));
    expect(((await select()) as HTMLSelectElement).value).toBe('lasbehorig');
  });
});

/**
 * Where the focus goes when a form is drawn, over the real back end. On
 * Dataskydd the gallring rules' form loads after the registerutdrag field
 * is drawn; a user already typing a personnummer there keeps the focus, so
 * the keys do not land in the rules' first field. A form opened in a panel
 * starts on its first field, unless the user is already typing in the panel.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { retentionSettingsSchema } from '../../shared/retention/schema';
import { Drawer } from '../../renderer/components/Drawer';
import type { FieldSpec } from '../../renderer/components/form/fieldSpec';
import { PrivacyScreen } from '../../renderer/features/privacy/PrivacyScreen';
import { SettingsGroupForm, type StoredGroup } from '../../renderer/features/settings/SettingsGroupForm';
import { testBackEnd } from './backEnd';

const specs: FieldSpec[] = [{ name: 'householdYears', label: 'År', kind: 'integer', required: true }];
let rules: StoredGroup<ReturnType<typeof retentionSettingsSchema.parse>>;

beforeAll(async () => {
  rules = await (await testBackEnd()).call('settings.retention', {});
});

function RulesInPanel({ children }: { children?: ReactNode }) {
  return (
    <Drawer title="Regler" onClose={() => undefined}>
      {children}
      <SettingsGroupForm
        title="Gallringsregler"
        specs={specs}
        schema={retentionSettingsSchema}
        stored={rules}
        save={() => Promise.reject(new Error('sparas inte här'))}
        load={() => Promise.resolve(rules)}
        onSaved={() => undefined}
      />
    </Drawer>
  );
}

describe('where the focus goes when a form is drawn', () => {
  it('stays in the registerutdrag field while the gallring rules load below', async () => {
    render(<PrivacyScreen />);
    const number = await screen.findByLabelText('Personnummer eller samordningsnummer');
    act(() => number.focus());
    fireEvent.change(number, { target: { value: '19851024-2392' } });

    const years = await screen.findByLabelText('Hushåll: år efter sista kontraktets slut', { exact: false });
    // The rules' form has been drawn and its effects have run.
    await waitFor(() => expect((years as HTMLInputElement).value).not.toBe(''));
    expect(document.activeElement).toBe(number);
    // The screen's last read has answered before the back end closes.
    await screen.findByText('Inga ännu.');
  });

  it('goes to the first field of a form opened in a panel', async () => {
    render(<RulesInPanel />);
    const years = screen.getByLabelText('År', { exact: false, selector: 'input' });
    await waitFor(() => expect(document.activeElement).toBe(years));
  });

  it('stays in a field of the same panel the user is already typing in', () => {
    render(
      <RulesInPanel>
        <input aria-label="Adress" autoFocus />
      </RulesInPanel>,
    );
    // render() returns once the form's effects have run.
    screen.getByLabelText('År', { exact: false, selector: 'input' });
    expect(document.activeElement).toBe(screen.getByLabelText('Adress'));
  });
});

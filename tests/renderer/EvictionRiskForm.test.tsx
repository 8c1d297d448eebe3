/**
 * The eviction risk's departments are a `choiceList`: the stored list is
 * shown ticked, and what is ticked is saved as a list in the options' order.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EvictionRiskForm } from '../../renderer/features/evictionRisks/EvictionRiskForm';
import { householdInput } from '../fixtures/households';
import { departmentIds } from '../integration/testBackEnd';
import { testBackEnd } from './backEnd';

describe('EvictionRiskForm', () => {
  it('shows the stored departments ticked and saves the ones ticked as a list', async () => {
    const t = await testBackEnd();
    const sof = (await departmentIds(t))['SOF']!;
    const household = await t.call('households.create', householdInput(sof));
    const stored = await t.call('evictionRisks.create', {
      householdId: household.id,
      contractId: null,
      landlordId: null,
      cause: 'hyresskuld',
      warningDate: '2026-11-01',
      socialNoticeDate: null,
      departments: ['HBGHEM', 'SOF'],
      actions: null,
      outcome: null,
      outcomeDate: null,
      notes: null,
    });
    let saved: string[] | null = null;
    render(<EvictionRiskForm risk={stored} onSaved={(r) => (saved = r.departments)} onClose={() => undefined} />);
    const group = await screen.findByRole('group', { name: 'Berörda förvaltningar' });
    const box = (label: string) => within(group).getByLabelText(label) as HTMLInputElement;
    expect(box('Socialförvaltningen').checked).toBe(true);
    expect(box('Helsingborgshem').checked).toBe(true);
    expect(box('Psykiatrin').checked).toBe(false);

    fireEvent.click(box('Helsingborgshem'));
    fireEvent.click(box('Psykiatrin'));
    fireEvent.click(screen.getByRole('button', { name: /^Spara/ }));
    await waitFor(() => expect(saved).toEqual(['SOF', 'PSYK']));
    expect((await t.call('evictionRisks.get', { id: stored.id })).departments).toEqual(['SOF', 'PSYK']);
  });
});

/**
 * Drafts of new records started from a household (issue 13): typing begun
 * on a new discharge or eviction risk for household A is given back when
 * the form is opened again for A, and never offered on B's, nor on a new
 * record started from the register itself.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { DischargeForm } from '../../renderer/features/discharges/DischargeForm';
import { EvictionRiskForm } from '../../renderer/features/evictionRisks/EvictionRiskForm';
import { departmentIds } from '../integration/testBackEnd';
import { ELDER, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { testBackEnd } from './backEnd';

let a: string;
let b: string;

beforeAll(async () => {
  const t = await testBackEnd();
  const sof = (await departmentIds(t))['SOF']!;
  const input = (name: string, pnr: string) =>
    householdInput(sof, { members: [member(name, pnr, true)], householdSize: 1, childrenCount: 0 });
  a = String((await t.call('households.create', input('Alva Ahlström', OTHER_ADULT))).id);
  b = String((await t.call('households.create', input('Bengt Berg', ELDER))).id);
});

const field = (label: string) =>
  screen.getByLabelText(label, { exact: false, selector: 'input, textarea' }) as HTMLInputElement;
const none = () => undefined;

/** Opens the form, waits until it shows the household it was started from (or none), and the draft read. */
async function open(form: ReactElement, holder: string | null) {
  render(form);
  if (holder)
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: /Hushåll/ }) as HTMLInputElement).value).toContain(holder),
    );
  // The draft is read once the user is known; give it the turn it needs.
  await new Promise((r) => setTimeout(r, 50));
}

describe('drafts of new records keyed on their household', () => {
  it('a new discharge typed for A comes back on A, not on B nor on a new one from the register', async () => {
    const discharge = (householdId?: string) => (
      <DischargeForm
        discharge={null}
        {...(householdId ? { defaults: { householdId } } : {})}
        onSaved={none}
        onClose={none}
      />
    );
    await open(discharge(a), 'Alva Ahlström');
    fireEvent.change(field('Anstalt eller enhet'), { target: { value: 'Anstalten Ystad' } });
    await waitFor(() =>
      expect(Object.keys(window.localStorage).some((k) => k.includes(`discharge:householdId=${a}.`))).toBe(true),
    );
    cleanup();

    await open(discharge(b), 'Bengt Berg');
    expect(field('Anstalt eller enhet').value).toBe('');
    cleanup();
    await open(discharge(), null);
    expect(field('Anstalt eller enhet').value).toBe('');
    cleanup();

    await open(discharge(a), 'Alva Ahlström');
    await waitFor(() => expect(field('Anstalt eller enhet').value).toBe('Anstalten Ystad'));
  });

  it('a new eviction risk typed for A comes back on A, not on B', async () => {
    const risk = (householdId: string) => (
      <EvictionRiskForm risk={null} defaults={{ householdId }} onSaved={none} onClose={none} />
    );
    await open(risk(a), 'Alva Ahlström');
    fireEvent.change(field('Insatser'), { target: { value: 'Hembesök av SOF' } });
    await waitFor(() =>
      expect(Object.keys(window.localStorage).some((k) => k.includes(`evictionRisk:householdId=${a}.`))).toBe(true),
    );
    cleanup();

    await open(risk(b), 'Bengt Berg');
    expect(field('Insatser').value).toBe('');
    cleanup();

    await open(risk(a), 'Alva Ahlström');
    await waitFor(() => expect(field('Insatser').value).toBe('Hembesök av SOF'));
  });
});

/**
 * A delivery's form is the common edit cycle: a colleague's correction of
 * the same delivery is reported with who saved first and compared field by
 * field, the form moved onto the stored version with one's own note kept,
 * which is then saved on it (the form before wrote over nothing but offered
 * no way on).
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LandDeliveryRow } from '../../shared/landAgreements/deliveries';
import { DeliveryEditor } from '../../renderer/features/landAgreements/DeliveryEditor';
import { agreementInput, deliveryInput, developerInput } from '../fixtures/landAgreements';
import { leaseWorld } from '../fixtures/leases';
import { testBackEnd } from './backEnd';

const notes = () =>
  screen.getByLabelText('Anteckningar', { exact: false, selector: 'textarea' }) as HTMLTextAreaElement;

describe('DeliveryEditor', () => {
  it('reports a colleague’s correction of the same delivery, reloads it and saves one’s own note on the stored version', async () => {
    const t = await testBackEnd();
    const world = await leaseWorld(t, 1);
    const developer = (await t.call('organisations.create', developerInput())).id;
    const agreement = await t.call('landAgreements.create', agreementInput(developer));
    const delivery = await t.call('landDeliveries.create', deliveryInput(agreement.id, world.unitIds[0]!));
    const saved: LandDeliveryRow[] = [];
    render(
      <DeliveryEditor
        agreement={agreement}
        delivery={delivery}
        onSaved={(d) => saved.push(d)}
        onCancel={() => undefined}
      />,
    );
    expect((await screen.findByLabelText('Bostad', { exact: false, selector: 'input' })).getAttribute('value')).toMatch(
      /LGH-0001/,
    );

    await t.call('landDeliveries.update', {
      ...deliveryInput(agreement.id, world.unitIds[0]!, { notes: 'Kollegans anteckning' }),
      id: delivery.id,
      version: delivery.version,
    });
    fireEvent.change(notes(), { target: { value: 'Min anteckning' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara leverans' }));
    const conflict = await screen.findByRole('alert');
    expect(conflict.textContent).toMatch(/har ändrats av testare/);

    const row = within(conflict).getByRole('row', { name: /Anteckningar/ });
    expect(row.textContent).toContain('Kollegans anteckning');
    expect(notes().value).toBe('Min anteckning');
    fireEvent.click(within(row).getByRole('button', { name: 'Ta deras' }));
    expect(notes().value).toBe('Kollegans anteckning');
    fireEvent.click(within(row).getByRole('button', { name: 'Behåll min' }));
    expect(notes().value).toBe('Min anteckning');
    fireEvent.click(screen.getByRole('button', { name: 'Spara leverans' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const stored = await t.call('landDeliveries.list', { landAgreementId: agreement.id });
    expect(stored.map((d) => [d.notes, d.version])).toEqual([['Min anteckning', delivery.version + 2]]);
  });
});

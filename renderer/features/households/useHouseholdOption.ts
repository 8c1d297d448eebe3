import { useMemo } from 'react';
import { useProcedure } from '../../api/hooks';
import type { FormValues, Option } from '../../components/form/fieldSpec';

/**
 * The household a record belongs to, as its form's picker shows it: the
 * stored record's own, or for a new record started from a household (its
 * id in the starting values) that household, looked up by id.
 */
export function useHouseholdOption(
  stored: { householdId: number; holderName: string; holderIdentityMasked: string } | null,
  defaults: Readonly<FormValues> | undefined,
): Option[] {
  const start = !stored && defaults?.['householdId'] ? Number(defaults['householdId']) : null;
  const household = useProcedure('households.lookup', start ? { id: start } : null);
  return useMemo<Option[]>(() => {
    if (stored)
      return [{ value: String(stored.householdId), label: `${stored.holderName} (${stored.holderIdentityMasked})` }];
    const h = household.data?.[0];
    return h ? [{ value: String(h.id), label: h.label }] : [];
  }, [stored, household.data]);
}

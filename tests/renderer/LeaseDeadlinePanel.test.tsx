/**
 * The lease form's panel reads the typed-in indexation fields as they are
 * (a field still being typed is not a number yet) and shows the rent the
 * shared rule gives, the same the list shows after saving.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/core/money';
import { currentYearlyRent, type KpiValue } from '../../shared/leases/indexation';
import { LeaseDeadlinePanel } from '../../renderer/features/leases/LeaseDeadlinePanel';

const TODAY = '2026-11-30';
const KPI: KpiValue[] = [
  { month: '2023-10', value: 400 },
  { month: '2024-10', value: 408 },
  { month: '2025-10', value: 420 },
];
const base = {
  premises: 'bostad',
  termType: 'tillsvidare',
  startDate: '2024-01-01',
  endDate: '',
  noticeMonthsTenant: 3,
  noticeMonthsLandlord: 3,
  extensionMonths: 12,
  rentPerYearOre: 12_000_000,
};

const rentShown = () => screen.getByText('Årshyra i dag').nextElementSibling?.querySelector('strong')?.textContent;

describe('LeaseDeadlinePanel', () => {
  it('shows the KPI-indexed rent of the shared rule once the base index is a number', () => {
    const input = {
      ...base,
      indexationKind: 'kpi',
      kpiBaseIndex: 400,
      kpiBaseMonth: '2023-10',
      kpiIndexedPercent: 100,
    };
    render(<LeaseDeadlinePanel input={input} today={TODAY} kpi={KPI} />);
    const expected = currentYearlyRent(
      12_000_000,
      '2024-01-01',
      { kind: 'kpi', baseIndex: 400, baseMonth: '2023-10', indexedPercent: 100 },
      KPI,
      TODAY,
    );
    expect(expected?.yearlyRentOre).toBeGreaterThan(12_000_000);
    expect(rentShown()).toBe(formatMoney(expected!.yearlyRentOre));
  });

  it('shows the rent as agreed while the base index is still being typed', () => {
    const input = {
      ...base,
      indexationKind: 'kpi',
      kpiBaseIndex: '40',
      kpiBaseMonth: '2023-10',
      kpiIndexedPercent: 100,
    };
    render(<LeaseDeadlinePanel input={input} today={TODAY} kpi={KPI} />);
    expect(rentShown()).toBe(formatMoney(12_000_000));
  });

  it('shows no rent for an indexation kind the form does not know', () => {
    render(<LeaseDeadlinePanel input={{ ...base, indexationKind: 'okänd' }} today={TODAY} kpi={KPI} />);
    expect(screen.queryByText('Årshyra i dag')).toBeNull();
  });
});

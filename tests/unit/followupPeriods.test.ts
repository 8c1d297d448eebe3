import { describe, expect, it } from 'vitest';
import { countInPeriods, followupPeriods, percent } from '../../shared/followup/periods';
import { figureText } from '../../shared/followup/format';

describe('follow-up periods', () => {
  it('are the chosen year up to the report date and the two whole years before', () => {
    expect(followupPeriods(2026, '2026-09-01')).toEqual([
      { year: 2024, first: '2024-01-01', last: '2024-12-31' },
      { year: 2025, first: '2025-01-01', last: '2025-12-31' },
      { year: 2026, first: '2026-01-01', last: '2026-09-01' },
    ]);
    expect(followupPeriods(2025, '2026-09-01')[2]!.last).toBe('2025-12-31');
  });

  it('count a date in its year only up to the report date', () => {
    const periods = followupPeriods(2026, '2026-09-01');
    expect(
      countInPeriods(['2023-12-31', '2024-01-01', '2025-06-30', '2026-09-01', '2026-09-02', null], periods),
    ).toEqual([1, 1, 1]);
  });

  it('give shares with one decimal, none of nothing', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
  });

  it('print figures the Swedish way', () => {
    expect(figureText(1234567, 'kr')).toBe('1 234 567 kr');
    expect(figureText(33.3, 'procent')).toBe('33,3 %');
    expect(figureText(null, 'antal')).toBe('–');
  });
});

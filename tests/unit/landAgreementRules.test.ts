import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DWELLING_PERCENT,
  LAND_AGREEMENT_STATUS_LABELS,
  dueDateForYear,
  owedDwellings,
  owedExplanation,
  owedOverrideErrors,
  parseDueDate,
  remainingDwellings,
  resolveOwedDwellings,
} from '../../shared/landAgreements/rules';

describe('owedDwellings (plan 3:1)', () => {
  it('is 10 % of the allocated volume by default', () => {
    expect(DEFAULT_DWELLING_PERCENT).toBe(10);
    expect(owedDwellings(100)).toBe(10);
    expect(owedDwellings(0)).toBe(0);
  });

  it('rounds a fractional dwelling up to a whole one', () => {
    expect(owedDwellings(85)).toBe(9);
    expect(owedDwellings(81)).toBe(9);
    expect(owedDwellings(80)).toBe(8);
    expect(owedDwellings(1)).toBe(1);
    expect(owedDwellings(85, 10)).toBe(9);
  });

  it('takes another percentage', () => {
    expect(owedDwellings(85, 20)).toBe(17);
    expect(owedDwellings(85, 15)).toBe(13); // 12.75
    expect(owedDwellings(40, 12.5)).toBe(5);
  });

  it('does not round a whole result up through floating-point noise', () => {
    // 375 × 8.8 / 100 is 33.00000000000001 in binary floating point.
    expect(owedDwellings(375, 8.8)).toBe(33);
    expect(owedDwellings(500, 32.2)).toBe(161);
  });

  it('refuses negative or non-numeric input', () => {
    expect(() => owedDwellings(-1)).toThrow(RangeError);
    expect(() => owedDwellings(Number.NaN)).toThrow(RangeError);
    expect(() => owedDwellings(10, -5)).toThrow(RangeError);
  });
});

describe('owedExplanation', () => {
  it('shows the working, and says why a fraction is rounded up', () => {
    expect(owedExplanation(85)).toBe('10 % av 85 = 8,5, avrundat uppåt: en påbörjad bostad räknas som en hel');
    expect(owedExplanation(85, 15)).toBe('15 % av 85 = 12,75, avrundat uppåt: en påbörjad bostad räknas som en hel');
    expect(owedExplanation(41, 12.5)).toBe('12,5 % av 41 = 5,13, avrundat uppåt: en påbörjad bostad räknas som en hel');
  });

  it('says nothing of rounding when the count is whole, floating-point noise included', () => {
    expect(owedExplanation(80)).toBe('10 % av 80 = 8');
    expect(owedExplanation(375, 8.8)).toBe('8,8 % av 375 = 33');
  });
});

describe('owed override', () => {
  it('uses the override and keeps the computed count beside it', () => {
    expect(resolveOwedDwellings(85, 10, { owedOverride: 7, reason: '  Avtal med MEX 2026-02-01 ' })).toEqual({
      ok: true,
      owed: 7,
      computed: 9,
      overridden: true,
      reason: 'Avtal med MEX 2026-02-01',
    });
  });

  it('without an override, owes what the rule gives', () => {
    expect(resolveOwedDwellings(85)).toEqual({ ok: true, owed: 9, computed: 9, overridden: false, reason: null });
    expect(resolveOwedDwellings(85, 10, null)).toMatchObject({ owed: 9, overridden: false });
  });

  it('requires a reason', () => {
    expect(resolveOwedDwellings(85, 10, { owedOverride: 7, reason: '   ' })).toEqual({
      ok: false,
      messages: ['Ange skälet till att antalet bostäder avviker från regeln.'],
    });
  });

  it('requires a whole number, 0 or more', () => {
    expect(owedOverrideErrors({ owedOverride: 2.5, reason: 'x' })).toEqual([
      'Antal bostäder ska vara ett heltal, 0 eller större.',
    ]);
    expect(owedOverrideErrors({ owedOverride: -1, reason: 'x' })).toHaveLength(1);
    expect(owedOverrideErrors({ owedOverride: 0, reason: 'Avskrivet i nämnden' })).toEqual([]);
  });
});

describe('due dates', () => {
  it('due "year X" means by 31 December of that year', () => {
    expect(dueDateForYear(2027)).toBe('2027-12-31');
    expect(parseDueDate('2027')).toBe('2027-12-31');
    expect(parseDueDate(' 2027-06-30 ')).toBe('2027-06-30');
    expect(parseDueDate('2027-02-30')).toBeNull();
    expect(parseDueDate('next year')).toBeNull();
    expect(() => dueDateForYear(2027.5)).toThrow(RangeError);
  });

  it('remaining never goes negative', () => {
    expect(remainingDwellings(9, 4)).toBe(5);
    expect(remainingDwellings(9, 12)).toBe(0);
  });
});

describe('status labels', () => {
  it('has a Swedish label for every status', () => {
    expect(LAND_AGREEMENT_STATUS_LABELS).toEqual({
      pagaende: 'Pågående',
      uppfyllt: 'Uppfyllt',
      forsenat: 'Försenat',
      avskrivet: 'Avskrivet',
    });
  });
});

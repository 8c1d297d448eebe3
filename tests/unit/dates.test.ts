import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  endOfMonth,
  isIsoDate,
  isoDateInStockholm,
  parseDateInput,
} from '../../shared/core/dates';
import { formatDateTime, formatDaysLeft, formatNumber } from '../../shared/core/format';

describe('ISO dates', () => {
  it.each([
    ['2026-11-26', true],
    ['2028-02-29', true],
    ['2027-02-29', false],
    ['2026-13-01', false],
    ['2026-4-01', false],
    ['26-11-2026', false],
  ])('isIsoDate(%s) = %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });

  it.each([
    ['20261126', '2026-11-26'],
    ['2026-1-5', '2026-01-05'],
    [' 2026.11.26 ', '2026-11-26'],
    ['2026/02/30', null],
    ['26/11/2026', null],
  ])('parseDateInput(%s) = %s', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });

  it('adds months the contract way: a missing day is the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-11-26', 14)).toBe('2028-01-26');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days across daylight saving time without drift', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
  });

  it('takes today in Sweden, not in UTC', () => {
    expect(isoDateInStockholm(new Date('2026-11-26T23:30:00Z'))).toBe('2026-11-27');
    expect(isoDateInStockholm(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
  });
});

describe('display formats', () => {
  it('shows timestamps in Swedish local time', () => {
    expect(formatDateTime('2026-11-26T13:03:00.000Z')).toBe('2026-11-26 14:03');
    expect(formatDateTime('2026-07-01T08:00:00.000Z')).toBe('2026-07-01 10:00');
  });

  it('writes numbers with space and decimal comma', () => {
    expect(formatNumber(1234.5)).toBe('1 234,5');
    expect(formatNumber(100000)).toBe('100 000');
  });

  it('says days left in words', () => {
    expect(formatDaysLeft(0)).toBe('i dag');
    expect(formatDaysLeft(1)).toBe('1 dag');
    expect(formatDaysLeft(216)).toBe('216 dagar');
    expect(formatDaysLeft(-3)).toBe('3 dagar sedan');
  });
});

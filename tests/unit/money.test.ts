import { describe, expect, it } from 'vitest';
import { formatMoney, moneyToInput, parseMoneyInput } from '../../shared/core/money';

describe('money: integer öre shown the Swedish way', () => {
  it.each([
    [1_234_500, '12 345 kr'],
    [0, '0 kr'],
    [99, '0,99 kr'],
    [1_234_550, '12 345,50 kr'],
    [100_000_000_00, '100 000 000 kr'],
    [-250_000, '−2 500 kr'],
  ])('formatMoney(%i) = %s', (ore, text) => {
    expect(formatMoney(ore)).toBe(text);
  });

  it('shows nothing for a missing amount', () => {
    expect(formatMoney(null)).toBe('');
    expect(formatMoney(undefined)).toBe('');
  });

  it.each([
    ['12 345', 1_234_500],
    ['12345,50', 1_234_550],
    ['12 345 kr', 1_234_500],
    ['12345.5', 1_234_550],
    ['0,05', 5],
    ['-100', -10_000],
    ['1\u00a0000', 100_000],
  ])('parseMoneyInput(%s) = %i öre', (text, ore) => {
    expect(parseMoneyInput(text)).toBe(ore);
  });

  it.each(['', 'tolv', '12,345', '1.2.3', '12,3456'])('refuses "%s"', (text) => {
    expect(parseMoneyInput(text)).toBeNull();
  });

  it('round-trips through the edit field', () => {
    for (const ore of [0, 5, 1_234_500, 1_234_550, -99]) expect(parseMoneyInput(moneyToInput(ore))).toBe(ore);
  });
});

import { describe, expect, it } from 'vitest';
import { compareSwedish, swedishSortKey } from '../../shared/core/sortKey';

const sorted = (xs: string[]) => [...xs].sort(compareSwedish);

describe('Swedish natural sort key', () => {
  it('puts å, ä, ö after z, in that order, whatever the case', () => {
    expect(sorted(['Örby', 'Åby', 'zeta', 'Ängby', 'Adolf', 'ärla', 'åsa', 'Öja'])).toEqual([
      'Adolf',
      'zeta',
      'Åby',
      'åsa',
      'Ängby',
      'ärla',
      'Öja',
      'Örby',
    ]);
  });

  it('orders numbers by value: Bergaliden 11 before Bergaliden 109C, 9 before 10', () => {
    expect(sorted(['Bergaliden 109C', 'Bergaliden 11', 'Bergaliden 9', 'Bergaliden 11A', 'Bergaliden 010'])).toEqual([
      'Bergaliden 9',
      'Bergaliden 010',
      'Bergaliden 11',
      'Bergaliden 11A',
      'Bergaliden 109C',
    ]);
    expect(sorted(['MB-100', 'MB-20', 'MB-3'])).toEqual(['MB-3', 'MB-20', 'MB-100']);
  });

  it('treats accents as their base letter, but æ ø ü as ä ö y', () => {
    expect(swedishSortKey('Café')).toBe(swedishSortKey('cafe'));
    expect(swedishSortKey('Müller')).toBe(swedishSortKey('myller'));
    expect(swedishSortKey('Søren')).toBe(swedishSortKey('Sören'));
    expect(sorted(['Ærø', 'Zorn', 'André'])).toEqual(['André', 'Zorn', 'Ærø']);
  });

  it('spaces before digits before letters; runs of spaces count once', () => {
    expect(sorted(['Ab', 'A 2', 'A1', 'A  1'])).toEqual(['A  1', 'A 2', 'A1', 'Ab']);
    expect(swedishSortKey('  Storgatan   1 ')).toBe(swedishSortKey('Storgatan 1'));
  });

  it('is ASCII, so bytes and code units agree; null stays null', () => {
    expect(swedishSortKey('Åke Östberg 12 – Ärlig')).toMatch(/^[\x20-\x7e]*$/);
    expect(swedishSortKey(null)).toBeNull();
  });
});

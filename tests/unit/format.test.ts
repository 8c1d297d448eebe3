/** Issue 13, point 10: one helper for plurals and numbers, one style for messages. */
import { describe, expect, it } from 'vitest';
import { problem } from '../../shared/core/fields';
import { formatCount, formatDaysLeft } from '../../shared/core/format';

describe('Swedish counts', () => {
  it('choose the singular for one and the plural otherwise, with a thousands space', () => {
    expect(formatCount(1, 'bostad', 'bostäder')).toBe('1 bostad');
    expect(formatCount(0, 'bostad', 'bostäder')).toBe('0 bostäder');
    expect(formatCount(1, 'organisation', 'organisationer')).toBe('1 organisation');
    expect(formatCount(1, 'försenad', 'försenade')).toBe('1 försenad');
    expect(formatCount(12345, 'garanti', 'garantier')).toBe('12 345 garantier');
  });
  it('write days with a thousands space', () => {
    expect(formatDaysLeft(1063)).toBe('1 063 dagar');
    expect(formatDaysLeft(-1)).toBe('1 dag sedan');
    expect(formatDaysLeft(0)).toBe('i dag');
  });
});

describe('messages', () => {
  it('have one style: the label, a colon, lower-case text, one full stop', () => {
    expect(problem('Organisationsnummer', 'Kontrollsiffran stämmer inte')).toBe(
      'Organisationsnummer: kontrollsiffran stämmer inte.',
    );
    expect(problem('Startdatum', 'måste fyllas i.')).toBe('Startdatum: måste fyllas i.');
    expect(problem('Index', 'KPI saknas för oktober')).toBe('Index: KPI saknas för oktober.');
  });
});

import { describe, expect, it } from 'vitest';
import {
  dataRowsUnder,
  findHeaderRow,
  guessMapping,
  headingSetKey,
  normaliseHeading,
} from '../../shared/imports/headings';
import { importFields } from '../../shared/imports/registers';
import { parseImportChoice, parseImportYearMonth, type CellValue } from '../../shared/imports/values';

const leaseFields = importFields.leases;

describe('headings', () => {
  it.each([
    ['Fr.o.m.', 'from'],
    ['T.o.m.', 'tom'],
    ['Org.nr', 'orgnr'],
    ['Årshyra (kr)', 'arshyra'],
    ['  Uppsägningstid ', 'uppsagningstid'],
  ])('%s normalises to %s', (heading, normalised) => {
    expect(normaliseHeading(heading)).toBe(normalised);
  });

  it('guesses the lease fields from the headings FF uses', () => {
    const headings = [
      'Avtalsnr',
      'Hyresvärd',
      'Org.nr',
      'Objektnr',
      'Adress',
      'Förvaltning',
      'Fr.o.m.',
      'T.o.m.',
      'Uppsägningstid',
      'Förlängning',
      'Årshyra (kr)',
      'Värme ingår',
      'Vad vi tycker',
      '',
    ];
    expect(guessMapping(headings, leaseFields)).toEqual([
      'leaseNumber',
      'landlord',
      'landlordOrgNumber',
      'units',
      'unitAddress',
      'department',
      'startDate',
      'endDate',
      'noticeMonthsTenant',
      'extensionMonths',
      'rentPerYearOre',
      'rentIncludesHeating',
      null,
      null,
    ]);
  });

  it('maps a heading with extra words by its longest known start, and each field once', () => {
    expect(guessMapping(['Årshyra exkl moms', 'Årshyra 2025'], leaseFields)).toEqual(['rentPerYearOre', null]);
    expect(guessMapping(['Uppsägningstid hyresvärden', 'Uppsägningstid'], leaseFields)).toEqual([
      'noticeMonthsLandlord',
      'noticeMonthsTenant',
    ]);
  });

  it('keys a heading set the same whatever the spelling of case and dots', () => {
    expect(headingSetKey(['Org.nr', 'Namn'])).toBe(headingSetKey(['ORGNR', 'namn ']));
    expect(headingSetKey(['Org.nr', 'Namn'])).not.toBe(headingSetKey(['Namn', 'Org.nr']));
  });
});

describe('finding the table', () => {
  const sheet: CellValue[][] = [
    ['Hyresavtal FF 2026', null, null, null],
    ['Uppdaterad 2026-01-15 av Karin', null, null, null],
    [null, null, null, null],
    ['Avtalsnr', 'Hyresvärd', 'Fr.o.m.', 'Årshyra'],
    ['HA-1', 'Bostads AB', new Date(Date.UTC(2024, 0, 1)), 120000],
    [null, null, null, null],
    ['HA-2', 'Bostads AB', new Date(Date.UTC(2024, 1, 1)), 130000],
    ['Summa', null, null, 250000],
    ['S:a alla', null, null, 250000],
  ];

  it('finds the header under a title, a note and a blank row', () => {
    expect(findHeaderRow(sheet, leaseFields)).toBe(3);
  });

  it('keeps data rows with their sheet row numbers, without blank or sum rows', () => {
    const rows = dataRowsUnder(sheet, 3);
    expect(rows.map((r) => r.rowNumber)).toEqual([5, 7]);
    expect(rows[1]!.cells[0]).toBe('HA-2');
  });

  it('takes the first non-empty row when nothing looks like a header', () => {
    expect(findHeaderRow([[null], [1, 2], [3, 4]], leaseFields)).toBe(1);
    expect(findHeaderRow([], leaseFields)).toBe(-1);
  });
});

describe('choices and months', () => {
  const termType = leaseFields.find((f) => f.key === 'termType')!.choices!;
  it.each([
    ['Tidsbestämd', 'tidsbestamd'],
    ['tidsbestamd', 'tidsbestamd'],
    ['TILLS VIDARE', 'tillsvidare'],
    ['Tillsvidare', 'tillsvidare'],
    ['', null],
  ])('%s → %s', (text, stored) => {
    const result = parseImportChoice(text, termType);
    expect(result).toEqual({ ok: true, value: stored });
  });

  it('names the alternatives when the word is unknown', () => {
    const result = parseImportChoice('Evig', termType);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('"Evig" är inget av alternativen (Tidsbestämd, Tills vidare)');
  });

  it.each<[CellValue, string]>([
    ['2025-10', '2025-10'],
    ['2025-1', '2025-01'],
    ['202510', '2025-10'],
    ['okt 2025', '2025-10'],
    ['Oktober 2025', '2025-10'],
    ['2025-10-01', '2025-10'],
    [new Date(Date.UTC(2025, 9, 1)), '2025-10'],
  ])('month %j → %s', (input, expected) => {
    expect(parseImportYearMonth(input)).toEqual({ ok: true, value: expected });
  });

  it('refuses a month that is not one', () => {
    expect(parseImportYearMonth('2025-13').ok).toBe(false);
    expect(parseImportYearMonth('hösten').ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import {
  cellText,
  excelSerialToDate,
  parseImportDate,
  parseImportIdentityNumber,
  parseImportMoney,
  parseImportMonths,
  parseImportNumber,
  parseImportOrgNumber,
  parseImportYesNo,
  type CellValue,
  type Parsed,
} from '../../shared/imports/values';
import { AP_FUND_ORGANISATION_NUMBERS } from '../fixtures/organisationNumbers';
import { TEST_PERSONNUMMER, TEST_SAMORDNINGSNUMMER } from '../fixtures/testIdentityNumbers';

const TODAY = '2026-11-29';

function value<T>(result: Parsed<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.message}`);
  return result.value;
}

describe('dates as people type them in Excel lists', () => {
  it.each<[CellValue, string | null]>([
    ['2026-01-31', '2026-01-31'],
    ['2026-1-5', '2026-01-05'],
    ['20260131', '2026-01-31'],
    ['31/1 2026', '2026-01-31'],
    ['31/1/2026', '2026-01-31'],
    ['31 / 1 2026', '2026-01-31'],
    ['31.1.2026', '2026-01-31'],
    ['01.12.2026', '2026-12-01'],
    ['31-01-2026', '2026-01-31'],
    ['2026.01.31', '2026-01-31'],
    ['2026/01/31', '2026-01-31'],
    ['2026-01-31 00:00:00', '2026-01-31'],
    ['2026-01-31T00:00:00Z', '2026-01-31'],
    ['  2026-01-31  ', '2026-01-31'],
    ['29/2 2028', '2028-02-29'],
    ['', null],
    ['   ', null],
    [null, null],
    [46053, '2026-01-31'],
    [46053.75, '2026-01-31'],
    ['46053', '2026-01-31'],
    [20260131, '2026-01-31'],
    [new Date(Date.UTC(2026, 0, 31)), '2026-01-31'],
    [new Date(Date.UTC(1999, 11, 31)), '1999-12-31'],
  ])('%j → %s', (input, expected) => {
    expect(value(parseImportDate(input))).toBe(expected);
  });

  it.each<[CellValue, RegExp]>([
    ['31/2 2026', /datumet 2026-02-31 finns inte/],
    ['2026-13-01', /finns inte/],
    ['29.2.2027', /finns inte/],
    ['januari 2026', /ange ett datum/],
    ['31/1', /ange ett datum/],
    ['31/1 26', /ange ett datum/],
    ['2026-01', /ange ett datum/],
    [12, /ange ett datum/],
    [true, /ange ett datum/],
    [new Date(Number.NaN), /ange ett datum/],
  ])('%j is refused', (input, message) => {
    const result = parseImportDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('counts serials from Excel 1900 system (with its phantom 29 February 1900)', () => {
    expect(excelSerialToDate(36526)).toBe('2000-01-01');
    expect(excelSerialToDate(45658)).toBe('2025-01-01');
    expect(excelSerialToDate(43890)).toBe('2020-02-29');
    expect(excelSerialToDate(100)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });
});

describe('money as people type it, in öre', () => {
  it.each<[CellValue, number | null]>([
    ['125 000 kr', 12_500_000],
    ['125000', 12_500_000],
    ['125 000,50', 12_500_050],
    ['125 000,5', 12_500_050],
    ['1 250 000:-', 125_000_000],
    ['1 250 000,-', 125_000_000],
    ['1\u00a0250\u00a0000 kr', 125_000_000],
    ['1.250.000', 125_000_000],
    ['1.250.000,75', 125_000_075],
    ['1,250,000.75', 125_000_075],
    ['125000.50', 12_500_050],
    ['SEK 500', 50_000],
    ['500 SEK', 50_000],
    ['500 kronor', 50_000],
    ['12 345 kr.', 1_234_500],
    ['-500', -50_000],
    ['−2 500 kr', -250_000],
    ['0', 0],
    ['', null],
    [null, null],
    [125000, 12_500_000],
    [125000.5, 12_500_050],
    [99.99, 9_999],
  ])('%j → %s öre', (input, expected) => {
    expect(value(parseImportMoney(input))).toBe(expected);
  });

  it.each<CellValue>(['125 000,505', 'cirka 5000', '12,34,56', '5 000 / mån', 1.234, true, '1.25.000'])(
    '%j is refused',
    (input) => {
      const result = parseImportMoney(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/ange ett belopp i kronor/);
    },
  );
});

describe('periods in months', () => {
  it.each<[CellValue, number | null]>([
    ['9 mån', 9],
    ['9 mån.', 9],
    ['9mån', 9],
    ['3 år', 36],
    ['1 år', 12],
    ['1,5 år', 18],
    ['36 månader', 36],
    ['1 månad', 1],
    ['6 mnd', 6],
    ['3 M', 3],
    ['2 kvartal', 6],
    ['12', 12],
    [12, 12],
    ['', null],
    [null, null],
  ])('%j → %s', (input, expected) => {
    expect(value(parseImportMonths(input))).toBe(expected);
  });

  it.each<CellValue>(['1,3 år', 'tre månader', '3 veckor', 2.5, -1, 'ca 3 år'])('%j is refused', (input) => {
    expect(parseImportMonths(input).ok).toBe(false);
  });
});

describe('yes and no', () => {
  it.each<[CellValue, boolean]>([
    ['Ja', true],
    ['JA', true],
    ['j', true],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['1', true],
    [1, true],
    [true, true],
    ['Nej', false],
    ['nej', false],
    ['0', false],
    ['-', false],
    ['', false],
    [null, false],
    [false, false],
  ])('%j → %s', (input, expected) => {
    expect(value(parseImportYesNo(input))).toBe(expected);
  });

  it.each<CellValue>(['kanske', 'ja?', 2])('%j is refused', (input) => {
    const result = parseImportYesNo(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Ja eller Nej/);
  });
});

describe('numbers', () => {
  it.each<[CellValue, number | null]>([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1 200', 1200],
    ['54 m²', 54],
    ['54 kvm', 54],
    [3, 3],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(value(parseImportNumber(input))).toBe(expected);
  });
  it('refuses words', () => expect(parseImportNumber('tre').ok).toBe(false));
});

describe('personnummer and samordningsnummer, with the century rule', () => {
  it.each<[string, string]>([
    ['260104-9030', '202601049030'], // "-": the latest year ending in 26 that is not after 2026
    ['260104+9030', '192601049030'], // "+": a hundred years or older
    ['2601049030', '202601049030'], // no separator reads as "-"
    ['000101-2384', '200001012384'],
    ['000101+2384', '190001012384'],
    ['900101-9802', '199001019802'],
    ['900101+9802', '189001019802'],
    ['851024-2392', '198510242392'],
    ['198510242392', '198510242392'],
    ['19851024-2392', '198510242392'],
    [' 851024 - 2392 ', '198510242392'],
    ['220891-2390', '202208912390'], // samordningsnummer, day + 60
    ['350377-2380', '193503772380'],
    ['193503772380', '193503772380'],
  ])('%s → %s', (input, expected) => {
    expect(value(parseImportIdentityNumber(input, TODAY)).value).toBe(expected);
  });

  it('a number cell that lost its leading zero gets it back', () => {
    expect(value(parseImportIdentityNumber(8192387, TODAY)).value).toBe('200008192387');
    expect(value(parseImportIdentityNumber(198510242392, TODAY)).value).toBe('198510242392');
  });

  it('tells personnummer from samordningsnummer', () => {
    expect(value(parseImportIdentityNumber('851024-2392', TODAY)).kind).toBe('personnummer');
    expect(value(parseImportIdentityNumber('220891-2390', TODAY)).kind).toBe('samordningsnummer');
  });

  it('reads every test number in its 12-, 10-digit "-" and (when 100 or older) "+" forms', () => {
    for (const number of [...TEST_PERSONNUMMER, ...TEST_SAMORDNINGSNUMMER]) {
      expect(value(parseImportIdentityNumber(number, TODAY)).value).toBe(number);
      const year = Number(number.slice(0, 4));
      const separator = 2026 - year >= 100 ? '+' : '-';
      const ten = `${number.slice(2, 8)}${separator}${number.slice(8)}`;
      expect(value(parseImportIdentityNumber(ten, TODAY)).value, ten).toBe(number);
    }
  });

  it.each<[string, RegExp]>([
    ['261215-1239', /framtiden/], // "-" gives 2026-12-15, after today
    ['851024-2393', /kontrollsiffran/i],
    ['851324-2392', /datumet i personnumret finns inte/i],
    ['85102-42392', /tolv siffror/],
    ['', /ange personnummer/i],
    ['abc', /tolv siffror/],
  ])('%s is refused: %s', (input, message) => {
    const result = parseImportIdentityNumber(input, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('the future check moves with today', () => {
    expect(value(parseImportIdentityNumber('261129-1234', TODAY)).value).toBe('202611291234');
    expect(parseImportIdentityNumber('261129-1234', '2026-11-28').ok).toBe(false);
  });
});

describe('organisationsnummer', () => {
  it.each(AP_FUND_ORGANISATION_NUMBERS.map((c) => [c.shortFormat, c.separatedFormat]))(
    '%s and its dashed form → %s',
    (short, separated) => {
      expect(value(parseImportOrgNumber(short))).toBe(separated);
      expect(value(parseImportOrgNumber(separated))).toBe(separated);
      expect(value(parseImportOrgNumber(`16${short}`))).toBe(separated);
      expect(value(parseImportOrgNumber(Number(short)))).toBe(separated);
    },
  );
  it.each<[string, RegExp]>([
    ['857209-0607', /kontrollsiffran/i],
    ['5560', /tio siffror/],
    ['', /ange organisationsnummer/i],
  ])('%s is refused', (input, message) => {
    const result = parseImportOrgNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('cell text', () => {
  it('trims, drops non-breaking spaces and writes whole numbers without decimals', () => {
    expect(cellText('\u00a0 Storgatan 1 ')).toBe('Storgatan 1');
    expect(cellText(12)).toBe('12');
    expect(cellText(null)).toBe('');
  });
});

/** Export cells: text a spreadsheet would run as a formula is neutralised, however it is disguised. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText, neutralise, xlsxValue } from '../../electron/features/exports/cells';
import { csvBook } from '../../electron/features/exports/writers';
import type { ExportColumn } from '../../shared/exports/schema';

const text: ExportColumn = { id: 'v', header: 'V', type: 'text' };

describe('neutralise', () => {
  it.each([
    '=1+1',
    '+1',
    '-1+2',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\uff1d1+1', // full-width =
    '\uff0b1', // full-width +
    '\uff0d1', // full-width −
    '\uff20SUM(A1)', // full-width @
    '\u200b=1+1', // zero-width space
    '\ufeff=1', // BOM
    '\u00ad=1', // soft hyphen
    '\u2060=1', // word joiner
    '  =1', // spaces
  ])('puts an apostrophe before %j', (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
    expect(csvText(text, value)).toBe(`'${value}`);
    // An xlsx string cell is never a formula: the text stays as on screen (issue 13, point 9).
    expect(xlsxValue(text, value)).toBe(value);
  });

  it.each(['Storgatan 1', 'a=b', '1+1', 'Ålderdom', "'redan"])('leaves %j alone', (value) => {
    expect(neutralise(value)).toBe(value);
  });
});

describe('the CSV header row', () => {
  it('is neutralised like the cells', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-cells-')), 'x.csv');
    const book = csvBook(file);
    const sheet = book.addSheet('X', [
      { id: 'a', header: '=HEADER()', type: 'text' },
      { id: 'b', header: '\uff1dHYPERLINK("x")', type: 'text' },
    ]);
    sheet.addRow({ a: 'x', b: 'y' });
    await sheet.finish();
    await book.close();
    const header = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]!;
    expect(header).toBe(`'=HEADER();"'\uff1dHYPERLINK(""x"")"`);
  });
});

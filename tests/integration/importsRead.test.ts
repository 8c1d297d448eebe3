import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet, MAX_FILE_BYTES } from '../../electron/features/imports/read';
import { readZipDirectory } from '../../electron/features/imports/zipGuard';
import { xlsxBytes } from './importHelpers';

async function refusal(bytes: Buffer, name = 'lista.xlsx'): Promise<string> {
  try {
    await readSpreadsheet(bytes, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

/** A zip with one entry whose content is `size` zero bytes, deflated (a few kB for hundreds of MB). */
function zipBomb(size: number): Promise<Buffer> {
  const chunk = Buffer.alloc(16 * 1024 * 1024);
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    const piece = chunk.subarray(0, Math.min(chunk.length, size - written));
    crc = zlib.crc32(piece, crc);
    deflate.write(piece);
  }
  deflate.end();
  return new Promise<Buffer>((resolve) =>
    deflate.on('end', () => {
      const compressed = Buffer.concat(parts);
      const name = Buffer.from('xl/workbook.xml');
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(crc >>> 0, 14);
      local.writeUInt32LE(compressed.length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      central.writeUInt16LE(20, 6);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc >>> 0, 16);
      central.writeUInt32LE(compressed.length, 20);
      central.writeUInt32LE(size, 24);
      central.writeUInt16LE(name.length, 28);
      const end = Buffer.alloc(22);
      end.writeUInt32LE(0x06054b50, 0);
      end.writeUInt16LE(1, 8);
      end.writeUInt16LE(1, 10);
      end.writeUInt32LE(46 + name.length, 12);
      end.writeUInt32LE(30 + name.length + compressed.length, 16);
      resolve(Buffer.concat([local, name, compressed, central, name, end]));
    }),
  );
}

describe('reading xlsx written by ExcelJS', () => {
  it('gives cached formula results, merged values to every cell, hidden sheets marked, dates as dates', async () => {
    const bytes = await xlsxBytes([
      { name: 'Dold', hidden: true, rows: [['hemligt']] },
      {
        name: 'Avtal',
        rows: [
          ['Avtalsnr', 'Hyresvärd', 'Årshyra', 'Fr.o.m.'],
          ['A1', 'Bostads AB', 100, new Date(Date.UTC(2026, 0, 31))],
          ['A2', null, 200, 46053],
          ['Summa', null, { formula: 'SUM(C2:C3)', result: 300 }, null],
        ],
        merges: ['B2:B3'],
      },
    ]);
    const book = await readSpreadsheet(bytes, 'avtal.xlsx');
    expect(book.format).toBe('xlsx');
    expect(book.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Dold', true],
      ['Avtal', false],
    ]);
    const rows = book.sheets[1]!.rows;
    expect(rows[2]![1]).toBe('Bostads AB');
    expect(rows[3]![2]).toBe(300);
    expect((rows[1]![3] as Date).toISOString().slice(0, 10)).toBe('2026-01-31');
    expect(rows[2]![3]).toBe(46053);
  });
});

describe('reading CSV as Swedish Excel writes it', () => {
  const text =
    'Namn;Org.nr;Ort\r\n"Öresundshem AB";556677-8899;Helsingborg\r\n"Bostäder ""Syd"" AB";5566778899;Höganäs\r\n';
  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-8 without BOM', Buffer.from(text, 'utf8')],
    ['Windows-1252', Buffer.from(text, 'latin1')],
  ])('%s', async (_name, bytes) => {
    const book = await readSpreadsheet(bytes, 'värdar.csv');
    expect(book.format).toBe('csv');
    expect(book.sheets[0]!.rows).toEqual([
      ['Namn', 'Org.nr', 'Ort'],
      ['Öresundshem AB', '556677-8899', 'Helsingborg'],
      ['Bostäder "Syd" AB', '5566778899', 'Höganäs'],
    ]);
  });

  it('reads comma-separated files with quoted commas, and empty cells as empty', async () => {
    const book = await readSpreadsheet(Buffer.from('Namn,Belopp,Ort\n"Ek, AB","125 000,50",\n'), 'a.csv');
    expect(book.sheets[0]!.rows).toEqual([
      ['Namn', 'Belopp', 'Ort'],
      ['Ek, AB', '125 000,50', null],
    ]);
  });
});

describe('bad files are refused before they are unpacked', () => {
  it('a zip bomb: a few kilobytes that unpack to 650 MB', async () => {
    const bomb = await zipBomb(650 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(readZipDirectory(bomb)?.unpackedBytes).toBe(650 * 1024 * 1024);
    expect(await refusal(bomb)).toMatch(/zip-bomber/);
  }, 60_000);

  it('a file over 50 MB', async () => {
    expect(await refusal(Buffer.alloc(MAX_FILE_BYTES + 1, 0x41), 'stor.csv')).toMatch(
      /för stor \(50,1 MB\); högst 50 MB/,
    );
  });

  it('a zip whose entry unpacks to more than it declares is stopped at the declared size', async () => {
    const bomb = await zipBomb(1024 * 1024);
    // The central directory says 100 bytes; the data inflates to a megabyte.
    const central = bomb.length - 22 - 46 - 'xl/workbook.xml'.length;
    bomb.writeUInt32LE(100, central + 24);
    expect(readZipDirectory(bomb)?.unpackedBytes).toBe(100);
    expect(await refusal(bomb)).toMatch(/Arbetsboken kunde inte läsas/);
  });

  it('a zip that is not a workbook', async () => {
    const bomb = await zipBomb(10);
    const notWorkbook = Buffer.from(bomb.toString('latin1').replaceAll('xl/workbook.xml', 'dokument/a.txt1'), 'latin1');
    expect(await refusal(notWorkbook)).toMatch(/ingen Excel-arbetsbok/);
  });
});

import { describe, expect, it } from 'vitest';
import { isReservedWindowsName, safeFileName } from '../../shared/core/fileNames';

describe('file names Windows accepts', () => {
  it('recognises device names, with or without an extension, in any case', () => {
    for (const name of ['CON', 'con.pdf', 'Prn.xlsx', 'AUX', 'nul.csv', 'COM1.pdf', 'lpt9', 'COM¹.txt', 'CON .pdf']) {
      expect(isReservedWindowsName(name), name).toBe(true);
    }
    for (const name of ['Contract.pdf', 'CONSOLE.pdf', 'COM10.pdf', 'Hyresportfölj 2026-11-29.xlsx', 'nul-lista.csv']) {
      expect(isReservedWindowsName(name), name).toBe(false);
    }
  });

  it('makes any suggested name safe: device names prefixed, forbidden characters replaced, no trailing dot', () => {
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('nul.xlsx')).toBe('_nul.xlsx');
    expect(safeFileName('Kontrakt KK/2026:0001 "Anna" <x>?.pdf')).toBe('Kontrakt KK-2026-0001 -Anna- -x--.pdf');
    expect(safeFileName('Rapport. ')).toBe('Rapport');
    expect(safeFileName('')).toBe('dokument');
    expect(safeFileName('.pdf')).toBe('dokument.pdf');
    const long = safeFileName(`${'Å'.repeat(300)}.xlsx`);
    expect(long.length).toBeLessThanOrEqual(150);
    expect(long.endsWith('.xlsx')).toBe(true);
    expect(safeFileName('Kommunalt kontrakt KK-2026-0001.pdf')).toBe('Kommunalt kontrakt KK-2026-0001.pdf');
  });
});

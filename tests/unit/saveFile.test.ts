/**
 * Saving where the user chose: asynchronous, and a Swedish message for
 * each way it fails. EISDIR and ENOENT are produced for real here; EBUSY
 * and EPERM are what Windows gives for a file open in Excel, which Linux
 * cannot produce, so those are checked on the message rule alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTarget, saveErrorMessage, writeTarget } from '../../electron/desktop/saveFile';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-save-'));
}

describe('saving a file', () => {
  it('copies and writes without blocking, byte for byte', async () => {
    const dir = tmp();
    const source = path.join(dir, 'källa.xlsx');
    fs.writeFileSync(source, Buffer.alloc(1_000_000, 7));
    await copyToTarget(source, path.join(dir, 'Hyresportfölj 2026-11-29.xlsx'));
    expect(fs.readFileSync(path.join(dir, 'Hyresportfölj 2026-11-29.xlsx')).equals(fs.readFileSync(source))).toBe(true);
    await writeTarget(path.join(dir, 'k.pdf'), Buffer.from('%PDF-1.7'));
    expect(fs.readFileSync(path.join(dir, 'k.pdf'), 'utf8')).toBe('%PDF-1.7');
  });

  it('says in Swedish why it failed: a folder as target, a folder that is gone', async () => {
    const dir = tmp();
    await expect(writeTarget(dir, Buffer.from('x'))).rejects.toThrow(/är en mapp\. Välj ett filnamn/);
    await expect(writeTarget(path.join(dir, 'borta', 'k.pdf'), Buffer.from('x'))).rejects.toThrow(
      /"k\.pdf" kunde inte sparas: mappen finns inte längre/,
    );
  });

  it('names a file open in Excel (EBUSY, EPERM) and asks to close it', () => {
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const message = saveErrorMessage('C:\\Users\\anna\\Hyresportfölj.xlsx', Object.assign(new Error(code), { code }));
      expect(message).toMatch(
        /^Filen "Hyresportfölj\.xlsx" kunde inte sparas: den är öppen i ett annat program \(till exempel Excel\)/,
      );
      expect(message).toMatch(/Stäng filen och försök igen/);
    }
  });
});

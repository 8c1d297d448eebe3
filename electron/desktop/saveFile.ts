/**
 * Saving where the user chose, without blocking the main process (a 100 MB
 * export copied synchronously froze every window), and with Swedish
 * messages for what Windows users meet: the file open in Excel (EBUSY or
 * EPERM), a read-only file or folder, a full disk, a folder that is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/core/result';

export function saveErrorMessage(target: string, error: unknown): string {
  // win32 splits on both separators.
  const name = path.win32.basename(target);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return `Filen "${name}" kunde inte sparas: den är öppen i ett annat program (till exempel Excel) eller skrivskyddad. Stäng filen och försök igen, eller spara med ett annat namn.`;
    case 'EROFS':
      return `Filen "${name}" kunde inte sparas: platsen är skrivskyddad. Välj en annan mapp.`;
    case 'ENOSPC':
      return `Filen "${name}" kunde inte sparas: det finns inte plats på disken.`;
    case 'ENOENT':
      return `Filen "${name}" kunde inte sparas: mappen finns inte längre (nätverksenheten kan vara frånkopplad).`;
    case 'EISDIR':
      return `"${name}" är en mapp. Välj ett filnamn.`;
    default:
      return `Filen "${name}" kunde inte sparas (${code ?? 'okänt fel'}).`;
  }
}

/** Copies `source` to `target`; throws an AppError with a Swedish message. */
export async function copyToTarget(source: string, target: string): Promise<void> {
  try {
    await fs.promises.copyFile(source, target);
  } catch (error) {
    throw new AppError('INTERNAL', saveErrorMessage(target, error));
  }
}

/** Writes `data` to `target`; throws an AppError with a Swedish message. */
export async function writeTarget(target: string, data: Uint8Array): Promise<void> {
  try {
    await fs.promises.writeFile(target, data);
  } catch (error) {
    throw new AppError('INTERNAL', saveErrorMessage(target, error));
  }
}

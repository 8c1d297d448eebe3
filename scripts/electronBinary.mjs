// Where the Electron binary is, as electron's installer records it
// (node_modules/electron/path.txt and dist/), or null when it was never
// downloaded. Never `require('electron')` to find out: that starts a download.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function electronBinary() {
  const dir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

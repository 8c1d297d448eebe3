/**
 * The test run's own check that nothing it logged holds a personnummer:
 * every file the run's processes logged to (the support log and the
 * console output the setup copies beside it) is searched for twelve-digit
 * identity numbers, and the run fails on a match.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `YYYYMMDDNNNN` or `YYYYMMDD-NNNN` (samordningsnummer: day + 60), not inside a longer number. */
const TWELVE_DIGIT_IDENTITY =
  /(?<!\d)(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}(?!\d)/g;

export interface LogLeak {
  file: string;
  line: number;
  match: string;
}

export function findIdentityNumbers(dir: string): LogLeak[] {
  const leaks: LogLeak[] = [];
  if (!fs.existsSync(dir)) return leaks;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, i) => {
        for (const m of text.matchAll(TWELVE_DIGIT_IDENTITY)) leaks.push({ file, line: i + 1, match: m[0] });
      });
  }
  return leaks;
}

/** Throws, naming where (never the number itself, to keep it out of the CI output too). */
export function failOnIdentityNumbers(dir: string): void {
  const leaks = findIdentityNumbers(dir);
  if (leaks.length === 0) return;
  const where = leaks.slice(0, 20).map((l) => `${path.relative(dir, l.file)}:${l.line} (${l.match.slice(0, 8)}-****)`);
  throw new Error(`${leaks.length} personnummer in what the test run logged:\n${where.join('\n')}`);
}

export function resetLogDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}

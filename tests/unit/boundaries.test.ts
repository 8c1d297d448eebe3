/**
 * Who may import what (the lint rule this project keeps as a test): shared/
 * runs on both sides, so it imports no Node, Electron, knex or React; the
 * renderer never reaches into the back end; only the Electron shell imports
 * Electron, so everything behind dispatch runs and is tested without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2]!);
}

function resolvedTopDir(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec)).split(path.sep)[0]!;
}

function violations(dir: string, forbidden: (spec: string, file: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) =>
    importsOf(file)
      .filter((spec) => forbidden(spec, file))
      .map((spec) => `${file} imports ${spec}`),
  );
}

const NODE_OR_BACKEND = /^(node:|electron$|knex|sqlite3|better-sqlite3|fs$|path$|os$|child_process$)/;

describe('module boundaries', () => {
  it('shared/ imports no Node, Electron, database, React or DOM code, and nothing outside shared/', () => {
    expect(
      violations(
        'shared',
        (spec, file) =>
          NODE_OR_BACKEND.test(spec) || /^react/.test(spec) || (resolvedTopDir(file, spec) ?? 'shared') !== 'shared',
      ),
    ).toEqual([]);
  });

  it('renderer/ never imports the back end, Node or Electron', () => {
    expect(
      violations(
        'renderer',
        (spec, file) =>
          NODE_OR_BACKEND.test(spec) || ['electron', 'migrations'].includes(resolvedTopDir(file, spec) ?? ''),
      ),
    ).toEqual([]);
  });

  it('only the Electron shell (electron/main, electron/preload) imports electron', () => {
    const outside = violations(
      'electron',
      (spec, file) => spec === 'electron' && !/^electron\/(main|preload)\//.test(file),
    );
    expect(outside).toEqual([]);
  });

  it('the back end never imports the renderer', () => {
    expect(violations('electron', (spec, file) => resolvedTopDir(file, spec) === 'renderer')).toEqual([]);
  });

  it('the scan sees the files it checks (a broken scan would pass everything)', () => {
    expect(importsOf('electron/main/index.ts')).toContain('electron');
    expect(sourceFiles('shared').length).toBeGreaterThan(10);
  });
});

/**
 * The app.asar the installer would hold, packed here by @electron/asar from
 * the built dist/ with the files electron-builder's config selects and the
 * runtime dependencies (production dependencies and theirs, as
 * electron-builder collects them). Then, in the extracted archive, Node's
 * own ESM resolver resolves and loads every package the main process
 * imports, and knex opens a SQLite database through the unpacked driver:
 * what the packed main would do first, minus Electron itself.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import asar from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const minimatch = createRequire(require.resolve('@electron/asar'))('minimatch') as (
  file: string,
  pattern: string,
  options?: { dot?: boolean },
) => boolean;

interface BuilderJson {
  files: string[];
  asarUnpack: string[];
}
const builder = JSON.parse(fs.readFileSync(path.join(ROOT, 'electron-builder.json'), 'utf8')) as BuilderJson;

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : e.isFile() ? [full] : [];
  });
}

/** The app's own files, selected by the config's patterns (last match wins, as in electron-builder). */
function appFiles(): string[] {
  const candidates = [
    'package.json',
    ...['dist/main', 'dist/preload', 'dist/renderer'].flatMap((d) =>
      walk(path.join(ROOT, d)).map((f) => path.relative(ROOT, f)),
    ),
  ];
  return candidates.filter((rel) => {
    let included = false;
    for (const pattern of builder.files) {
      const negated = pattern.startsWith('!');
      if (minimatch(rel, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated;
    }
    return included;
  });
}

/** Production dependencies and theirs, each package folder once, resolved as Node would from its dependent. */
function runtimePackages(): string[] {
  const seen = new Set<string>();
  const visit = (name: string, fromDir: string) => {
    // Node's own lookup (node_modules folders upwards), by folder: resolving
    // `${name}/package.json` fails for packages whose exports hide it.
    const pkgJson = createRequire(path.join(fromDir, 'noop.js'))
      .resolve.paths(name)
      ?.map((folder) => path.join(folder, name, 'package.json'))
      .find((candidate) => fs.existsSync(candidate));
    // Not installed: an optional dependency of another platform.
    if (!pkgJson) return;
    const dir = path.dirname(pkgJson);
    if (seen.has(dir)) return;
    seen.add(dir);
    const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const dep of Object.keys(root.dependencies)) visit(dep, ROOT);
  return [...seen];
}

/** Static and dynamic imports of a built module, by specifier. */
function importsOf(source: string): string[] {
  return [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
}

let work: string;
let archive: string;
let listed: Set<string>;
let extracted: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(ROOT, 'dist/main/index.js')))
    throw new Error('dist/ is missing: run `npm run build` first.');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-asar-'));
  archive = path.join(work, 'app.asar');
  const files = [
    ...appFiles().map((f) => path.join(ROOT, f)),
    ...runtimePackages().flatMap((dir) =>
      walk(dir).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}.bin${path.sep}`)),
    ),
  ];
  await asar.createPackageFromFiles(ROOT, archive, files, undefined, { unpack: '*.node' });
  listed = new Set(
    asar.listPackage(archive, { isPack: false }).map((p) =>
      p
        .replace(/^[\\/]/, '')
        .split(path.sep)
        .join('/'),
    ),
  );
  extracted = path.join(work, 'extracted');
  asar.extractAll(archive, extracted);
});

describe('the packed app.asar', () => {
  it('holds the main process, the preload and the renderer with every asset index.html names', () => {
    for (const f of ['package.json', 'dist/main/index.js', 'dist/preload/index.cjs', 'dist/renderer/index.html']) {
      expect(listed.has(f), f).toBe(true);
    }
    const html = fs.readFileSync(path.join(ROOT, 'dist/renderer/index.html'), 'utf8');
    for (const [, asset] of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g))
      expect(listed.has(`dist/renderer/${asset}`), asset).toBe(true);
  });

  it('leaves out the dev entries and dev dependencies', () => {
    for (const f of ['dist/main/host.js', 'dist/main/seed.js', 'dist/main/bench.js'])
      expect(listed.has(f), f).toBe(false);
    for (const dev of ['playwright-core', 'electron', 'react', 'vitest', 'electron-builder', 'typescript']) {
      expect(listed.has(`node_modules/${dev}/package.json`), dev).toBe(false);
    }
    expect([...listed].some((f) => f.startsWith('dist/') && f.endsWith('.map'))).toBe(false);
  });

  it('keeps the SQLite driver unpacked beside the asar, where a native module must be', () => {
    expect(
      fs.existsSync(path.join(`${archive}.unpacked`, 'node_modules/sqlite3/build/Release/node_sqlite3.node')),
    ).toBe(true);
  });

  it('resolves every import of the built main inside the archive: its own chunks, and each package loads', () => {
    const main = 'dist/main/index.js';
    const packages = new Set<string>();
    const queue = [main];
    const visited = new Set<string>();
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (visited.has(file)) continue;
      visited.add(file);
      expect(listed.has(file), `${file} is imported but not packed`).toBe(true);
      for (const spec of importsOf(fs.readFileSync(path.join(extracted, file), 'utf8'))) {
        if (spec.startsWith('.')) queue.push(path.posix.join(path.posix.dirname(file), spec));
        else if (!spec.startsWith('node:') && !builtinModules.includes(spec) && spec !== 'electron') packages.add(spec);
      }
    }
    expect(visited.size).toBeGreaterThan(1);
    expect([...packages]).toEqual(expect.arrayContaining(['knex', 'zod']));

    // Node's ESM resolver, from inside the extracted dist/main: every package the main imports, then a real query.
    const probe = path.join(extracted, 'dist/main/__probe.mjs');
    fs.writeFileSync(
      probe,
      `const specs = ${JSON.stringify([...packages])};
for (const s of specs) { await import(s); console.log('ok ' + s + ' ' + import.meta.resolve(s)); }
const knex = (await import('knex')).default({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
const [row] = await knex.raw("select sqlite_version() as v");
console.log('sqlite ' + row.v);
await knex.destroy();`,
    );
    const out = execFileSync(process.execPath, [probe], {
      cwd: path.dirname(probe),
      env: { PATH: process.env['PATH'] ?? '' },
    }).toString();
    for (const s of packages)
      expect(out).toMatch(
        new RegExp(`^ok ${s.replace(/[/.]/g, '\\$&')} file://${extracted.replace(/[/.]/g, '\\$&')}/node_modules/`, 'm'),
      );
    expect(out).toMatch(/^sqlite 3\.\d+\.\d+$/m);
  });
});

/**
 * The installer as configured, checked against the Electron checklist
 * without building it (installers need Windows and a download): the
 * electron-builder config is loaded and validated by electron-builder's own
 * loader, the fuse settings are the ones the afterPack hook flips, the
 * icon is a real PNG and ICO, and only runtime dependencies are packed.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  /** electron-builder's loader turns the list into `[{ filter: [...] }]`. */
  files: { filter: string[] }[];
  asar: boolean;
  asarUnpack: string[];
  afterPack: string;
  win: { target: { target: string; arch: string[] }[]; icon: string; requestedExecutionLevel: string };
  nsis: { perMachine: boolean; oneClick: boolean; allowElevation: boolean };
  msi: { perMachine: boolean; upgradeCode: string };
}

async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    getConfig(projectDir: string, configPath: string | null, fromOptions: unknown): Promise<BuilderConfig>;
    validateConfiguration(config: unknown, logger: { add(k: string, v: unknown): void }): Promise<void>;
  };
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, { add: () => undefined });
  return config;
}

describe('the Windows installer configuration', () => {
  it('has the appId, a Swedish product name, an icon, a per-user NSIS installer and a per-machine MSI', async () => {
    const config = await builderConfig();
    expect(config.appId).toBe('se.helsingborg.ff.bostadsportfoljen');
    expect(config.productName).toBe('Bostadsportföljen');
    expect(config.win.target.map((t) => t.target).sort()).toEqual(['msi', 'nsis']);
    expect(config.win.requestedExecutionLevel).toBe('asInvoker');
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The app's main process registers the same id for its taskbar entry.
    expect(fs.readFileSync(path.join(ROOT, 'electron/main/index.ts'), 'utf8')).toContain(
      `app.setAppUserModelId('${config.appId}')`,
    );
  });

  it('packs into an asar with the SQLite driver unpacked, and leaves the dev entries (host, seed, bench) out', async () => {
    const config = await builderConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/sqlite3/build/Release/*.node');
    expect(fs.existsSync(path.join(ROOT, 'node_modules/sqlite3/build/Release/node_sqlite3.node'))).toBe(true);
    const patterns = config.files.flatMap((f) => f.filter);
    for (const dev of ['!dist/main/host.js', '!dist/main/seed.js', '!dist/main/bench.js', '!**/*.map']) {
      expect(patterns).toContain(dev);
    }
  });

  it('flips every fuse of the checklist in its afterPack hook', async () => {
    const config = await builderConfig();
    expect(config.afterPack).toBe('scripts/afterPack.cjs');
    const hook = require(path.join(ROOT, config.afterPack)) as { default: unknown };
    expect(typeof hook.default).toBe('function');
    const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof import('@electron/fuses');
    const { fuseConfig } = require(path.join(ROOT, 'scripts/fuses.cjs')) as {
      fuseConfig: Record<string | number, unknown>;
    };
    expect(fuseConfig['version']).toBe(FuseVersion.V1);
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('has a real icon: a 256 px PNG and an ICO with 16–256 px images', async () => {
    const config = await builderConfig();
    const icoFile = fs.readFileSync(path.join(ROOT, config.win.icon));
    expect(icoFile.readUInt16LE(2)).toBe(1);
    const count = icoFile.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => icoFile.readUInt8(6 + i * 16) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const png = fs.readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([256, 256]);
  });

  it('lists as dependencies only what the app needs at run time', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const dev of [
      'playwright-core',
      '@playwright/test',
      'electron',
      'electron-builder',
      'react',
      'ag-grid-community',
    ]) {
      expect(pkg.dependencies[dev], dev).toBeUndefined();
    }
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
      expect(version, `${name} must be pinned to an exact version`).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });
});

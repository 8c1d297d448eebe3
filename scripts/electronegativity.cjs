#!/usr/bin/env node
// `npm run test:electronegativity`: Doyensec's Electronegativity over the
// built main process, preload and renderer page (dist/), as in `npm test`.
// Fails on any finding above INFORMATIONAL whose check is not explained in
// electronegativity.json; explained findings and informational ones are
// printed. `--input <dir>` scans another folder (the gate's own test).
//
// Two things are set up around the tool, not changed in it:
// - its parser (@typescript-eslint/typescript-estree 4) needs TypeScript 4,
//   which it ships nested; npm hoists the parser beside our TypeScript 7, so
//   `typescript` is resolved to the nested copy for it;
// - it fetches translations and Electron release data over the network;
//   tests run offline, so `got` fails at once (the English texts it ships
//   are used, and the release check is excluded in the config).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const toolDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const nestedTypescript = path.join(toolDir, 'node_modules', 'typescript', 'lib', 'typescript.js');
const offlineGot = path.join(__dirname, 'offlineGot.cjs');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const from = parent?.filename ?? '';
  if (request === 'typescript' && from.includes(`${path.sep}@typescript-eslint${path.sep}`)) return nestedTypescript;
  if (request === 'got' && from.startsWith(toolDir)) return offlineGot;
  return resolve.call(this, request, parent, ...rest);
};

function argument(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The scanned files, copied into one folder: the tool takes one input. */
function stageDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bostad-electronegativity-'));
  const pick = [
    ['dist/main/index.js', 'main/index.js'],
    ['dist/preload/index.cjs', 'preload/index.js'],
    ['dist/renderer/index.html', 'renderer/index.html'],
    ['package.json', 'package.json'],
  ];
  for (const [from, to] of pick) {
    const source = path.join(root, from);
    if (!fs.existsSync(source)) throw new Error(`${from} is missing: run \`npm run build\` first.`);
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(source, path.join(dir, to));
  }
  return dir;
}

async function main() {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'electronegativity.json'), 'utf8'));
  const input = argument('input') ?? stageDist();
  const run = require('@doyensec/electronegativity');
  const result = await run({
    input,
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: Object.keys(config.excluded),
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: config.electronVersion,
    parserPlugins: [],
  });
  const hard = result.errors.filter((e) => !e.tolerable);
  for (const e of hard) console.error(`Could not parse ${e.file}: ${e.message}`);
  let failed = hard.length > 0;
  for (const issue of result.issues) {
    const severity = issue.severity.name;
    const explanation = config.explained[issue.id];
    const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
    if (severity === 'INFORMATIONAL' || explanation) {
      console.log(`${issue.id} (${severity}) ${where}: ${explanation ?? 'informational'}`);
    } else {
      failed = true;
      console.error(`FINDING ${issue.id} (${severity}, ${issue.confidence.name}) ${where}: ${issue.description}`);
    }
  }
  console.log(
    `Electronegativity: ${result.atomicChecks + result.globalChecks} checks, ${result.issues.length} findings, ${failed ? 'FAILED' : 'passed'}.`,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});

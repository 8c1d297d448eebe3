#!/usr/bin/env node
// `npm start`: build, then run the desktop app — or, where the Electron
// binary is not installed (it cannot be downloaded on every machine), say so
// in one line and serve the same app through the browser host.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, projectRoot as root } from './electronBinary.mjs';
import { openBrowser } from './openBrowser.mjs';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const args = process.argv.slice(2);
const open = !args.includes('--no-open');
// --no-build: run what dist/ holds (the tests build once, and a build here
// would empty dist/ under the other tests running from it).
if (!args.includes('--no-build')) {
  run(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);
}

const binary = electronBinary();
let child;
if (binary) {
  child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit' });
} else {
  console.log(
    'Electron-programmet finns inte installerat på den här datorn; samma program startas i webbläsarläge i stället.',
  );
  // The host prints its address with a new token each run; a new user
  // should not have to copy it, so the default browser opens it.
  child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'main', 'host.js'), ...args.filter((a) => a !== '--no-open' && a !== '--no-build')],
    {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
    },
  );
  let opened = !open;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const match = /körs på (http:\/\/\S+)/.exec(chunk.toString());
    if (match && !opened) {
      opened = true;
      openBrowser(match[1]);
    }
  });
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

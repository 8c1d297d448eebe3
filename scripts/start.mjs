#!/usr/bin/env node
// `npm start`: build, then run the desktop app — or, where the Electron
// binary is not installed (it cannot be downloaded on every machine), say so
// in one line and serve the same app through the browser host.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, projectRoot as root } from './electronBinary.mjs';

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']);

const binary = electronBinary();
const child = binary
  ? spawn(binary, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.log(
      'Electron-programmet finns inte installerat på den här datorn; samma program startas i webbläsarläge i stället.',
    ),
    spawn(process.execPath, [path.join(root, 'dist', 'main', 'host.js'), ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit',
    }));
child.on('exit', (code) => process.exit(code ?? 0));

// Opens an address in the user's default browser: `BROWSER` when set (the
// usual convention; tests use it), else the platform's own opener.
import { spawn } from 'node:child_process';

export function browserCommand(url, platform = process.platform, env = process.env) {
  if (env.BROWSER) return [env.BROWSER, [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]];
  if (platform === 'darwin') return ['open', [url]];
  return ['xdg-open', [url]];
}

export function openBrowser(url) {
  const [cmd, args] = browserCommand(url);
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
  // No browser to open (a server without a desktop): the address is printed anyway.
  child.on('error', () => console.log(`Öppna adressen ovan i en webbläsare.`));
  child.unref();
}

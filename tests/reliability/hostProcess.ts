/**
 * A browser-host process (dist/main/host.js) as the harness's back end:
 * started with a database, called over HTTP exactly as the app's pages
 * call it, and stopped politely or killed with SIGKILL mid-write.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import type { Envelope } from '../../shared/core/result';
import { callHost, sendToHost } from '../fixtures/hostApi';
import { hostArgs, type Engine } from './engine';

export interface HostProcess {
  user: string;
  send(name: string, input: unknown): Promise<Envelope<unknown>>;
  call<K extends ProcedureName>(name: K, input: InputOf<Api[K]>): Promise<OutputOf<Api[K]>>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

export async function startHostProcess(
  hostScript: string,
  engine: Engine,
  options: { user: string; today?: string; args?: string[] },
): Promise<HostProcess> {
  if (!fs.existsSync(hostScript)) throw new Error(`${hostScript} is missing: run \`npm run build\` first.`);
  const args = [hostScript, ...hostArgs(engine), '--port', '0', '--user', options.user];
  if (options.today) args.push('--today', options.today);
  args.push(...(options.args ?? []));
  // The day's job makes a pg_dump copy where pg_dump is installed: into a temp folder, not ./data.
  if (engine.kind === 'postgresql' && !args.includes('--backup-dir'))
    args.push('--backup-dir', path.join(os.tmpdir(), 'bostad-reliability-pg-backups'));
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    // Generous: on a shared, loaded build machine a cold start has taken 10 s.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`host did not start in 120 s:\n${output}`));
    }, 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /körs på (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[1]!));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    user: options.user,
    send: (name, input) => sendToHost(url.href, name, input),
    call: (name, input) => callHost(url.href, name, input),
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

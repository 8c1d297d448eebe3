/**
 * What the desktop app does before its window opens: find the database
 * (BOSTAD_DB, then the saved setting), open and check it, and when there is
 * none yet or it fails, show the start choices with a Swedish message and
 * try again. It never ends the app by itself: only the user's "Avsluta"
 * does. The chosen path is saved only after it opened and passed the check.
 *
 * No Electron: the shell passes a `StartUi` made of its dialogs
 * (electron/main/startWindow.ts); tests pass a scripted user and real files.
 */
import fs from 'node:fs';
import type { Database } from '../db/connection';
import type { DatabaseProblem, OpenCheck } from './databaseCheck';

export type StartChoice = 'open' | 'create' | 'retry' | 'release-lock' | 'quit';

export interface StartPrompt {
  title: string;
  message: string;
  detail: string;
  choices: { choice: StartChoice; label: string }[];
}

export interface StartUi {
  ask(prompt: StartPrompt): Promise<StartChoice>;
  /** A database file from the open dialog (on Windows possibly a new name the user agreed to create), or null. */
  pickExisting(): Promise<string | null>;
  /** Where to create a new database (save dialog), or null when cancelled. */
  pickNew(): Promise<string | null>;
  /** Shows `message` for `ms` milliseconds, then goes on (another computer is migrating). */
  wait(message: string, ms: number): Promise<void>;
}

export interface StartDeps {
  ui: StartUi;
  check(file: string, create: boolean): Promise<OpenCheck>;
  releaseLock(file: string): Promise<boolean>;
  /** Saves the setting; called once, with the database that opened. */
  remember(file: string): void;
}

/** Retries of a database another computer is migrating before the user is asked. */
export const MIGRATION_RETRIES = 5;
export const MIGRATION_WAIT_MS = 6000;

/** Problems that may pass by themselves: "Försök igen" is offered first. */
const TRANSIENT: readonly DatabaseProblem[] = ['offline', 'locked', 'migrating', 'read-only', 'unknown'];

const OPEN = { choice: 'open', label: 'Öppna gemensam databas…' } as const;
const CREATE = { choice: 'create', label: 'Skapa ny…' } as const;
const QUIT = { choice: 'quit', label: 'Avsluta' } as const;

export function firstRunPrompt(): StartPrompt {
  return {
    title: 'Bostadsportföljen',
    message: 'Välkommen till Bostadsportföljen',
    detail:
      'Välj den gemensamma databas som din enhet arbetar i (den ligger oftast på en nätverksenhet, fråga din samordnare var), ' +
      'eller skapa en ny om ni inte har någon ännu.',
    choices: [OPEN, CREATE, QUIT],
  };
}

export function failurePrompt(file: string, problem: DatabaseProblem, message: string): StartPrompt {
  const first: StartPrompt['choices'] =
    problem === 'stale-lock'
      ? [{ choice: 'release-lock', label: 'Släpp låset och försök igen' }]
      : TRANSIENT.includes(problem)
        ? [{ choice: 'retry', label: 'Försök igen' }]
        : [];
  return {
    title: 'Bostadsportföljen',
    message: 'Databasen kunde inte öppnas',
    detail: `${message}\n\nFil: ${file}`,
    choices: [...first, OPEN, CREATE, QUIT],
  };
}

/**
 * Opens a database, asking until one opens or the user quits (null).
 * `initial` is BOSTAD_DB or the saved setting; null on the first run.
 */
export async function openAtStart(
  initial: string | null,
  deps: StartDeps,
): Promise<{ database: Database; file: string } | null> {
  let file = initial;
  let create = false;
  let waits = 0;
  // The prompt to show again when the user cancels a file dialog, without checking the file again.
  let shown: StartPrompt | null = null;
  for (;;) {
    let prompt: StartPrompt = shown ?? firstRunPrompt();
    if (file !== null && shown === null) {
      const result = await deps.check(file, create);
      if (result.ok) {
        deps.remember(file);
        return { database: result.database, file };
      }
      if (result.problem === 'migrating' && waits < MIGRATION_RETRIES) {
        waits += 1;
        await deps.ui.wait(
          `${result.message}\n\nFörsöker igen automatiskt (${waits} av ${MIGRATION_RETRIES})…`,
          MIGRATION_WAIT_MS,
        );
        continue;
      }
      prompt = failurePrompt(file, result.problem, result.message);
    }
    const choice = await deps.ui.ask(prompt);
    shown = null;
    waits = 0;
    if (choice === 'quit') return null;
    if (choice === 'retry' || choice === 'release-lock') {
      if (choice === 'release-lock' && file !== null) await deps.releaseLock(file);
      continue;
    }
    const picked = choice === 'open' ? await deps.ui.pickExisting() : await deps.ui.pickNew();
    if (picked === null) {
      shown = prompt;
      continue;
    }
    file = picked;
    // Windows' open dialog (promptToCreate) has already asked whether to create a name that does not exist.
    create = choice === 'create' || !fs.existsSync(picked);
  }
}

/** BOSTAD_TODAY fixes the date for tests and demos; an installed app always uses the real date. */
export function desktopToday(env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  return isPackaged ? undefined : env['BOSTAD_TODAY'];
}

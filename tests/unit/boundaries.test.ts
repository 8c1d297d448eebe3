/**
 * Who may import what is an ESLint rule (see `boundaries` in eslint.config.js),
 * checked over the whole tree by `npm run lint`. This test proves the rule
 * fires: it lints small bad files, placed where they would sit in the tree,
 * through the project's own ESLint configuration.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, '../..'),
  // Only the boundary rules: the type-aware rules would need the text to be
  // part of a TypeScript program, which these made-up files are not.
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-globals',
  overrideConfig: { languageOptions: { parserOptions: { project: false, projectService: false } } },
});

async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId ?? 'parser'}: ${m.message}`);
}

describe('module boundaries (lint rules)', () => {
  it('shared/ imports no Node, Electron, database, React or code outside shared/', async () => {
    for (const spec of [
      'node:fs',
      'path',
      'electron',
      'knex',
      'react',
      '../../electron/core/dispatch',
      '../../renderer/App',
    ])
      expect(await refusals('shared/core/money.ts', `import x from '${spec}';\nexport const y = x;\n`)).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*shared\/ runs on both sides/),
      ]);
  });

  it('shared/ uses no DOM or Node globals', async () => {
    expect(await refusals('shared/core/money.ts', 'export const t = document.title + process.env.X;\n')).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*no DOM/),
      expect.stringMatching(/^no-restricted-globals: .*no Node/),
    ]);
  });

  it('the renderer never imports the back end, migrations, Node or Electron', async () => {
    for (const spec of ['../electron/core/dispatch', '../migrations/index', 'node:fs', 'electron'])
      expect(await refusals('renderer/App.tsx', `import x from '${spec}';\nexport const y = x;\n`)).toEqual([
        expect.stringMatching(/^no-restricted-imports: /),
      ]);
  });

  it('only electron/main and electron/preload import electron; the back end never imports the renderer', async () => {
    const electron = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await refusals('electron/core/dispatch.ts', electron)).toEqual([
      expect.stringMatching(/only electron\/main and electron\/preload import Electron/),
    ]);
    expect(await refusals('tests/unit/x.test.ts', electron)).toEqual([
      expect.stringMatching(/Only electron\/main and electron\/preload import Electron/),
    ]);
    expect(await refusals('electron/main/index.ts', electron)).toEqual([]);
    expect(
      await refusals('electron/core/dispatch.ts', "import x from '../../renderer/App';\nexport const y = x;\n"),
    ).toEqual([expect.stringMatching(/never imports the renderer/)]);
  });

  it('allows the imports each layer is meant to make', async () => {
    expect(
      await refusals(
        'shared/core/money.ts',
        "import { z } from 'zod';\nimport { a } from './dates';\nexport const y = [z, a];\n",
      ),
    ).toEqual([]);
    expect(await refusals('renderer/App.tsx', "import { api } from '../shared/api';\nexport const y = api;\n")).toEqual(
      [],
    );
  });
});

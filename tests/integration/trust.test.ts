/**
 * The back end's trust findings (issue 16): no personnummer in error
 * messages, logs or the export audit row; private export files; allow-lists
 * that inherited names cannot pass; free text that cannot hold control
 * characters; bounded years; NOT_FOUND for an unknown contract's history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { logFile, openLog } from '../../electron/core/log';
import { exportDir, exportRoot, removeStaleExports } from '../../electron/features/exports/jobs';
import { ADULT, householdInput } from '../fixtures/households';
import { waitForJob } from './exportHelpers';
import { countRows, departmentIds, openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let sof: number;

beforeAll(async () => {
  t = await openTestBackEnd();
  sof = (await departmentIds(t))['SOF']!;
  await t.call('households.create', householdInput(sof));
});
afterAll(() => t.close());

function auditRowsOf(entity: string) {
  return t.backEnd.database.knex('auditLog').where({ entity }).orderBy('id') as Promise<{ after: string | null }[]>;
}

describe('personnummer stay out of errors and logs', () => {
  it('a failing statement does not quote its bound values', async () => {
    const error = await t.backEnd.database
      .knex('householdMembers')
      .insert({ householdId: 999_999, position: 0, name: 'X', identityNumber: ADULT, identityKind: 'personnummer' })
      .then(
        () => null,
        (e: unknown) => e as Error,
      );
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).not.toContain(ADULT);
  });

  it('an unexpected error is logged without the personnummer the call carried', async () => {
    const dir = tempDir('bostad-log-');
    openLog(dir);
    const knex = t.backEnd.database.knex;
    // Writes to the members table now fail inside the engine with a plain error (not a
    // constraint): a view with distinct can be written by neither SQLite nor PostgreSQL.
    await knex.raw('alter table household_members rename to household_members_real');
    await knex.raw('create view household_members as select distinct * from household_members_real');
    try {
      const other = {
        ...householdInput(sof),
        members: [{ name: 'Vera Vy', identityNumber: '195008212226', isHolder: true }],
        householdSize: 1,
        childrenCount: 0,
      };
      const result = await t.send('households.create', other);
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      const logged = fs.readFileSync(logFile()!, 'utf8');
      expect(logged).toMatch(/unexpected error/);
      expect(logged).not.toMatch(/195008212226|5008212226|19500821-2226/);
    } finally {
      await knex.raw('drop view household_members');
      await knex.raw('alter table household_members_real rename to household_members');
      openLog();
    }
  });

  it("an export's audit row keeps only the birth date of a personnummer typed in the quick search", async () => {
    const job = await t.call('exports.start', {
      source: 'households',
      format: 'csv',
      columns: [{ id: 'holderName', header: 'Kontraktsinnehavare', type: 'text' }],
      query: {
        search: ADULT,
        filters: {
          caseworkerName: { filterType: 'text', type: 'notContains', filter: `${ADULT.slice(0, 8)}-${ADULT.slice(8)}` },
        },
      },
      title: 'Hushåll',
    });
    expect((await waitForJob(t, job)).rowsWritten).toBe(1);
    const rows = await auditRowsOf('export');
    const last = rows.at(-1)!.after!;
    expect(last).not.toContain(ADULT);
    expect(last).not.toContain(ADULT.slice(2));
    expect(last).not.toContain(ADULT.slice(8));
    expect(last).toContain(`${ADULT.slice(0, 8)}-****`);
  });
});

describe('export files', () => {
  it('are written to a folder only this user can read, as files only this user can read', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'organisations',
        format: 'xlsx',
        columns: [{ id: 'name', header: 'Namn', type: 'text' }],
        title: 'Organisationer',
      }),
    );
    expect(job.status).toBe('done');
    const dir = exportDir();
    expect(fs.statSync(exportRoot()).mode & 0o777).toBe(0o700);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    const file = fs.readdirSync(dir).find((f) => f.startsWith(job.id))!;
    expect(fs.statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
  });

  it('left behind by a process that crashed are removed at the next start', async () => {
    const deadPid = 2_147_483_000;
    const stale = path.join(exportRoot(), `exports-${deadPid}`);
    fs.mkdirSync(stale, { recursive: true });
    fs.writeFileSync(path.join(stale, 'left.csv'), 'namn;personnummer\r\n');
    const mine = exportDir();
    const again = await openTestBackEnd();
    await again.close();
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(mine)).toBe(true);
    expect(removeStaleExports()).toBe(0);
  });
});

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('allow-lists accept only their own entries', () => {
  // Every procedure that takes a list query (its input has the grid's filters).
  const lists = Object.entries(api)
    .filter(([, spec]) => 'shape' in spec.input && 'filters' in (spec.input as { shape: object }).shape)
    .map(([name]) => name);

  it.each(lists)('%s refuses inherited names as sort and filter columns', async (name) => {
    for (const column of INHERITED) {
      const sorted = await t.send(name, { sort: [{ column, direction: 'asc' }] });
      if (!sorted.ok) expect(sorted.error.code, `${name} sort ${column}`).toBe('VALIDATION');
      const filtered = JSON.parse(
        `{"filters":{${JSON.stringify(column)}:{"filterType":"text","type":"contains","filter":"a"}}}`,
      ) as unknown;
      const result = await t.send(name, filtered);
      expect(result.ok, `${name} filter ${column}`).toBe(false);
      if (!result.ok) expect(result.error.code, `${name} filter ${column}`).toBe('VALIDATION');
    }
  });

  it('documents.render knows no kind called constructor', async () => {
    for (const kind of INHERITED) {
      const result = await t.send('documents.render', { kind, ids: [1] });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['NOT_FOUND', 'VALIDATION']).toContain(result.error.code);
    }
  });

  it('exports.start refuses inherited sources, and a refused filter leaves no audit row', async () => {
    const before = (await auditRowsOf('export')).length;
    for (const source of INHERITED) {
      const result = await t.send('exports.start', {
        source,
        format: 'csv',
        columns: [{ id: 'name', header: 'Namn', type: 'text' }],
        title: 'X',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const badFilter = await t.send('exports.start', {
      source: 'units',
      format: 'csv',
      columns: [{ id: 'address', header: 'Adress', type: 'text' }],
      query: { filters: { constructor: { filterType: 'text', type: 'contains', filter: 'a' } } },
      title: 'Bostäder',
    });
    expect(badFilter).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await auditRowsOf('export')).length).toBe(before);
  });

  it('an export column named after an inherited property stays empty', async () => {
    const job = await waitForJob(
      t,
      await t.call('exports.start', {
        source: 'organisations',
        format: 'csv',
        columns: [
          { id: 'constructor', header: 'K', type: 'text' },
          { id: 'toString', header: 'T', type: 'text' },
        ],
        title: 'Org',
      }),
    );
    expect(job.status).toBe('done');
    const file = fs.readdirSync(exportDir()).find((f) => f.startsWith(job.id))!;
    expect(fs.readFileSync(path.join(exportDir(), file), 'utf8')).not.toMatch(/function|native code/);
  });
});

describe('free text', () => {
  it('refuses NUL and other control characters with a Swedish message naming the field, and stores nothing', async () => {
    const before = await countRows(t, 'households');
    for (const bad of ['rad\u0000två', 'klocka\u0007', 'esc\u001b[31m', 'c1\u0085']) {
      const result = await t.send('households.create', householdInput(sof, { notes: bad }));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toMatch(/^Anteckningar: innehåller osynliga styrtecken/);
        expect(Object.keys(result.error.fields ?? {})).toEqual(['notes']);
      }
    }
    expect(await countRows(t, 'households')).toBe(before);
  });

  it('refuses a lone surrogate', async () => {
    const result = await t.send('households.create', householdInput(sof, { caseworkerName: 'Karin \ud800' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Handläggare: innehåller ett trasigt tecken/);
  });

  it('refuses control characters in strings that are not form fields too (search, filters)', async () => {
    const search = await t.send('households.list', { search: 'a\u0000' });
    expect(search).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const filter = await t.send('units.list', {
      filters: { address: { filterType: 'text', type: 'contains', filter: '\u0001' } },
    });
    expect(filter).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps tab and newline, stores NFC and CR LF as LF', async () => {
    const decomposed = 'Ga\u030avlegatan\r\nrad två\tflik';
    const created = await t.call(
      'households.create',
      householdInput(sof, {
        notes: decomposed,
        members: [{ name: 'A\u030asa Nilsson', identityNumber: '198812212382', isHolder: true }],
        householdSize: 1,
        childrenCount: 0,
      }),
    );
    expect(created.notes).toBe('Gåvlegatan\nrad två\tflik');
    expect(created.members[0]!.name).toBe('Åsa Nilsson');
    expect(created.members[0]!.name).toBe('Åsa Nilsson'.normalize('NFC'));
  });
});

describe('numbers and ids', () => {
  it('quotas.list and quotas.placements refuse years like −1', async () => {
    for (const name of ['quotas.list', 'quotas.placements']) {
      for (const year of [-1, 0, 99999]) {
        const result = await t.send(name, { year });
        expect(result, `${name} ${year}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        if (!result.ok) expect(result.error.message).toMatch(/^År: /);
      }
    }
    expect((await t.send('quotas.list', { year: 2026 })).ok).toBe(true);
  });

  it('contracts.phaseHistory of an unknown contract is NOT_FOUND', async () => {
    expect(await t.send('contracts.phaseHistory', { id: 987_654 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

/**
 * Every procedure, fed malformed input: wrong types, out-of-range numbers,
 * control characters, inherited names, huge strings. No answer may be
 * INTERNAL (that is a crash the user cannot act on), and the database must
 * be exactly as before.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { api } from '../../shared/api';
import { householdInput } from '../fixtures/households';
import { tableDump } from '../reliability/tableDump';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { onPostgres } from './testEngine';

let t: TestBackEnd;

beforeAll(async () => {
  t = await openTestBackEnd();
  const sof = (await departmentIds(t))['SOF']!;
  await t.call('households.create', householdInput(sof));
});
afterAll(() => t.close());

/** Every table's rows, hashed: equal before and after means nothing changed (on either engine). */
async function databaseDigest(): Promise<string> {
  const knex = t.backEnd.database.knex;
  const parts: string[] = [];
  // Every table on either engine, each in a total order (its first columns are its key).
  const dump = await tableDump(knex, onPostgres ? 'postgresql' : 'sqlite');
  for (const [name, rows] of Object.entries(dump)) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify(rows));
    parts.push(`${name}:${hash.digest('hex').slice(0, 12)}`);
  }
  return parts.join(' ');
}

const BAD_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  1.5,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '',
  'x'.repeat(100_000),
  'a\u0000b',
  '\ud800',
  '=1+1',
  'constructor',
  '__proto__',
  '9999-99-99',
  [],
  [null],
  {},
  { constructor: 1 },
  [{ column: 'constructor', direction: 'asc' }],
  { toString: { filterType: 'text', type: 'contains', filter: 'a' } },
  JSON.parse('{"__proto__":{"x":1}}') as unknown,
];

/** Whole inputs that are not what any procedure takes. */
const BAD_INPUTS: unknown[] = [null, 42, 'text', true, [], [1, 2], JSON.parse('{"__proto__":{"id":1}}') as unknown];

function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Every input to try on one procedure: whole wrong inputs, then each field (and an id) set wrong. */
function inputsFor(schema: z.ZodType): unknown[] {
  const inputs: unknown[] = [...BAD_INPUTS];
  for (const key of [...keysOf(schema), 'id', 'version']) {
    for (const value of BAD_VALUES) inputs.push({ [key]: value });
    // One wrong field beside a plausible id, so a procedure gets past its first check.
    for (const value of BAD_VALUES) inputs.push({ id: 1, version: 1, [key]: value });
  }
  return inputs;
}

const shown = (name: string, input: unknown) => `${name} ${JSON.stringify(input)?.slice(0, 120)}`;

describe('malformed input to every procedure', () => {
  it('is refused with a Swedish message, never INTERNAL, and changes nothing', async () => {
    const before = await databaseDigest();
    const problems: string[] = [];
    let calls = 0;
    for (const [name, spec] of Object.entries(api)) {
      for (const input of inputsFor(spec.input)) {
        // Extra keys are ignored, so `{ id: -1 }` is a valid call of a procedure without an id;
        // dispatch reads a missing (null) input as `{}`.
        if (spec.input.safeParse(input ?? {}).success) continue;
        calls++;
        const result = await t.send(name, input);
        if (result.ok) problems.push(`accepted: ${shown(name, input)}`);
        else if (result.error.code === 'INTERNAL') problems.push(`INTERNAL: ${shown(name, input)}`);
        else if (!/[a-zåäö]{3}/i.test(result.error.message)) problems.push(`no message: ${shown(name, input)}`);
      }
    }
    expect(calls).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
    expect(await databaseDigest()).toBe(before);
  }, 240_000);

  it('that the contract lets through (inherited names, unknown ids) never gets INTERNAL from a read', async () => {
    const problems: string[] = [];
    for (const [name, spec] of Object.entries(api)) {
      // Writes and export jobs do real work on valid input; the refused inputs above cover them.
      if (spec.writes || name.startsWith('exports.')) continue;
      for (const input of inputsFor(spec.input)) {
        if (!spec.input.safeParse(input ?? {}).success) continue;
        const result = await t.send(name, input);
        if (!result.ok && result.error.code === 'INTERNAL') problems.push(shown(name, input));
      }
    }
    expect(problems).toEqual([]);
  }, 240_000);
});

/**
 * A check without a message of its own answers in Swedish, through any
 * schema that declares procedures (shared/core/validationMessages.ts), on
 * the back end's path as on the forms'.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentRequestSchema } from '../../shared/documents/schema';
import { namesItsField } from '../../shared/core/fields';
import { fieldErrorsFromIssues } from '../../shared/core/result';

const messages = (schema: z.ZodType, input: unknown) =>
  fieldErrorsFromIssues(schema.safeParse(input).error?.issues ?? [], namesItsField);

describe('zod’s own checks in Swedish', () => {
  it('says what is wrong with a request a script sends: too many records, a missing field, an unknown one', () => {
    const ids = Array.from({ length: 501 }, (_, i) => i + 1);
    expect(messages(documentRequestSchema, { ids })).toEqual({
      kind: 'kind: saknas.',
      ids: 'ids: högst 500 i taget.',
    });
    expect(messages(z.strictObject({ name: z.string() }), { name: 'A', extra: 1 })).toEqual({
      _: 'okänt fält: extra.',
    });
  });

  it('names sizes, types and choices the Swedish way', () => {
    expect(messages(z.object({ t: z.string().max(2000) }), { t: 'x'.repeat(2001) })).toEqual({
      t: 't: högst 2 000 tecken.',
    });
    expect(messages(z.object({ n: z.number().int().min(2000) }), { n: 1999 })).toEqual({ n: 'n: minst 2 000.' });
    expect(messages(z.object({ n: z.number() }), { n: 'tre' })).toEqual({ n: 'n: ska vara ett tal.' });
    expect(messages(z.object({ s: z.string().min(1) }), { s: '' })).toEqual({ s: 's: får inte vara tomt.' });
    expect(messages(z.object({ d: z.enum(['asc', 'desc']) }), { d: 'upp' })).toEqual({
      d: 'd: ska vara ett av: asc, desc.',
    });
  });

  it('leaves a field’s own message as it is', () => {
    const schema = z.object({ n: z.number().max(5, 'Antal: högst fem.') });
    expect(schema.safeParse({ n: 6 }).error?.issues[0]?.message).toBe('Antal: högst fem.');
  });
});

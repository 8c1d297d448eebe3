/**
 * Field schemas with Swedish messages that name the field. Every input
 * schema is built from these, so the back end (which validates) and the
 * forms (which show the same messages before sending) say the same thing.
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { normaliseText, textProblem } from './text';

/** Every label a field schema has been built with. */
const fieldLabels = new Set<string>();

/**
 * "Namn: måste fyllas i." — a message that names its field. One style for
 * every message: the text after the label starts in lower case (unless it
 * starts with an abbreviation such as KPI) and ends with one full stop,
 * whether it was written as a sentence of its own or not.
 */
export function problem(label: string, text: string): string {
  fieldLabels.add(label);
  const body = text.replace(/\.+$/, '');
  const abbreviation = /^\p{Lu}{2}/u.test(body);
  return `${label}: ${abbreviation ? body : body.charAt(0).toLocaleLowerCase('sv-SE') + body.slice(1)}.`;
}

/** True when `message` came from `problem()` (so it names its field already). */
export function namesItsField(message: string): boolean {
  const colon = message.indexOf(':');
  return colon > 0 && fieldLabels.has(message.slice(0, colon));
}

/** Free text: NFC, no control characters or broken characters (shared/core/text.ts). */
function freeText(label: string, error: string) {
  return z
    .string({ error })
    .superRefine((v, ctx) => {
      const trouble = textProblem(v);
      if (trouble) ctx.addIssue({ code: 'custom', message: problem(label, trouble) });
    })
    .overwrite(normaliseText);
}

/** '' and whitespace mean "not given": stored as null. */
const blankToNull = (v: string): string | null => (v === '' ? null : v);

export function requiredText(label: string, max = 200) {
  return freeText(label, problem(label, 'ange en text'))
    .trim()
    .min(1, problem(label, 'måste fyllas i'))
    .max(max, problem(label, `högst ${max} tecken`));
}

export function optionalText(label: string, max = 4000) {
  return freeText(label, problem(label, 'ange en text'))
    .trim()
    .max(max, problem(label, `högst ${max} tecken`))
    .transform(blankToNull)
    .nullable();
}

export function requiredDate(label: string) {
  return z
    .string({ error: problem(label, 'ange ett datum') })
    .trim()
    .refine((v) => v !== '', problem(label, 'måste fyllas i'))
    .refine((v) => v === '' || isIsoDate(v), problem(label, 'ange ett giltigt datum som ÅÅÅÅ-MM-DD'));
}

export function optionalDate(label: string) {
  return z
    .string({ error: problem(label, 'ange ett datum') })
    .trim()
    .refine((v) => v === '' || isIsoDate(v), problem(label, 'ange ett giltigt datum som ÅÅÅÅ-MM-DD'))
    .transform(blankToNull)
    .nullable();
}

/** Money in integer öre, never negative unless asked. */
export function money(label: string, opts: { allowNegative?: boolean } = {}) {
  const base = z.number({ error: problem(label, 'ange ett belopp') }).int(problem(label, 'ange beloppet i hela ören'));
  return opts.allowNegative ? base : base.min(0, problem(label, 'får inte vara negativt'));
}

export function optionalMoney(label: string) {
  return money(label).nullable();
}

export function integer(label: string, opts: { min?: number; max?: number } = {}) {
  let s = z.number({ error: problem(label, 'ange ett heltal') }).int(problem(label, 'ange ett heltal'));
  if (opts.min !== undefined) s = s.min(opts.min, problem(label, `minst ${opts.min}`));
  if (opts.max !== undefined) s = s.max(opts.max, problem(label, `högst ${opts.max}`));
  return s;
}

/** A calendar year the registers can hold (refuses −1, 20266). */
export function calendarYear(label: string) {
  return integer(label, { min: 1900, max: 2200 });
}

export function optionalInteger(label: string, opts: { min?: number; max?: number } = {}) {
  return integer(label, opts).nullable();
}

export function decimal(label: string, opts: { min?: number; max?: number } = {}) {
  let s = z.number({ error: problem(label, 'ange ett tal') }).refine(Number.isFinite, problem(label, 'ange ett tal'));
  if (opts.min !== undefined) s = s.refine((v) => v >= opts.min!, problem(label, `minst ${opts.min}`));
  if (opts.max !== undefined) s = s.refine((v) => v <= opts.max!, problem(label, `högst ${opts.max}`));
  return s;
}

export function optionalDecimal(label: string, opts: { min?: number; max?: number } = {}) {
  return decimal(label, opts).nullable();
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: problem(label, 'välj ett av alternativen') });
}

export function recordId(label: string) {
  return z
    .number({ error: problem(label, 'välj en post') })
    .int(problem(label, 'välj en post'))
    .positive(problem(label, 'välj en post'));
}

export function optionalRecordId(label: string) {
  return recordId(label).nullable();
}

export function flag(label: string) {
  return z.boolean({ error: problem(label, 'ange ja eller nej') });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function optionalEmail(label: string) {
  return optionalText(label, 200).refine(
    (v) => v === null || EMAIL.test(v),
    problem(label, 'ange en giltig e-postadress'),
  );
}

const PHONE = /^[+]?[\d\s()-]{5,20}$/;

export function optionalPhone(label: string) {
  return optionalText(label, 40).refine(
    (v) => v === null || PHONE.test(v),
    problem(label, 'ange ett telefonnummer med siffror'),
  );
}

/** Swedish postal code: five digits, usually written `252 25`. */
export function optionalPostalCode(label: string) {
  return optionalText(label, 10)
    .refine((v) => v === null || /^\d{3}\s?\d{2}$/.test(v), problem(label, 'ange fem siffror, t.ex. 252 25'))
    .transform((v) => (v === null ? null : `${v.replace(/\s/g, '').slice(0, 3)} ${v.replace(/\s/g, '').slice(3)}`));
}

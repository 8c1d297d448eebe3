/**
 * Swedish for the checks that carry no message of their own. A form's
 * fields say what is wrong in their own words (`problem()` in fields.ts);
 * this covers the rest: a list longer than a call takes, a search text over
 * its length, a value of the wrong type sent by a script. Without it zod
 * answers in English ("Too big: expected array to have <=500 items").
 *
 * Set once for the zod instance, by procedure.ts, which every input schema
 * imports: the back end and the renderer read the same messages.
 */
import { z } from 'zod';
import { formatNumber } from './format';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['localeError']>>[0];

const typeNames: Record<string, string> = {
  string: 'en text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'ja eller nej',
  array: 'en lista',
  object: 'en post',
  date: 'ett datum',
};

const bound = (value: number | bigint): string => formatNumber(Number(value));

function sizeText(origin: string, amount: string): string {
  if (origin === 'string') return `${amount} tecken`;
  if (origin === 'array' || origin === 'set') return `${amount} i taget`;
  return amount;
}

/** The message for one issue; the field's name is put in front where the issue is reported (fieldErrorsFromIssues). */
function swedishMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'saknas';
      return `ska vara ${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_big': {
      const amount = bound(issue.maximum);
      if (issue.exact) return `ska vara ${sizeText(issue.origin, amount)}`;
      return issue.inclusive === false
        ? `ska vara under ${sizeText(issue.origin, amount)}`
        : `högst ${sizeText(issue.origin, amount)}`;
    }
    case 'too_small': {
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'får inte vara tomt';
      if (issue.origin === 'array' && Number(issue.minimum) === 1) return 'välj minst en';
      const amount = bound(issue.minimum);
      if (issue.exact) return `ska vara ${sizeText(issue.origin, amount)}`;
      return issue.inclusive === false
        ? `ska vara över ${sizeText(issue.origin, amount)}`
        : `minst ${sizeText(issue.origin, amount)}`;
    }
    case 'invalid_value':
      return `ska vara ett av: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return 'har fel format';
    case 'not_multiple_of':
      return `ska vara en multipel av ${bound(issue.divisor)}`;
    case 'unrecognized_keys':
      return `okänt fält: ${issue.keys.join(', ')}`;
    default:
      return 'ogiltigt värde';
  }
}

// One full stop at the end, like every message problem() writes.
z.config({ localeError: (issue) => `${swedishMessage(issue)}.` });

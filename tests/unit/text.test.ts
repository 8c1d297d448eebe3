/** Free-text rules: NFC, no control characters but tab and newline, no broken characters. */
import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from '../../shared/core/fields';
import { normaliseText, textProblem, TEXT_MESSAGES } from '../../shared/core/text';

describe('textProblem', () => {
  it('accepts ordinary text with tab, newline and CR LF', () => {
    for (const ok of ['Gåvlegatan 3', 'rad\nrad', 'a\tb', 'rad\r\nrad', '😀 emoji', ''])
      expect(textProblem(ok)).toBeNull();
  });

  it('refuses NUL, other C0 and C1 controls, DEL and a lone CR', () => {
    for (const bad of [
      '\u0000',
      'a\u0001',
      '\u0008',
      '\u000b',
      '\u000c',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009f',
      'a\rb',
    ])
      expect(textProblem(bad), JSON.stringify(bad)).toBe(TEXT_MESSAGES.control);
  });

  it('refuses lone surrogates, either half', () => {
    expect(textProblem('a\ud800')).toBe(TEXT_MESSAGES.surrogate);
    expect(textProblem('\udc00b')).toBe(TEXT_MESSAGES.surrogate);
    expect(textProblem('\ud83d\ude00')).toBeNull();
  });
});

describe('field schemas', () => {
  it('store NFC with LF line ends', () => {
    expect(normaliseText('A\u030a\r\nb')).toBe('Å\nb');
    expect(requiredText('Namn').parse(' A\u030asa ')).toBe('Åsa');
    expect(optionalText('Anteckningar').parse('x\r\ny')).toBe('x\ny');
  });

  it('refuse control characters with a message naming the field', () => {
    const result = requiredText('Namn').safeParse('Anna\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Namn: ${TEXT_MESSAGES.control}.`);
  });
});

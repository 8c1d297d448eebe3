/** Letter texts: every field of every letter filled in, unknown fields and stray braces refused. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LETTER_TEXTS,
  fieldsUsed,
  fillTemplate,
  LETTER_KINDS,
  letterFields,
  templateProblem,
} from '../../shared/letters/templates';

describe('letter templates', () => {
  for (const kind of LETTER_KINDS) {
    it(`${kind}: the default text uses every field and fills each with its value`, () => {
      const names = Object.keys(letterFields[kind]);
      expect(templateProblem(kind, DEFAULT_LETTER_TEXTS[kind])).toBeNull();
      expect(fieldsUsed(DEFAULT_LETTER_TEXTS[kind]).sort()).toEqual([...names].sort());
      const values = Object.fromEntries(names.map((n) => [n, `«${n}»`])) as never;
      const paragraphs = fillTemplate(DEFAULT_LETTER_TEXTS[kind], values);
      const text = paragraphs
        .map((p) => p.map((part) => ('text' in part ? part.text : part.value)).join(''))
        .join('\n\n');
      for (const n of names) expect(text).toContain(`«${n}»`);
      expect(text).not.toMatch(/[{}]/);
    });
  }

  it('keeps values apart from the text, so the renderer can escape them', () => {
    const [paragraph] = fillTemplate<'sublet1239'>('Till {hyresvärd}, om {objekt}.', {
      hyresvärd: '<b>Värd</b>',
      avtalsnummer: '',
      kontrakt: '',
      objekt: 'LGH-1',
      tillträde: '',
      datum: '',
      avsändare: '',
    });
    expect(paragraph).toEqual([
      { text: 'Till ' },
      { value: '<b>Värd</b>' },
      { text: ', om ' },
      { value: 'LGH-1' },
      { text: '.' },
    ]);
  });

  it('refuses a field the letter does not know, naming it and the known ones', () => {
    const why = templateProblem('leaseNotice', 'Till {hyresvärd}: {hyresgäst} flyttar.');
    expect(why).toMatch(/okänt fält \{hyresgäst\}/);
    expect(why).toMatch(/\{upphör\}/);
    expect(templateProblem('waiverApplication', 'Hyresgäst: {hyresgäst}')).toBeNull();
  });

  it('refuses a stray brace', () => {
    expect(templateProblem('sublet1239', 'Till {hyresvärd')).toMatch(/klammer/);
    expect(templateProblem('sublet1239', 'Till hyresvärd}')).toMatch(/klammer/);
  });
});

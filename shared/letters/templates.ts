/**
 * The letters the law asks for, as texts FF edits in Inställningar: plain
 * paragraphs (a blank line between) with named fields in braces, such as
 * `{hyresvärd}`. A text is checked when saved: a field the letter does not
 * know is refused, so a letter never goes out with a blank where a name
 * should be. Filling in never produces markup: the documents renderer
 * escapes every value, as in every document.
 */
export const LETTER_KINDS = ['sublet1239', 'leaseNotice', 'waiverApplication'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const letterKindLabels: Record<LetterKind, string> = {
  sublet1239: 'Underrättelse om andrahandsuthyrning (12 kap. 39 § JB)',
  leaseNotice: 'Uppsägning av hyresavtal',
  waiverApplication: 'Ansökan till hyresnämnden om godkännande av avstående från besittningsskydd (12 kap. 45 a § JB)',
};

/** Each letter's fields and what they hold, as shown beside the text in Inställningar. */
export const letterFields = {
  sublet1239: {
    hyresvärd: 'hyresvärdens namn',
    avtalsnummer: 'hyresavtalets nummer (och hyresvärdens referens)',
    kontrakt: 'de kommunala kontraktens nummer',
    objekt: 'bostäderna: objektnummer och adress',
    tillträde: 'dagen då andrahandsuthyrningen börjar',
    datum: 'brevets datum',
    avsändare: 'organisationens namn och enhet',
  },
  leaseNotice: {
    hyresvärd: 'hyresvärdens namn',
    avtalsnummer: 'hyresavtalets nummer',
    referens: 'hyresvärdens egen referens',
    objekt: 'bostäderna: objektnummer och adress',
    upphör: 'dagen då avtalet upphör',
    regel: 'regeln som ger dagen',
    datum: 'brevets datum',
    avsändare: 'organisationens namn och enhet',
  },
  waiverApplication: {
    hyresvärd: 'hyresvärden (staden)',
    hyresgäst: 'hyresgästens namn',
    kontraktsnummer: 'kontraktets nummer',
    objekt: 'bostaden: objektnummer och adress',
    period: 'avtalstiden',
    grund: 'skälet till avståendet',
    datum: 'brevets datum',
    avsändare: 'organisationens namn och enhet',
  },
} as const satisfies Record<LetterKind, Record<string, string>>;

export type LetterField<K extends LetterKind> = keyof (typeof letterFields)[K] & string;
export type LetterValues<K extends LetterKind> = Record<LetterField<K>, string>;

const FIELD = /\{([^{}]*)\}/g;

/** The field names a text uses, in order, each once. */
export function fieldsUsed(text: string): string[] {
  return [...new Set([...text.matchAll(FIELD)].map((m) => m[1]!))];
}

/** Why a text cannot be saved for this letter, or null: unknown fields and stray braces. */
export function templateProblem(kind: LetterKind, text: string): string | null {
  const known = Object.keys(letterFields[kind]);
  const unknown = fieldsUsed(text).filter((f) => !known.includes(f));
  if (unknown.length > 0) {
    return `okänt fält ${unknown.map((f) => `{${f}}`).join(', ')}; kända fält är ${known.map((f) => `{${f}}`).join(', ')}`;
  }
  if (/[{}]/.test(text.replace(FIELD, ''))) return 'en klammer ({ eller }) saknar sin motsvarighet';
  return null;
}

/** A part of a filled-in paragraph: text from the template, or a value from the records. */
export type LetterPart = { text: string } | { value: string };

/** The text as paragraphs of parts, fields replaced by their values (to be escaped by the renderer). */
export function fillTemplate<K extends LetterKind>(text: string, values: LetterValues<K>): LetterPart[][] {
  const lookup = values as Record<string, string>;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((paragraph) => {
      const parts: LetterPart[] = [];
      let at = 0;
      for (const m of paragraph.matchAll(FIELD)) {
        if (m.index > at) parts.push({ text: paragraph.slice(at, m.index) });
        const value = lookup[m[1]!];
        if (value === undefined) throw new Error(`Letter field {${m[1]}} has no value`);
        parts.push({ value });
        at = m.index + m[0].length;
      }
      if (at < paragraph.length) parts.push({ text: paragraph.slice(at) });
      return parts;
    });
}

export const DEFAULT_LETTER_TEXTS: Record<LetterKind, string> = {
  sublet1239: [
    'Till {hyresvärd}',
    'Underrättelse om andrahandsuthyrning enligt 12 kap. 39 § jordabalken',
    'Staden hyr av er bostäder enligt hyresavtal {avtalsnummer}. Vi underrättar er härmed om att staden hyr ut följande bostäder i andra hand inom det bostadssociala programmet (kommunala kontrakt {kontrakt}):',
    '{objekt}',
    'Andrahandsuthyrningen börjar {tillträde}.',
    'Staden har enligt 12 kap. 39 § jordabalken rätt att hyra ut bostäderna i andra hand utan hyresvärdens samtycke, men ska genast underrätta hyresvärden. Frågor besvaras av oss på adressen nedan.',
    '{datum}\n{avsändare}',
  ].join('\n\n'),
  leaseNotice: [
    'Till {hyresvärd}',
    'Uppsägning av hyresavtal {avtalsnummer} (er referens {referens})',
    'Staden säger härmed upp hyresavtal {avtalsnummer} avseende:',
    '{objekt}',
    'Avtalet upphör {upphör} ({regel}).',
    'Vi ber er att skriva under mottagningsbeviset nedan och skicka det i retur.',
    '{datum}\n{avsändare}',
  ].join('\n\n'),
  waiverApplication: [
    'Till hyresnämnden',
    'Ansökan om godkännande av överenskommelse om avstående från besittningsskydd (12 kap. 45 a § jordabalken)',
    'Hyresvärd: {hyresvärd}\nHyresgäst: {hyresgäst}\nKontrakt: {kontraktsnummer}',
    'Lägenhet: {objekt}\nAvtalstid: {period}',
    'Skäl för avståendet: {grund}',
    'Staden hyr lägenheten i avsikt att hyra ut den i andra hand till personer som behöver bostad med särskild hänsyn, och ansöker om hyresnämndens godkännande av den bifogade överenskommelsen.',
    '{datum}\n{avsändare}',
  ].join('\n\n'),
};

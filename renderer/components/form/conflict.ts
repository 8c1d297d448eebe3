/**
 * A conflict, field by field: what the form started from (original), what
 * the user typed (mine) and what the other user saved (theirs). The form is
 * moved onto the stored version; each field the two changed differently is
 * listed with "Behåll min" / "Ta deras", starting at the user's own value.
 */
import type { FieldSpec, FormValues, Option } from './fieldSpec';

export interface ConflictField {
  name: string;
  label: string;
  original: string;
  mine: string;
  theirs: string;
  /** A choice's options: the comparison shows their labels, not the stored codes. */
  options?: Option[];
}

export interface Conflict {
  message: string;
  fields: ConflictField[];
}

/**
 * The fields the other user changed to something other than mine. A field
 * only I changed is no conflict (it keeps my value, see mergedValues); so an
 * action's own fields (a date the record does not hold) never show as theirs.
 */
export function conflictFields(
  specs: FieldSpec[],
  original: FormValues,
  mine: FormValues,
  theirs: FormValues,
): ConflictField[] {
  return specs.flatMap((s) => {
    const o = original[s.name] ?? '';
    const m = mine[s.name] ?? '';
    const t = theirs[s.name] ?? '';
    return t !== o && m !== t
      ? [
          {
            name: s.name,
            label: s.label,
            original: o,
            mine: m,
            theirs: t,
            ...(s.options ? { options: s.options } : {}),
          },
        ]
      : [];
  });
}

/** The values to go on from: the user's own where they changed a field, the stored ones elsewhere. */
export function mergedValues(
  specs: FieldSpec[],
  original: FormValues,
  mine: FormValues,
  theirs: FormValues,
): FormValues {
  const merged: FormValues = { ...theirs };
  for (const s of specs) if ((mine[s.name] ?? '') !== (original[s.name] ?? '')) merged[s.name] = mine[s.name] ?? '';
  return merged;
}

/**
 * Unsaved form values, kept per user, form and record in the window's local
 * storage as they are typed: a crash, a reload or a conflict gives them back.
 * A draft holds the values the form started from as well, so that when the
 * record has changed since, the difference can be shown field by field.
 */
import { api } from '../../api/client';
import type { FormValues } from './fieldSpec';

export interface Draft {
  values: FormValues;
  /** The stored values the typing started from. */
  base: FormValues;
  /** The record's version the typing started from (null for a new record). */
  version: number | null;
  savedAt: string;
}

let actor: Promise<string> | null = null;

/** The login drafts are filed under: one user's typing never shows for another. */
export function draftOwner(): Promise<string> {
  actor ??= api
    .call('system.info', {})
    .then((info) => info.actor.login)
    .catch(() => '');
  return actor;
}

function storageKey(owner: string, form: string, id: number | null): string {
  return `bp.draft.${owner}.${form}.${id ?? 'ny'}`;
}

export function readDraft(owner: string, form: string, id: number | null): Draft | null {
  try {
    const text = window.localStorage.getItem(storageKey(owner, form, id));
    return text ? (JSON.parse(text) as Draft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(owner: string, form: string, id: number | null, draft: Draft): void {
  try {
    window.localStorage.setItem(storageKey(owner, form, id), JSON.stringify(draft));
  } catch {
    // A full or disabled storage costs the draft, never the form.
  }
}

export function forgetDraft(owner: string, form: string, id: number | null): void {
  try {
    window.localStorage.removeItem(storageKey(owner, form, id));
  } catch {
    // As above.
  }
}

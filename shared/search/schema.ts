/**
 * The global search (Ctrl+K): one box over every register. Results come
 * grouped by register, in the order below, each group with its active
 * records first and archived ones last and marked.
 */
import { z } from 'zod';
import { command } from '../core/procedure';

export const searchRegisters = [
  'units',
  'leases',
  'contracts',
  'households',
  'organisations',
  'guarantees',
  'landAgreements',
] as const;
export type SearchRegister = (typeof searchRegisters)[number];

/** The group's heading, and the screen (route) a hit opens. */
export const searchRegisterInfo: Record<SearchRegister, { label: string; route: string }> = {
  units: { label: 'Bostäder', route: 'bostader' },
  leases: { label: 'Hyresavtal', route: 'hyresavtal' },
  contracts: { label: 'Kommunala kontrakt', route: 'kontrakt' },
  households: { label: 'Hushåll', route: 'hushall' },
  organisations: { label: 'Hyresvärdar och byggaktörer', route: 'organisationer' },
  guarantees: { label: 'Hyresgarantier', route: 'garantier' },
  landAgreements: { label: 'Markanvisningar', route: 'markanvisningar' },
};

export const SEARCH_LIMIT_PER_REGISTER = 8;

export const searchInputSchema = z.object({
  text: z.string().max(200),
});

export const searchHitSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  detail: z.string(),
  archived: z.boolean(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchGroupSchema = z.object({
  register: z.enum(searchRegisters),
  label: z.string(),
  route: z.string(),
  hits: z.array(searchHitSchema),
  /** More records matched than the group shows. */
  more: z.boolean(),
});
export type SearchGroup = z.infer<typeof searchGroupSchema>;

export const searchResultSchema = z.object({
  groups: z.array(searchGroupSchema),
  /** The text was a whole personnummer: the household was looked up by it (and the look-up audited). */
  byIdentityNumber: z.boolean(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

/**
 * The words of a query as the index sees them: lower case, split at
 * anything that is not a letter or digit, each word kept with its parts
 * (`HA-2026-0001` is one word of three parts, to match as a phrase). A
 * ten-digit number is an organisationsnummer written without its hyphen.
 */
export function searchWords(text: string): string[][] {
  return text
    .toLocaleLowerCase('sv-SE')
    .split(/\s+/)
    .map((word) => (/^\d{10}$/.test(word) ? `${word.slice(0, 6)}-${word.slice(6)}` : word))
    .map((word) => word.split(/[^\p{L}\p{N}]+/u).filter(Boolean))
    .filter((parts) => parts.length > 0);
}

export const searchProcedures = {
  // A query, though a look-up by personnummer appends to the audit log in a
  // transaction of its own (as printing a contract does).
  // A command, not a query: a whole personnummer's look-up is audited (a write).
  'search.global': command(searchInputSchema, searchResultSchema, 'read'),
};

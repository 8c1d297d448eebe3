/**
 * Who is working: the operating-system login, with a display name kept in
 * the shared database so colleagues see "Anna Berg", not "aberg". Per-user
 * preferences (grid layouts) live beside it.
 */
import { z } from 'zod';
import { requiredText } from '../core/fields';
import { mutation, query } from '../core/procedure';

export const actorSchema = z.object({ login: z.string(), displayName: z.string() });
export type Actor = z.infer<typeof actorSchema>;

export const PREF_KEY = /^[a-z][a-zA-Z0-9.:-]{0,63}$/;

export const userProcedures = {
  'users.me': query(z.object({}), actorSchema),
  'users.setDisplayName': mutation(z.object({ displayName: requiredText('Visningsnamn', 100) }), actorSchema),
  /** A preference is plain JSON the screen owns (e.g. AG Grid column state). */
  'prefs.get': query(z.object({ key: z.string().regex(PREF_KEY) }), z.unknown()),
  'prefs.set': mutation(
    z.object({ key: z.string().regex(PREF_KEY), value: z.unknown() }),
    z.object({ saved: z.boolean() }),
  ),
};

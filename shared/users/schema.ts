/**
 * Who is working: the operating-system login, with a display name kept in
 * the shared database so colleagues see "Anna Berg", not "aberg". Per-user
 * preferences (grid layouts) live beside it.
 */
import { z } from 'zod';
import { requiredText } from '../core/fields';
import { mutation, query } from '../core/procedure';
import { ROLES } from './roles';

export const actorSchema = z.object({ login: z.string(), displayName: z.string() });
export type Actor = z.infer<typeof actorSchema>;

/** The caller, with the role that decides what the screens offer. */
export const meSchema = actorSchema.extend({ role: z.enum(ROLES) });

export const PREF_KEY = /^[a-z][a-zA-Z0-9.:-]{0,63}$/;

export const userProcedures = {
  'users.me': query(z.object({}), meSchema),
  'users.setDisplayName': mutation(z.object({ displayName: requiredText('Visningsnamn', 100) }), actorSchema, 'self'),
  /** A preference is plain JSON the screen owns (e.g. AG Grid column state). */
  'prefs.get': query(z.object({ key: z.string().regex(PREF_KEY) }), z.unknown()),
  'prefs.set': mutation(
    z.object({ key: z.string().regex(PREF_KEY), value: z.unknown() }),
    z.object({ saved: z.boolean() }),
    'self',
  ),
};

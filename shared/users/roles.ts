/**
 * Roles: which OS users may do what, kept in the shared database.
 * Administratör: settings, roles and gallring, and everything a handläggare
 * does. Handläggare: everything in the registers. Läsbehörig: reads only,
 * with personnummer masked everywhere. The first user of a new database is
 * administratör; later users start as handläggare until an administratör
 * says otherwise.
 */
import { z } from 'zod';
import { choice, problem } from '../core/fields';
import { mutation, query, type Access } from '../core/procedure';

export const ROLES = ['administrator', 'handlaggare', 'lasbehorig'] as const;
export type Role = (typeof ROLES)[number];

export const roleLabels: Record<Role, string> = {
  administrator: 'Administratör',
  handlaggare: 'Handläggare',
  lasbehorig: 'Läsbehörig',
};

/** The role a user gets the first time they open a database that already has users. */
export const DEFAULT_ROLE: Role = 'handlaggare';

export function mayCall(role: Role, access: Access): boolean {
  if (access === 'read' || access === 'self') return true;
  if (access === 'register') return role === 'administrator' || role === 'handlaggare';
  return role === 'administrator';
}

/** May this role see whole personnummer (after an audited "Visa personnummer")? */
export function maySeeIdentityNumbers(role: Role): boolean {
  return role !== 'lasbehorig';
}

const ACCESS_TEXT: Record<Access, string> = {
  read: 'läsa',
  self: 'ändra sina egna uppgifter',
  register: 'ändra i registren',
  admin: 'ändra inställningar, roller och gallring',
};

/** The Swedish refusal: who you are, what you tried, and what to do. */
export function refusalMessage(role: Role, access: Access): string {
  return `Din roll är ${roleLabels[role].toLocaleLowerCase('sv-SE')}; den får inte ${ACCESS_TEXT[access]}. Be en administratör om behörighet.`;
}

export const userRoleSchema = z.object({
  login: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type UserRole = z.infer<typeof userRoleSchema>;

export const roleLabel = 'Roll';

export const setRoleInputSchema = z.object({
  login: z
    .string({ error: problem('Användare', 'välj en användare') })
    .min(1)
    .max(100),
  role: choice(roleLabel, ROLES),
  version: z.number().int().positive(),
});

export const roleProcedures = {
  'roles.list': query(z.object({}), z.array(userRoleSchema), 'admin'),
  'roles.set': mutation(setRoleInputSchema, userRoleSchema, 'admin'),
};

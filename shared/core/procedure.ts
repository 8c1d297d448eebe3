/**
 * The procedure contract: every call from the renderer to the back end has a
 * unique name `<area>.<verb>`, a zod input schema, an output schema and a
 * flag saying whether it writes. The contract lives in shared/ so the typed
 * client (renderer) and the handlers (electron) agree without code generation.
 */
import type { z } from 'zod';
// Zod's own messages in Swedish, wherever a schema is declared (see the module).
import './validationMessages';

/**
 * What a caller's role must allow (shared/users/roles.ts): `read` every
 * role; `self` every role, for the caller's own name and screen layout;
 * `register` handläggare and administratör, for the registers; `admin`
 * administratör only (settings, roles, gallring). Reads default to `read`,
 * writes to `register`; a procedure says so when it needs another.
 */
export type Access = 'read' | 'self' | 'register' | 'admin';

export interface ProcedureSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /**
   * A write runs in one transaction that takes the database's write lock up
   * front (BEGIN IMMEDIATE), so writers wait their turn; the records it
   * changes go through records.ts, which writes the audit rows.
   */
  writes: boolean;
  access: Access;
  /**
   * The handler takes care of its own transactions (a backup, a restore:
   * work SQLite cannot do inside one). Still a write: never called from a
   * read, refused on a read-only database unless the handler allows it.
   */
  ownTransaction?: true;
  /** Runs on a database opened read-only (damaged): only the restore that repairs it. */
  worksReadOnly?: true;
}

export function query<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  access: Access = 'read',
): ProcedureSpec<I, O> {
  return { input, output, writes: false, access };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  access: Access = 'register',
): ProcedureSpec<I, O> {
  return { input, output, writes: true, access };
}

export function command<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
  access: Access = 'register',
): ProcedureSpec<I, O> {
  return { input, output, writes: true, ownTransaction: true, access };
}

export type ProcedureMap = Record<string, ProcedureSpec>;

/** What the caller passes (before defaults and transforms). */
export type InputOf<S extends ProcedureSpec> = z.input<S['input']>;
/** What the handler receives (after validation). */
export type ParsedInputOf<S extends ProcedureSpec> = z.output<S['input']>;
/** What the caller gets back. */
export type OutputOf<S extends ProcedureSpec> = z.output<S['output']>;

/**
 * The procedure contract: every call from the renderer to the back end has a
 * unique name `<area>.<verb>`, a zod input schema, an output schema and a
 * flag saying whether it writes. The contract lives in shared/ so the typed
 * client (renderer) and the handlers (electron) agree without code generation.
 */
import type { z } from 'zod';

export interface ProcedureSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** Writes run one at a time, each in one transaction, and are audited. */
  writes: boolean;
  /**
   * The handler takes care of its own transactions (a backup, a restore:
   * work SQLite cannot do inside one). Still a write: never called from a
   * read, refused on a read-only database unless the handler allows it.
   */
  ownTransaction?: true;
  /** Runs on a database opened read-only (damaged): only the restore that repairs it. */
  worksReadOnly?: true;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ProcedureSpec<I, O> {
  return { input, output, writes: false };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ProcedureSpec<I, O> {
  return { input, output, writes: true };
}

export function command<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ProcedureSpec<I, O> {
  return { input, output, writes: true, ownTransaction: true };
}

export type ProcedureMap = Record<string, ProcedureSpec>;

/** What the caller passes (before defaults and transforms). */
export type InputOf<S extends ProcedureSpec> = z.input<S['input']>;
/** What the handler receives (after validation). */
export type ParsedInputOf<S extends ProcedureSpec> = z.output<S['input']>;
/** What the caller gets back. */
export type OutputOf<S extends ProcedureSpec> = z.output<S['output']>;

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
  /**
   * A write runs in one transaction that takes the database's write lock up
   * front (BEGIN IMMEDIATE), so writers wait their turn; the records it
   * changes go through records.ts, which writes the audit rows.
   */
  writes: boolean;
}

export function query<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ProcedureSpec<I, O> {
  return { input, output, writes: false };
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ProcedureSpec<I, O> {
  return { input, output, writes: true };
}

export type ProcedureMap = Record<string, ProcedureSpec>;

/** What the caller passes (before defaults and transforms). */
export type InputOf<S extends ProcedureSpec> = z.input<S['input']>;
/** What the handler receives (after validation). */
export type ParsedInputOf<S extends ProcedureSpec> = z.output<S['input']>;
/** What the caller gets back. */
export type OutputOf<S extends ProcedureSpec> = z.output<S['output']>;

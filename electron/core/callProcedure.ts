/**
 * A procedure called from inside the back end's process (the demo seeder,
 * the command-line import, the benches), through dispatch as a transport
 * would, so roles, validation, auditing and the write lock hold as for a
 * window. Typed by the procedure's name; a refused call throws.
 */
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import type { AppErrorShape } from '../../shared/core/result';
import type { BackEnd } from './context';
import { dispatch } from './dispatch';

/** A call the back end refused: its message names the procedure; `refusal` is what a user would be told. */
export class RefusedCall extends Error {
  constructor(
    readonly procedure: ProcedureName,
    readonly refusal: AppErrorShape,
  ) {
    super(`${procedure}: ${refusal.message}`);
  }
}

export async function callProcedure<K extends ProcedureName>(
  backEnd: BackEnd,
  name: K,
  input: InputOf<Api[K]>,
): Promise<OutputOf<Api[K]>> {
  const result = await dispatch(name, input, backEnd);
  if (!result.ok) throw new RefusedCall(name, result.error);
  // dispatch checked the output against the procedure's schema.
  return result.value as OutputOf<Api[K]>;
}

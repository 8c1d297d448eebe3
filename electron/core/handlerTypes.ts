/** Types tying each handler to its procedure in the shared contract. */
import type { z } from 'zod';
import type { ParsedInputOf, ProcedureMap, ProcedureSpec } from '../../shared/core/procedure';
import type { ServiceContext } from './context';

export type Handler<S extends ProcedureSpec> = (
  ctx: ServiceContext,
  input: ParsedInputOf<S>,
) => Promise<z.input<S['output']>>;

/** One handler per procedure of a feature's map; the compiler checks both ways. */
export type Handlers<M extends ProcedureMap> = { [K in keyof M]: Handler<M[K]> };

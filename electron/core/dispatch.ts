/**
 * The one way into the back end. Both transports (Electron IPC and the HTTP
 * browser host) call `dispatch` and move its envelope as bytes; neither
 * holds any logic. Here, and only here: the name is looked up, the input is
 * validated against the shared contract, a procedure that writes runs in
 * one write transaction, and every failure becomes a Swedish message.
 */
import { api, isProcedureName, type ProcedureName } from '../../shared/api';
import type { ProcedureSpec } from '../../shared/core/procedure';
import type { Envelope } from '../../shared/core/result';
import { handlers } from '../procedures';
import type { BackEnd, ServiceContext } from './context';
import { toErrorShape, validationError } from './errors';
import type { Handler } from './handlerTypes';

export const READ_ONLY_MESSAGE =
  'Databasen är skadad och har öppnats skrivskyddad: inget kan sparas. Återställ den senaste säkerhetskopian under System → Säkerhetskopior.';

export async function dispatch(name: string, input: unknown, backEnd: BackEnd): Promise<Envelope<unknown>> {
  if (!isProcedureName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `Okänd funktion: ${name}` } };
  }
  const spec: ProcedureSpec = api[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };

  const handler = handlers[name] as unknown as Handler<ProcedureSpec>;
  if (spec.writes && !spec.worksReadOnly && backEnd.database.readOnly) {
    return { ok: false, error: { code: 'FORBIDDEN', message: READ_ONLY_MESSAGE } };
  }
  const base: Omit<ServiceContext, 'db'> = {
    actor: backEnd.actor,
    clock: backEnd.clock,
    info: backEnd.info(),
    maintenance: backEnd.maintenance,
  };
  try {
    const value =
      spec.writes && !spec.ownTransaction
        ? await backEnd.database.knex.transaction((trx) => handler({ ...base, db: trx }, parsed.data))
        : await handler({ ...base, db: backEnd.database.knex }, parsed.data);
    // Our own commits do not move our data_version: tell our windows here.
    if (spec.writes) await backEnd.changes.check();
    return { ok: true, value: checkedOutput(name, spec, value) };
  } catch (error) {
    return { ok: false, error: toErrorShape(error) };
  }
}

/** The output schema is the contract too: a handler that breaks it is a bug. */
function checkedOutput(name: ProcedureName, spec: ProcedureSpec, value: unknown): unknown {
  const result = spec.output.safeParse(value);
  if (!result.success) {
    throw new Error(`Output of ${name} does not match its schema: ${result.error.message}`);
  }
  return result.data;
}

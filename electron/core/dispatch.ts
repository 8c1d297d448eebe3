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
import { textProblem } from '../../shared/core/text';
import { mayCall, refusalMessage } from '../../shared/users/roles';
import { toErrorShape, validationError } from './errors';
import type { Handler } from './handlerTypes';
import { log } from './log';

export const READ_ONLY_MESSAGE =
  'Databasen är skadad och har öppnats skrivskyddad: inget kan sparas. Återställ den senaste säkerhetskopian under System → Säkerhetskopior.';

/** Who is calling, for the log: each transport gives its own id to each request. */
export interface CallMeta {
  requestId?: string;
}

const MAX_NAME_IN_MESSAGE = 60;

export async function dispatch(
  name: string,
  input: unknown,
  backEnd: BackEnd,
  meta: CallMeta = {},
): Promise<Envelope<unknown>> {
  const started = performance.now();
  const result = await run(name, input, backEnd);
  const fields: Record<string, unknown> = {
    requestId: meta.requestId,
    procedure: isProcedureName(name) ? name : '(okänd)',
    ms: Math.round(performance.now() - started),
    ok: result.ok,
  };
  if (!result.ok) fields['code'] = result.error.code;
  // Writes at info (who changed something is what support asks about), reads at debug.
  const writes = isProcedureName(name) && api[name].writes;
  if (writes) log().info(fields, 'call');
  else log().debug(fields, 'call');
  if (!result.ok && result.error.code === 'INTERNAL') log().error(fields, 'call failed');
  return result;
}

async function run(name: string, input: unknown, backEnd: BackEnd): Promise<Envelope<unknown>> {
  if (!isProcedureName(name)) {
    const shown = String(name).slice(0, MAX_NAME_IN_MESSAGE);
    return { ok: false, error: { code: 'NOT_FOUND', message: `Okänd funktion: ${shown}` } };
  }
  const spec: ProcedureSpec = api[name];
  const forbiddenKey = findForbiddenKey(input);
  if (forbiddenKey) {
    const message = `Fältet ${forbiddenKey} finns inte.`;
    return { ok: false, error: { code: 'VALIDATION', message, fields: { [forbiddenKey]: message } } };
  }
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
  // The field schemas refuse bad free text with the field's own label; this
  // catches it in every other string (searches, filters, preferences).
  const badText = findBadText(input);
  if (badText)
    return {
      ok: false,
      error: { code: 'VALIDATION', message: badText.message, fields: { [badText.path]: badText.message } },
    };

  const role = await backEnd.role.current();
  if (!mayCall(role, spec.access)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: refusalMessage(role, spec.access) } };
  }

  const handler = handlers[name] as unknown as Handler<ProcedureSpec>;
  if (spec.writes && !spec.worksReadOnly && backEnd.database.readOnly) {
    return { ok: false, error: { code: 'FORBIDDEN', message: READ_ONLY_MESSAGE } };
  }
  const base: Omit<ServiceContext, 'db'> = {
    actor: backEnd.actor,
    role,
    clock: backEnd.clock,
    info: backEnd.info(),
    maintenance: backEnd.maintenance,
    dbTarget: backEnd.database.target,
  };
  try {
    const value =
      spec.writes && !spec.ownTransaction
        ? await backEnd.database.knex.transaction((trx) => handler({ ...base, db: trx }, parsed.data))
        : await handler({ ...base, db: backEnd.database.knex }, parsed.data);
    // Our own commits do not move our data_version: tell our windows here.
    if (spec.writes) await backEnd.changes.check();
    // Roles change only by an administratör's write; PostgreSQL's notice of
    // it may come after this call's answer, and the next call must see it.
    if (spec.writes && spec.access === 'admin') backEnd.role.forget();
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

/** The first string anywhere in `value` that free text may not hold, with where it is. */
function findBadText(value: unknown, path = '', depth = 0): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const trouble = textProblem(value);
    return trouble ? { path: path || 'input', message: `Texten ${trouble}.` } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, item] of Object.entries(value)) {
    const keyTrouble = textProblem(key);
    const here = path ? `${path}.${key}` : key;
    if (keyTrouble) return { path: path || 'input', message: `Texten ${keyTrouble}.` };
    const found = findBadText(item, here, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * `__proto__` as a key (JSON.parse makes it an own key) would be read by
 * zod as the object's prototype and silently dropped, or worse, inherited.
 */
function findForbiddenKey(value: unknown, path = '', depth = 0): string | null {
  if (value === null || typeof value !== 'object' || depth > 20) return null;
  for (const [key, item] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === '__proto__') return here;
    const found = findForbiddenKey(item, here, depth + 1);
    if (found) return found;
  }
  return null;
}

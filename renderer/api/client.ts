/**
 * The typed client: `api.call('units.list', {...})` is checked end to end
 * against the shared contract, with no code generation. A failed call
 * throws an `ApiError` carrying the envelope's code, message and fields.
 */
import type { Api, ProcedureName } from '../../shared/api';
import type { InputOf, OutputOf } from '../../shared/core/procedure';
import type { AppErrorShape, ConflictInfo, ErrorCode } from '../../shared/core/result';
import { chooseTransport, type Transport } from './transport';

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  readonly conflict: ConflictInfo | undefined;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.fields = shape.fields ?? {};
    this.conflict = shape.conflict;
  }
}

export interface Client {
  call<K extends ProcedureName>(name: K, input: InputOf<Api[K]>): Promise<OutputOf<Api[K]>>;
}

export function createClient(transport: Transport): Client {
  return {
    async call(name, input) {
      const envelope = await transport(name, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as never;
    },
  };
}

/** The app's one client, over the transport chosen at start. */
export const api: Client = createClient(chooseTransport());

/**
 * The save of a record form: create when the record is new, else update
 * from the id and version the form was opened with (a stale version is
 * refused by the back end with who saved first). The form's input is
 * checked by the procedure's schema, in the form and again in the back end.
 */
export function saveRecord<C extends ProcedureName, U extends ProcedureName>(create: C, update: U) {
  return (
    input: Record<string, unknown>,
    record: { id: number; version: number } | null,
  ): Promise<OutputOf<Api[C]> & OutputOf<Api[U]>> =>
    record
      ? api.call(update, { ...input, id: record.id, version: record.version } as never)
      : api.call(create, input as never);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

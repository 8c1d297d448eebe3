/**
 * The typed client: `api.call('units.list', {...})` is checked end to end
 * against the shared contract, with no code generation. A failed call
 * throws an `ApiError` carrying the envelope's code, message and fields.
 */
import type { Contract, ProcedureName } from '../../shared/contract';
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
  call<K extends ProcedureName>(name: K, input: InputOf<Contract[K]>): Promise<OutputOf<Contract[K]>>;
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

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Tables and columns are snake_case (SQL custom); TypeScript is camelCase.
 * Knex converts identifiers on the way in and row keys on the way out, so
 * services never spell a column twice. Conversions are cached: list pages
 * and exports convert the same few dozen names again and again.
 */
const toSnakeCache = new Map<string, string>();
const toCamelCache = new Map<string, string>();

export function toSnake(name: string): string {
  let v = toSnakeCache.get(name);
  if (v === undefined) {
    v = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    toSnakeCache.set(name, v);
  }
  return v;
}

export function toCamel(name: string): string {
  let v = toCamelCache.get(name);
  if (v === undefined) {
    v = name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    toCamelCache.set(name, v);
  }
  return v;
}

function isPlainRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function camelRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) out[toCamel(key)] = row[key];
  return out;
}

/** knex `postProcessResponse`: rows (or one row) get camelCase keys. */
export function camelCaseResponse(result: unknown): unknown {
  if (Array.isArray(result)) return result.map((r) => (isPlainRow(r) ? camelRow(r) : r));
  if (isPlainRow(result)) return camelRow(result);
  return result;
}

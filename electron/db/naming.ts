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
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

type RowConverter = (row: Record<string, unknown>) => Record<string, unknown>;
const converters = new Map<string, RowConverter>();

/**
 * A converter for rows with these columns, written as one object literal:
 * every row then gets the same hidden class in V8, which keeps later
 * copies and spreads fast (a row of 50 columns built key by key was the
 * slowest step of a 100 000-row export). The names are our own schema's,
 * quoted with JSON.stringify.
 */
function converterFor(keys: string[]): RowConverter {
  const signature = keys.join('\u0000');
  let convert = converters.get(signature);
  if (!convert) {
    const body = keys.map((k) => `${JSON.stringify(toCamel(k))}: row[${JSON.stringify(k)}]`).join(', ');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point of this function (see above); keys are our schema's, quoted
    convert = new Function('row', `return { ${body} };`) as RowConverter;
    converters.set(signature, convert);
  }
  return convert;
}

/** knex `postProcessResponse`: rows (or one row) get camelCase keys. */
export function camelCaseResponse(result: unknown): unknown {
  if (Array.isArray(result)) {
    const first: unknown = result[0];
    if (!isPlainRow(first)) return result;
    const convert = converterFor(Object.keys(first));
    return result.map((r: unknown) => (isPlainRow(r) ? convert(r) : r));
  }
  if (isPlainRow(result)) return converterFor(Object.keys(result))(result);
  return result;
}

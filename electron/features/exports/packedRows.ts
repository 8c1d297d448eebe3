/**
 * "Packed rows" for the export read on SQLite: a chunk's rows come back as
 * ONE text value (fields joined by U+001F, rows by U+001E) that is split
 * here, instead of one JS object of ~26 properties per row. The `sqlite3`
 * driver makes a N-API call per value and a new object per row; that, not
 * SQLite, was most of the read (100 000 leases × 26 columns: SQLite answers
 * in 0.1–0.4 s; CPU time of the whole read 1.8–1.9 s as row objects,
 * 1.2–1.3 s packed; wall time 7.6–14 s against 4.1–5.1 s at load 17).
 *
 * Each value starts with a marker of its SQLite type, so it comes back
 * exactly as the driver would return it: text, integer, real (printed with
 * 17 significant digits, which round-trips a double), NULL, blob (hex, back
 * as a Buffer). The separators cannot be in text the app has written (it
 * refuses control characters); a chunk that is not well formed anyway (a
 * field without a marker, a row with too many or too few fields, a row id
 * twice) is refused here, and chunkStatement.ts reads it again as rows.
 * Searching every text value for those characters in SQL instead cost a
 * fifth of the read.
 */
import { toCamel, toSnake } from '../../db/naming';

const FIELD = '\u001f';
const ROW = '\u001e';
const BLOB = 0x19;
const TEXT = 0x1a;
const REAL = 0x1b;
const INTEGER = 0x1c;
const NULL = 0x1d;

/** The SQL for one column's value, encoded as above; `column` is a quoted identifier. */
function encoded(column: string): string {
  return (
    `case typeof(${column})` +
    ` when 'text' then char(26) || ${column}` +
    ` when 'integer' then char(28) || ${column}` +
    ` when 'real' then char(27) || printf('%!.17g', ${column})` +
    ` when 'null' then char(29)` +
    ` else char(25) || hex(${column}) end`
  );
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A select that reads `innerSql`'s rows (whose columns are the snake_case
 * forms of `keys`) as one packed value, or no row when there are none.
 */
export function packedSql(innerSql: string, keys: string[]): string {
  const fields = keys.map((k) => encoded(quoted(toSnake(k)))).join(' || char(31) || ');
  return `select group_concat(${fields}, char(30)) as packed from (${innerSql})`;
}

/** A packed chunk that is not well formed: read it again as rows. */
export class PackedShapeError extends Error {}

function decodeValue(text: string): unknown {
  switch (text.charCodeAt(0)) {
    case TEXT:
      return text.slice(1);
    case INTEGER:
      return Number(text.slice(1));
    case NULL:
      if (text.length !== 1) throw new PackedShapeError('NULL with text after it');
      return null;
    case REAL:
      return realOf(text.slice(1));
    case BLOB:
      return Buffer.from(text.slice(1), 'hex');
    default:
      throw new PackedShapeError('a field without a type marker');
  }
}

/** SQLite prints infinities as Inf and -Inf, which Number() does not read. */
function realOf(text: string): number {
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

type RowMaker = (fields: string[], decode: (text: string) => unknown) => Record<string, unknown>;
const rowMakers = new Map<string, RowMaker>();

/**
 * Rows built as one object literal, so every row has the same hidden class
 * (as naming.ts does for the driver's rows); keys as knex's rows have them.
 */
function rowMakerFor(keys: string[]): RowMaker {
  const signature = keys.join('\u0000');
  let make = rowMakers.get(signature);
  if (!make) {
    const body = keys.map((k, i) => `${JSON.stringify(toCamel(toSnake(k)))}: decode(fields[${i}])`).join(', ');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- one literal per column set, as naming.ts; keys are our schema's, quoted
    make = new Function('fields', 'decode', `return { ${body} };`) as RowMaker;
    rowMakers.set(signature, make);
  }
  return make;
}

/**
 * The rows of one packed value (null when the chunk had none); the first
 * key is the row id, each at most once. Throws PackedShapeError when the
 * value is not well formed.
 */
export function unpackRows(packed: string | null, keys: string[]): Record<string, unknown>[] {
  if (packed === null) return [];
  const make = rowMakerFor(keys);
  const idKey = toCamel(toSnake(keys[0]!));
  const seen = new Set<unknown>();
  return packed.split(ROW).map((line) => {
    const fields = line.split(FIELD);
    if (fields.length !== keys.length) throw new PackedShapeError('a row with another number of fields');
    const row = make(fields, decodeValue);
    const id = row[idKey];
    if (typeof id !== 'number' || seen.has(id)) throw new PackedShapeError('a row id missing or twice');
    seen.add(id);
    return row;
  });
}

/**
 * "Packed rows" for the export read on SQLite: a chunk's rows come back as
 * ONE text value (fields joined by U+001F, rows by U+001E) that is split
 * here, instead of one JS object of ~26 properties per row. The `sqlite3`
 * driver makes a N-API call per value and a new object per row; that, not
 * SQLite, was the read (100 000 leases × 26 columns: SQLite answers in
 * 0.1–0.4 s, the driver and the row objects took 8.9 s, load ~4).
 *
 * Each value carries its SQLite type so it comes back exactly as the driver
 * would return it: NULL, integers and reals get a marker character first
 * (reals printed with 17 significant digits, which round-trips a double);
 * text is as it is, unless it holds a character from U+0019 to U+001F (the
 * separators and markers), then it is sent as hex of its UTF-8 bytes. A
 * blob comes back as a Buffer, as from the driver.
 */
import { toCamel, toSnake } from '../../db/naming';

const FIELD = '\u001f';
const ROW = '\u001e';
const NULL = 0x1d;
const INTEGER = 0x1c;
const REAL = 0x1b;
const TEXT_HEX = 0x1a;
const BLOB_HEX = 0x19;

/** The SQL for one column's value, encoded as above; `column` is a quoted identifier. */
function encoded(column: string): string {
  return (
    `case typeof(${column})` +
    ` when 'text' then iif(${column} glob '*[' || char(25) || '-' || char(31) || ']*', char(26) || hex(${column}), ${column})` +
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
  const fields = keys.map((k) => encoded(quoted(toSnake(k)))).join(` || char(31) || `);
  return `select group_concat(${fields}, char(30)) as packed from (${innerSql})`;
}

function decodeValue(text: string): unknown {
  if (text.length === 0) return text;
  switch (text.charCodeAt(0)) {
    case NULL:
      return null;
    case INTEGER:
      return Number(text.slice(1));
    case REAL:
      return realOf(text.slice(1));
    case TEXT_HEX:
      return Buffer.from(text.slice(1), 'hex').toString('utf8');
    case BLOB_HEX:
      return Buffer.from(text.slice(1), 'hex');
    default:
      return text;
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

/** The rows of one packed value (null when the chunk had none). */
export function unpackRows(packed: string | null, keys: string[]): Record<string, unknown>[] {
  if (packed === null) return [];
  const make = rowMakerFor(keys);
  return packed.split(ROW).map((line) => make(line.split(FIELD), decodeValue));
}

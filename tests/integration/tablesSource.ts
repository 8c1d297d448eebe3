/**
 * Writes electron/db/tables.ts, the one declaration of the tables, from the
 * schema that the migrations build (see the snapshot test in
 * migrations.test.ts, which compares the file with this output and rewrites
 * it under `vitest -u`). Knex reads it through the `knex/types/tables`
 * augmentation, so `db('leases')` returns typed rows without a cast.
 */
import { toCamel } from '../../electron/db/naming';
import { DOMAIN_COLUMNS } from '../../electron/db/domainColumns';

export interface ColumnInfo {
  table: string;
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  primaryKey: boolean;
}

function tsType(sqlType: string, domain?: string): string {
  if (domain !== undefined) return domain;
  const base = sqlType.toLowerCase().replace(/\(.*$/, '').trim();
  if (['integer', 'bigint', 'float', 'double', 'real', 'decimal', 'numeric'].includes(base)) return 'number';
  if (base === 'boolean') return 'SqlBoolean';
  // Attachments' bytes: a Buffer from the sqlite3 driver and from pg (bytea).
  if (base === 'blob') return 'Buffer';
  return 'string';
}

function pascal(name: string): string {
  const camel = toCamel(name);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
}

/**
 * The entries of DOMAIN_COLUMNS that name no column of the schema: a
 * renamed or dropped column must not leave a type behind that nothing checks.
 */
export function unknownDomainColumns(columns: readonly ColumnInfo[]): string[] {
  const known = new Set(columns.map((c) => `${toCamel(c.table)}.${toCamel(c.name)}`));
  return Object.entries(DOMAIN_COLUMNS)
    .flatMap(([table, byColumn]) => Object.keys(byColumn).map((column) => `${table}.${column}`))
    .filter((name) => !known.has(name));
}

/** The import lines for the domain types the columns use, one per module. */
function domainImports(): string[] {
  const byModule = new Map<string, Set<string>>();
  for (const byColumn of Object.values(DOMAIN_COLUMNS))
    for (const { from, type } of Object.values(byColumn))
      byModule.set(from, (byModule.get(from) ?? new Set()).add(type));
  return [...byModule.keys()]
    .sort()
    .map((from) => `import type { ${[...byModule.get(from)!].sort().join(', ')} } from '../../${from}';`);
}

export function tablesSource(columns: readonly ColumnInfo[]): string {
  const tables = [...new Set(columns.map((c) => c.table))].sort();
  const domain = (c: ColumnInfo): string | undefined => DOMAIN_COLUMNS[toCamel(c.table)]?.[toCamel(c.name)]?.type;
  const out: string[] = [
    '// Generated from the migrated schema by tests/integration/migrations.test.ts',
    '// (`npx vitest run -c tests/vitest.config.ts tests/integration/migrations.test.ts -u`); do not edit.',
    '// Columns typed with a union of shared/ are listed in electron/db/domainColumns.ts.',
    "import type { Knex } from 'knex';",
    ...domainImports(),
    '',
    '/** SQLite hands booleans back as 0 and 1; PostgreSQL as true and false. */',
    'export type SqlBoolean = boolean | 0 | 1;',
  ];
  for (const table of tables) {
    const own = columns.filter((c) => c.table === table);
    const name = pascal(table);
    // Type aliases, not interfaces: rows must fit `Record<string, unknown>`.
    out.push('', `type ${name}Row = {`);
    for (const c of own)
      out.push(`  ${toCamel(c.name)}: ${tsType(c.type, domain(c))}${c.notNull || c.primaryKey ? '' : ' | null'};`);
    out.push('};', '', `type ${name}Insert = {`);
    for (const c of own) {
      const optional = !c.notNull || c.hasDefault || (c.primaryKey && tsType(c.type) === 'number');
      out.push(
        `  ${toCamel(c.name)}${optional ? '?' : ''}: ${tsType(c.type, domain(c))}${c.notNull || c.primaryKey ? '' : ' | null'};`,
      );
    }
    out.push('};');
  }
  out.push('', "declare module 'knex/types/tables' {", '  interface Tables {');
  for (const table of tables) {
    const name = pascal(table);
    out.push(`    ${toCamel(table)}: Knex.CompositeTableType<${name}Row, ${name}Insert, Partial<${name}Insert>>;`);
  }
  out.push('  }', '}', '');
  return out.join('\n');
}

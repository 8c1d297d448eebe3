/**
 * Swedish natural order on both engines: a sort-key column beside each
 * text column people sort by (electron/db/sortKeys.ts lists them), filled
 * from the existing rows, and an index on each key where the text column
 * had one for the grid's sort. The keys compare byte by byte: SQLite's
 * default, `COLLATE "C"` on PostgreSQL (dialect.ts).
 */
import type { Knex } from 'knex';
import { swedishSortKey } from '../shared/core/sortKey';
import { bytewiseTextColumn, updateManyById } from '../electron/db/dialect';
import { SORT_KEYED, sortKeyColumn } from '../electron/db/sortKeys';
import { toSnake } from '../electron/db/naming';

/** The keys indexed: each replaces, for sorting, an index on its text column. */
const KEY_INDEXES: { table: string; columns: string[] }[] = [
  { table: 'units', columns: ['object_number_sort'] },
  { table: 'units', columns: ['address_sort'] },
  { table: 'units', columns: ['district_sort'] },
  { table: 'units', columns: ['site_sort'] },
  { table: 'organisations', columns: ['name_sort'] },
  { table: 'households', columns: ['holder_name_sort'] },
  { table: 'land_agreements', columns: ['project_name_sort'] },
  { table: 'land_agreements', columns: ['property_designation_sort'] },
  { table: 'rent_guarantees', columns: ['lease_address_sort'] },
];

const ACTIVE_HOUSEHOLDS_BY_NAME = 'households_active_holder_name_sort_idx';
const AGREEMENTS_DEFAULT_ORDER = 'land_agreements_default_order_sort_idx';
const BACKFILL_CHUNK = 1000;

function indexName(table: string, columns: string[]): string {
  return `${table}_${columns.join('_')}_idx`;
}

async function backfill(knex: Knex, table: string, columns: string[]): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = (await knex(table)
      .where('id', '>', after)
      .orderBy('id')
      .limit(BACKFILL_CHUNK)
      .select('id', ...columns)) as ({ id: number } & Record<string, string | null>)[];
    if (rows.length === 0) return;
    await updateManyById(
      knex,
      table,
      columns.map((c) => `${c}_sort`),
      rows.map((r) => ({
        id: r.id,
        values: Object.fromEntries(columns.map((c) => [`${c}_sort`, swedishSortKey(r[c])])),
      })),
    );
    after = rows[rows.length - 1]!.id;
  }
}

export async function up(knex: Knex): Promise<void> {
  for (const [camelTable, camelColumns] of Object.entries(SORT_KEYED)) {
    const table = toSnake(camelTable);
    const columns = camelColumns.map(toSnake);
    await knex.schema.alterTable(table, (t) => {
      for (const c of camelColumns) bytewiseTextColumn(knex, t, toSnake(sortKeyColumn(c))).nullable();
    });
    await backfill(knex, table, columns);
  }
  for (const i of KEY_INDEXES) {
    await knex.schema.alterTable(i.table, (t) => t.index(i.columns, indexName(i.table, i.columns)));
  }
  // As 0008 and 0005 did for the text: active households in name order, and
  // the agreements' default order (due date, project), empty values last.
  await knex.schema.alterTable('households', (t) => {
    t.index(['holder_name_sort'], ACTIVE_HOUSEHOLDS_BY_NAME, { predicate: knex.whereNull('archived_at') });
  });
  await knex.raw(
    `create index ${AGREEMENTS_DEFAULT_ORDER} on land_agreements ((due_date is null), due_date, (project_name_sort is null), project_name_sort)`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`drop index ${AGREEMENTS_DEFAULT_ORDER}`);
  await knex.schema.alterTable('households', (t) => t.dropIndex(['holder_name_sort'], ACTIVE_HOUSEHOLDS_BY_NAME));
  for (const i of KEY_INDEXES) {
    await knex.schema.alterTable(i.table, (t) => t.dropIndex(i.columns, indexName(i.table, i.columns)));
  }
  for (const [camelTable, camelColumns] of Object.entries(SORT_KEYED)) {
    await knex.schema.alterTable(toSnake(camelTable), (t) => {
      for (const c of camelColumns) t.dropColumn(toSnake(sortKeyColumn(c)));
    });
  }
}

/**
 * The global search (Ctrl+K): one full-text index per register, kept in
 * step by the database itself. Triggers write the index in the same
 * statement as the record, so every write path (services, imports, the
 * seeders, a rollback) leaves record and index agreeing without any
 * service having to remember it.
 *
 * SQLite: a contentless FTS5 table per register (the text already lives in
 * the record's search_text), with prefix indexes so a query typed one
 * letter at a time stays an index look-up, and "unicode61 remove_diacritics
 * 0": å, ä and ö are letters of their own in Swedish, not accented a and o.
 * The `state` column holds "aktiv" or "arkiverad" as a token so the search
 * can ask for active records first and stop at its limit.
 *
 * PostgreSQL: a `search_entries` table filled by the same kind of triggers
 * (plpgsql), with a GIN index on its tsvector ('simple' configuration: no
 * stemming, so prefixes behave as on SQLite).
 *
 * A contract is found by its unit's address as well as its number: its
 * index text joins the unit's search_text, and a trigger on units refreshes
 * the unit's contracts when the unit's text changes.
 */
import type { Knex } from 'knex';

/** Register → table. The contracts' text is built in `contractBody`. */
export const SEARCH_REGISTERS = {
  units: 'units',
  organisations: 'organisations',
  leases: 'leases',
  contracts: 'municipal_contracts',
  households: 'households',
  guarantees: 'rent_guarantees',
  landAgreements: 'land_agreements',
} as const;

const STATE = (row: 'new' | 'c') => `case when ${row}.archived_at is null then 'aktiv' else 'arkiverad' end`;

function bodyOf(register: string, row: 'new' | 'c'): string {
  if (register !== 'contracts') return `${row}.search_text`;
  return `${row}.search_text || ' ' || coalesce((select u.search_text from units u where u.id = ${row}.unit_id), '')`;
}

/**
 * PostgreSQL's text parser reads `556677-8899` as a number and a negative
 * number, and `HA-2026-0001` as a hyphenated word; FTS5's unicode61 splits
 * both at the hyphen. Splitting the text at anything but letters and digits
 * before it is indexed makes both engines see the same words.
 */
const pgWords = (body: string) => `regexp_replace(${body}, '[^[:alnum:]]+', ' ', 'g')`;

async function upSqlite(knex: Knex): Promise<void> {
  for (const [register, table] of Object.entries(SEARCH_REGISTERS)) {
    const fts = `search_${register}`;
    await knex.raw(
      `create virtual table ${fts} using fts5(body, state, content='', contentless_delete=1, ` +
        `tokenize="unicode61 remove_diacritics 0", prefix='1 2 3')`,
    );
    const insertNew = `insert into ${fts}(rowid, body, state) values (new.id, ${bodyOf(register, 'new')}, ${STATE('new')});`;
    const watched = register === 'contracts' ? 'search_text, archived_at, unit_id' : 'search_text, archived_at';
    await knex.raw(`create trigger ${fts}_ai after insert on ${table} begin ${insertNew} end`);
    await knex.raw(
      `create trigger ${fts}_au after update of ${watched} on ${table} begin ` +
        `delete from ${fts} where rowid = old.id; ${insertNew} end`,
    );
    // Records are archived, never deleted; a retention rule (gallring) may
    // still remove one, and then its index entry goes with it.
    await knex.raw(
      `create trigger ${fts}_ad after delete on ${table} begin delete from ${fts} where rowid = old.id; end`,
    );
    await knex.raw(
      `insert into ${fts}(rowid, body, state) select c.id, ${bodyOf(register, 'c')}, ${STATE('c')} from ${table} c`,
    );
  }
  await knex.raw(
    `create trigger search_contracts_unit_au after update of search_text on units begin ` +
      `delete from search_contracts where rowid in (select id from municipal_contracts where unit_id = new.id); ` +
      `insert into search_contracts(rowid, body, state) select c.id, c.search_text || ' ' || new.search_text, ${STATE('c')} ` +
      `from municipal_contracts c where c.unit_id = new.id; end`,
  );
}

async function upPostgres(knex: Knex): Promise<void> {
  await knex.schema.createTable('search_entries', (t) => {
    t.string('register', 20).notNullable();
    t.integer('record_id').notNullable();
    t.text('body').notNullable();
    t.boolean('archived').notNullable();
    t.primary(['register', 'record_id']);
  });
  await knex.raw(`create index search_entries_body_idx on search_entries using gin (to_tsvector('simple', body))`);
  for (const [register, table] of Object.entries(SEARCH_REGISTERS)) {
    const fn = `search_${register}_sync`;
    await knex.raw(
      `create function ${fn}() returns trigger language plpgsql as $$ begin ` +
        `if tg_op = 'DELETE' then delete from search_entries where register = '${register}' and record_id = old.id; return old; end if; ` +
        `insert into search_entries(register, record_id, body, archived) values ('${register}', new.id, ${pgWords(bodyOf(register, 'new'))}, new.archived_at is not null) ` +
        `on conflict (register, record_id) do update set body = excluded.body, archived = excluded.archived; return new; end $$`,
    );
    await knex.raw(
      `create trigger ${fn} after insert or update or delete on ${table} for each row execute function ${fn}()`,
    );
    await knex.raw(
      `insert into search_entries(register, record_id, body, archived) ` +
        `select '${register}', c.id, ${pgWords(bodyOf(register, 'c'))}, c.archived_at is not null from ${table} c`,
    );
  }
  await knex.raw(
    `create function search_contracts_unit_sync() returns trigger language plpgsql as $$ begin ` +
      `update search_entries e set body = ${pgWords("c.search_text || ' ' || new.search_text")} from municipal_contracts c ` +
      `where e.register = 'contracts' and e.record_id = c.id and c.unit_id = new.id; return new; end $$`,
  );
  await knex.raw(
    `create trigger search_contracts_unit_sync after update of search_text on units for each row execute function search_contracts_unit_sync()`,
  );
}

const isPostgres = (knex: Knex) => (knex.client as Knex.Client).dialect === 'postgresql';

export async function up(knex: Knex): Promise<void> {
  if (isPostgres(knex)) await upPostgres(knex);
  else await upSqlite(knex);
}

export async function down(knex: Knex): Promise<void> {
  if (isPostgres(knex)) {
    for (const register of [...Object.keys(SEARCH_REGISTERS), 'contracts_unit']) {
      const table =
        register === 'contracts_unit' ? 'units' : SEARCH_REGISTERS[register as keyof typeof SEARCH_REGISTERS];
      await knex.raw(`drop trigger if exists search_${register}_sync on ${table}`);
      await knex.raw(`drop function if exists search_${register}_sync()`);
    }
    await knex.schema.dropTableIfExists('search_entries');
    return;
  }
  await knex.raw('drop trigger if exists search_contracts_unit_au');
  for (const register of Object.keys(SEARCH_REGISTERS)) {
    for (const suffix of ['ai', 'au', 'ad']) await knex.raw(`drop trigger if exists search_${register}_${suffix}`);
    await knex.raw(`drop table if exists search_${register}`);
  }
}

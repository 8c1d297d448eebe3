/**
 * "Something changed in table X", for every open window of this back end.
 *
 * On SQLite, `PRAGMA data_version` changes whenever another connection
 * (another colleague's app on the same file) commits; polling it costs one
 * pragma on the connection we hold. When it moves, the small
 * `change_counters` table (bumped by triggers, see db/changeTriggers.ts)
 * says which tables. Our own writes do not move our data_version, so
 * dispatch calls `check()` after each write it commits.
 *
 * PostgreSQL plugs in behind the same interface: LISTEN on the channel the
 * statement triggers NOTIFY, and `check()` becomes a no-op.
 */
import type { Knex } from 'knex';
import type { ChangeEvent } from '../../shared/core/changes';

/** The counter row a restore bumps: every instance's windows reload. */
export const RELOAD_KEY = '__reload__';

export const POLL_INTERVAL_MS = 500;

export interface ChangeFeed {
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  /** Looks for changes now (after our own write, or from the poll). */
  check(): Promise<void>;
  /** Marks the database as replaced, so every instance tells its windows to reload. */
  announceReload(db: Knex): Promise<void>;
  /** Starts polling (desktop and host; tests call `check()` themselves). */
  start(): void;
  /**
   * Whether changes by others reach this feed by themselves (polling, or a
   * LISTEN connection that is up): only then may a reader trust a value it
   * keeps until the feed says its table changed.
   */
  watching(): boolean;
  stop(): void;
}

export function createSqliteChangeFeed(getKnex: () => Knex, pollMs = POLL_INTERVAL_MS): ChangeFeed {
  const listeners = new Set<(event: ChangeEvent) => void>();
  let counters: Map<string, number> | null = null;
  let dataVersion: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  // Checks run one at a time: a poll and a post-write check must not both
  // diff against the same snapshot and report a change twice.
  let chain: Promise<void> = Promise.resolve();

  const readCounters = async (): Promise<Map<string, number>> => {
    const rows = await getKnex()('changeCounters').select('tableName', 'version');
    return new Map(rows.map((r) => [r.tableName, Number(r.version)]));
  };

  const emit = (event: ChangeEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error('[bostadsportfoljen] change listener failed', error);
      }
    }
  };

  const diff = async (): Promise<void> => {
    const now = await readCounters();
    const before = counters;
    counters = now;
    if (before === null) return;
    const changed = [...now].filter(([table, version]) => before.get(table) !== version).map(([table]) => table);
    // A restore can bring back a file whose counters are lower: any table
    // that vanished from the counters changed too.
    for (const table of before.keys()) if (!now.has(table)) changed.push(table);
    if (changed.length === 0) return;
    const tables = changed.filter((t) => t !== RELOAD_KEY);
    emit(
      changed.includes(RELOAD_KEY)
        ? { tables: ['*'], reload: { reason: 'Databasen har återställts från en säkerhetskopia.' } }
        : { tables },
    );
  };

  const serial = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work).catch((error: unknown) => {
      // A busy or closed database is retried on the next poll.
      if (!String(error).includes('destroyed')) console.error('[bostadsportfoljen] change check failed', error);
    });
    return chain;
  };

  const poll = () =>
    serial(async () => {
      const rows = (await getKnex().raw('pragma data_version')) as { dataVersion: number }[];
      const version = Number(rows[0]?.dataVersion);
      if (version === dataVersion) return;
      dataVersion = version;
      await diff();
    });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check: () => serial(diff),
    async announceReload(db) {
      await db('changeCounters')
        .insert({ tableName: RELOAD_KEY, version: Date.now() })
        .onConflict('tableName')
        .merge({ version: Date.now() });
    },
    start() {
      if (timer) return;
      void poll();
      timer = setInterval(() => void poll(), pollMs);
      timer.unref();
    },
    watching: () => timer !== undefined,
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

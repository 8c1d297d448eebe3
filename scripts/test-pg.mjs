// `npm run test:pg`: the integration suite again, on PostgreSQL, and the
// four-process concurrency trial (tests/reliability/pgConcurrency.test.ts,
// the SQLite trial of concurrency.ts on a PostgreSQL database).
// Runs when BOSTAD_TEST_PG_URL names a server where the tests may create
// and drop databases (.ci/run starts a throw-away cluster and sets it).
// Without it the pass is skipped and says why; with BOSTAD_REQUIRE_PG=1
// (set by .ci/run) a missing URL is a failure, so CI can never skip it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const url = process.env.BOSTAD_TEST_PG_URL;
if (!url) {
  const why =
    'PostgreSQL pass SKIPPED: BOSTAD_TEST_PG_URL is not set, so the integration suite ran on SQLite only. ' +
    'To run it on PostgreSQL too, set BOSTAD_TEST_PG_URL=postgres://postgres@127.0.0.1:PORT/postgres ' +
    '(a server where tests may create databases; .ci/run starts one), or run .ci/run.';
  if (process.env.BOSTAD_REQUIRE_PG === '1') {
    console.error(`${why}\nBOSTAD_REQUIRE_PG=1: failing instead.`);
    process.exit(1);
  }
  console.log(`\n*** ${why}\n`);
  process.exit(0);
}
console.log(`Integration suite on PostgreSQL (${url.replace(/:[^:@/]*@/, ':***@')})`);
const env = { ...process.env, BOSTAD_TEST_ENGINE: 'postgresql' };
const run = (args) => spawnSync('npx', args, { stdio: 'inherit', env }).status ?? 1;
if (run(['vitest', 'run', '-c', 'tests/vitest.config.ts', 'tests/integration']) !== 0) process.exit(1);
// Then four browser-host processes on one database, and the pg_dump round trip (both need the build).
if (!existsSync('dist/main/host.js') && run(['electron-vite', 'build']) !== 0) process.exit(1);
process.exit(run(['vitest', 'run', '-c', 'tests/reliability/postgres.config.ts']));

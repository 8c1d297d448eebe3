/**
 * The caller's role, kept by each back end between calls while its change
 * feed watches the database (features/users/roles.ts): a long SQLite import
 * holds the one connection, and a read of `users` per call made every call
 * wait for it. A role an administratör changes must still hold from the
 * user's next call once the feed has told that user's back end, on both
 * engines, and a läsbehörig stays refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../shared/core/changes';
import type { Role } from '../../shared/users/roles';
import { modulbostadInput } from '../fixtures/bestand';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';

const open: TestBackEnd[] = [];
afterEach(async () => {
  for (const t of open.splice(0).reverse()) await t.close();
});

async function colleagues(): Promise<{ admin: TestBackEnd; clerk: TestBackEnd; ff: number }> {
  const admin = await openTestBackEnd({ login: 'anna.admin' });
  const clerk = await openTestBackEnd({ dbPath: admin.dbPath, login: 'hugo.handlaggare' });
  open.push(admin, clerk);
  return { admin, clerk, ff: (await departmentIds(admin))['FF']! };
}

/** The clerk's feed running as in the app (polling, or LISTEN once it is up). */
async function watch(t: TestBackEnd): Promise<void> {
  t.backEnd.changes.start();
  for (let waited = 0; !t.backEnd.changes.watching(); waited += 20) {
    if (waited > 10_000) throw new Error('the change feed did not start watching in 10 s');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function usersChanged(t: TestBackEnd): Promise<ChangeEvent> {
  return new Promise((resolve) => {
    const off = t.backEnd.changes.subscribe((event) => {
      if (event.tables.includes('users')) {
        off();
        resolve(event);
      }
    });
  });
}

async function setRole(admin: TestBackEnd, login: string, role: Role): Promise<void> {
  const row = (await admin.call('roles.list', {})).find((r) => r.login === login)!;
  await admin.call('roles.set', { login, role, version: row.version });
}

/** Statements this back end sends that read the `users` table. */
function countUserReads(t: TestBackEnd): { count: number } {
  const counter = { count: 0 };
  t.backEnd.database.knex.on('query', (q: { sql: string }) => {
    if (/from [`"]?users[`"]?(\s|$)/i.test(q.sql)) counter.count++;
  });
  return counter;
}

let n = 0;
const unit = (ff: number) => modulbostadInput(ff, { objectNumber: `ROLL-${++n}` });

describe('the role kept between calls', () => {
  it('while the feed watches, calls do not read users; without it, every call does', async () => {
    const { clerk } = await colleagues();
    const reads = countUserReads(clerk);
    for (let i = 0; i < 3; i++) await clerk.call('departments.list', {});
    expect(reads.count).toBe(3);

    await watch(clerk);
    await clerk.call('departments.list', {});
    const afterFirst = reads.count;
    for (let i = 0; i < 5; i++) await clerk.call('departments.list', {});
    expect(reads.count).toBe(afterFirst);
  });

  it("an administratör's role change holds from the user's next call once the feed has told it, and back", async () => {
    const { admin, clerk, ff } = await colleagues();
    await watch(clerk);
    expect((await clerk.send('units.create', unit(ff))).ok).toBe(true);

    let told = usersChanged(clerk);
    await setRole(admin, 'hugo.handlaggare', 'lasbehorig');
    await told;
    const refused = await clerk.send('units.create', unit(ff));
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await clerk.call('users.me', {})).toMatchObject({ role: 'lasbehorig' });

    told = usersChanged(clerk);
    await setRole(admin, 'hugo.handlaggare', 'handlaggare');
    await told;
    expect((await clerk.send('units.create', unit(ff))).ok).toBe(true);
  });

  it('a läsbehörig stays refused, call after call, with the role kept', async () => {
    const { admin, clerk, ff } = await colleagues();
    await setRole(admin, 'hugo.handlaggare', 'lasbehorig');
    await watch(clerk);
    for (let i = 0; i < 3; i++) {
      const result = await clerk.send('units.create', unit(ff));
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect((await clerk.send('roles.set', { login: 'hugo.handlaggare', role: 'administrator', version: 1 })).ok).toBe(
        false,
      );
    }
    expect(await clerk.call('units.list', { limit: 1 })).toMatchObject({ rows: [] });
  });
});

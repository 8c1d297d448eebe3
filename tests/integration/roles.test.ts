/**
 * Roles, enforced in dispatch and so on both transports: the HTTP browser
 * host and the Electron IPC handler (called with an event object, the one
 * place Electron is stood in for: the handler itself is the real one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/core/result';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { createInvokeHandler, type InvokeHandler } from '../../electron/main/ipc';
import { ADULT, householdInput } from '../fixtures/households';
import { countRows, departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let admin: TestBackEnd;
let clerk: TestBackEnd;
let reader: TestBackEnd;
let householdId: number;
let sof: number;

beforeAll(async () => {
  admin = await openTestBackEnd({ login: 'anna.admin' });
  clerk = await openTestBackEnd({ dbPath: admin.dbPath, login: 'hugo.handlaggare' });
  reader = await openTestBackEnd({ dbPath: admin.dbPath, login: 'lisa.lasare' });
  sof = (await departmentIds(admin))['SOF']!;
  householdId = (await clerk.call('households.create', householdInput(sof))).id;
  const roles = await admin.call('roles.list', {});
  const lisa = roles.find((r) => r.login === 'lisa.lasare')!;
  await admin.call('roles.set', { login: lisa.login, role: 'lasbehorig', version: lisa.version });
});
afterAll(async () => {
  await reader.close();
  await clerk.close();
  await admin.close();
});

describe('roles in the shared database', () => {
  it('makes the first user of a new database administratör and later ones handläggare', async () => {
    expect(await admin.call('users.me', {})).toMatchObject({ login: 'anna.admin', role: 'administrator' });
    expect(await clerk.call('users.me', {})).toMatchObject({ role: 'handlaggare' });
    expect(await reader.call('users.me', {})).toMatchObject({ role: 'lasbehorig' });
  });

  it('keeps at least one administratör', async () => {
    const me = (await admin.call('roles.list', {})).find((r) => r.login === 'anna.admin')!;
    const result = await admin.send('roles.set', { login: 'anna.admin', role: 'handlaggare', version: me.version });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toMatch(/enda administratören/);
  });

  it('refuses a stale role change', async () => {
    const hugo = (await admin.call('roles.list', {})).find((r) => r.login === 'hugo.handlaggare')!;
    const result = await admin.send('roles.set', { login: hugo.login, role: 'lasbehorig', version: hugo.version + 5 });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('audits a role change', async () => {
    const rows = (await admin.backEnd.database.knex('auditLog').where({ entity: 'user', action: 'role' })) as {
      actor: string;
      after: string;
    }[];
    expect(rows.at(-1)).toMatchObject({ actor: 'anna.admin' });
    expect(JSON.parse(rows.at(-1)!.after)).toMatchObject({ login: 'lisa.lasare', role: 'lasbehorig' });
  });

  it('shows a läsbehörig masked personnummer and refuses exports and printouts with them', async () => {
    const household = await reader.call('households.get', { id: householdId });
    expect(household.members[0]!.identityNumber).toBe(`${ADULT.slice(0, 8)}-****`);
    const exported = await reader.send('exports.portfolio', { includePersonalData: true });
    expect(exported).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const withoutNumbers = await reader.send('exports.portfolio', { includePersonalData: false });
    expect(withoutNumbers.ok).toBe(true);
  });
});

/** One transport: send a call as the given user, get the envelope. */
type Transport = (user: TestBackEnd, name: string, input: unknown) => Promise<Envelope<unknown>>;

const hosts = new Map<TestBackEnd, RunningHost>();
async function overHttp(user: TestBackEnd, name: string, input: unknown): Promise<Envelope<unknown>> {
  let host = hosts.get(user);
  if (!host) {
    host = await startHost({ backEnd: user.backEnd });
    hosts.set(user, host);
  }
  const res = await fetch(`${host.url}api/${name}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Envelope<unknown>;
}
afterAll(async () => {
  for (const host of hosts.values()) await host.close();
});

const ourFrame = { url: 'app://bostad/index.html' } as unknown as Parameters<InvokeHandler>[0]['senderFrame'];
const handlers = new Map<TestBackEnd, InvokeHandler>();
function overIpc(user: TestBackEnd, name: string, input: unknown): Promise<Envelope<unknown>> {
  let handler = handlers.get(user);
  if (!handler) {
    handler = createInvokeHandler({
      backEnd: () => user.backEnd,
      isTrustedSender: (frame) => frame === ourFrame,
      shellCall: () => Promise.reject(new Error('no shell in this test')),
    });
    handlers.set(user, handler);
  }
  return handler({ senderFrame: ourFrame }, name, input);
}

describe.each([
  ['the HTTP browser host', overHttp as Transport],
  ['the Electron IPC handler', overIpc as Transport],
])('roles over %s', (_name, send) => {
  it('lets a läsbehörig read, and refuses every write with a Swedish message, changing nothing', async () => {
    expect((await send(reader, 'households.list', {})).ok).toBe(true);
    const before = await countRows(admin, 'households');
    const create = await send(
      reader,
      'households.create',
      householdInput(sof, {
        members: [{ name: 'X', identityNumber: '198812212382', isHolder: true }],
        householdSize: 1,
        childrenCount: 0,
      }),
    );
    expect(create).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!create.ok) expect(create.error.message).toMatch(/^Din roll är läsbehörig; den får inte ändra i registren/);
    expect(await countRows(admin, 'households')).toBe(before);
  });

  it('lets a läsbehörig change their own display name and screen layout', async () => {
    expect((await send(reader, 'prefs.set', { key: 'grid.test', value: { a: 1 } })).ok).toBe(true);
    expect((await send(reader, 'users.setDisplayName', { displayName: 'Lisa Läsare' })).ok).toBe(true);
  });

  it('lets a handläggare write in the registers but not settings or roles', async () => {
    const organisation = await send(clerk, 'settings.organisation', {});
    expect(organisation.ok).toBe(true);
    const stored = (organisation as { value: { value: unknown; version: number } }).value;
    const settings = await send(clerk, 'settings.setOrganisation', { value: stored.value, version: stored.version });
    expect(settings).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    if (!settings.ok)
      expect(settings.error.message).toMatch(/handläggare; den får inte ändra inställningar, roller och gallring/);
    expect(await send(clerk, 'roles.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const unit = await send(clerk, 'departments.create', { code: `T${_name.length}`, name: 'Testförvaltning' });
    expect(unit.ok).toBe(true);
  });

  it('lets an administratör change settings and roles', async () => {
    expect((await send(admin, 'roles.list', {})).ok).toBe(true);
    const stored = ((await send(admin, 'settings.onward', {})) as { value: { value: unknown; version: number } }).value;
    expect((await send(admin, 'settings.setOnward', { value: stored.value, version: stored.version })).ok).toBe(true);
  });

  it('takes a role change into account from the next call', async () => {
    const list = (await admin.call('roles.list', {})).find((r) => r.login === 'lisa.lasare')!;
    await admin.call('roles.set', { login: 'lisa.lasare', role: 'handlaggare', version: list.version });
    expect(
      (await send(reader, 'departments.create', { code: `L${_name.length}`, name: 'Läsarens förvaltning' })).ok,
    ).toBe(true);
    const again = (await admin.call('roles.list', {})).find((r) => r.login === 'lisa.lasare')!;
    await admin.call('roles.set', { login: 'lisa.lasare', role: 'lasbehorig', version: again.version });
    expect(await send(reader, 'departments.create', { code: `M${_name.length}`, name: 'Nej' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

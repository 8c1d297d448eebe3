import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADULT, CHILD, COORDINATION, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { countRows, openTestBackEnd, type TestBackEnd, departmentIds } from './testBackEnd';

let t: TestBackEnd;
let sof: number;
let ff: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  const departments = await departmentIds(t);
  sof = departments['SOF']!;
  ff = departments['FF']!;
});
afterEach(async () => {
  await t.close();
});

/** Any 12-digit number, or one written YYYYMMDD-NNNN, in a payload. */
const FULL_NUMBER = /\b\d{8}-?\d{4}\b/;

describe('households: register and read', () => {
  it('stores two members as 12 digits, tells a samordningsnummer apart, and shows whole numbers only on an audited Visa personnummer', async () => {
    const created = await t.call(
      'households.create',
      householdInput(sof, {
        members: [
          member('Anna Andersson', `${ADULT.slice(0, 8)}-${ADULT.slice(8)}`, true),
          member('Omar Andersson', COORDINATION),
        ],
      }),
    );
    // The household's own view shows the numbers masked; "Visa personnummer" is an audited read.
    expect(created.members.map((m) => [m.name, m.identityNumber, m.identityKind, m.isHolder])).toEqual([
      ['Anna Andersson', `${ADULT.slice(0, 8)}-****`, 'personnummer', true],
      ['Omar Andersson', `${COORDINATION.slice(0, 8)}-****`, 'samordningsnummer', false],
    ]);
    const revealed = await t.call('households.revealIdentity', { id: created.id });
    expect(revealed.members.map((m) => m.identityNumber)).toEqual([ADULT, COORDINATION]);
    const reads = (await t.backEnd.database.knex('auditLog').where({ action: 'view-identity' })) as {
      actor: string;
      entityId: number;
    }[];
    expect(reads).toMatchObject([{ actor: 'testare', entityId: created.id }]);
    expect(created).toMatchObject({
      holderName: 'Anna Andersson',
      holderIdentityMasked: '19851024-****',
      referringDepartmentCode: 'SOF',
      version: 1,
    });

    const list = await t.call('households.list', {});
    expect(list.total).toBe(1);
    expect(list.rows[0]).toMatchObject({
      holderName: 'Anna Andersson',
      holderIdentityMasked: '19851024-****',
      currentContractNumber: null,
    });
    expect(JSON.stringify(list)).not.toMatch(FULL_NUMBER);
    const options = await t.call('households.lookup', { search: 'anna' });
    expect(options).toEqual([
      { id: created.id, label: 'Anna Andersson (19851024-****), 2 pers.', referringDepartmentId: sof },
    ]);
  });

  it('keeps whole numbers out of the search text, yet finds a household by name, birth date or its whole number', async () => {
    const h = await t.call('households.create', householdInput(sof));
    await t.call(
      'households.create',
      householdInput(sof, { members: [member('Erik Berg', OTHER_ADULT, true)], householdSize: 1, childrenCount: 0 }),
    );
    const stored = await t.backEnd.database.knex('households').where({ id: h.id }).first('searchText');
    expect(stored?.searchText).not.toContain(ADULT);
    expect(stored?.searchText).not.toContain(ADULT.slice(8));
    const found = async (search: string) => (await t.call('households.list', { search })).rows.map((r) => r.holderName);
    expect(await found('omar')).toEqual(['Anna Andersson']);
    expect(await found('19851024')).toEqual(['Anna Andersson']);
    expect(await found(ADULT)).toEqual(['Anna Andersson']);
    expect(await found(`${CHILD.slice(0, 8)}-${CHILD.slice(8)}`)).toEqual(['Anna Andersson']);
    expect(await found(ADULT.slice(8))).toEqual([]);
    expect(await found('berg')).toEqual(['Erik Berg']);
  });

  it('logs the members with their numbers, and the history shows them masked', async () => {
    const h = await t.call('households.create', householdInput(sof));
    const { id, version, members: _m, ...rest } = h;
    await t.call('households.update', {
      ...householdInput(sof),
      caseworkerName: rest.caseworkerName,
      members: [
        member('Anna Andersson', ADULT, true),
        member('Omar Andersson', CHILD),
        member('Lena Andersson', OTHER_ADULT),
      ],
      householdSize: 3,
      id,
      version,
    });
    const raw = (await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'household', entityId: id, action: 'members' })
      .orderBy('id')) as { after: string }[];
    expect(raw).toHaveLength(2);
    expect(raw[1]!.after).toContain(OTHER_ADULT);

    const history = await t.call('audit.forRecord', { entity: 'household', id });
    expect(history.map((e) => e.action)).toEqual(['members', 'update', 'members', 'create']);
    expect(JSON.stringify(history)).not.toMatch(FULL_NUMBER);
    expect(JSON.stringify(history[0]!.changes['members'])).toContain('19881221-****');
    expect(history[1]!.changes['householdSize']).toEqual([2, 3]);
  });
});

describe('households: bad input names the field and writes nothing', () => {
  const wrongCheckDigit = `${ADULT.slice(0, 11)}${(Number(ADULT.slice(11)) + 1) % 10}`;
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'members.0.identityNumber',
      { members: [member('Anna Andersson', wrongCheckDigit, true)], householdSize: 1, childrenCount: 0 },
      /^Personnummer eller samordningsnummer: kontrollsiffran stämmer inte/,
    ],
    [
      'members.0.identityNumber',
      { members: [member('Anna Andersson', ADULT.slice(2), true)], householdSize: 1, childrenCount: 0 },
      /tolv siffror/,
    ],
    [
      'members.1.name',
      { members: [member('Anna Andersson', ADULT, true), member(' ', CHILD)] },
      /^Namn: måste fyllas i/,
    ],
    ['members', { members: [] }, /^Personer i hushållet: lägg till minst en person/],
    [
      'members',
      { members: [member('Anna Andersson', ADULT), member('Omar Andersson', CHILD)] },
      /^Kontraktsinnehavare: markera en/,
    ],
    [
      'members',
      { members: [member('Anna Andersson', ADULT, true), member('Omar Andersson', CHILD, true)] },
      /^Kontraktsinnehavare: markera en/,
    ],
    [
      'members.1.identityNumber',
      { members: [member('Anna Andersson', ADULT, true), member('Anna igen', ADULT)] },
      /samma nummer som person 1/,
    ],
    ['householdSize', { householdSize: 1, childrenCount: 0 }, /^Antal personer: minst 2/],
    ['childrenCount', { childrenCount: 2 }, /^Antal barn: högst antal personer minus en vuxen/],
    ['targetGroup', { targetGroup: 'alla' }, /^Målgrupp: välj/],
    ['caseworkerEmail', { caseworkerEmail: 'karin' }, /^Handläggarens e-post: ange en giltig/],
  ];

  it.each(cases)('%s %#', async (field, change, message) => {
    const before = [
      await countRows(t, 'households'),
      await countRows(t, 'householdMembers'),
      await countRows(t, 'auditLog'),
    ];
    const result = await t.send('households.create', { ...householdInput(sof), ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields?.[field]).toMatch(message);
    expect([
      await countRows(t, 'households'),
      await countRows(t, 'householdMembers'),
      await countRows(t, 'auditLog'),
    ]).toEqual(before);
  });

  it('refuses FF as referring department: the referring department follows up in the home', async () => {
    const result = await t.send('households.create', householdInput(ff));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.fields?.['referringDepartmentId']).toMatch(/^Remitterande förvaltning: välj SOF, VOF, AMF/);
  });

  it('refuses a person who is already in another household, naming it with the number masked', async () => {
    await t.call('households.create', householdInput(sof));
    const result = await t.send(
      'households.create',
      householdInput(sof, { members: [member('Lena Berg', OTHER_ADULT, true), member('Omar Andersson', CHILD)] }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.['members.1.identityNumber']).toMatch(
      /Omar Andersson \(20160702-\*\*\*\*\) finns redan i hushållet med kontraktsinnehavare Anna Andersson/,
    );
    expect(result.error.message).not.toContain(CHILD);
    expect(await countRows(t, 'households')).toBe(1);
  });
});

describe('households: concurrency and archiving', () => {
  it('a stale edit of the members is refused with who saved first, and the members stay as saved', async () => {
    const h = await t.call('households.create', householdInput(sof));
    const base = { ...householdInput(sof), id: h.id, version: h.version };
    await t.call('households.update', { ...base, phone: '070-999 99 99' });
    const stale = await t.send('households.update', {
      ...base,
      members: [member('Anna Andersson', ADULT, true)],
      householdSize: 1,
      childrenCount: 0,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('households.get', { id: h.id })).members).toHaveLength(2);
  });

  it('archives a household without open contracts, and restores it', async () => {
    const h = await t.call('households.create', householdInput(sof));
    const archived = await t.call('households.archive', { id: h.id, version: h.version });
    expect(archived.archivedAt).not.toBeNull();
    expect((await t.call('households.list', {})).total).toBe(0);
    const restored = await t.call('households.restore', { id: h.id, version: archived.version });
    expect(restored.archivedAt).toBeNull();
  });
});

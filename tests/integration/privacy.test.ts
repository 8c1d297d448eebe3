/**
 * Every look at a whole personnummer is accounted for: "Visa personnummer"
 * is an audited read, the form can save without ever having the numbers,
 * the reads are reported per user and month, and a registerutdrag gives
 * everything held on one person and is audited itself.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToPdf, closePdfRenderer } from '../../electron/host/pdf';
import { modulbostadInput } from '../fixtures/bestand';
import { ADULT, CHILD, contractInput, householdInput, member, OTHER_ADULT } from '../fixtures/households';
import { waitForJob } from './exportHelpers';
import { departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let colleague: TestBackEnd;
let householdId: number;
let otherHouseholdId: number;
let contractId: number;
let dischargeId: number;

beforeAll(async () => {
  t = await openTestBackEnd({ login: 'anna.admin' });
  colleague = await openTestBackEnd({ dbPath: t.dbPath, login: 'hugo.handlaggare' });
  const depts = await departmentIds(t);
  const household = await t.call('households.create', householdInput(depts['SOF']!));
  householdId = household.id;
  otherHouseholdId = (
    await t.call(
      'households.create',
      householdInput(depts['SOF']!, {
        members: [member('Olle Annan', OTHER_ADULT, true)],
        householdSize: 1,
        childrenCount: 0,
      }),
    )
  ).id;
  const unitId = (await t.call('units.create', modulbostadInput(depts['FF']!))).id;
  contractId = (
    await t.call('contracts.create', contractInput({ unitId, householdId, referringDepartmentId: depts['SOF']! }))
  ).id;
  dischargeId = (
    await t.call('discharges.create', {
      householdId,
      plannedDate: '2026-12-15',
      fromKind: 'hvb',
      institution: 'HVB Solrosen',
      outcome: null,
      outcomeDate: null,
      notes: null,
    })
  ).id;
});
afterAll(async () => {
  await closePdfRenderer();
  await colleague.close();
  await t.close();
});

describe('Visa personnummer', () => {
  it('gives the whole numbers only through an audited read', async () => {
    const shown = await colleague.call('households.get', { id: householdId });
    expect(shown.members.map((m) => m.identityNumber)).toEqual([
      `${ADULT.slice(0, 8)}-****`,
      `${CHILD.slice(0, 8)}-****`,
    ]);
    const revealed = await colleague.call('households.revealIdentity', { id: householdId });
    expect(revealed.members.map((m) => m.identityNumber)).toEqual([ADULT, CHILD]);
    const rows = (await t.backEnd.database.knex('auditLog').where({ action: 'view-identity' })) as {
      actor: string;
      entityId: number;
      after: string;
    }[];
    expect(rows.at(-1)).toMatchObject({ actor: 'hugo.handlaggare', entityId: householdId });
    expect(rows.at(-1)!.after).not.toMatch(/\d{12}/);
  });

  it('lets a form save masked numbers back unchanged, and refuses a masked number it cannot place', async () => {
    const shown = await colleague.call('households.get', { id: householdId });
    const {
      members,
      id,
      version,
      referringDepartmentCode: _c,
      holderName: _h,
      holderIdentityMasked: _m,
      ...rest
    } = shown;
    const input = {
      ...rest,
      id,
      version,
      members: members.map((m) => ({ id: m.id, name: m.name, identityNumber: m.identityNumber, isHolder: m.isHolder })),
    };
    const saved = await colleague.call('households.update', { ...input, phone: '070-111 11 11' });
    expect(saved.phone).toBe('070-111 11 11');
    const after = await colleague.call('households.revealIdentity', { id: householdId });
    expect(after.members.map((m) => m.identityNumber)).toEqual([ADULT, CHILD]);

    const stranger = await colleague.send('households.update', {
      ...input,
      version: saved.version,
      members: [{ ...input.members[0]!, id: 999_999 }, input.members[1]!],
    });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!stranger.ok) expect(stranger.error.fields?.['members.0.identityNumber']).toMatch(/skriv hela numret/);
    const created = await colleague.send('households.create', {
      ...householdInput(rest.referringDepartmentId),
      members: [{ name: 'Ny', identityNumber: '19900101-****', isHolder: true }],
      householdSize: 1,
      childrenCount: 0,
    });
    expect(created).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('is reported per user and month in Inställningar, with exports and printouts that held numbers', async () => {
    await waitForJob(colleague, await colleague.call('exports.portfolio', { includePersonalData: true }));
    await waitForJob(colleague, await colleague.call('exports.portfolio', { includePersonalData: false }));
    await colleague.call('documents.render', { kind: 'contract', ids: [contractId] });
    const report = await t.call('privacy.identityReads', {});
    const month = new Date().toISOString().slice(0, 7);
    const hugo = report.find((r) => r.login === 'hugo.handlaggare' && r.month === month)!;
    expect(hugo).toMatchObject({ views: 2, exports: 1, prints: 1, extracts: 0 });
    expect(await colleague.send('privacy.identityReads', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('registerutdrag', () => {
  it('gives everything on the person, the history of those records and who saw the number, as PDF and JSON', async () => {
    const extract = await colleague.call('privacy.registerExtract', {
      identityNumber: `${ADULT.slice(0, 8)}-${ADULT.slice(8)}`,
    });
    expect(extract.identityNumber).toBe(ADULT);
    expect(extract.name).toBe('Anna Andersson');
    expect(extract.households.map((h) => h['id'])).toEqual([householdId]);
    expect(extract.contracts.map((c) => c['id'])).toEqual([contractId]);
    expect(extract.discharges.map((d) => d['id'])).toEqual([dischargeId]);
    expect(extract.evictionRisks).toEqual([]);
    expect(extract.members).toHaveLength(1);
    expect(extract.history.some((h) => h.entity === 'contract' && h.action === 'create')).toBe(true);
    expect(extract.history.some((h) => h.entity === 'household' && h.action === 'create')).toBe(true);
    const readers = extract.identityReads.map((r) => [r.actor, r.action]);
    expect(readers).toContainEqual(['hugo.handlaggare', 'view-identity']);
    expect(readers).toContainEqual(['hugo.handlaggare', 'print']);

    // The other household member's number is someone else's: not in the extract.
    expect(extract.json).not.toContain(CHILD);
    expect(extract.json).not.toContain(OTHER_ADULT);
    const json = JSON.parse(extract.json) as { identityNumber: string; contracts: unknown[] };
    expect(json.identityNumber).toBe(ADULT);
    expect(json.contracts).toHaveLength(1);

    // The PDF, read back by pdftotext.
    const pdfFile = path.join(t.dir, 'utdrag.pdf');
    fs.writeFileSync(pdfFile, await htmlToPdf(extract.html));
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-']).toString();
    expect(text).toContain('Registerutdrag 19851024-2392');
    expect(text).toContain('Vem har sett hela personnumret');
    expect(text).toContain('Visa personnummer');
    expect(text).toContain('HVB Solrosen');
    expect(text).not.toContain(CHILD.slice(0, 8) + '-' + CHILD.slice(8));
  });

  it('is audited without the whole number, and shows up in the next extract and the report', async () => {
    const rows = (await t.backEnd.database.knex('auditLog').where({ action: 'extract' })) as {
      actor: string;
      after: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).not.toContain(ADULT);
    expect(JSON.parse(rows[0]!.after)).toMatchObject({ person: '19851024-****', households: [householdId] });
    const again = await t.call('privacy.registerExtract', { identityNumber: ADULT });
    expect(again.identityReads.map((r) => [r.actor, r.action])).toContainEqual(['hugo.handlaggare', 'extract']);
    const other = await t.call('privacy.registerExtract', { identityNumber: OTHER_ADULT });
    expect(other.households.map((h) => h['id'])).toEqual([otherHouseholdId]);
    expect(other.identityReads.some((r) => r.action === 'extract' && r.actor === 'hugo.handlaggare')).toBe(false);
  });

  it('answers NOT_FOUND for a number not in the registers, and a Swedish message for a bad one', async () => {
    expect(await t.send('privacy.registerExtract', { identityNumber: '195008212226' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const bad = await t.send('privacy.registerExtract', { identityNumber: '19850101-1234' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

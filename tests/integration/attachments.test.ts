/**
 * Bilagor through dispatch: real files (a PDF and a PNG made by Chromium,
 * a PDF encrypted by qpdf; tests/fixtures/attachments) kept byte for byte,
 * bad files refused with a Swedish message and nothing written, opening a
 * household's contract scan audited, archived rather than deleted, and
 * carried by a backup of the database through a restore.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttachmentInput } from '../../shared/attachments/schema';
import { contractInput, householdInput } from '../fixtures/households';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { countRows, departmentIds, openTestBackEnd, type TestBackEnd } from './testBackEnd';
import { skipUnlessSqlite } from './testEngine';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'attachments');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

let t: TestBackEnd;
let world: LeaseWorld;
let leaseId: number;

beforeEach(async () => {
  t = await openTestBackEnd();
  world = await leaseWorld(t, 2);
  leaseId = (await t.call('leases.create', leaseInput(world))).id;
});
afterEach(() => t.close());

function input(bytes: Buffer, overrides: Partial<AttachmentInput> = {}): AttachmentInput {
  return {
    owner: 'lease',
    ownerId: leaseId,
    kind: 'undertecknat_avtal',
    documentDate: '2026-11-20',
    fileName: 'avtal.pdf',
    note: null,
    contentBase64: bytes.toString('base64'),
    ...overrides,
  };
}

describe('attachments', () => {
  it('keeps a PDF and a PNG byte for byte, typed from their bytes, with their checksum', async () => {
    for (const [name, type] of [
      ['signed-scan.pdf', 'application/pdf'],
      ['signed-scan.png', 'image/png'],
    ] as const) {
      const bytes = fixture(name);
      // The name says nothing: the bytes decide.
      const { attachment, warning } = await t.call(
        'attachments.add',
        input(bytes, { fileName: `skannat-${name}.bin` }),
      );
      expect(warning).toBeNull();
      expect(attachment.mediaType).toBe(type);
      expect(attachment.sizeBytes).toBe(bytes.length);
      expect(attachment.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
      const opened = await t.call('attachments.open', { id: attachment.id });
      expect(Buffer.from(opened.contentBase64, 'base64').equals(bytes)).toBe(true);
      expect(opened.mediaType).toBe(type);
    }
    const listed = await t.call('attachments.list', { owner: 'lease', ownerId: leaseId });
    expect(listed.map((a) => a.mediaType).sort()).toEqual(['application/pdf', 'image/png']);
  });

  it('refuses an empty file, a file of another type and one over 25 MB, and writes nothing', async () => {
    const cases: [Buffer, string, RegExp][] = [
      [Buffer.alloc(0), 'tom.pdf', /Fil: filen är tom \(0 byte\)/],
      [Buffer.from('PK\u0003\u0004 not a pdf at all'), 'avtal.pdf', /"avtal.pdf" är varken PDF, JPEG eller PNG/],
      [Buffer.from('<html>Hyresavtal</html>'), 'avtal.png', /är varken PDF, JPEG eller PNG/],
      [Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(25 * 1024 * 1024)]), 'stor.pdf', /högst 25 MB tas emot/],
    ];
    for (const [bytes, fileName, message] of cases) {
      const result = await t.send('attachments.add', input(bytes, { fileName }));
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION');
        expect(result.error.message).toMatch(message);
      }
    }
    expect(await countRows(t, 'attachments')).toBe(0);
    expect(await countRows(t, 'attachmentContents')).toBe(0);
    expect(await countRows(t, 'auditLog')).toBeGreaterThan(0);
    const audits = await t.backEnd.database.knex('auditLog').where({ entity: 'attachment' }).count({ n: '*' }).first();
    expect(Number((audits as { n: number }).n)).toBe(0);
  });

  it('accepts an encrypted PDF with a warning that it cannot be previewed', async () => {
    const { attachment, warning } = await t.call('attachments.add', input(fixture('encrypted.pdf')));
    expect(attachment.encrypted).toBe(true);
    expect(warning).toMatch(/krypterad.*kan inte förhandsgranskas/);
    const opened = await t.call('attachments.open', { id: attachment.id });
    expect(opened.encrypted).toBe(true);
  });

  it('refuses a record that does not exist', async () => {
    const result = await t.send('attachments.add', input(fixture('signed-scan.pdf'), { ownerId: 999_999 }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Hyresavtalet finns inte/);
  });

  it('audits opening a scan on a household contract, not one on a lease', async () => {
    const ids = await departmentIds(t);
    const household = await t.call('households.create', householdInput(ids['SOF']!));
    const contract = await t.call(
      'contracts.create',
      contractInput({ unitId: world.unitIds[0]!, householdId: household.id, referringDepartmentId: ids['SOF']! }),
    );
    const onContract = await t.call(
      'attachments.add',
      input(fixture('signed-scan.pdf'), { owner: 'contract', ownerId: contract.id }),
    );
    const onLease = await t.call('attachments.add', input(fixture('signed-scan.pdf')));
    await t.call('attachments.open', { id: onContract.attachment.id });
    await t.call('attachments.open', { id: onLease.attachment.id });
    const opened = (await t.backEnd.database
      .knex('auditLog')
      .where({ entity: 'attachment', action: 'open' })
      .select('entityId', 'actor')) as { entityId: number; actor: string }[];
    expect(opened).toEqual([{ entityId: onContract.attachment.id, actor: 'testare' }]);
  });

  it('archives instead of deleting, and the archived file still opens', async () => {
    const { attachment } = await t.call(
      'attachments.add',
      input(fixture('signed-scan.png'), { kind: 'korrespondens' }),
    );
    await t.call('attachments.archive', { id: attachment.id, version: attachment.version });
    expect(await t.call('attachments.list', { owner: 'lease', ownerId: leaseId })).toEqual([]);
    const all = await t.call('attachments.list', { owner: 'lease', ownerId: leaseId, includeArchived: true });
    expect(all.map((a) => [a.id, a.archivedAt !== null])).toEqual([[attachment.id, true]]);
    const opened = await t.call('attachments.open', { id: attachment.id });
    expect(Buffer.from(opened.contentBase64, 'base64').equals(fixture('signed-scan.png'))).toBe(true);
    const stale = await t.send('attachments.restore', { id: attachment.id, version: attachment.version });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
  });

  it('travels with a backup: a restore brings the file back byte for byte, and takes later changes away', async () => {
    if (skipUnlessSqlite('backups made by the app (on a server they are IT’s, and bytea goes with any dump)')) return;
    const scan = fixture('signed-scan.pdf');
    const { attachment } = await t.call('attachments.add', input(scan));
    const backup = await t.call('backups.create', {});

    // After the backup: the scan archived and another file added.
    await t.call('attachments.archive', { id: attachment.id, version: attachment.version });
    await t.call('attachments.add', input(fixture('signed-scan.png'), { fileName: 'senare.png' }));

    await t.call('backups.restore', { name: backup.name });
    const listed = await t.call('attachments.list', { owner: 'lease', ownerId: leaseId, includeArchived: true });
    expect(listed.map((a) => [a.id, a.fileName, a.archivedAt])).toEqual([[attachment.id, 'avtal.pdf', null]]);
    const opened = await t.call('attachments.open', { id: attachment.id });
    const bytes = Buffer.from(opened.contentBase64, 'base64');
    expect(bytes.equals(scan)).toBe(true);
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(attachment.sha256);
    // The search index is part of the same file and comes back with it.
    const found = await t.call('search.global', { text: 'drottningg 1' });
    expect(found.groups.map((g) => g.register)).toContain('units');
  });
});

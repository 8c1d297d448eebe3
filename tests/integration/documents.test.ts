import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closePdfRenderer } from '../../electron/host/pdf';
import { TOKEN_HEADER } from '../../shared/core/bridge';
import { startHost, type RunningHost } from '../../electron/host/server';
import { DEFAULT_INFO_MATERIAL } from '../../shared/settings/defaults';
import { openTestBackEnd, tempDir, type TestBackEnd } from './testBackEnd';

let t: TestBackEnd;
let host: RunningHost;
beforeAll(async () => {
  t = await openTestBackEnd({ today: '2026-11-26' });
  host = await startHost({ backEnd: t.backEnd });
});
afterAll(async () => {
  await host.close();
  await closePdfRenderer();
  await t.close();
});

describe('settings for printed documents', () => {
  it('starts from defaults, saves with a version, and refuses a stale save naming who saved first', async () => {
    const initial = await t.call('settings.infoMaterial', {});
    expect(initial).toMatchObject({ version: 0, value: DEFAULT_INFO_MATERIAL });
    const saved = await t.call('settings.setInfoMaterial', {
      value: { ...initial.value, title: 'Ny rubrik' },
      version: 0,
    });
    expect(saved).toMatchObject({ version: 1, value: { title: 'Ny rubrik' } });
    const stale = await t.send('settings.setInfoMaterial', {
      value: { ...initial.value, title: 'Annan rubrik' },
      version: 0,
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect((await t.call('settings.infoMaterial', {})).value.title).toBe('Ny rubrik');
  });

  it('refuses a logo that is not an image, naming the field', async () => {
    const org = await t.call('settings.organisation', {});
    const result = await t.send('settings.setOrganisation', {
      value: { ...org.value, logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' },
      version: org.version,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.fields?.['value.logoDataUrl']).toMatch(/^Logotyp: välj en PNG-, JPEG- eller SVG-bild/);
  });
});

describe('documents', () => {
  it('escapes every piece of user data: a <script> prints as text', async () => {
    const current = await t.call('settings.infoMaterial', {});
    await t.call('settings.setInfoMaterial', {
      value: {
        title: '<script>alert("x")</script> Info',
        body: '# Rubrik <b>fet</b>\n\nStycke & "citat"',
        contacts: null,
      },
      version: current.version,
    });
    const doc = await t.call('documents.render', { kind: 'infoMaterial' });
    expect(doc.html).not.toContain('<script>alert');
    expect(doc.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Info');
    expect(doc.html).toContain('<h2>Rubrik &lt;b&gt;fet&lt;/b&gt;</h2>');
    expect(doc.html).toContain('<p>Stycke &amp; &quot;citat&quot;</p>');
    // Characters a file system refuses are replaced in the suggested file name.
    expect(doc.fileName).toBe('-script-alert(-x-)--script- Info.pdf');
  });

  it('renders an A4 PDF through the browser host that a real reader opens', async () => {
    const current = await t.call('settings.infoMaterial', {});
    await t.call('settings.setInfoMaterial', { value: DEFAULT_INFO_MATERIAL, version: current.version });
    const doc = await t.call('documents.render', { kind: 'infoMaterial' });
    const res = await fetch(`${host.url}shell/pdf`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ html: doc.html }),
    });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = tempDir('bostad-pdf-');
    const file = path.join(dir, 'info.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Om ditt kommunala kontrakt');
    expect(text).toContain('Besittningsskydd');
    expect(text).toMatch(/Sida 1 av \d/);
    // A4 is 595 × 842 points.
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Page size:\s+(595(\.\d+)? x 84[12](\.\d+)?|.*\(A4\))/);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('page') && f.endsWith('.png'))).toBe(true);
  }, 60_000);

  it('refuses the PDF endpoint without the token', async () => {
    const res = await fetch(`${host.url}shell/pdf`, { method: 'POST', body: JSON.stringify({ html: '<p>x</p>' }) });
    expect(res.status).toBe(403);
  });
});

describe('the kommunalt kontrakt, the lease summary and the steering report', () => {
  it('prints the contract with tenant, waiver ground and rent; names print as text; printing whole personnummer is audited', async () => {
    const { modulbostadInput } = await import('../fixtures/bestand');
    const { householdInput, member, contractInput, ADULT, CHILD } = await import('../fixtures/households');
    const departments = await t.call('departments.list', {});
    const sof = departments.find((d) => d.code === 'SOF')!.id;
    const ff = departments.find((d) => d.code === 'FF')!.id;
    const unit = await t.call('units.create', modulbostadInput(ff, { objectNumber: 'MOD-DOC-1' }));
    const household = await t.call(
      'households.create',
      householdInput(sof, {
        members: [member('<script>alert(1)</script> Andersson', ADULT, true), member('Omar Andersson', CHILD)],
      }),
    );
    const contract = await t.call('contracts.create', {
      ...contractInput({ unitId: unit.id, householdId: household.id, referringDepartmentId: sof }),
      acknowledgeWarnings: false,
    });

    const doc = await t.call('documents.render', { kind: 'contract', ids: [contract.id] });
    expect(doc.title).toBe(`Kommunalt kontrakt ${contract.contractNumber}`);
    expect(doc.html).not.toContain('<script>alert(1)');
    expect(doc.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Andersson');
    expect(doc.html).not.toMatch(/tillsyn(sbesök)?[^.]*besiktning|inspektionsbesök/i);

    const res = await fetch(`${host.url}shell/pdf`, {
      method: 'POST',
      headers: { [TOKEN_HEADER]: host.token },
      body: JSON.stringify({ html: doc.html }),
    });
    const file = path.join(tempDir('bostad-contract-'), 'kontrakt.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script> Andersson');
    expect(text).toContain('19851024-2392');
    expect(text).toContain('Bostaden är en genomgångsbostad inom Bostad Först');
    expect(text).toContain('6 500 kr');
    expect(text).toContain('12 kap. 45 och 45 a §§ jordabalken');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(path.dirname(file), 'page')]);

    const printed = (await t.backEnd.database.knex('auditLog').where({ entity: 'document', action: 'print' })) as {
      after: string;
    }[];
    expect(printed.map((p) => JSON.parse(p.after) as unknown)).toContainEqual({ kind: 'contract', ids: [contract.id] });
  }, 60_000);

  it('renders the steering report and a lease summary from the demo registers', async () => {
    const steering = await t.call('documents.render', { kind: 'steeringReport' });
    // The follow-up of every action (tests/integration/followup*.test.ts test its figures).
    expect(steering.title).toBe('Uppföljning av det bostadssociala programmet 2026 (utkast)');
    for (const heading of [
      'Åtgärd 3:1: Markanvisningar',
      'Åtgärd 3:7: Stadens hyresrättsbestånd',
      'Åtgärd 3:10: Bostad Först',
    ])
      expect(steering.html).toContain(heading);
    expect(steering.html).toContain('Boverkets bostadsmarknadsenkät');
    expect(steering.html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(11);
    const refused = await t.send('documents.render', { kind: 'leaseSummary', ids: [] });
    expect(refused.ok).toBe(false);
    const unknown = await t.send('documents.render', { kind: 'hemligt' });
    expect(unknown.ok).toBe(false);
  });
});

/**
 * Bilagor on the edit cycle, over the real back end: a wrong date or an
 * empty file is refused at its field with nothing sent, a file the back
 * end refuses by its bytes is named at the file, a good one is kept with
 * its fields; archiving one a colleague changed in between is reported as
 * a conflict, the list read again, and archiving it then goes through.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AttachmentsPanel } from '../../renderer/features/attachments/AttachmentsPanel';
import { leaseInput, leaseWorld, type LeaseWorld } from '../fixtures/leases';
import { testBackEnd } from './backEnd';

const SCAN = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'attachments', 'signed-scan.pdf'));
const field = (label: string) => screen.findByLabelText(label, { exact: false, selector: 'input, select' });
const adds = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([name]) => name === 'attachments.add');
const pick = async (file: File) =>
  fireEvent.change(await screen.findByLabelText('Bifoga fil'), { target: { files: [file] } });

// One back end per file: the landlord and units once, a lease on a unit of its own for each test.
let world: LeaseWorld;
beforeAll(async () => {
  world = await leaseWorld(await testBackEnd(), 2);
});
afterEach(() => vi.restoreAllMocks());

describe('the attachments panel', () => {
  it('refuses a wrong date and an empty file unsent, names a refused file, keeps a good one', async () => {
    const t = await testBackEnd();
    const lease = await t.call('leases.create', leaseInput({ ...world, unitIds: [world.unitIds[0]!] }));
    const invoke = vi.spyOn(window.bostad!, 'invoke');
    render(<AttachmentsPanel owner="lease" ownerId={lease.id} />);
    expect(await screen.findByText('Inga bilagor.')).toBeTruthy();

    fireEvent.change(await field('Datum'), { target: { value: 'igår' } });
    await pick(new File([SCAN], 'signed-scan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Datum\./)).toBeTruthy();
    expect((await field('Datum')).getAttribute('aria-invalid')).toBe('true');
    expect(adds(invoke)).toEqual([]);

    fireEvent.change(await field('Datum'), { target: { value: '2026-11-20' } });
    await pick(new File([], 'tom.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Rätta det markerade fältet: Fil\./)).toBeTruthy();
    expect(screen.getByText('Fil: filen är tom (0 byte).', { selector: '.field-error' })).toBeTruthy();
    expect(screen.getByLabelText('Bifoga fil').getAttribute('aria-invalid')).toBe('true');
    expect(adds(invoke)).toEqual([]);

    // Named .pdf, but its bytes are text: the back end's reason stands at the file and is announced.
    await pick(new File(['inte en pdf'], 'brev.pdf', { type: 'application/pdf' }));
    const refused = await screen.findByText(/"brev\.pdf" är varken PDF, JPEG eller PNG/, { selector: '.field-error' });
    expect(refused.getAttribute('role')).toBe('alert');
    expect(adds(invoke)).toHaveLength(1);

    fireEvent.change(await field('Typ av bilaga'), { target: { value: 'beslut' } });
    fireEvent.change(await field('Anteckning'), { target: { value: 'Undertecknat av båda' } });
    await pick(new File([SCAN], 'signed-scan.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText('signed-scan.pdf har sparats.', { selector: '[role="status"]' })).toBeTruthy();
    expect(screen.queryByText(/Rätta det markerade/)).toBeNull();
    const stored = await t.call('attachments.list', { owner: 'lease', ownerId: lease.id });
    expect(stored.map((a) => [a.fileName, a.kind, a.documentDate, a.note, a.sizeBytes])).toEqual([
      ['signed-scan.pdf', 'beslut', '2026-11-20', 'Undertecknat av båda', SCAN.length],
    ]);
    expect(await screen.findByRole('button', { name: 'Visa signed-scan.pdf' })).toBeTruthy();
  });

  it('reports a colleague’s change before archiving, reads the list again, then archives', async () => {
    const t = await testBackEnd();
    const lease = await t.call('leases.create', leaseInput({ ...world, unitIds: [world.unitIds[1]!] }));
    const added = await t.call('attachments.add', {
      owner: 'lease',
      ownerId: lease.id,
      kind: 'korrespondens',
      documentDate: '2026-11-02',
      fileName: 'brev.pdf',
      note: null,
      contentBase64: SCAN.toString('base64'),
    });
    const invoke = vi.spyOn(window.bostad!, 'invoke');
    render(<AttachmentsPanel owner="lease" ownerId={lease.id} />);
    const archiveButton = () => screen.findByRole('button', { name: 'Arkivera brev.pdf' });
    await archiveButton();

    // A colleague archives it and puts it back after the panel was opened.
    const theirs = await t.call('attachments.archive', added.attachment);
    await t.call('attachments.restore', theirs);

    fireEvent.click(await archiveButton());
    const conflict = await screen.findByText(/Bilagan har ändrats av/, { selector: '.banner.conflict' });
    expect(conflict.getAttribute('role')).toBe('alert');
    expect((await t.call('attachments.list', { owner: 'lease', ownerId: lease.id })).map((a) => a.version)).toEqual([
      3,
    ]);

    // The list is read again after the refusal, and then holds the stored version: archiving it goes through.
    const names = () => invoke.mock.calls.map(([name]) => name);
    await waitFor(() =>
      expect(names().lastIndexOf('attachments.list')).toBeGreaterThan(names().indexOf('attachments.archive')),
    );
    await invoke.mock.results[names().lastIndexOf('attachments.list')]!.value;
    fireEvent.click(await archiveButton());
    await waitFor(async () =>
      expect(await t.call('attachments.list', { owner: 'lease', ownerId: lease.id })).toEqual([]),
    );
    const section = screen.getByRole('region', { name: 'Bilagor' });
    expect(await within(section).findByText('Inga bilagor.')).toBeTruthy();
    expect(within(section).queryByText(/har ändrats av/)).toBeNull();
  });
});

/**
 * Uppsägning av hyresavtal, from the city to the landlord: the lease's
 * number and units, the day it ends and the rule that gives it (reckoned
 * from today; registering the landlord's receipt reckons it again from the
 * day of receipt), and a mottagningsbevis for the landlord to sign and
 * return: the proof that the notice arrived in time.
 */
import { AppError } from '../../../shared/core/result';
import { terminationOutcome } from '../../../shared/leases/derived';
import { termsOf } from '../../../shared/leases/schema';
import { fillTemplate } from '../../../shared/letters/templates';
import type { ServiceContext } from '../../core/context';
import { html } from '../documents/html';
import type { DocumentContent } from '../documents/kinds';
import { getLease } from '../leases/service';
import { getSettings } from '../settings/service';
import { letterBody, recipientBlock } from './subletLetter';

export async function leaseNoticeLetter(ctx: ServiceContext, ids: number[]): Promise<DocumentContent> {
  if (ids.length !== 1) throw new AppError('VALIDATION', 'Välj ett hyresavtal.');
  const lease = await getLease(ctx, ids[0]!);
  if (lease.status !== 'aktiv') {
    throw new AppError('VALIDATION', `Hyresavtal ${lease.leaseNumber} är inte aktivt och kan inte sägas upp.`);
  }
  const today = ctx.clock.today();
  const outcome = terminationOutcome(termsOf(lease), {
    noticeGivenBy: 'staden',
    noticeDate: today,
    agreedEndDate: null,
    tenantEarlyExit: false,
  });
  if (!outcome) throw new AppError('VALIDATION', `Hyresavtal ${lease.leaseNumber} har redan upphört.`);
  const recipient = await recipientBlock(ctx, lease.landlordId);
  const [{ value: texts }, { value: org }] = await Promise.all([
    getSettings(ctx, 'letterTexts'),
    getSettings(ctx, 'organisation'),
  ]);
  const objects = lease.units.map((u) => `${u.objectNumber}, ${u.address}`).join('\n');
  const sender = [org.name, org.unit].filter(Boolean).join(', ');
  const body = fillTemplate<'leaseNotice'>(texts.leaseNotice, {
    hyresvärd: recipient.name,
    avtalsnummer: lease.leaseNumber,
    referens: lease.landlordReference ?? '–',
    objekt: objects,
    upphör: outcome.endsOn,
    regel: outcome.rule,
    datum: today,
    avsändare: sender,
  });
  const slip = html`<h1>Mottagningsbevis</h1>
    <p>
      Uppsägning av hyresavtal
      ${lease.leaseNumber}${lease.landlordReference ? html` (er referens ${lease.landlordReference})` : null} från
      ${sender}.
    </p>
    <table class="facts">
      <tr>
        <th>Hyresvärd</th>
        <td>${recipient.name}</td>
      </tr>
      <tr>
        <th>Bostäder</th>
        <td>${lease.units.map((u, i) => html`${i > 0 ? html`<br />` : null}${u.objectNumber}, ${u.address}`)}</td>
      </tr>
    </table>
    <p>Uppsägningen har tagits emot den ____________________ (datum).</p>
    <div class="signatures">
      <div class="signature">
        <div class="space"></div>
        Underskrift, för hyresvärden
      </div>
      <div class="signature">
        <div class="space"></div>
        Namnförtydligande
      </div>
    </div>
    <p class="muted">Skriv under och skicka mottagningsbeviset i retur till ${sender}.</p>`;
  return {
    title: 'Uppsägning av hyresavtal',
    fileName: `Uppsägning ${lease.leaseNumber}.pdf`,
    pages: [html`${recipient.block}${letterBody(body)}`, slip],
  };
}

/**
 * Ansökan till hyresnämnden om godkännande av avstående från
 * besittningsskydd (12 kap. 45 a § JB), from one kommunalt kontrakt: the
 * covering letter from the text in Inställningar, then the facts the
 * hyresnämnd's form asks for (the landlord applying, the tenant with
 * personnummer, the dwelling, the period and the ground), with the
 * agreement itself named as the attachment and lines for both parties to
 * sign. It prints whole personnummer, so rendering it is audited.
 */
import { formatIdentityNumber } from '../../../shared/households/personnummer';
import { AppError } from '../../../shared/core/result';
import { fillTemplate } from '../../../shared/letters/templates';
import { unitKindLabels } from '../../../shared/units/schema';
import type { ServiceContext } from '../../core/context';
import { html, type SafeHtml } from '../documents/html';
import type { DocumentContent } from '../documents/kinds';
import { getHousehold } from '../households/service';
import { getSettings } from '../settings/service';
import { getUnit } from '../units/service';
import { letterBody } from './subletLetter';
import { applicationContract } from './waiver';

const row = (label: string, value: SafeHtml | string | null) =>
  value
    ? html`<tr>
        <th>${label}</th>
        <td>${value}</td>
      </tr>`
    : null;

const lines = (values: (string | null | undefined)[]) =>
  html`${values.filter(Boolean).map((v, i) => html`${i > 0 ? html`<br />` : null}${v}`)}`;

export async function waiverApplicationLetter(ctx: ServiceContext, ids: number[]): Promise<DocumentContent> {
  const contract = await applicationContract(ctx, ids);
  const [household, unit, { value: texts }, { value: org }] = await Promise.all([
    getHousehold(ctx, contract.householdId),
    getUnit(ctx, contract.unitId),
    getSettings(ctx, 'letterTexts'),
    getSettings(ctx, 'organisation'),
  ]);
  const holder = household.members.find((m) => m.isHolder) ?? household.members[0];
  if (!holder) {
    throw new AppError('VALIDATION', `Kontrakt ${contract.contractNumber}: hushållet saknar kontraktsinnehavare.`);
  }
  const others = household.members.filter((m) => m !== holder);
  const landlord = [org.name, org.unit].filter(Boolean).join(', ');
  const dwelling = `${unit.objectNumber}, ${unit.address}${unit.postalCode ? `, ${unit.postalCode}` : ''}`;
  const period = `${contract.startDate} – ${contract.endDate}`;
  const body = fillTemplate<'waiverApplication'>(texts.waiverApplication, {
    hyresvärd: landlord,
    hyresgäst: holder.name,
    kontraktsnummer: contract.contractNumber,
    objekt: dwelling,
    period,
    grund: contract.waiverGround ?? '',
    datum: ctx.clock.today(),
    avsändare: landlord,
  });
  const size = [
    unit.rooms !== null ? `${String(unit.rooms).replace('.', ',')} rum` : null,
    unit.areaM2 !== null ? `${String(unit.areaM2).replace('.', ',')} m²` : null,
    unit.floor !== null ? `våning ${unit.floor}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  const facts = html`<h1>Uppgifter till hyresnämnden</h1>
    <h2>Sökande hyresvärd</h2>
    <table class="facts">
      ${row('Namn', landlord)}
      ${row('Adress', lines([org.address, [org.postalCode, org.city].filter(Boolean).join(' ')]))}
      ${row('Telefon', org.phone)} ${row('E-post', org.email)}
    </table>
    <h2>Hyresgäst</h2>
    <table class="facts">
      ${row('Namn', holder.name)} ${row('Personnummer', formatIdentityNumber(holder.identityNumber))}
      ${row('Övriga i hushållet', others.map((m) => m.name).join(', ') || null)} ${row('Telefon', household.phone)}
      ${row('E-post', household.email)}
    </table>
    <h2>Lägenheten</h2>
    <table class="facts">
      ${row('Objekt', `${unit.objectNumber} (${unitKindLabels[unit.kind]})`)}
      ${row('Adress', lines([unit.address, unit.postalCode, unit.district]))} ${row('Storlek', size || null)}
    </table>
    <h2>Hyresförhållandet</h2>
    <table class="facts">
      ${row('Kontrakt', contract.contractNumber)} ${row('Hyrestid', html`${period}, upphör utan uppsägning`)}
      ${row('Skäl för avståendet', contract.waiverGround)}
      ${row('Bilaga', `Överenskommelse om avstående från besittningsskydd, kontrakt ${contract.contractNumber}`)}
    </table>
    <div class="signatures">
      <div class="signature">
        <div class="space"></div>
        Hyresvärd: ${landlord}
      </div>
      <div class="signature">
        <div class="space"></div>
        Hyresgäst: ${holder.name}
      </div>
    </div>`;
  return {
    title: 'Ansökan till hyresnämnden',
    fileName: `Ansökan hyresnämnden ${contract.contractNumber}.pdf`,
    // The text begins "Till hyresnämnden": no address block of its own.
    pages: [letterBody(body), facts],
    personalData: true,
  };
}

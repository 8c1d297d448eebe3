/**
 * The kommunalt kontrakt on paper: parties, unit, period, rent, the waiver
 * of security of tenure with its ground and the hyresnämnd reference (a
 * waiver without an end date or a stated ground has been set aside, RH
 * 2022:33, so both are printed), FF's standard clauses from settings, and
 * signature lines. There is no inspection-visit clause (JO 7595-2016).
 */
import { formatMoney } from '../../../../shared/core/money';
import { formatIdentityNumber } from '../../../../shared/households/personnummer';
import { unitKindLabels } from '../../../../shared/units/schema';
import { AppError } from '../../../../shared/core/result';
import type { ServiceContext } from '../../../core/context';
import { getContract } from '../../contracts/queries';
import { getHousehold } from '../../households/service';
import { getSettings } from '../../settings/service';
import { getUnit } from '../../units/service';
import { html, paragraphs, type SafeHtml } from '../html';
import type { DocumentKind } from '../kinds';

async function contractPage(
  ctx: ServiceContext,
  id: number,
  clauses: string,
  landlordName: string,
): Promise<{ page: SafeHtml; number: string }> {
  const contract = await getContract(ctx, id);
  const [household, unit] = await Promise.all([getHousehold(ctx, contract.householdId), getUnit(ctx, contract.unitId)]);
  const holder = household.members.find((m) => m.isHolder) ?? household.members[0];
  if (!holder)
    throw new AppError('VALIDATION', `Kontrakt ${contract.contractNumber}: hushållet saknar kontraktsinnehavare.`);
  const others = household.members.filter((m) => m !== holder);

  const waiverReference =
    contract.waiverStatus === 'godkand' && contract.waiverDecisionDate
      ? html`Hyresnämnden godkände överenskommelsen
        ${contract.waiverDecisionDate}${contract.waiverCaseNumber ? html`, ärende ${contract.waiverCaseNumber}` : null}.`
      : contract.waiverApplicationDate
        ? html`Ansökan om godkännande har skickats till hyresnämnden
          ${contract.waiverApplicationDate}${contract.waiverCaseNumber ? html`, ärende ${contract.waiverCaseNumber}` : null}.
          Avståendet gäller när hyresnämnden har godkänt det.`
        : html`Ansökan om godkännande skickas till hyresnämnden. Avståendet gäller när hyresnämnden har godkänt det.`;

  const page = html` <h1>Kommunalt kontrakt ${contract.contractNumber}</h1>
    <p class="muted">
      Andrahandsuthyrning av bostad inom stadens bostadssociala program, med avstående från besittningsskydd.
    </p>
    <h2>1. Parter</h2>
    <table class="facts">
      <tr>
        <th>Hyresvärd</th>
        <td>${landlordName}</td>
      </tr>
      <tr>
        <th>Hyresgäst</th>
        <td>${holder.name}, ${formatIdentityNumber(holder.identityNumber)}</td>
      </tr>
      ${
        others.length > 0
          ? html`<tr>
              <th>Övriga i hushållet</th>
              <td>${others.map((m, i) => html`${i > 0 ? ', ' : ''}${m.name}`)}</td>
            </tr>`
          : null
      }
    </table>
    <h2>2. Bostaden</h2>
    <table class="facts">
      <tr>
        <th>Objekt</th>
        <td>${unit.objectNumber} (${unitKindLabels[unit.kind]})</td>
      </tr>
      <tr>
        <th>Adress</th>
        <td>
          ${unit.address}${unit.postalCode ? html`, ${unit.postalCode}` : null}${unit.district ? html`, ${unit.district}` : null}
        </td>
      </tr>
      ${
        unit.rooms !== null || unit.areaM2 !== null
          ? html`<tr>
              <th>Storlek</th>
              <td>
                ${unit.rooms !== null ? html`${String(unit.rooms).replace('.', ',')} rum` : null}${unit.rooms !== null && unit.areaM2 !== null ? ', ' : ''}${unit.areaM2 !== null ? html`${String(unit.areaM2).replace('.', ',')} m²` : null}
              </td>
            </tr>`
          : null
      }
    </table>
    <h2>3. Hyrestid</h2>
    <p>
      Kontraktet gäller från och med <strong>${contract.startDate}</strong> till och med
      <strong>${contract.endDate}</strong> och upphör då utan uppsägning.
    </p>
    <h2>4. Hyra</h2>
    <p>Hyran är <strong>${formatMoney(contract.monthlyRent)}</strong> per månad.</p>
    <h2>5. Avstående från besittningsskydd</h2>
    <div class="box">
      <p>
        Hyresgästen avstår från besittningsskydd (12 kap. 45 och 45 a §§ jordabalken) genom en separat överenskommelse
        som ska godkännas av hyresnämnden. Det innebär att hyresgästen inte har rätt att bo kvar när hyrestiden enligt
        punkt 3 är slut.
      </p>
      <p><strong>Skäl för avståendet:</strong> ${contract.waiverGround ?? '—'}</p>
      <p>${waiverReference}</p>
    </div>
    <h2>6. Övriga villkor</h2>
    ${paragraphs(clauses)}
    <div class="signatures">
      <div>
        <div class="space"></div>
        <div class="signature">Ort och datum</div>
        <div class="space"></div>
        <div class="signature">För hyresvärden: ${landlordName}</div>
      </div>
      <div>
        <div class="space"></div>
        <div class="signature">Ort och datum</div>
        <div class="space"></div>
        <div class="signature">Hyresgäst: ${holder.name}</div>
      </div>
    </div>`;
  return { page, number: contract.contractNumber };
}

export const contractDocument: DocumentKind = async (ctx, ids) => {
  if (ids.length === 0) throw new AppError('VALIDATION', 'Välj minst ett kontrakt att skriva ut.');
  const [{ value: texts }, { value: org }] = await Promise.all([
    getSettings(ctx, 'contractTexts'),
    getSettings(ctx, 'organisation'),
  ]);
  const landlordName = [org.name, org.unit].filter(Boolean).join(', ');
  const pages: { page: SafeHtml; number: string }[] = [];
  for (const id of ids) pages.push(await contractPage(ctx, id, texts.standardClauses, landlordName));
  const title =
    pages.length === 1 ? `Kommunalt kontrakt ${pages[0]!.number}` : `Kommunala kontrakt (${pages.length} st)`;
  return { title, fileName: `${title}.pdf`, pages: pages.map((p) => p.page), personalData: true };
};

/**
 * The steering group's follow-up (plan §6: every September): one table per
 * area of the plan, from the live registers. Each area is a section below;
 * a feature adds its own.
 */
import { formatMoney } from '../../../../shared/core/money';
import { leaseStatusLabels, type LeaseStatus } from '../../../../shared/leases/schema';
import type { ServiceContext } from '../../../core/context';
import { contractSummary } from '../../contracts/queries';
import { landAgreementSummary } from '../../landAgreements/summary';
import { leaseSummary, listLeases } from '../../leases/service';
import { leaseListQuerySchema } from '../../../../shared/leases/schema';
import { guaranteeSummary } from '../../guarantees/grants';
import { moveOnThroughput } from '../../moveOns/candidates';
import { listQuotas } from '../../quotas/service';
import { html, type SafeHtml } from '../html';
import type { DocumentKind } from '../kinds';

type Section = (ctx: ServiceContext) => Promise<SafeHtml>;

const leasesSection: Section = async (ctx) => {
  const summary = await leaseSummary(ctx);
  const due = await listLeases(
    ctx,
    leaseListQuerySchema.parse({
      deadlineWithinDays: 365,
      limit: 200,
      sort: [{ column: 'nextNoticeDate', direction: 'asc' }],
    }),
  );
  return html`<section>
    <h2>Hyresavtal och uppsägningsfrister</h2>
    <table>
      <thead>
        <tr>
          ${Object.keys(summary.byStatus).map((s) => html`<th class="num">${leaseStatusLabels[s as LeaseStatus] ?? s}</th>`)}
          <th class="num">Årshyra i dag</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          ${Object.values(summary.byStatus).map((n) => html`<td class="num">${n}</td>`)}
          <td class="num">${formatMoney(summary.yearlyRentOre)}</td>
        </tr>
      </tbody>
    </table>
    <h3>Sista uppsägningsdag inom 12 månader (${due.total ?? due.rows.length})</h3>
    <table>
      <thead>
        <tr>
          <th>Avtal</th>
          <th>Hyresvärd</th>
          <th>Bostäder</th>
          <th>Sista dag</th>
          <th>Upphör då</th>
          <th class="num">Årshyra</th>
        </tr>
      </thead>
      <tbody>
        ${due.rows.map(
          (l) =>
            html`<tr>
              <td>${l.leaseNumber}</td>
              <td>${l.landlordName}</td>
              <td>${l.unitSummary}</td>
              <td>${l.nextNoticeDate ?? '—'}</td>
              <td>${l.nextNoticeEndsOn ?? '—'}</td>
              <td class="num">${formatMoney(l.currentRentOre)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
};

const contractsSection: Section = async (ctx) => {
  const s = await contractSummary(ctx);
  return html`<section>
    <h2>Kommunala kontrakt</h2>
    <table class="facts">
      <tr>
        <th>Aktiva kontrakt</th>
        <td>${s.active}</td>
      </tr>
      <tr>
        <th>Uppsagda, ej avslutade</th>
        <td>${s.terminated}</td>
      </tr>
      <tr>
        <th>Barnfamiljer i kommunala kontrakt</th>
        <td>${s.familiesWithChildren}</td>
      </tr>
      <tr>
        <th>Upphör inom 90 dagar</th>
        <td>${s.endingWithin90Days}</td>
      </tr>
      <tr>
        <th>Avstående ej godkänt av hyresnämnden</th>
        <td>${s.waiverNotApproved}</td>
      </tr>
      <tr>
        <th>Hyresvärden ej underrättad om andrahandsuthyrning</th>
        <td>${s.landlordNotTold}</td>
      </tr>
    </table>
  </section>`;
};

const landAgreementsSection: Section = async (ctx) => {
  const s = await landAgreementSummary(ctx);
  const row = (label: string, f: typeof s.total) =>
    html`<tr>
      <td>${label}</td>
      <td class="num">${f.agreements}</td>
      <td class="num">${f.volumeDwellings}</td>
      <td class="num">${f.owedDwellings}</td>
      <td class="num">${f.deliveredDwellings}</td>
      <td class="num">${f.remainingDwellings}</td>
      <td class="num">${f.byStatus.forsenat}</td>
    </tr>`;
  const head = (first: string) =>
    html`<thead>
      <tr>
        <th>${first}</th>
        <th class="num">Avtal</th>
        <th class="num">Volym</th>
        <th class="num">Att lämna</th>
        <th class="num">Lämnade</th>
        <th class="num">Kvar</th>
        <th class="num">Försenade</th>
      </tr>
    </thead>`;
  return html`<section>
    <h2>Markanvisningar: 10 %-åtaganden (åtgärd 3:1)</h2>
    <h3>Per byggaktör</h3>
    <table>
      ${head('Byggaktör')}
      <tbody>
        ${s.byDeveloper.map((d) => row(d.developerName, d))}${row('Totalt', s.total)}
      </tbody>
    </table>
    <h3>Per år då bostäderna ska vara lämnade</h3>
    <table>
      ${head('År')}
      <tbody>
        ${s.byYear.map((y) => row(y.year === null ? 'Utan år' : String(y.year), y))}
      </tbody>
    </table>
  </section>`;
};

const onwardSection: Section = async (ctx) => {
  const year = Number(ctx.clock.today().slice(0, 4));
  const [guarantees, throughput, quotas] = await Promise.all([
    guaranteeSummary(ctx),
    moveOnThroughput(ctx),
    listQuotas(ctx, {}),
  ]);
  const recent = quotas.filter((q) => q.year >= year - 1);
  return html`<section>
    <h2>Utslussning, hyresgarantier och kvot (åtgärd 3:5 och 3:6)</h2>
    <h3>Flyttar till eget förstahandskontrakt per år</h3>
    <table>
      <thead>
        <tr>
          <th>År</th>
          <th class="num">Med hyresgaranti</th>
          <th class="num">Utan hyresgaranti</th>
          <th class="num">Inom kvot</th>
          <th class="num">Planerade</th>
        </tr>
      </thead>
      <tbody>
        ${throughput.map(
          (t) =>
            html`<tr>
              <td>${t.year}</td>
              <td class="num">${t.withGuarantee}</td>
              <td class="num">${t.withoutGuarantee}</td>
              <td class="num">${t.inQuota}</td>
              <td class="num">${t.planned}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h3>Hyresgarantier</h3>
    <table class="facts">
      <tr>
        <th>Gällande garantier</th>
        <td>${guarantees.open} (${formatMoney(guarantees.openAmount)})</td>
      </tr>
      <tr>
        <th>Ianspråktagna</th>
        <td>${guarantees.claimed} (utbetalt ${formatMoney(guarantees.claimedTotal)})</td>
      </tr>
      <tr>
        <th>Upphör inom 90 dagar</th>
        <td>${guarantees.endingWithin90Days}</td>
      </tr>
      <tr>
        <th>Berättigar till statligt bidrag, ej sökta</th>
        <td>${guarantees.qualifyingNotApplied} (nästa ansökan senast ${guarantees.nextDeadline})</td>
      </tr>
    </table>
    <h3>Kvot per hyresvärd och år</h3>
    <table>
      <thead>
        <tr>
          <th>Hyresvärd</th>
          <th>År</th>
          <th class="num">Platser</th>
          <th class="num">Använda</th>
          <th class="num">Utöver kvot</th>
        </tr>
      </thead>
      <tbody>
        ${recent.map(
          (q) =>
            html`<tr>
              <td>${q.landlordName}</td>
              <td>${q.year}</td>
              <td class="num">${q.places}</td>
              <td class="num">${q.used}</td>
              <td class="num${q.over > 0 ? ' overdue' : ''}">${q.over}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
};

/** The report's sections, in the plan's order. */
export const steeringSections: Section[] = [leasesSection, contractsSection, onwardSection, landAgreementsSection];

export const steeringReportDocument: DocumentKind = async (ctx) => {
  const today = ctx.clock.today();
  const sections: SafeHtml[] = [];
  for (const section of steeringSections) sections.push(await section(ctx));
  const title = `Uppföljning av det bostadssociala programmet ${today}`;
  return {
    title,
    fileName: `${title}.pdf`,
    pages: [
      html`<h1>Uppföljning av det bostadssociala programmet</h1>
        <p class="muted">Underlag till styrgruppen, per ${today}.</p>
        ${sections}`,
    ],
  };
};

/** A lease on one page: parties, units, terms, the computed deadlines and the rent history. */
import { formatMoney } from '../../../../shared/core/money';
import {
  indexationKindLabels,
  leaseStatusLabels,
  noticePartyLabels,
  premisesLabels,
  termTypeLabels,
} from '../../../../shared/leases/schema';
import { AppError } from '../../../../shared/core/result';
import { getLease } from '../../leases/service';
import { html, paragraphs } from '../html';
import type { DocumentKind } from '../kinds';

function months(n: number | null, fallback: string): string {
  return n === null ? fallback : `${n} månader`;
}

export const leaseSummaryDocument: DocumentKind = async (ctx, ids) => {
  if (ids.length !== 1) throw new AppError('VALIDATION', 'Välj ett hyresavtal att skriva ut.');
  const lease = await getLease(ctx, ids[0]!);
  const includes = [
    lease.rentIncludesHeating ? 'värme' : null,
    lease.rentIncludesElectricity ? 'el' : null,
    lease.rentIncludesWater ? 'vatten' : null,
    lease.rentIncludesOther,
  ]
    .filter(Boolean)
    .join(', ');
  const today = ctx.clock.today();
  const page = html` <h1>Hyresavtal ${lease.leaseNumber}</h1>
    <p class="muted">Sammanställning per ${today}. Status: ${leaseStatusLabels[lease.status]}.</p>
    <h2>Parter</h2>
    <table class="facts">
      <tr>
        <th>Hyresvärd</th>
        <td>
          ${lease.landlordName}${lease.landlordReference ? html` (deras referens ${lease.landlordReference})` : null}
        </td>
      </tr>
      <tr>
        <th>Förvaltning som använder lokalen</th>
        <td>${lease.departmentCode}${lease.departmentContact ? html`, kontakt ${lease.departmentContact}` : null}</td>
      </tr>
    </table>
    <h2>Bostäder och lokaler (${lease.units.length})</h2>
    <table>
      <thead>
        <tr>
          <th>Objekt</th>
          <th>Adress</th>
        </tr>
      </thead>
      <tbody>
        ${lease.units.map(
          (u) =>
            html`<tr>
              <td>${u.objectNumber}</td>
              <td>${u.address}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Villkor</h2>
    <table class="facts">
      <tr>
        <th>Typ av lokal</th>
        <td>${premisesLabels[lease.premises]}${lease.isBlockLease ? ', blockförhyrning' : ''}</td>
      </tr>
      <tr>
        <th>Undertecknat</th>
        <td>${lease.signedDate ?? '—'}</td>
      </tr>
      <tr>
        <th>Hyrestid</th>
        <td>
          ${termTypeLabels[lease.termType]} från
          ${lease.startDate}${lease.endDate ? html` till ${lease.endDate}` : null}
        </td>
      </tr>
      <tr>
        <th>Uppsägningstid</th>
        <td>
          staden ${months(lease.noticeMonthsTenant, 'enligt lag')}, hyresvärden
          ${months(lease.noticeMonthsLandlord, 'enligt lag')}
        </td>
      </tr>
      <tr>
        <th>Förlängning</th>
        <td>${lease.extensionMonths === null ? 'enligt lag' : `${lease.extensionMonths} månader åt gången`}</td>
      </tr>
      <tr>
        <th>Årshyra</th>
        <td>${formatMoney(lease.rentPerYearOre)} (bas)${includes ? html`, inklusive ${includes}` : null}</td>
      </tr>
      <tr>
        <th>Indexering</th>
        <td>
          ${indexationKindLabels[lease.indexationKind]}${lease.indexationKind === 'kpi' && lease.kpiBaseMonth ? html`, basmånad ${lease.kpiBaseMonth} (${String(lease.kpiBaseIndex ?? '').replace('.', ',')})` : null}${lease.indexationKind === 'fixed' && lease.fixedPercentPerYear !== null ? html`, ${String(lease.fixedPercentPerYear).replace('.', ',')} % per år` : null}
        </td>
      </tr>
      <tr>
        <th>Säkerhet</th>
        <td>${lease.depositOre === null ? '—' : formatMoney(lease.depositOre)}</td>
      </tr>
      <tr>
        <th>Hyresvärden underrättad om andrahandsuthyrning (JB 12:39)</th>
        <td>${lease.subletNotifiedDate ?? (lease.subletNotified ? 'ja' : html`<span class="overdue">nej</span>`)}</td>
      </tr>
    </table>
    <h2>Frister</h2>
    <div class="box">
      ${
        lease.noticeDate
          ? html`<p>
              Uppsagt ${lease.noticeDate} av
              ${lease.noticeGivenBy ? noticePartyLabels[lease.noticeGivenBy] : '—'}${lease.noticeRule ? html` (${lease.noticeRule})` : null}.
              Avtalet upphör <strong>${lease.endsOn ?? '—'}</strong>.
            </p>`
          : lease.nextNoticeDate
            ? html`<p>
                Sista dag att säga upp: <strong>${lease.nextNoticeDate}</strong>; avtalet upphör då
                ${lease.nextNoticeEndsOn ?? '—'}.
              </p>`
            : html`<p>Ingen uppsägningsfrist att bevaka.</p>`
      }
      ${lease.currentPeriodEnd ? html`<p>Nuvarande period löper till och med ${lease.currentPeriodEnd}.</p>` : null}
      ${lease.missedNoticeDate ? html`<p class="overdue">Uppsägningsfristen ${lease.missedNoticeDate} har passerat.</p>` : null}
    </div>
    <h2>Hyreshistorik</h2>
    <table>
      <thead>
        <tr>
          <th>Från</th>
          <th class="num">Årshyra</th>
          <th>Index</th>
        </tr>
      </thead>
      <tbody>
        ${lease.rentHistory.adjustments.map(
          (a) =>
            html`<tr>
              <td>${a.effectiveFrom}</td>
              <td class="num">${formatMoney(a.yearlyRentOre)}</td>
              <td>
                ${a.indexMonth ? html`KPI ${a.indexMonth}: ${String(a.indexValue ?? '').replace('.', ',')}` : '—'}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${lease.rentHistory.missingIndexMonth ? html`<p class="overdue">KPI för ${lease.rentHistory.missingIndexMonth} saknas i KPI-tabellen.</p>` : null}
    ${
      lease.notes
        ? html`<h2>Anteckningar</h2>
            ${paragraphs(lease.notes)}`
        : null
    }`;
  return { title: `Hyresavtal ${lease.leaseNumber}`, fileName: `Hyresavtal ${lease.leaseNumber}.pdf`, pages: [page] };
};

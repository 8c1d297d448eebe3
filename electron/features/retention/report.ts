/** The printable gallring report: per rule, its basis, cut-off and what it takes. */
import type { RuleResult } from '../../../shared/retention/schema';
import type { ServiceContext } from '../../core/context';
import { html } from '../documents/html';
import { documentHtml } from '../documents/layout';
import { getSettings } from '../settings/service';

export async function retentionReportHtml(
  ctx: ServiceContext,
  result: { dryRun: boolean; date: string; rules: RuleResult[] },
): Promise<string> {
  const { value: organisation } = await getSettings(ctx, 'organisation');
  const title = result.dryRun ? 'Gallring: provkörning' : 'Gallringsrapport';
  const page = html`<h1>${title}</h1>
    <p>
      ${
        result.dryRun
          ? `Vad reglerna skulle gallra per ${result.date}. Ingenting har ändrats.`
          : `Gallring utförd ${result.date} av ${ctx.actor.displayName}. Personuppgifterna är ersatta med en gallringsmarkering; antal, datum, bostäder och belopp finns kvar för uppföljningen.`
      }
    </p>
    <table>
      <tr>
        <th>Regel</th>
        <th class="num">Gräns (år)</th>
        <th>Avslutat före</th>
        <th class="num">Antal</th>
        <th>Rättslig grund</th>
      </tr>
      ${result.rules.map(
        (r) =>
          html`<tr>
            <td>${r.name}</td>
            <td class="num">${r.years}</td>
            <td>${r.cutoff}</td>
            <td class="num">${r.count}</td>
            <td>${r.basis ?? '—'}</td>
          </tr>`,
      )}
    </table>`;
  return documentHtml({ title, organisation, printedOn: result.date, pages: [page] });
}

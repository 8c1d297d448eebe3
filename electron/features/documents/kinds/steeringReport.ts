/**
 * The steering group's September follow-up (plan §6): a cover, a summary,
 * then each action 3:1–3:10 with its figures over three years, its charts
 * (the same SVG as on the screen, vector on paper) and the department's
 * comment, and Boverket's figures last. `ids` is the year (this year when
 * none); an approved year prints its frozen model, so a reprint is the same.
 */
import { formatNumber } from '../../../../shared/core/format';
import { figureText } from '../../../../shared/followup/format';
import type { ActionFollowup, FollowupModel } from '../../../../shared/followup/schema';
import type { ServiceContext } from '../../../core/context';
import { chartSvg } from '../../followup/charts';
import { followupModel } from '../../followup/service';
import { html, paragraphs, trusted, type SafeHtml } from '../html';
import type { DocumentKind } from '../kinds';

function figureTable(model: FollowupModel, action: ActionFollowup): SafeHtml {
  return html`<table class="figures">
    <thead>
      <tr>
        <th>Nyckeltal</th>
        ${model.years.map((y) => html`<th class="num">${y === model.year ? `${y} (t.o.m. ${model.asOf})` : y}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${action.figures.map(
        (f) =>
          html`<tr>
            <td>${f.label}</td>
            ${f.values.map((v) => html`<td class="num">${figureText(v, f.unit)}</td>`)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function definitions(action: ActionFollowup): SafeHtml {
  return html`<dl class="definitions">
    ${action.figures.map(
      (f) =>
        html`<dt>${f.label}</dt>
          <dd>${f.definition}</dd>`,
    )}
  </dl>`;
}

function actionPage(model: FollowupModel, action: ActionFollowup): SafeHtml {
  return html`<section class="action">
    <h2>Åtgärd ${action.action}: ${action.title}</h2>
    <p class="muted">Ansvar: ${action.responsible}</p>
    ${figureTable(model, action)}
    ${action.charts.map(
      (c) =>
        html`<figure class="chart">
          <figcaption>${c.title}</figcaption>
          ${trusted(chartSvg(c))}
        </figure>`,
    )}
    ${action.tables.map(
      (t) =>
        html`<h3>${t.title}</h3>
          <table>
            <thead>
              <tr>
                ${t.columns.map((c, i) => html`<th class="${i > 0 ? 'num' : ''}">${c}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${t.rows.map(
                (r) =>
                  html`<tr>
                    ${r.map((v) => html`<td class="${typeof v === 'number' ? 'num' : ''}">${typeof v === 'number' ? formatNumber(v, 0) : (v ?? '–')}</td>`)}
                  </tr>`,
              )}
            </tbody>
          </table>`,
    )}
    <h3>Förvaltningens kommentar</h3>
    ${action.comment ? html`<div class="box">${paragraphs(action.comment)}</div>` : html`<p class="muted">Ingen kommentar.</p>`}
    <h3>Definitioner</h3>
    ${definitions(action)}
  </section>`;
}

function summary(model: FollowupModel): SafeHtml {
  const [prev, cur] = [model.years.length - 2, model.years.length - 1];
  return html`<h1>Sammanfattning</h1>
    <p>
      Nyckeltal för ${model.year} (till och med ${model.asOf}) jämfört med ${model.years[prev]}. Varje åtgärd redovisas
      med tre års siffror på egen sida.
    </p>
    <table>
      <thead>
        <tr>
          <th>Åtgärd</th>
          <th>Nyckeltal</th>
          <th class="num">${model.years[prev]}</th>
          <th class="num">${model.year}</th>
        </tr>
      </thead>
      <tbody>
        ${model.actions.map((a) => {
          const f = a.figures[0]!;
          return html`<tr>
            <td>${a.action} ${a.title}</td>
            <td>${f.label}</td>
            <td class="num">${figureText(f.values[prev] ?? null, f.unit)}</td>
            <td class="num">${figureText(f.values[cur] ?? null, f.unit)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

function cover(model: FollowupModel): SafeHtml {
  return html`<div class="cover">
    <p class="muted">Det bostadssociala programmet</p>
    <h1>Uppföljning ${model.year}</h1>
    <p>Underlag till styrgruppens uppföljning och revidering av planen i september (planens avsnitt 6).</p>
    <p>Siffror till och med ${model.asOf}; tidigare år för hela kalenderåret.</p>
    ${
      model.approved
        ? html`<p class="box">Fastställd ${model.approved.at.slice(0, 10)} av ${model.approved.by}.</p>`
        : html`<p class="box">Utkast: inte fastställd. Siffrorna räknas om från registren vid varje utskrift.</p>`
    }
  </div>`;
}

function boverket(model: FollowupModel): SafeHtml {
  return html`<section>
    <h1>Boverkets bostadsmarknadsenkät</h1>
    <p>Sekundära bostadsmarknaden, ${model.year}, ur samma register. Kontrollera frågornas lydelse mot årets enkät.</p>
    <table>
      <thead>
        <tr>
          <th>Uppgift</th>
          <th class="num">Antal</th>
          <th>Definition</th>
        </tr>
      </thead>
      <tbody>
        ${model.boverket.map(
          (b) =>
            html`<tr>
              <td>${b.question}</td>
              <td class="num">${formatNumber(b.value, 0)}</td>
              <td>${b.definition}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

const REPORT_STYLE = trusted(`<style>
.cover h1 { font-size: 26pt; margin-top: 40mm; }
figure.chart { margin: 3mm 0; break-inside: avoid; }
figure.chart figcaption { font: bold 9.5pt Arial, sans-serif; margin-bottom: 1mm; }
figure.chart svg { width: 100%; height: auto; }
dl.definitions { font-size: 8.5pt; color: #333; display: grid; grid-template-columns: 38% 1fr; gap: 1mm 3mm; }
dl.definitions dt { font-weight: bold; }
dl.definitions dd { margin: 0; }
section.action { break-inside: auto; }
</style>`);

export async function steeringReportPages(
  ctx: ServiceContext,
  year: number,
): Promise<{ model: FollowupModel; pages: SafeHtml[] }> {
  const model = await followupModel(ctx, year);
  return {
    model,
    pages: [
      html`${REPORT_STYLE}${cover(model)}`,
      summary(model),
      ...model.actions.map((a) => actionPage(model, a)),
      boverket(model),
    ],
  };
}

export const steeringReportDocument: DocumentKind = async (ctx, ids) => {
  const year = ids[0] ?? Number(ctx.clock.today().slice(0, 4));
  const { model, pages } = await steeringReportPages(ctx, year);
  const title = `Uppföljning av det bostadssociala programmet ${year}${model.approved ? '' : ' (utkast)'}`;
  return { title, fileName: `${title}.pdf`, pages };
};

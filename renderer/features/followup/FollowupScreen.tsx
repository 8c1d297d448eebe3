/**
 * Uppföljning: one page per action 3:1–3:10 with the chosen year's figures
 * beside the two before, the charts (SVG drawn by the back end, the same as
 * in print, shown as images so nothing in them can run), the department's
 * comment, and the report: print/PDF, Excel, fastställ.
 */
import { useState } from 'react';
import { figureText } from '../../../shared/followup/format';
import { FOLLOWUP_ACTIONS, type FollowupAction, type FollowupView } from '../../../shared/followup/schema';
import { useProcedure } from '../../api/hooks';
import { ExportProgress } from '../../components/export/ExportProgress';
import { useExportJob } from '../../components/export/useExportJob';
import { navigate, useRoute } from '../../router';
import { DocumentPreview } from '../documents/DocumentPreview';
import { ApproveBar } from './ApproveBar';
import { CommentEditor } from './CommentEditor';
import { followupApi } from './followupApi';
import { useToday } from '../../api/system';

const ROUTE = 'uppfoljning';
type Page = FollowupAction | 'boverket';

function svgSource(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function ActionPage({
  view,
  action,
  onCommentSaved,
}: {
  view: FollowupView;
  action: FollowupAction;
  onCommentSaved(): void;
}) {
  const a = view.actions.find((x) => x.action === action)!;
  return (
    <section className="card followup-page" aria-label={`Åtgärd ${a.action}`}>
      <h2>
        Åtgärd {a.action}: {a.title}
      </h2>
      <p className="muted">Ansvar: {a.responsible}</p>
      <table className="figures">
        <thead>
          <tr>
            <th>Nyckeltal</th>
            {view.years.map((y) => (
              <th key={y} className="num">
                {y === view.year ? `${y} (t.o.m. ${view.asOf})` : y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {a.figures.map((f) => (
            <tr key={f.key} data-figure={f.key}>
              <td title={f.definition}>{f.label}</td>
              {f.values.map((v, i) => (
                <td key={i} className="num">
                  {figureText(v, f.unit)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="charts">
        {a.charts.map((c, i) => (
          <figure key={c.title} className="chart">
            <figcaption>{c.title}</figcaption>
            <img src={svgSource(view.chartSvgs[a.action]?.[i] ?? '')} alt={`Diagram: ${c.title}`} />
          </figure>
        ))}
      </div>
      {a.tables.map((t) => (
        <div key={t.title}>
          <h3>{t.title}</h3>
          <table>
            <thead>
              <tr>
                {t.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) => (
                    <td key={j} className={typeof v === 'number' ? 'num' : ''}>
                      {typeof v === 'number' ? figureText(v, 'antal') : (v ?? '–')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <CommentEditor year={view.year} action={a.action} locked={view.approved !== null} onSaved={onCommentSaved} />
      <details>
        <summary>Definitioner</summary>
        <dl className="facts">
          {a.figures.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.definition}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}

function BoverketPage({ view }: { view: FollowupView }) {
  return (
    <section className="card followup-page" aria-label="Boverkets bostadsmarknadsenkät">
      <h2>Boverkets bostadsmarknadsenkät {view.year}</h2>
      <p className="muted">
        Den sekundära bostadsmarknaden ur samma register. Kontrollera frågornas lydelse mot årets enkät. Tabellen finns
        också som flik i Excel-filen.
      </p>
      <table>
        <thead>
          <tr>
            <th>Uppgift</th>
            <th className="num">Antal</th>
            <th>Definition</th>
          </tr>
        </thead>
        <tbody>
          {view.boverket.map((b) => (
            <tr key={b.question}>
              <td>{b.question}</td>
              <td className="num">{figureText(b.value, 'antal')}</td>
              <td>{b.definition}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function FollowupScreen() {
  const [, yearParam] = useRoute();
  const thisYear = Number(new Date().toISOString().slice(0, 4));
  const today = useToday();
  const currentYear = today ? Number(today.slice(0, 4)) : thisYear;
  const year = Number(yearParam) || currentYear;
  const [page, setPage] = useState<Page>('3:1');
  const [preview, setPreview] = useState(false);
  const view = useProcedure('followup.view', today ? { year } : null);
  const workbook = useExportJob();
  const years = Array.from({ length: 6 }, (_, i) => currentYear - i);

  return (
    <div className="screen followup">
      <header className="list-toolbar">
        <h1>Uppföljning</h1>
        <label>
          År{' '}
          <select value={year} onChange={(e) => navigate(ROUTE, e.target.value)} aria-label="År">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setPreview(true)} disabled={!view.data}>
          Rapport för utskrift
        </button>
        <button
          type="button"
          disabled={workbook.job !== null}
          onClick={() => void workbook.run(() => followupApi.workbook(year))}
        >
          Excel
        </button>
        <ExportProgress state={workbook} />
      </header>
      {view.error ? <div className="banner error">{view.error.message}</div> : null}
      {view.data ? <ApproveBar view={view.data} onApproved={view.reload} /> : null}
      <div className="tabs" role="tablist" aria-label="Åtgärd">
        {[...FOLLOWUP_ACTIONS, 'boverket' as const].map((p) => (
          <button
            key={p}
            type="button"
            role="tab"
            aria-selected={page === p}
            className={page === p ? 'active' : ''}
            onClick={() => setPage(p)}
          >
            {p === 'boverket' ? 'Boverket' : p}
          </button>
        ))}
      </div>
      {view.loading && !view.data ? <p className="muted">Räknar fram siffrorna…</p> : null}
      {view.data && page === 'boverket' ? <BoverketPage view={view.data} /> : null}
      {view.data && page !== 'boverket' ? (
        <ActionPage view={view.data} action={page} onCommentSaved={view.reload} />
      ) : null}
      {preview ? (
        <DocumentPreview request={{ kind: 'steeringReport', ids: [year] }} onClose={() => setPreview(false)} />
      ) : null}
    </div>
  );
}

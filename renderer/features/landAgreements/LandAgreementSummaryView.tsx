/**
 * Uppföljning för styrgruppen: the 10 % commitments per developer and per
 * due year, as the steering group reads them each September.
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/core/format';
import type { CommitmentFigures } from '../../../shared/landAgreements/schema';
import { useProcedure } from '../../api/hooks';

const FIGURE_HEADINGS = ['Avtal', 'Att lämna', 'Lämnade', 'Kvar', 'Avskrivet', 'Pågående', 'Uppfyllda', 'Försenade'];

function FigureCells({ f }: { f: CommitmentFigures }) {
  const n = (v: number) => <td className="num">{formatNumber(v)}</td>;
  return (
    <>
      {n(f.agreements)}
      {n(f.owedDwellings)}
      {n(f.deliveredDwellings)}
      {n(f.remainingDwellings)}
      {n(f.writtenOffDwellings)}
      {n(f.byStatus.pagaende)}
      {n(f.byStatus.uppfyllt)}
      <td className={`num${f.byStatus.forsenat > 0 ? ' late' : ''}`}>{formatNumber(f.byStatus.forsenat)}</td>
    </>
  );
}

function SummaryTable({
  caption,
  first,
  extra,
  rows,
  total,
}: {
  caption: string;
  first: string[];
  extra?: string;
  rows: { key: string; cells: ReactNode; figures: CommitmentFigures; extra?: number }[];
  total: { cells: ReactNode; figures: CommitmentFigures; extra?: number };
}) {
  return (
    <table className="simple-table summary-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {first.map((h) => (
            <th key={h}>{h}</th>
          ))}
          {FIGURE_HEADINGS.map((h) => (
            <th key={h} className="num">
              {h}
            </th>
          ))}
          {extra ? <th className="num">{extra}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells}
            <FigureCells f={r.figures} />
            {extra ? <td className="num">{formatNumber(r.extra ?? 0)}</td> : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          {total.cells}
          <FigureCells f={total.figures} />
          {extra ? <td className="num">{formatNumber(total.extra ?? 0)}</td> : null}
        </tr>
      </tfoot>
    </table>
  );
}

export function LandAgreementSummaryView() {
  const { data, error } = useProcedure('landAgreements.summary', {});
  if (error) return <div className="banner error">{error.message}</div>;
  if (!data) return <p className="muted">Hämtar…</p>;
  if (data.total.agreements === 0) return <p className="muted">Inga markanvisningar är registrerade ännu.</p>;
  const handedOverTotal = data.byYear.reduce((sum, y) => sum + y.handedOverInYear, 0);
  return (
    <div className="summary">
      <p className="muted">
        Beräknat {data.asOf}. Att lämna = volym × åtagande %, avrundat uppåt, eller beslutat avvikande antal. Kvar
        räknas på avtal som inte är avskrivna; Avskrivet är det som återstod när åtagandet skrevs av.
      </p>
      <SummaryTable
        caption="Per byggaktör"
        first={['Byggaktör', 'Organisationsnummer']}
        rows={data.byDeveloper.map((d) => ({
          key: String(d.developerOrganisationId),
          cells: (
            <>
              <td>{d.developerName}</td>
              <td>{d.developerOrgNumber}</td>
            </>
          ),
          figures: d,
        }))}
        total={{ cells: <td colSpan={2}>Totalt</td>, figures: data.total }}
      />
      <SummaryTable
        caption="Per år (året då bostäderna ska vara lämnade)"
        first={['År']}
        extra="Överlämnade under året"
        rows={data.byYear.map((y) => ({
          key: String(y.year),
          cells: <td>{y.year ?? 'Inget år bestämt'}</td>,
          figures: y,
          extra: y.handedOverInYear,
        }))}
        total={{ cells: <td>Totalt</td>, figures: data.total, extra: handedOverTotal }}
      />
    </div>
  );
}

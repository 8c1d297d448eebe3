/** Gallring: the rules (with their legal basis), a dry run with counts, and the run itself. */
import { useState } from 'react';
import { retentionLabels, retentionSettingsSchema, type RetentionResult } from '../../../shared/retention/schema';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { DocumentView } from '../documents/DocumentPreview';
import { SettingsGroupForm } from '../settings/SettingsGroupForm';
import { settingsApi } from '../settings/settingsApi';
import { privacyApi } from './privacyApi';

const L = retentionLabels;
const specs: FieldSpec[] = [
  { name: 'householdYears', label: L.householdYears, kind: 'integer', required: true },
  { name: 'householdBasis', label: L.householdBasis, kind: 'textarea', wide: true },
  { name: 'leaseYears', label: L.leaseYears, kind: 'integer', required: true },
  { name: 'leaseBasis', label: L.leaseBasis, kind: 'textarea', wide: true },
  { name: 'auditYears', label: L.auditYears, kind: 'integer', required: true },
  { name: 'auditBasis', label: L.auditBasis, kind: 'textarea', wide: true },
];

export function RetentionSection() {
  const rules = useProcedure('settings.retention', {});
  const [result, setResult] = useState<RetentionResult | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [report, setReport] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<RetentionResult>) => {
    setError(null);
    try {
      setResult(await work());
      setConfirmed(false);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <>
      {rules.data ? (
        <SettingsGroupForm
          key={`retention:${rules.data.version}`}
          title="Gallringsregler"
          specs={specs}
          schema={retentionSettingsSchema}
          stored={rules.data}
          save={(value, version) => settingsApi.setRetention({ value, version })}
          load={settingsApi.retention}
          onSaved={rules.reload}
        />
      ) : null}
      <section className="card">
        <h2>Gallring</h2>
        <p className="muted">
          Provkör först: den visar vad varje regel skulle gallra, utan att ändra något. Vid gallring ersätts
          personuppgifterna med en gallringsmarkering; antal, datum, bostäder och belopp finns kvar för uppföljningen.
        </p>
        <div className="button-row">
          <button type="button" onClick={() => void act(() => privacyApi.retentionDryRun())}>
            Provkör gallring
          </button>
          {result?.dryRun ? (
            <>
              <label>
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> Jag har
                granskat provkörningen
              </label>
              <button
                type="button"
                className="danger"
                disabled={!confirmed}
                onClick={() => void act(() => privacyApi.retentionRun())}
              >
                Gallra nu
              </button>
            </>
          ) : null}
          {result ? (
            <button type="button" onClick={() => setReport(true)}>
              Visa rapport
            </button>
          ) : null}
        </div>
        {error ? (
          <div className="banner error" role="alert">
            {error}
          </div>
        ) : null}
        {result ? (
          <table className="plain-table" aria-label={result.dryRun ? 'Provkörning' : 'Gallrat'}>
            <thead>
              <tr>
                <th>Regel</th>
                <th>Avslutat före</th>
                <th className="number">{result.dryRun ? 'Skulle gallras' : 'Gallrat'}</th>
              </tr>
            </thead>
            <tbody>
              {result.rules.map((r) => (
                <tr key={r.rule}>
                  <td>{r.name}</td>
                  <td>{r.cutoff}</td>
                  <td className="number">{r.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {result && report ? (
          <DocumentView
            document={{
              title: result.dryRun ? 'Gallring: provkörning' : 'Gallringsrapport',
              fileName: `Gallring ${result.date}.pdf`,
              html: result.html,
            }}
            error={null}
            onClose={() => setReport(false)}
          />
        ) : null}
      </section>
    </>
  );
}

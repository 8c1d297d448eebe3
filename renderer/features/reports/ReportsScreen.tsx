/**
 * Utskrifter och export: the lease portfolio workbook for the economy unit
 * and the steering group, and the documents FF prints that belong to no
 * single record.
 */
import { useState } from 'react';
import { reportsApi } from './reportsApi';
import { ExportProgress } from '../../components/export/ExportProgress';
import { useExportJob } from '../../components/export/useExportJob';
import { DocumentPreview } from '../documents/DocumentPreview';

export function ReportsScreen() {
  const portfolio = useExportJob();
  const [includePersonalData, setIncludePersonalData] = useState(false);
  const [preview, setPreview] = useState<string | null>(null);

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>Utskrifter och export</h1>
      </header>
      <section className="card">
        <h2>Hyresportföljen i Excel</h2>
        <p className="muted">
          En arbetsbok med flikarna Hyresavtal, Bostäder, Kommunala kontrakt, Hyresgarantier, Markanvisningar och
          Sammanfattning. Datum är riktiga datumceller och belopp tal i kronor.
        </p>
        <label className="toggle">
          <input
            type="checkbox"
            checked={includePersonalData}
            onChange={(e) => setIncludePersonalData(e.target.checked)}
          />{' '}
          Ta med personnummer (exporten loggas)
        </label>
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            disabled={portfolio.job !== null}
            onClick={() => void portfolio.run(() => reportsApi.portfolio(includePersonalData))}
          >
            Skapa arbetsbok
          </button>
          <ExportProgress state={portfolio} />
        </div>
      </section>
      <section className="card">
        <h2>Dokument</h2>
        <div className="form-actions">
          <a className="button" href="#/uppfoljning">
            Uppföljning för styrgruppen
          </a>
          <button type="button" onClick={() => setPreview('infoMaterial')}>
            Informationsmaterial om kommunala kontrakt
          </button>
        </div>
      </section>
      {preview ? <DocumentPreview request={{ kind: preview }} onClose={() => setPreview(null)} /> : null}
    </div>
  );
}

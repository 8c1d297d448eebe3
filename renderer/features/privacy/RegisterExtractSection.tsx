/** Registerutdrag (GDPR art. 15): a personnummer in, one document and one JSON file out. */
import { useState } from 'react';
import type { RegisterExtract } from '../../../shared/privacy/schema';
import { errorMessage } from '../../api/client';
import { platform } from '../../platform/platform';
import { DocumentView } from '../documents/DocumentPreview';
import { privacyApi } from './privacyApi';

export function RegisterExtractSection() {
  const [number, setNumber] = useState('');
  const [extract, setExtract] = useState<RegisterExtract | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    setError(null);
    try {
      setExtract(await privacyApi.registerExtract(number));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="card">
      <h2>Registerutdrag</h2>
      <p className="muted">
        Allt registren har om en person (artikel 15 i dataskyddsförordningen): hushåll, kontrakt, garantier,
        placeringar, bosättning, ändringshistorik och vem som har sett personnumret. Utdraget loggas.
      </p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <label htmlFor="extract-number">Personnummer eller samordningsnummer</label>
        <input
          id="extract-number"
          placeholder="ÅÅÅÅMMDD-NNNN"
          autoComplete="off"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
        />
        <button type="submit" className="primary">
          Gör registerutdrag
        </button>
      </form>
      {error ? (
        <div className="banner error" role="alert">
          {error}
        </div>
      ) : null}
      {extract ? (
        <DocumentView
          document={{ title: 'Registerutdrag', fileName: extract.fileName, html: extract.html }}
          error={null}
          onClose={() => setExtract(null)}
          extra={
            <button
              type="button"
              onClick={() => void platform.saveJson(extract.json, extract.fileName.replace(/\.pdf$/, '.json'))}
            >
              Spara som JSON
            </button>
          }
        />
      ) : null}
    </section>
  );
}

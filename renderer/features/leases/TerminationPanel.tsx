/**
 * Registering a notice (uppsägning): by whom, the day it was given or
 * received, and why. The end it gives is shown before saving, computed
 * with the same rule the back end applies (shared/leases/derived.ts).
 */
import { useState } from 'react';
import { parseDateInput } from '../../../shared/core/dates';
import { terminationOutcome } from '../../../shared/leases/derived';
import {
  leaseLabels,
  NOTICE_PARTIES,
  noticePartyLabels,
  termsOf,
  type LeaseDetail,
  type NoticeParty,
} from '../../../shared/leases/schema';
import { ApiError, errorMessage } from '../../api/client';
import { leasesApi } from './leasesApi';

interface Props {
  lease: LeaseDetail;
  today: string;
  onDone(lease: LeaseDetail): void;
  onCancel(): void;
}

export function TerminationPanel({ lease, today, onDone, onCancel }: Props) {
  const [givenBy, setGivenBy] = useState<NoticeParty>('staden');
  const [dateText, setDateText] = useState(today);
  const [reason, setReason] = useState('');
  const [agreedText, setAgreedText] = useState('');
  const [earlyExit, setEarlyExit] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const noticeDate = parseDateInput(dateText);
  const agreedEndDate = agreedText.trim() === '' ? null : parseDateInput(agreedText);
  const terms = termsOf(lease);
  const canExitEarly = givenBy === 'staden' && lease.premises === 'bostad' && lease.termType === 'tidsbestamd';
  const outcome =
    noticeDate && (givenBy !== 'overenskommelse' || agreedEndDate)
      ? terminationOutcome(terms, {
          noticeGivenBy: givenBy,
          noticeDate,
          agreedEndDate,
          tenantEarlyExit: canExitEarly && earlyExit,
        })
      : null;

  const submit = async () => {
    setSaving(true);
    setFormError(null);
    try {
      const saved = await leasesApi.terminate({
        id: lease.id,
        version: lease.version,
        noticeGivenBy: givenBy,
        noticeDate: noticeDate ?? dateText,
        noticeReason: reason,
        agreedEndDate: givenBy === 'overenskommelse' ? (agreedEndDate ?? agreedText) : '',
        tenantEarlyExit: canExitEarly && earlyExit,
      });
      onDone(saved);
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fields);
      setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="form-section termination" aria-label="Registrera uppsägning">
      <h3>Registrera uppsägning</h3>
      {formError ? (
        <div className="banner error" role="alert">
          {formError}
        </div>
      ) : null}
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor="notice-given-by">{leaseLabels.noticeGivenBy}</label>
          <select id="notice-given-by" value={givenBy} onChange={(e) => setGivenBy(e.target.value as NoticeParty)}>
            {NOTICE_PARTIES.map((p) => (
              <option key={p} value={p}>
                {noticePartyLabels[p]}
              </option>
            ))}
          </select>
        </div>
        <div className={`form-field${errors['noticeDate'] ? ' has-error' : ''}`}>
          <label htmlFor="notice-date">{leaseLabels.noticeDate}</label>
          <input
            id="notice-date"
            type="text"
            placeholder="ÅÅÅÅ-MM-DD"
            value={dateText}
            onChange={(e) => setDateText(e.target.value)}
          />
          <div className="field-hint">Dagen uppsägningen skickades eller togs emot</div>
        </div>
        {givenBy === 'overenskommelse' ? (
          <div className={`form-field${errors['agreedEndDate'] ? ' has-error' : ''}`}>
            <label htmlFor="agreed-end-date">Avtalat slutdatum</label>
            <input
              id="agreed-end-date"
              type="text"
              placeholder="ÅÅÅÅ-MM-DD"
              value={agreedText}
              onChange={(e) => setAgreedText(e.target.value)}
            />
          </div>
        ) : null}
        {canExitEarly ? (
          <div className="form-field flag">
            <label htmlFor="early-exit">Använd 12 kap. 5 § jordabalken (tre månader till månadsskifte)</label>
            <input
              id="early-exit"
              type="checkbox"
              checked={earlyExit}
              onChange={(e) => setEarlyExit(e.target.checked)}
            />
          </div>
        ) : null}
        <div className="form-field wide">
          <label htmlFor="notice-reason">{leaseLabels.noticeReason}</label>
          <textarea id="notice-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      </div>
      <p className="computed-line" aria-live="polite">
        {outcome ? (
          <>
            Avtalet upphör <strong>{outcome.endsOn}</strong> <span className="rule">{outcome.rule}</span>
            <br />
            <span className="muted">{outcome.explanation}</span>
          </>
        ) : noticeDate ? (
          'Avtalet hade redan upphört det datumet.'
        ) : (
          'Ange datum som ÅÅÅÅ-MM-DD.'
        )}
      </p>
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving} onClick={() => void submit()}>
          {saving ? 'Sparar…' : 'Spara uppsägning'}
        </button>
        <button type="button" onClick={onCancel}>
          Avbryt
        </button>
      </div>
    </section>
  );
}

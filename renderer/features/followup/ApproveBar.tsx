/** Whether the year's report is approved (fastställd), and approving it: after that its figures never change. */
import { useState } from 'react';
import type { FollowupView } from '../../../shared/followup/schema';
import { errorMessage } from '../../api/client';
import { followupApi } from './followupApi';

export function ApproveBar({ view, onApproved }: { view: FollowupView; onApproved(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (view.approved) {
    return (
      <div className="banner info" role="status">
        Rapporten för {view.year} är fastställd {view.approved.at.slice(0, 10)} av {view.approved.by}. Siffrorna är
        frysta per {view.asOf} och ändras inte när registren ändras.
      </div>
    );
  }
  const approve = async () => {
    try {
      await followupApi.approve(view.year);
      setConfirming(false);
      onApproved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="banner conflict">
      <p>
        Utkast: siffrorna räknas om från registren per {view.asOf}. När rapporten fastställs fryses siffror och
        kommentarer.
      </p>
      {error ? <p>{error}</p> : null}
      {confirming ? (
        <div className="form-actions">
          <span>Fastställa rapporten för {view.year}? Det går inte att ångra.</span>
          <button type="button" className="primary" onClick={() => void approve()}>
            Ja, fastställ
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Avbryt
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Fastställ rapporten…
        </button>
      )}
    </div>
  );
}

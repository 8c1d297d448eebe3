/**
 * What the agreement owes and where it stands: the rule's count worked out
 * in words from what is typed (so the rounding is visible before saving),
 * and, for a saved agreement, delivered / owed with its status.
 */
import { LAND_AGREEMENT_STATUS_LABELS, owedDwellings, owedExplanation } from '../../../shared/landAgreements/rules';
import type { LandAgreementRow } from '../../../shared/landAgreements/schema';
import type { FormValues } from '../../components/form/fieldSpec';
import { ProgressBar, StatusPill } from './landAgreementCells';

function numberOf(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(/\s/g, '').replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** The rule's count and its working, or null while the figures are not usable. */
export function ruleExplanation(values: FormValues): { owed: number; text: string } | null {
  const volume = numberOf(values['volumeDwellings']);
  const percent = numberOf(values['commitmentPercent']);
  if (volume === null || percent === null || !Number.isInteger(volume) || volume < 1 || percent < 0 || percent > 100)
    return null;
  return { owed: owedDwellings(volume, percent), text: owedExplanation(volume, percent) };
}

interface Props {
  values: FormValues;
  agreement: LandAgreementRow | null;
}

export function CommitmentPanel({ values, agreement }: Props) {
  const rule = ruleExplanation(values);
  const override = numberOf(values['owedOverride']);
  return (
    <section className="commitment" aria-label="Åtagande">
      <div className="commitment-rule">
        {rule ? (
          <>
            <span className="commitment-owed" data-testid="owed-by-rule">
              {rule.owed}
            </span>{' '}
            bostäder att lämna enligt regeln ({rule.text}).
            {override !== null && override !== rule.owed ? (
              <strong> Avvikande antal i kraft: {override}.</strong>
            ) : null}
          </>
        ) : (
          <span className="muted">Ange volym och åtagande % så räknas antalet bostäder att lämna ut.</span>
        )}
      </div>
      {agreement ? (
        <div className="commitment-progress">
          <ProgressBar delivered={agreement.deliveredCount} owed={agreement.owedDwellings} status={agreement.status} />
          <span>
            Lämnade {agreement.deliveredCount} av {agreement.owedDwellings}, kvar {agreement.remainingCount}
          </span>
          <StatusPill status={agreement.status} />
          {agreement.status === 'avskrivet' ? (
            <span className="muted">
              {LAND_AGREEMENT_STATUS_LABELS.avskrivet} {agreement.waivedDate} ({agreement.waiverDecisionRef})
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * One rent guarantee: where it stands (status, claimed, Boverket's grant),
 * its terms, the claims paid out under it, ending it, and its history.
 */
import { useMemo, useState } from 'react';
import { formatMoney } from '../../../shared/core/money';
import { formatNumber } from '../../../shared/core/format';
import {
  addClaimInputSchema,
  claimLabels,
  endGuaranteeInputSchema,
  endGuaranteeLabels,
  guaranteeInputSchema,
  guaranteeLabels,
  guaranteeStatusLabels,
  type GuaranteeDetail,
} from '../../../shared/guarantees/schema';
import { useProcedure } from '../../api/hooks';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FieldSpec, FormValues, Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { ActionForm } from '../../components/form/ActionForm';
import { useLandlordOptions } from '../units/unitsApi';
import { guaranteeFormSpecs, newGuaranteeDefaults } from './guaranteeFormSpec';
import { guaranteesApi } from './guaranteesApi';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';

interface Props {
  guarantee: GuaranteeDetail | null;
  today: string;
  /** For a new guarantee started from a household. */
  defaults?: FormValues;
  onSaved(g: GuaranteeDetail): void;
  onClose(): void;
}

const claimSpecs: FieldSpec[] = [
  { name: 'claimDate', label: claimLabels.claimDate, kind: 'date', required: true },
  { name: 'amount', label: claimLabels.amount, kind: 'money', required: true },
  {
    name: 'note',
    label: claimLabels.note,
    kind: 'textarea',
    wide: true,
    hint: 'T.ex. vilken månads hyra hyresvärden krävde',
  },
];

const endSpecs: FieldSpec[] = [
  { name: 'endedOn', label: endGuaranteeLabels.endedOn, kind: 'date', required: true },
  { name: 'note', label: endGuaranteeLabels.note, kind: 'textarea', wide: true },
];

const { householdId: _h, landlordId: _l, ...historyLabels } = guaranteeLabels;

function formatValue(field: string, value: unknown): string | null {
  if (field === 'status') return guaranteeStatusLabels[value as keyof typeof guaranteeStatusLabels] ?? null;
  if (
    (field === 'monthlyRent' || field === 'guaranteedAmount' || field === 'claimedTotal') &&
    typeof value === 'number'
  )
    return formatMoney(value);
  return null;
}

/** Status, sums and the grant, at a glance. */
function GuaranteeFacts({ g }: { g: GuaranteeDetail }) {
  return (
    <section className="status-panel" aria-label="Garantins läge">
      <dl className="facts">
        <div>
          <dt>{guaranteeLabels.status}</dt>
          <dd>
            {guaranteeStatusLabels[g.status]}
            {g.endedOn ? ` ${g.endedOn}` : ''}
          </dd>
        </div>
        <div>
          <dt>{guaranteeLabels.claimedTotal}</dt>
          <dd>
            {formatMoney(g.claimedTotal)} av {formatMoney(g.guaranteedAmount)}
          </dd>
        </div>
        <div>
          <dt>Omfattning</dt>
          <dd>{formatNumber(g.coveredMonths)} månadshyror</dd>
        </div>
        <div>
          <dt>Statligt bidrag (Boverket)</dt>
          <dd className={g.grantQualifies ? '' : 'attention'}>
            {g.grantQualifies
              ? g.grantAppliedOn
                ? `Uppfyller villkoren, sökt ${g.grantAppliedOn}`
                : 'Uppfyller villkoren, inte sökt'
              : 'Uppfyller inte villkoren'}
          </dd>
        </div>
      </dl>
      {!g.grantQualifies ? (
        <ul className="reasons" aria-label="Därför uppfyller garantin inte villkoren för bidrag">
          {g.grantReasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function Claims({ g }: { g: GuaranteeDetail }) {
  if (g.claims.length === 0) return <p className="muted">Inga utbetalningar.</p>;
  return (
    <table className="simple-table compact deliveries-table" aria-label="Utbetalningar">
      <thead>
        <tr>
          <th>{claimLabels.claimDate}</th>
          <th>{claimLabels.amount}</th>
          <th>{claimLabels.note}</th>
        </tr>
      </thead>
      <tbody>
        {g.claims.map((c) => (
          <tr key={c.id}>
            <td className="nowrap">{c.claimDate}</td>
            <td className="nowrap">{formatMoney(c.amount)}</td>
            <td>{c.note}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th>Summa</th>
          <th>{formatMoney(g.claimedTotal)}</th>
          <th />
        </tr>
      </tfoot>
    </table>
  );
}

export function GuaranteeForm({ guarantee, today, defaults, onSaved, onClose }: Props) {
  const landlords = useLandlordOptions();
  const startHousehold = !guarantee && defaults?.['householdId'] ? Number(defaults['householdId']) : null;
  const household = useProcedure('households.lookup', startHousehold ? { id: startHousehold } : null);
  const householdOptions = useMemo<Option[]>(() => {
    if (guarantee)
      return [
        { value: String(guarantee.householdId), label: `${guarantee.holderName} (${guarantee.holderIdentityMasked})` },
      ];
    const h = household.data?.[0];
    return h ? [{ value: String(h.id), label: h.label }] : [];
  }, [guarantee, household.data]);
  const ended = guarantee?.status === 'upphord';
  const specs = useMemo(
    () => guaranteeFormSpecs({ landlords, householdOptions, locked: guarantee !== null }),
    [landlords, householdOptions, guarantee],
  );
  const formDefaults = useMemo(() => ({ ...newGuaranteeDefaults, startDate: today, ...defaults }), [today, defaults]);
  const form = useRecordForm<GuaranteeDetail>({
    draftKey: 'guarantee',
    specs,
    schema: guaranteeInputSchema,
    record: guarantee,
    defaults: formDefaults,
    save: guaranteesApi.save,
    fetchLatest: guaranteesApi.get,
    onSaved,
  });
  const [open, setOpen] = useState<'none' | 'claim' | 'end'>('none');
  const g = form.record;

  return (
    <>
      {g ? <GuaranteeFacts g={g} /> : null}
      {ended ? (
        <div className="banner info">Garantin har upphört och ändras inte längre.</div>
      ) : (
        <RecordFormView form={form} specs={specs} onCancel={onClose} />
      )}
      {g ? (
        <section className="form-section">
          <div className="section-head">
            <h3>Utbetalningar till hyresvärden</h3>
            {open === 'none' ? (
              <>
                <button
                  type="button"
                  onClick={() => setOpen('claim')}
                  disabled={form.dirty || g.claimedTotal >= g.guaranteedAmount}
                >
                  Registrera utbetalning
                </button>
                {!ended ? (
                  <button type="button" onClick={() => setOpen('end')} disabled={form.dirty}>
                    Garantin upphör
                  </button>
                ) : null}
              </>
            ) : null}
          </div>
          {open === 'claim' ? (
            <ActionForm
              id="claim"
              title="Registrera utbetalning"
              specs={claimSpecs}
              defaults={{ claimDate: today }}
              schema={addClaimInputSchema}
              record={g}
              fetchLatest={guaranteesApi.get}
              submitLabel="Registrera"
              run={async (input) => {
                onSaved(await guaranteesApi.addClaim(input));
                setOpen('none');
              }}
              onCancel={() => setOpen('none')}
            />
          ) : null}
          {open === 'end' ? (
            <ActionForm
              id="end"
              title="Garantin upphör"
              specs={endSpecs}
              defaults={{ endedOn: today }}
              schema={endGuaranteeInputSchema}
              record={g}
              fetchLatest={guaranteesApi.get}
              submitLabel="Registrera att garantin upphör"
              run={async (input) => {
                onSaved(await guaranteesApi.end(input));
                setOpen('none');
              }}
              onCancel={() => setOpen('none')}
            />
          ) : null}
          <Claims g={g} />
        </section>
      ) : null}
      {g ? <AttachmentsPanel owner="guarantee" ownerId={g.id} /> : null}
      {g ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory
            key={g.version}
            entity="guarantee"
            id={g.id}
            labels={historyLabels}
            formatValue={formatValue}
          />
        </section>
      ) : null}
    </>
  );
}

/**
 * Kvoter (plan 3:5): each landlord's places for a year and how many are
 * used, at a glance; a quota's placements with the three conditions; and
 * the forms to agree a quota and to place a household.
 */
import { useMemo, useState } from 'react';
import { dateParts } from '../../../shared/core/dates';
import { DEFAULT_QUOTA_PLACES } from '../../../shared/guarantees/rules';
import {
  conditionLabels,
  placementInputSchema,
  placementLabels,
  quotaInputSchema,
  quotaLabels,
  quotaUpdateSchema,
  type QuotaRow,
} from '../../../shared/quotas/schema';
import { useProcedure } from '../../api/hooks';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { ActionForm } from '../../components/form/ActionForm';
import { householdsApi } from '../households/householdsApi';
import { useLandlordOptions } from '../units/unitsApi';
import { quotasApi } from './quotasApi';
import { useSystemInfo } from '../../api/system';

function UsageBar({ q }: { q: QuotaRow }) {
  const share = q.places > 0 ? Math.min(1, q.used / q.places) : q.used > 0 ? 1 : 0;
  return (
    <div className={`progress ${q.over > 0 ? 'status-forsenat' : q.full ? 'status-uppfyllt' : ''}`}>
      <div
        className="progress-track"
        role="progressbar"
        aria-label={`${q.landlordName}: ${q.used} av ${q.places} platser`}
        aria-valuenow={q.used}
        aria-valuemin={0}
        aria-valuemax={q.places}
      >
        <div className="progress-fill" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="progress-text">
        {q.used}/{q.places}
      </span>
    </div>
  );
}

const check = (ok: boolean) => (ok ? '✓' : '–');

function Placements({ quota, today, onChanged }: { quota: QuotaRow; today: string; onChanged(): void }) {
  const placements = useProcedure('quotas.placements', { landlordId: quota.landlordId, year: quota.year });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const specs: FieldSpec[] = [
    {
      name: 'householdId',
      label: placementLabels.householdId,
      kind: 'record',
      required: true,
      options: [],
      search: householdsApi.search,
      hint: 'Sök på namn eller födelsedatum',
    },
    { name: 'placementDate', label: placementLabels.placementDate, kind: 'date', required: true },
    {
      name: 'paidCurrentRent',
      label: conditionLabels.paidCurrentRent,
      kind: 'flag',
      wide: true,
      section: 'Villkoren i plan 3:5 (alla tre måste vara uppfyllda)',
    },
    { name: 'noDisturbances', label: conditionLabels.noDisturbances, kind: 'flag', wide: true },
    { name: 'ffVouches', label: conditionLabels.ffVouches, kind: 'flag', wide: true },
    {
      name: 'beyondQuotaReason',
      label: placementLabels.beyondQuotaReason,
      kind: 'textarea',
      wide: true,
      hint: quota.full ? 'Kvoten är fylld: ett skriftligt skäl krävs' : 'Krävs bara när kvoten är fylld',
    },
    { name: 'notes', label: placementLabels.notes, kind: 'textarea', wide: true },
  ];
  const editSpecs: FieldSpec[] = [
    { name: 'places', label: quotaLabels.places, kind: 'integer', required: true },
    { name: 'notes', label: quotaLabels.notes, kind: 'textarea', wide: true },
  ];
  const thisYear = String(quota.year) === today.slice(0, 4);
  return (
    <section
      className="form-section placements-section"
      aria-label={`Placeringar hos ${quota.landlordName} ${quota.year}`}
    >
      <div className="section-head">
        <h3>
          Placeringar hos {quota.landlordName} {quota.year}: {quota.used} av {quota.places}
          {quota.over > 0 ? `, ${quota.over} utöver kvoten` : ''}
        </h3>
        {!adding && !editing ? (
          <>
            <button type="button" onClick={() => setAdding(true)}>
              Ny placering
            </button>
            <button type="button" onClick={() => setEditing(true)}>
              Ändra antal platser
            </button>
          </>
        ) : null}
      </div>
      {adding ? (
        <ActionForm
          id="placement"
          title="Ny placering inom kvoten"
          specs={specs}
          defaults={{
            placementDate: thisYear ? today : `${quota.year}-01-01`,
            paidCurrentRent: 'false',
            noDisturbances: 'false',
            ffVouches: 'false',
          }}
          schema={placementInputSchema}
          extra={{ landlordId: quota.landlordId }}
          submitLabel="Placera"
          run={async (input) => {
            await quotasApi.place(input);
            setAdding(false);
            placements.reload();
            onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      {editing ? (
        <ActionForm
          id="quota-edit"
          title={`Kvoten med ${quota.landlordName} ${quota.year}`}
          specs={editSpecs}
          defaults={{ places: String(quota.places), notes: quota.notes ?? '' }}
          schema={quotaUpdateSchema}
          record={quota}
          editsRecord
          submitLabel="Spara"
          run={async (input) => {
            await quotasApi.update(input);
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
      {placements.error ? <div className="banner error">{placements.error.message}</div> : null}
      {placements.data && placements.data.length === 0 ? <p className="muted">Inga placeringar ännu.</p> : null}
      {placements.data && placements.data.length > 0 ? (
        <table className="simple-table compact deliveries-table" aria-label="Placeringar">
          <thead>
            <tr>
              <th>Hushåll</th>
              <th>{placementLabels.placementDate}</th>
              <th title={conditionLabels.paidCurrentRent}>Betalt hyran</th>
              <th title={conditionLabels.noDisturbances}>Inga störningar</th>
              <th title={conditionLabels.ffVouches}>FF går i god</th>
              <th>Inom kvoten</th>
            </tr>
          </thead>
          <tbody>
            {placements.data.map((p) => (
              <tr key={p.id} className={p.beyondQuota ? 'beyond-quota' : ''}>
                <td>
                  <a href={`#/hushall/${p.householdId}`}>{p.holderName}</a> ({p.holderIdentityMasked})
                </td>
                <td className="nowrap">{p.placementDate}</td>
                <td>{check(p.paidCurrentRent)}</td>
                <td>{check(p.noDisturbances)}</td>
                <td>{check(p.ffVouches)}</td>
                <td>
                  {p.beyondQuota ? (
                    <span className="status-pill status-forsenat" title={p.beyondQuotaReason ?? ''}>
                      Utöver kvoten: {p.beyondQuotaReason}
                    </span>
                  ) : (
                    'Ja'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function QuotasScreen() {
  const info = useSystemInfo();
  const today = info.data?.today ?? '';
  const currentYear = today ? dateParts(today).year : null;
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? currentYear;
  const all = useProcedure('quotas.list', {});
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const landlords = useLandlordOptions();

  const years = useMemo(() => {
    const set = new Set<number>((all.data ?? []).map((q) => q.year));
    if (currentYear) [currentYear - 1, currentYear, currentYear + 1].forEach((y) => set.add(y));
    return [...set].sort((a, b) => b - a);
  }, [all.data, currentYear]);
  const quotas = (all.data ?? []).filter((q) => q.year === shownYear);
  const chosen = quotas.find((q) => q.id === selected) ?? quotas[0];

  const newSpecs: FieldSpec[] = [
    { name: 'landlordId', label: quotaLabels.landlordId, kind: 'record', required: true, options: landlords },
    { name: 'year', label: quotaLabels.year, kind: 'integer', required: true },
    {
      name: 'places',
      label: quotaLabels.places,
      kind: 'integer',
      required: true,
      hint: 'Helsingborgshem: fem hushåll om året (plan 3:5)',
    },
    { name: 'notes', label: quotaLabels.notes, kind: 'textarea', wide: true },
  ];

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>Kvoter</h1>
        <span className="count">Plan 3:5: hushåll som inte når hyresvärdens ekonomiska krav</span>
        <select aria-label="År" value={shownYear ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setAdding(true)} disabled={adding}>
          Ny kvot
        </button>
      </header>
      {adding && shownYear ? (
        <section className="card">
          <ActionForm
            id="quota"
            title="Ny kvot"
            specs={newSpecs}
            defaults={{ year: String(shownYear), places: String(DEFAULT_QUOTA_PLACES) }}
            schema={quotaInputSchema}
            submitLabel="Spara kvoten"
            run={async (input) => {
              const created = await quotasApi.create(input);
              setAdding(false);
              setYear(created.year);
              setSelected(created.id);
              all.reload();
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      ) : null}
      {all.error ? <div className="banner error">{all.error.message}</div> : null}
      {all.data && quotas.length === 0 ? (
        <p className="muted">Ingen kvot för {shownYear}. Lägg till en med ”Ny kvot”.</p>
      ) : null}
      {quotas.length > 0 ? (
        <table className="simple-table quota-table" aria-label={`Kvoter ${shownYear}`}>
          <thead>
            <tr>
              <th>Hyresvärd</th>
              <th>Platser</th>
              <th>Använda</th>
              <th>Kvar</th>
              <th>Utöver kvoten</th>
            </tr>
          </thead>
          <tbody>
            {quotas.map((q) => (
              <tr key={q.id} className={chosen?.id === q.id ? 'current' : ''} onClick={() => setSelected(q.id)}>
                <td>{q.landlordName}</td>
                <td>{q.places}</td>
                <td>
                  <UsageBar q={q} />
                </td>
                <td>{q.remaining}</td>
                <td className={q.over > 0 ? 'cell-overdue' : ''}>{q.over}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {chosen && today ? (
        <Placements key={`${chosen.id}:${chosen.version}`} quota={chosen} today={today} onChanged={all.reload} />
      ) : null}
    </div>
  );
}

/**
 * Utslussning: the households that could move on (on a kommunalt kontrakt
 * longer than the chosen number of months), FF's judgement of each, the
 * move-on dialog, and the throughput per year with and without guarantee.
 * Planned moves whose day has come are carried out by the daily job.
 */
import { useCallback, useState } from 'react';
import { formatNumber } from '../../../shared/core/format';
import { moveOnStatusLabels, type CandidateRow, type MoveOnRow } from '../../../shared/moveOns/schema';
import { useProcedure } from '../../api/hooks';
import { Drawer } from '../../components/Drawer';
import { ListToolbar } from '../../components/ListToolbar';
import { DataGrid, resetGridLayout } from '../../components/grid/DataGrid';
import { navigate, recordParam, useRoute } from '../../router';
import { candidateColumns } from './candidateColumns';
import { MoveOnForm } from './MoveOnForm';
import { ReadinessEditor } from './ReadinessEditor';
import { moveOnsApi } from './moveOnsApi';
import { useSystemInfo } from '../../api/system';

const ROUTE = 'utslussning';

/** Give it `key={token}` to read again after a move. */
function Throughput() {
  const { data } = useProcedure('moveOns.throughput', {});
  if (!data) return null;
  return (
    <section aria-label="Genomströmning">
      <h2>Utslussningar per år</h2>
      {data.length === 0 ? <p className="muted">Inga utslussningar registrerade.</p> : null}
      {data.length > 0 ? (
        <table className="simple-table compact" aria-label="Utslussningar per år">
          <thead>
            <tr>
              <th>År</th>
              <th>Med hyresgaranti</th>
              <th>Utan hyresgaranti</th>
              <th>Totalt</th>
              <th>Varav inom kvot</th>
              <th>Varav planerade</th>
            </tr>
          </thead>
          <tbody>
            {data.map((t) => (
              <tr key={t.year}>
                <td>{t.year}</td>
                <td>{t.withGuarantee}</td>
                <td>{t.withoutGuarantee}</td>
                <td>{t.withGuarantee + t.withoutGuarantee}</td>
                <td>{t.inQuota}</td>
                <td>{t.planned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function CandidatePanel({ contractId, today, onChanged }: { contractId: number; today: string; onChanged(): void }) {
  const contract = useProcedure('contracts.get', { id: contractId });
  const c = contract.data;
  const readiness = useProcedure('moveOns.readiness', c ? { householdId: c.householdId } : null);
  const [moving, setMoving] = useState(false);
  const [done, setDone] = useState<MoveOnRow | null>(null);
  if (contract.error) return <div className="banner error">{contract.error.message}</div>;
  if (!c) return <p className="muted">Hämtar…</p>;
  const live = c.status === 'aktivt' || c.status === 'uppsagt';
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Kontrakt</dt>
          <dd>
            <a href={`#/kontrakt/${c.id}`}>{c.contractNumber}</a>, {c.startDate} – {c.endsOn}
          </dd>
        </div>
        <div>
          <dt>Bostad</dt>
          <dd>
            {c.unitObjectNumber}, {c.unitAddress}
          </dd>
        </div>
      </dl>
      {done ? (
        <div className="banner info" role="status">
          Utslussningen till {done.newAddress} ({done.landlordName}) är registrerad.{' '}
          {done.status === 'genomford'
            ? 'Kontraktet är avslutat och bostaden är ledig.'
            : `Kontraktet är uppsagt till ${done.moveDate} och avslutas den dagen.`}
          {done.guaranteeId ? (
            <>
              {' '}
              <a href={`#/garantier/${done.guaranteeId}`}>Öppna hyresgarantin</a>.
            </>
          ) : null}
        </div>
      ) : null}
      {readiness.data ? (
        <ReadinessEditor
          key={readiness.data.version}
          readiness={readiness.data}
          onSaved={() => {
            readiness.reload();
            onChanged();
          }}
        />
      ) : null}
      <section className="form-section">
        {moving ? (
          <MoveOnForm
            contract={c}
            today={today}
            onDone={(m) => {
              setDone(m);
              setMoving(false);
              contract.reload();
              onChanged();
            }}
            onCancel={() => setMoving(false)}
          />
        ) : live && !done ? (
          <button type="button" className="primary" onClick={() => setMoving(true)}>
            Registrera utslussning
          </button>
        ) : null}
      </section>
    </>
  );
}

function RecentMoves() {
  const { data } = useProcedure('moveOns.list', { limit: 10, withTotal: false });
  if (!data || data.rows.length === 0) return null;
  return (
    <section aria-label="Senaste utslussningar">
      <h2>Senaste utslussningar</h2>
      <table className="simple-table compact" aria-label="Senaste utslussningar">
        <thead>
          <tr>
            <th>Flyttdatum</th>
            <th>Hushåll</th>
            <th>Ny hyresvärd</th>
            <th>Ny adress</th>
            <th>Hyresgaranti</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((m) => (
            <tr key={m.id} onClick={() => navigate('hushall', m.householdId)}>
              <td className="nowrap">{m.moveDate}</td>
              <td>
                {m.holderName} ({m.holderIdentityMasked})
              </td>
              <td>{m.landlordName}</td>
              <td>{m.newAddress}</td>
              <td>{m.guaranteeId ? 'Ja' : 'Nej'}</td>
              <td>{moveOnStatusLabels[m.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function MoveOnScreen() {
  const [, param] = useRoute();
  const open = recordParam(param);
  const info = useSystemInfo();
  const settings = useProcedure('settings.onward', {});
  const [search, setSearch] = useState('');
  const [months, setMonths] = useState<string>('');
  const [readyOnly, setReadyOnly] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [token, setToken] = useState(0);
  const [gridKey, setGridKey] = useState(0);
  const today = info.data?.today ?? '';
  const defaultMonths = settings.data?.value.moveOnCandidateMonths;
  const minMonths = months === '' ? defaultMonths : Number(months);

  const scope = { readyOnly, ...(minMonths !== undefined && Number.isInteger(minMonths) ? { minMonths } : {}) };
  const scopeKey = JSON.stringify(scope);
  const fetchPage = useCallback(
    (q: Parameters<typeof moveOnsApi.candidates>[0]) =>
      moveOnsApi.candidates({ ...q, ...(JSON.parse(scopeKey) as typeof scope) }),
    [scopeKey],
  );
  const close = useCallback(() => navigate(ROUTE), []);

  return (
    <div className="screen">
      <ListToolbar
        title="Utslussning"
        count={total === null ? '' : `${formatNumber(total)} hushåll`}
        search={search}
        onSearch={setSearch}
        searchLabel="Sök hushåll (namn, födelsedatum, kontrakt, bostad)"
        onResetLayout={() => void resetGridLayout('moveOnCandidates').then(() => setGridKey((k) => k + 1))}
      />
      <div className="filter-bar" role="group" aria-label="Filter">
        <label className="toggle">
          På kommunalt kontrakt i minst
          <input
            aria-label="Antal månader på kontrakt"
            type="number"
            min={0}
            max={600}
            value={months === '' ? (defaultMonths ?? '') : months}
            onChange={(e) => setMonths(e.target.value)}
            style={{ width: 70 }}
          />
          månader
        </label>
        <label className="toggle">
          <input type="checkbox" checked={readyOnly} onChange={(e) => setReadyOnly(e.target.checked)} /> Bara de som är
          redo för utslussning
        </label>
      </div>
      {/* Said, not silent: who the month limit leaves out, and where else to register a move. */}
      <p className="muted filter-note">
        {minMonths
          ? `Kontrakt som har gällt kortare än ${formatNumber(minMonths)} månader, eller som börjar senare, visas inte; ange 0 månader för att se alla.`
          : 'Alla kontrakt som gäller visas, även de som börjar senare.'}{' '}
        Utslussning kan också registreras från kontraktet och från hushållet.
      </p>
      {settings.data ? (
        <DataGrid<CandidateRow>
          key={gridKey}
          gridId="moveOnCandidates"
          columns={candidateColumns}
          fetchPage={fetchPage}
          search={search}
          scope={{ ...scope, token }}
          onOpen={(row) => navigate(ROUTE, row.id)}
          onTotal={setTotal}
          exportAs={{ source: 'moveOnCandidates', title: 'Kandidater för utslussning', params: scope }}
        />
      ) : null}
      <div className="side-by-side">
        <Throughput key={`t${token}`} />
        <RecentMoves key={`r${token}`} />
      </div>
      {typeof open === 'number' && today ? (
        <Drawer
          title="Utslussning"
          subtitle="Kandidat: bedömning och flytt till eget förstahandskontrakt"
          onClose={close}
        >
          <CandidatePanel contractId={open} today={today} onChanged={() => setToken((t) => t + 1)} />
        </Drawer>
      ) : null}
    </div>
  );
}

/** Start: the day's overview — what needs attention, in numbers that open lists. */
import { formatNumber } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import { LEASE_STATUSES, type LeaseStatus } from '../../../shared/leases/schema';

const LEASE_TILE_LABELS: Record<LeaseStatus, string> = {
  utkast: 'Utkast till avtal',
  aktiv: 'Aktiva avtal',
  uppsagd: 'Uppsagda avtal',
  avslutad: 'Avslutade avtal',
};
import { unitStatusLabels, UNIT_STATUSES } from '../../../shared/units/schema';
import { DEFAULT_WATCH_HORIZON_DAYS, watchKindLabels } from '../../../shared/watch/schema';
import { useAfterFirstPaint, useProcedure } from '../../api/hooks';
import { navigate } from '../../router';
import { useSystemInfo } from '../../api/system';

interface TileProps {
  label: string;
  value: number | undefined;
  tone?: 'warning' | 'overdue';
  onOpen?(): void;
}

function Tile({ label, value, tone, onOpen }: TileProps) {
  return (
    <button type="button" className={`tile${tone && value ? ` ${tone}` : ''}`} onClick={onOpen} disabled={!onOpen}>
      <span className="tile-value">{value === undefined ? '…' : formatNumber(value)}</span>
      <span className="tile-label">{label}</span>
    </button>
  );
}

export function StartScreen() {
  const info = useSystemInfo();
  // The counts are asked for once the page's frame is on screen: eight
  // summaries over 100 000 rows need not hold up the first paint.
  const painted = useAfterFirstPaint();
  const when = <T,>(input: T): T | null => (painted ? input : null);
  const units = useProcedure('units.summary', when({}), { live: true });
  // The counts only: exact, without building thousands of items.
  const watch = useProcedure('watch.list', when({ horizonDays: DEFAULT_WATCH_HORIZON_DAYS, limit: 0 }), { live: true });
  const land = useProcedure('landAgreements.summary', when({}), { live: true });
  const contracts = useProcedure('contracts.summary', when({}), { live: true });
  const k = contracts.data;
  const s = units.data;
  const l = land.data?.total;
  const leases = useProcedure('leases.summary', when({}), { live: true }).data;
  const g = useProcedure('guarantees.summary', when({}), { live: true }).data;
  const quotas = useProcedure(
    'quotas.list',
    info.data ? when({ year: Number(info.data.today.slice(0, 4)) }) : null,
  ).data;
  const newcomersEnding = useProcedure('newcomers.list', when({ endingSoon: true, limit: 1 })).data;
  return (
    <div className="screen start">
      <header className="list-toolbar">
        <h1>Översikt</h1>
        <span className="count">
          {info.data ? `I dag ${info.data.today} · inloggad som ${info.data.actor.displayName}` : ''}
        </span>
      </header>
      {units.error ? <div className="banner error">{units.error.message}</div> : null}
      <section>
        <h2>Bevakning, {DEFAULT_WATCH_HORIZON_DAYS} dagar framåt</h2>
        <div className="tiles">
          {(watch.data?.counts ?? []).map((c) => (
            <Tile
              key={c.kind}
              label={`${watchKindLabels[c.kind] ?? c.kind}${c.overdue ? ` (${c.overdue} försenade)` : ''}`}
              value={c.total}
              tone={c.overdue ? 'overdue' : 'warning'}
              onOpen={() => navigate('bevakning')}
            />
          ))}
          {watch.data && watch.data.counts.length === 0 ? <p className="muted">Inget att bevaka just nu.</p> : null}
        </div>
      </section>
      <section>
        <h2>Hyresavtal{leases ? `, årshyra i dag ${formatMoney(leases.yearlyRentOre)}` : ''}</h2>
        <div className="tiles">
          {LEASE_STATUSES.map((status) => (
            <Tile
              key={status}
              label={LEASE_TILE_LABELS[status]}
              value={leases ? (leases.byStatus[status] ?? 0) : undefined}
              onOpen={() => navigate('hyresavtal')}
            />
          ))}
        </div>
      </section>
      <section>
        <h2>Bestånd</h2>
        <div className="tiles">
          <Tile label="Bostäder" value={s?.total} onOpen={() => navigate('bostader')} />
          {UNIT_STATUSES.map((status) => (
            <Tile
              key={status}
              label={unitStatusLabels[status]}
              value={s ? (s.byStatus[status] ?? 0) : undefined}
              onOpen={() => navigate('bostader')}
            />
          ))}
          <Tile
            label="Bygglov som går ut inom 12 månader"
            value={s?.permitsEndingSoon}
            tone="warning"
            onOpen={() => navigate('bostader')}
          />
          <Tile
            label="Bygglov som har gått ut"
            value={s?.permitsEnded}
            tone="overdue"
            onOpen={() => navigate('bostader')}
          />
        </div>
      </section>
      <section>
        <h2>Boende</h2>
        <div className="tiles">
          <Tile label="Aktiva kommunala kontrakt" value={k?.active} onOpen={() => navigate('kontrakt')} />
          <Tile label="Uppsagda, ej avslutade" value={k?.terminated} onOpen={() => navigate('kontrakt')} />
          <Tile label="Utkast" value={k?.drafts} onOpen={() => navigate('kontrakt')} />
          <Tile
            label="Barnfamiljer i kommunala kontrakt"
            value={k?.familiesWithChildren}
            onOpen={() => navigate('hushall')}
          />
          <Tile
            label="Upphör inom 90 dagar"
            value={k?.endingWithin90Days}
            tone="warning"
            onOpen={() => navigate('kontrakt')}
          />
          <Tile
            label="Avstående ej godkänt"
            value={k?.waiverNotApproved}
            tone="warning"
            onOpen={() => navigate('kontrakt')}
          />
          <Tile
            label="Hyresvärden ej underrättad"
            value={k?.landlordNotTold}
            tone="overdue"
            onOpen={() => navigate('kontrakt')}
          />
        </div>
      </section>
      <section>
        <h2>Vägen vidare{g ? `, nästa bidragsansökan ${g.nextDeadline}` : ''}</h2>
        <div className="tiles">
          <Tile label="Hyresgarantier som gäller" value={g?.open} onOpen={() => navigate('garantier')} />
          <Tile
            label="Garantier att söka bidrag för"
            value={g?.qualifyingNotApplied}
            tone="warning"
            onOpen={() => navigate('garantier', 'bidrag')}
          />
          <Tile
            label="Garantier som upphör inom 90 dagar"
            value={g?.endingWithin90Days}
            tone="warning"
            onOpen={() => navigate('garantier')}
          />
          {(quotas ?? []).map((q) => (
            <Tile
              key={q.id}
              label={`Kvot ${q.landlordName} ${q.year}: använda av ${q.places}`}
              value={q.used}
              tone={q.over > 0 ? 'overdue' : undefined}
              onOpen={() => navigate('kvoter')}
            />
          ))}
          <Tile
            label="Etableringstid slutar inom sex månader"
            value={newcomersEnding?.total ?? undefined}
            tone="warning"
            onOpen={() => navigate('nyanlanda')}
          />
        </div>
      </section>
      <section>
        <h2>Markanvisningar</h2>
        <div className="tiles">
          <Tile label="Pågående åtaganden" value={l?.byStatus.pagaende} onOpen={() => navigate('markanvisningar')} />
          <Tile
            label="Försenade åtaganden"
            value={l?.byStatus.forsenat}
            tone="overdue"
            onOpen={() => navigate('markanvisningar')}
          />
          <Tile
            label="Bostäder kvar att lämna"
            value={l?.remainingDwellings}
            onOpen={() => navigate('markanvisningar', 'uppfoljning')}
          />
          <Tile
            label="Bostäder lämnade"
            value={l?.deliveredDwellings}
            onOpen={() => navigate('markanvisningar', 'uppfoljning')}
          />
        </div>
      </section>
    </div>
  );
}

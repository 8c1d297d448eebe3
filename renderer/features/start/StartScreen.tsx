/** Start: the day's overview — what needs attention, in numbers that open lists. */
import { formatNumber, formatCount } from '../../../shared/core/format';
import { formatMoney } from '../../../shared/core/money';
import { LEASE_STATUSES, type LeaseStatus } from '../../../shared/leases/schema';
import { PERMIT_WARNING_DAYS, unitStatusLabels, UNIT_STATUSES } from '../../../shared/units/schema';
import { DEFAULT_WATCH_HORIZON_DAYS, watchKindLabels } from '../../../shared/watch/schema';
import { useAfterFirstPaint, useProcedure } from '../../api/hooks';
import { gridFilterQuery } from '../../components/grid/DataGrid';
import { navigate, navigateWith } from '../../router';
import { useSystemInfo } from '../../api/system';
import { addDays } from '../../../shared/core/dates';
import type { ColumnFilter } from '../../../shared/core/listQuery';
import { OPEN_GUARANTEE_STATUSES } from '../../../shared/guarantees/schema';

const LEASE_TILE_LABELS: Record<LeaseStatus, string> = {
  utkast: 'Utkast till avtal',
  aktiv: 'Aktiva avtal',
  uppsagd: 'Uppsagda avtal',
  avslutad: 'Avslutade avtal',
};

/** A column filter to the rows with one of these values (status, kind). */
const oneOf = (...values: string[]): ColumnFilter => ({ filterType: 'set', values });
/** Every card opens its list filtered to exactly the rows it counts. */
const openGrid = (route: string, gridId: string, filters: Record<string, ColumnFilter>) =>
  navigateWith(gridFilterQuery(gridId, filters), route);
const LIVE_UNIT_STATUSES = UNIT_STATUSES.filter((s) => s !== 'avvecklad');

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
  const today = info.data?.today;
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
              label={`${watchKindLabels[c.kind] ?? c.kind}${c.overdue ? ` (${formatCount(c.overdue, 'försenad', 'försenade')})` : ''}`}
              value={c.total}
              tone={c.overdue ? 'overdue' : 'warning'}
              onOpen={() => navigateWith({ typ: c.kind, dagar: String(DEFAULT_WATCH_HORIZON_DAYS) }, 'bevakning')}
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
              onOpen={() => openGrid('hyresavtal', 'leases', { status: oneOf(status) })}
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
              onOpen={() => openGrid('bostader', 'units', { status: oneOf(status) })}
            />
          ))}
          <Tile
            label="Bygglov som går ut inom 12 månader"
            value={s?.permitsEndingSoon}
            tone="warning"
            onOpen={
              today
                ? () =>
                    openGrid('bostader', 'units', {
                      status: oneOf(...LIVE_UNIT_STATUSES),
                      permitEndDate: {
                        filterType: 'date',
                        type: 'inRange',
                        dateFrom: today,
                        dateTo: addDays(today, PERMIT_WARNING_DAYS),
                      },
                    })
                : undefined
            }
          />
          <Tile
            label="Bygglov som har gått ut"
            value={s?.permitsEnded}
            tone="overdue"
            onOpen={
              today
                ? () =>
                    openGrid('bostader', 'units', {
                      status: oneOf(...LIVE_UNIT_STATUSES),
                      permitEndDate: { filterType: 'date', type: 'lessThan', dateFrom: today },
                    })
                : undefined
            }
          />
        </div>
      </section>
      <section>
        <h2>Boende</h2>
        <div className="tiles">
          <Tile
            label="Aktiva kommunala kontrakt"
            value={k?.active}
            onOpen={() => openGrid('kontrakt', 'contracts', { status: oneOf('aktivt') })}
          />
          <Tile
            label="Uppsagda, ej avslutade"
            value={k?.terminated}
            onOpen={() => openGrid('kontrakt', 'contracts', { status: oneOf('uppsagt') })}
          />
          <Tile
            label="Utkast"
            value={k?.drafts}
            onOpen={() => openGrid('kontrakt', 'contracts', { status: oneOf('utkast') })}
          />
          <Tile
            label="Barnfamiljer i kommunala kontrakt"
            value={k?.familiesWithChildren}
            onOpen={() => navigateWith({ barnfamiljer: '1' }, 'kontrakt')}
          />
          <Tile
            label="Upphör inom 90 dagar"
            value={k?.endingWithin90Days}
            tone="warning"
            onOpen={() => navigateWith({ upphorInom: '90' }, 'kontrakt')}
          />
          <Tile
            label="Avstående ej godkänt"
            value={k?.waiverNotApproved}
            tone="warning"
            onOpen={() => navigateWith({ avstaendeEjGodkant: '1' }, 'kontrakt')}
          />
          <Tile
            label="Hyresvärden ej underrättad"
            value={k?.landlordNotTold}
            tone="overdue"
            onOpen={() => navigateWith({ hyresvardEjUnderrattad: '1' }, 'kontrakt')}
          />
        </div>
      </section>
      <section>
        <h2>Vägen vidare{g ? `, nästa bidragsansökan ${g.nextDeadline}` : ''}</h2>
        <div className="tiles">
          <Tile
            label="Hyresgarantier som gäller"
            value={g?.open}
            onOpen={() => openGrid('garantier', 'guarantees', { status: oneOf(...OPEN_GUARANTEE_STATUSES) })}
          />
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
            onOpen={
              today
                ? () =>
                    openGrid('garantier', 'guarantees', {
                      status: oneOf(...OPEN_GUARANTEE_STATUSES),
                      endDate: {
                        filterType: 'date',
                        type: 'inRange',
                        dateFrom: '1900-01-01',
                        dateTo: addDays(today, 90),
                      },
                    })
                : undefined
            }
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
            onOpen={() => navigateWith({ slutarSnart: '1' }, 'nyanlanda')}
          />
        </div>
      </section>
      <section>
        <h2>Markanvisningar</h2>
        <div className="tiles">
          <Tile
            label="Pågående åtaganden"
            value={l?.byStatus.pagaende}
            onOpen={() => openGrid('markanvisningar', 'landAgreements', { status: oneOf('pagaende') })}
          />
          <Tile
            label="Försenade åtaganden"
            value={l?.byStatus.forsenat}
            tone="overdue"
            onOpen={() => openGrid('markanvisningar', 'landAgreements', { status: oneOf('forsenat') })}
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

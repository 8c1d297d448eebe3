/**
 * Bevakning: what needs action within the chosen horizon, soonest first.
 * The back end counts everything and sends the first WATCH_SCREEN_LIMIT
 * items; a note says when there are more (100 000 leases give thousands).
 */
import { useState } from 'react';
import { formatDaysLeft, formatNumber } from '../../../shared/core/format';
import { DEFAULT_WATCH_HORIZON_DAYS, WATCH_SCREEN_LIMIT, watchKindLabels } from '../../../shared/watch/schema';
import { useProcedure } from '../../api/hooks';
import { navigate, routeQuery } from '../../router';

const HORIZONS = [30, 60, 90, 120, 180, 365];

export function WatchScreen() {
  // A start-page card opens Bevakning at its own kind and horizon.
  const [horizonDays, setHorizonDays] = useState(() => {
    const days = Number(routeQuery().get('dagar'));
    return HORIZONS.includes(days) ? days : DEFAULT_WATCH_HORIZON_DAYS;
  });
  const [kind, setKind] = useState(() => routeQuery().get('typ') ?? '');
  const { data, error, loading } = useProcedure(
    'watch.list',
    { horizonDays, kinds: kind ? [kind] : [], limit: WATCH_SCREEN_LIMIT },
    { live: true },
  );
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  // Counted over all items of the kinds shown, not only the listed ones.
  const overdue = (data?.counts ?? []).filter((c) => !kind || c.kind === kind).reduce((n, c) => n + c.overdue, 0);

  return (
    <div className="screen">
      <header className="list-toolbar">
        <h1>Bevakning</h1>
        <span className="count" aria-live="polite">
          {data
            ? `${formatNumber(total)} att hantera${overdue ? `, varav ${formatNumber(overdue)} försenade` : ''}`
            : loading
              ? 'Hämtar…'
              : ''}
        </span>
        <label className="toggle">
          Inom{' '}
          <select aria-label="Horisont" value={horizonDays} onChange={(e) => setHorizonDays(Number(e.target.value))}>
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {h} dagar
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          Visa{' '}
          <select aria-label="Typ av bevakning" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">allt</option>
            {Object.entries(watchKindLabels).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </header>
      {error ? <div className="banner error">{error.message}</div> : null}
      {data && data.counts.length > 0 ? (
        <div className="watch-counts" role="group" aria-label="Antal per typ">
          {data.counts.map((c) => (
            <button
              key={c.kind}
              type="button"
              aria-pressed={kind === c.kind}
              onClick={() => setKind(kind === c.kind ? '' : c.kind)}
            >
              {watchKindLabels[c.kind] ?? c.kind} <strong>{formatNumber(c.total)}</strong>
            </button>
          ))}
        </div>
      ) : null}
      {data && total > items.length ? (
        <div className="banner info" role="status">
          Visar de första {formatNumber(items.length)} av {formatNumber(total)}, de som ska hanteras först. Välj en typ
          eller en kortare horisont för att se resten.
        </div>
      ) : null}
      <table className="simple-table watch-table">
        <thead>
          <tr>
            <th>Datum</th>
            <th>Kvar</th>
            <th>Vad</th>
            <th>Gäller</th>
            <th>Att göra</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr
              key={`${item.kind}:${item.entityId}:${item.date}`}
              className={item.daysLeft < 0 ? 'overdue' : item.daysLeft <= 30 ? 'soon' : ''}
              onClick={() => navigate(...item.route.split('/'))}
            >
              <td>{item.date}</td>
              <td>{item.daysLeft < 0 ? `Försenad ${formatDaysLeft(item.daysLeft)}` : formatDaysLeft(item.daysLeft)}</td>
              <td>{watchKindLabels[item.kind] ?? item.kind}</td>
              <td>
                <a href={`#/${item.route}`} onClick={(e) => e.stopPropagation()}>
                  {item.title}
                </a>
              </td>
              <td>{item.detail}</td>
            </tr>
          ))}
          {data && items.length === 0 ? (
            <tr>
              <td colSpan={5} className="muted">
                Inget att bevaka inom {horizonDays} dagar.
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

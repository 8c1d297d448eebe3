/** The audit history of one record: who changed what, when. */
import { auditActionLabels } from '../../shared/audit/schema';
import { formatDateTime } from '../../shared/core/format';
import { useProcedure } from '../api/hooks';

interface Props {
  entity: string;
  id: number;
  /** Field name → Swedish label; only these fields are shown. */
  labels: Record<string, string>;
  /** How a field's value reads (choice labels, money); plain text when it returns null. */
  formatValue?: (field: string, value: unknown) => string | null;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

/** Give it `key={record.version}` so a save shows the new entry. */
export function RecordHistory({ entity, id, labels, formatValue }: Props) {
  const text = (field: string, value: unknown) =>
    value === null || value === undefined || value === '' ? show(value) : (formatValue?.(field, value) ?? show(value));
  const { data, error } = useProcedure('audit.forRecord', { entity, id });
  if (error) return <p className="muted">{error.message}</p>;
  if (!data) return <p className="muted">Hämtar historik…</p>;
  return (
    <ol className="history">
      {data.map((entry) => (
        <li key={entry.id}>
          <div className="history-head">
            <strong>{auditActionLabels[entry.action] ?? entry.action}</strong> av {entry.actorName} ·{' '}
            {formatDateTime(entry.at)}
          </div>
          {entry.action !== 'create' ? (
            <ul>
              {Object.entries(entry.changes)
                .filter(([field]) => field in labels)
                .map(([field, [before, after]]) => (
                  <li key={field}>
                    {labels[field]}: {text(field, before)} → {text(field, after)}
                  </li>
                ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

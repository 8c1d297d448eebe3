/** A conflict, field by field: original, mine, theirs, and a choice per field. */
import type { Conflict } from './conflict';
import type { FormValues, Option } from './fieldSpec';

interface Props {
  conflict: Conflict;
  values: FormValues;
  onChoose(name: string, value: string): void;
  onClose(): void;
}

const shown = (v: string, options?: Option[]) =>
  v === '' ? '(tomt)' : (options?.find((o) => o.value === v)?.label ?? v);

export function ConflictDiff({ conflict, values, onChoose, onClose }: Props) {
  return (
    <div className="banner conflict conflict-diff" role="alert">
      <p>{conflict.message}</p>
      {conflict.fields.length === 0 ? (
        <p>Ingen av dina ändringar krockar med deras. Spara igen för att spara dina ändringar.</p>
      ) : (
        <>
          <p>
            Formuläret visar nu den sparade versionen med dina ändringar. Välj för varje fält vilket värde som ska gälla
            och spara igen.
          </p>
          <table className="diff-table">
            <thead>
              <tr>
                <th scope="col">Fält</th>
                <th scope="col">Förut</th>
                <th scope="col">Din ändring</th>
                <th scope="col">Deras ändring</th>
                <th scope="col">Välj</th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((f) => {
                const current = values[f.name] ?? '';
                return (
                  <tr key={f.name}>
                    <th scope="row">{f.label}</th>
                    <td>{shown(f.original, f.options)}</td>
                    <td className={current === f.mine ? 'chosen' : ''}>{shown(f.mine, f.options)}</td>
                    <td className={current === f.theirs ? 'chosen' : ''}>{shown(f.theirs, f.options)}</td>
                    <td className="diff-choice">
                      <button type="button" aria-pressed={current === f.mine} onClick={() => onChoose(f.name, f.mine)}>
                        Behåll min
                      </button>
                      <button
                        type="button"
                        aria-pressed={current === f.theirs}
                        onClick={() => onChoose(f.name, f.theirs)}
                      >
                        Ta deras
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="link" onClick={onClose}>
        Dölj jämförelsen
      </button>
    </div>
  );
}

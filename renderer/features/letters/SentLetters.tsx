/** The letters of one kind logged on a record: when, how and by whom they were sent. */
import { sendMethodLabels, type LetterOwner } from '../../../shared/letters/schema';
import type { LetterKind } from '../../../shared/letters/templates';
import { useProcedure } from '../../api/hooks';

interface Props {
  owner: LetterOwner;
  id: number;
  kind: LetterKind;
}

export function SentLetters({ owner, id, kind }: Props) {
  const sent = useProcedure('letters.forRecord', { owner, id });
  // A contract carries both the 12:39 letter and the application to the hyresnämnd: each panel shows its own.
  const letters = (sent.data ?? []).filter((l) => l.kind === kind);
  if (letters.length === 0) return null;
  return (
    <table className="simple-table" aria-label="Skickade brev">
      <thead>
        <tr>
          <th>Skickat</th>
          <th>Sätt</th>
          <th>Av</th>
        </tr>
      </thead>
      <tbody>
        {letters.map((l) => (
          <tr key={l.id}>
            <td>{l.sentOn}</td>
            <td>{sendMethodLabels[l.method]}</td>
            <td>{l.sentByName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

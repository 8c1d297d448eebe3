/** Earlier imports: who, when, which file and what they did; a batch can be reverted. */
import { useEffect, useState } from 'react';
import { formatDateTime, formatNumber } from '../../../shared/core/format';
import { importRegisterLabels } from '../../../shared/imports/registers';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { importsApi } from './importsApi';

export function BatchesList({ refreshToken }: { refreshToken: number }) {
  const batches = useProcedure('imports.batches', {});
  const { reload } = batches;
  useEffect(() => {
    if (refreshToken > 0) reload();
  }, [refreshToken, reload]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const revert = async (id: number, fileName: string) => {
    if (
      !window.confirm(
        `Ångra inläsning ${id} (${fileName})? Poster den lade till tas bort och ändrade poster får sina tidigare värden.`,
      )
    )
      return;
    try {
      await importsApi.revert(id);
      setMessage({ error: false, text: `Inläsning ${id} är ångrad.` });
    } catch (e) {
      setMessage({ error: true, text: errorMessage(e) });
    }
    batches.reload();
  };

  return (
    <section className="card wide" aria-label="Tidigare inläsningar">
      <h2>Tidigare inläsningar</h2>
      {message ? (
        <div className={`banner ${message.error ? 'error' : 'info'}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {batches.data && batches.data.length === 0 ? <p className="muted">Inga inläsningar ännu.</p> : null}
      {batches.data && batches.data.length > 0 ? (
        <table className="simple-table">
          <thead>
            <tr>
              <th>Nr</th>
              <th>Register</th>
              <th>Fil</th>
              <th>Inläst</th>
              <th>Av</th>
              <th>Nya</th>
              <th>Uppdaterade</th>
              <th>Oförändrade</th>
              <th>Avvisade</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {batches.data.map((b) => (
              <tr key={b.id} className={b.revertedAt ? 'archived' : ''}>
                <td>{b.id}</td>
                <td>{importRegisterLabels[b.register]}</td>
                <td title={`SHA-256 ${b.fileSha256}`}>
                  {b.fileName} <span className="muted">({formatNumber(Math.ceil(b.fileSize / 1024))} kB)</span>
                </td>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{b.createdByName}</td>
                <td>{formatNumber(b.createdCount)}</td>
                <td>{formatNumber(b.updatedCount)}</td>
                <td>{formatNumber(b.unchangedCount)}</td>
                <td>{formatNumber(b.refusedCount)}</td>
                <td>
                  {b.revertedAt ? (
                    <span className="muted">Ångrad {formatDateTime(b.revertedAt)}</span>
                  ) : (
                    <button type="button" onClick={() => void revert(b.id, b.fileName)}>
                      Ångra inläsning {b.id}
                    </button>
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

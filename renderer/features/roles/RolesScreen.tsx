/**
 * Roller: which OS users may do what. Administratörer change a user's role
 * here; everyone else is told who may.
 */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { ROLES, roleLabels, type Role, type UserRole } from '../../../shared/users/roles';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { rolesApi } from './rolesApi';

const ROLE_TEXT: Record<Role, string> = {
  administrator: 'Inställningar, roller och gallring, och allt en handläggare gör.',
  handlaggare: 'Allt i registren: registrera, ändra, skriva ut och exportera.',
  lasbehorig: 'Läser registren. Personnummer visas maskerade.',
};

function RoleRow({ user, onSaved }: { user: UserRole; onSaved(): void }) {
  const [role, setRole] = useState<Role>(user.role);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setError(null);
    try {
      await rolesApi.set({ login: user.login, role, version: user.version });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <tr>
      <td>{user.displayName}</td>
      <td>
        <code>{user.login}</code>
      </td>
      <td>
        <select
          aria-label={`Roll för ${user.displayName}`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </td>
      <td className="muted">{formatDateTime(user.updatedAt)}</td>
      <td>
        <button type="button" disabled={role === user.role} onClick={() => void save()}>
          Spara roll
        </button>
      </td>
    </tr>
  );
}

export function RolesScreen() {
  const users = useProcedure('roles.list', {});
  return (
    <div className="screen roles">
      <header className="list-toolbar">
        <h1>Roller</h1>
      </header>
      <section className="card">
        <dl className="role-legend">
          {ROLES.map((r) => (
            <div key={r}>
              <dt>{roleLabels[r]}</dt>
              <dd>{ROLE_TEXT[r]}</dd>
            </div>
          ))}
        </dl>
        <p className="muted">
          Den som först öppnar en ny databas blir administratör. Nya användare blir handläggare tills en administratör
          ändrar rollen här.
        </p>
      </section>
      {users.error ? (
        <div className="banner error" role="alert">
          {users.error.message}
        </div>
      ) : null}
      {users.data ? (
        <section className="card">
          <table className="plain-table">
            <thead>
              <tr>
                <th>Namn</th>
                <th>Inloggning</th>
                <th>Roll</th>
                <th>Ändrad</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <RoleRow key={`${u.login}:${u.version}`} user={u} onSaved={users.reload} />
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}

/**
 * Roller: which OS users may do what. Administratörer change a user's role
 * here; everyone else is told who may.
 */
import { formatDateTime } from '../../../shared/core/format';
import { ROLES, roleLabels, setRoleInputSchema, type Role, type UserRole } from '../../../shared/users/roles';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec, Option } from '../../components/form/fieldSpec';
import { useProcedure } from '../../api/hooks';
import { rolesApi } from './rolesApi';

const ROLE_TEXT: Record<Role, string> = {
  administrator: 'Inställningar, roller och gallring, och allt en handläggare gör.',
  handlaggare: 'Allt i registren: registrera, ändra, skriva ut och exportera.',
  lasbehorig: 'Läser registren. Personnummer visas maskerade.',
};

const roleOptions: Option[] = ROLES.map((r) => ({ value: r, label: roleLabels[r] }));

function RoleRow({ user, onSaved }: { user: UserRole; onSaved(): void }) {
  const specs: FieldSpec[] = [
    // The column says Roll and the row whose it is: the label is for screen readers only.
    { name: 'role', label: `Roll för ${user.displayName}`, kind: 'choice', options: roleOptions, hideLabel: true },
  ];
  return (
    <tr>
      <td>{user.displayName}</td>
      <td>
        <code>{user.login}</code>
      </td>
      <td>
        <ActionForm
          id={`role-${user.login}`}
          title={`Ändra roll – ${user.displayName}`}
          hideTitle
          needsChange
          specs={specs}
          defaults={{}}
          schema={setRoleInputSchema}
          // Users are keyed by login: it goes with the fields and the user is read again by it,
          // so the numeric id the edit cycle carries is never used (0).
          record={{ ...user, id: 0 }}
          editsRecord
          extra={{ login: user.login }}
          fetchLatest={async () => {
            const latest = (await rolesApi.list()).find((u) => u.login === user.login);
            if (!latest) throw new Error(`Användaren ${user.login} finns inte längre.`);
            return { ...latest, id: 0 };
          }}
          submitLabel="Spara roll"
          run={async (input) => {
            await rolesApi.set(input);
            onSaved();
          }}
        />
      </td>
      <td className="muted">{formatDateTime(user.updatedAt)}</td>
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

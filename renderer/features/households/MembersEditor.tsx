/** The people of a household: name, personnummer or samordningsnummer, and who holds the contract. */
import { isMaskedIdentity, memberLabels } from '../../../shared/households/schema';

export interface MemberDraft {
  /** The stored member (absent for a new row): a masked number is sent back with it, meaning "unchanged". */
  id?: number;
  name: string;
  identityNumber: string;
  isHolder: boolean;
}

interface Props {
  members: MemberDraft[];
  /** The form's errors; members' are keyed `members.<i>.<field>`. */
  errors: Record<string, string>;
  /** `field` names the changed input (`members.1.name`) so its error can clear. */
  onChange(members: MemberDraft[], field: string): void;
  /** Shows the whole numbers (an audited read); absent when there is nothing masked or the role may not. */
  onReveal?: () => void;
}

export const emptyMember = (isHolder: boolean): MemberDraft => ({ name: '', identityNumber: '', isHolder });

export function MembersEditor({ members, errors, onChange, onReveal }: Props) {
  const change = (i: number, patch: Partial<MemberDraft>, field: string) =>
    onChange(
      members.map((m, j) => (j === i ? { ...m, ...patch } : patch.isHolder ? { ...m, isHolder: false } : m)),
      `members.${i}.${field}`,
    );
  const remove = (i: number) => {
    const rest = members.filter((_, j) => j !== i);
    if (members[i]?.isHolder && rest[0]) rest[0] = { ...rest[0], isHolder: true };
    onChange(rest, 'members');
  };

  return (
    <fieldset className="members-editor">
      <legend>
        Personer i hushållet
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      {errors['members'] ? (
        <div className="field-error" role="alert">
          {errors['members']}
        </div>
      ) : null}
      <table className="members-table">
        <thead>
          <tr>
            <th>{memberLabels.name}</th>
            <th>{memberLabels.identityNumber}</th>
            <th>{memberLabels.isHolder}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {members.map((m, i) => {
            const nameError = errors[`members.${i}.name`];
            const numberError = errors[`members.${i}.identityNumber`];
            return (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`Namn, person ${i + 1}`}
                    aria-invalid={nameError ? true : undefined}
                    value={m.name}
                    onChange={(e) => change(i, { name: e.target.value }, 'name')}
                  />
                  {nameError ? (
                    <div className="field-error" role="alert">
                      {nameError}
                    </div>
                  ) : null}
                </td>
                <td>
                  <input
                    aria-label={`Personnummer, person ${i + 1}`}
                    aria-invalid={numberError ? true : undefined}
                    placeholder="ÅÅÅÅMMDD-NNNN"
                    autoComplete="off"
                    value={m.identityNumber}
                    readOnly={isMaskedIdentity(m.identityNumber)}
                    title={
                      isMaskedIdentity(m.identityNumber)
                        ? 'Välj Visa personnummer för att se eller ändra numret'
                        : undefined
                    }
                    onChange={(e) => change(i, { identityNumber: e.target.value }, 'identityNumber')}
                  />
                  {numberError ? (
                    <div className="field-error" role="alert">
                      {numberError}
                    </div>
                  ) : null}
                </td>
                <td className="center">
                  <input
                    type="radio"
                    name="holder"
                    aria-label={`Kontraktsinnehavare, person ${i + 1}`}
                    checked={m.isHolder}
                    onChange={() => change(i, { isHolder: true }, 'isHolder')}
                  />
                </td>
                <td>
                  <button type="button" className="link" onClick={() => remove(i)} disabled={members.length === 1}>
                    Ta bort
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" onClick={() => onChange([...members, emptyMember(members.length === 0)], 'members')}>
          Lägg till person
        </button>
        {onReveal && members.some((m) => isMaskedIdentity(m.identityNumber)) ? (
          <button type="button" onClick={onReveal}>
            Visa personnummer
          </button>
        ) : null}
      </div>
      {onReveal && members.some((m) => isMaskedIdentity(m.identityNumber)) ? (
        <p className="muted">Personnumren visas maskerade. Att visa dem loggas med ditt namn.</p>
      ) : null}
    </fieldset>
  );
}

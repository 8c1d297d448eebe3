/**
 * A household's own view: its people with their whole numbers (the only
 * place they are shown), its fields, its contracts and its history.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { formatDateTime } from '../../../shared/core/format';
import { formatIdentityNumber } from '../../../shared/households/personnummer';
import {
  householdInputSchema,
  householdLabels,
  targetGroupLabels,
  type Household,
} from '../../../shared/households/schema';
import { maySeeIdentityNumbers } from '../../../shared/users/roles';
import { errorMessage } from '../../api/client';
import { useProcedure } from '../../api/hooks';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { Option } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';
import { navigate } from '../../router';
import { ContractTable } from '../contracts/ContractTable';
import { HouseholdOnward } from '../moveOns/HouseholdOnward';
import { householdFormSpecs, newHouseholdDefaults } from './householdFormSpec';
import { householdsApi, useReferringDepartmentOptions } from './householdsApi';
import { emptyMember, MembersEditor, type MemberDraft } from './MembersEditor';

interface Props {
  household: Household | null;
  onSaved(household: Household): void;
  onClose(): void;
}

function draftsOf(household: Household | null): MemberDraft[] {
  if (!household) return [emptyMember(true)];
  return household.members.map((m) => ({
    id: m.id,
    name: m.name,
    identityNumber: formatIdentityNumber(m.identityNumber),
    isHolder: m.isHolder,
  }));
}

const { holderIdentityMasked: _masked, ...historyLabels } = householdLabels;

function historyFormatter(departments: Option[]) {
  return (field: string, value: unknown): string | null => {
    if (field === 'members' && Array.isArray(value)) {
      // The back end masks the numbers in the history.
      if (value.length === 0) return '—';
      return (value as { name: string; identityNumber: string; isHolder: boolean }[])
        .map((m) => `${m.name} (${m.identityNumber})${m.isHolder ? ', innehavare' : ''}`)
        .join('; ');
    }
    if (field === 'targetGroup') return targetGroupLabels[value as keyof typeof targetGroupLabels] ?? null;
    if (field === 'referringDepartmentId') return departments.find((d) => d.value === String(value))?.label ?? null;
    return null;
  };
}

export function HouseholdForm({ household, onSaved, onClose }: Props) {
  const departments = useReferringDepartmentOptions();
  const specs = useMemo(() => householdFormSpecs(departments), [departments]);
  const [members, setMembers] = useState<MemberDraft[]>(() => draftsOf(household));
  const membersRef = useRef(members);
  membersRef.current = members;

  // The form checks the people together with the fields, with the same schema the back end uses.
  const schema = useMemo(
    () =>
      z.preprocess(
        (input) => ({ ...(input as Record<string, unknown>), members: membersRef.current }),
        householdInputSchema,
      ),
    [],
  );
  const save = useCallback(
    (input: Record<string, unknown>, record: Household | null) =>
      householdsApi.save({ ...input, members: membersRef.current }, record),
    [],
  );
  const form = useRecordForm<Household>({
    draftKey: 'household',
    specs,
    schema,
    record: household,
    defaults: newHouseholdDefaults,
    save,
    fetchLatest: householdsApi.get,
    onSaved,
  });
  const current = form.record;

  // After a conflict reload the people shown are the stored ones.
  useEffect(() => {
    setMembers(draftsOf(current));
    setBaseline(draftsOf(current));
  }, [current]);

  // What the people were when loaded (or revealed): the editor is dirty when it differs.
  const [baseline, setBaseline] = useState<MemberDraft[]>(() => draftsOf(household));
  const membersDirty = JSON.stringify(members) !== JSON.stringify(baseline);
  const [actionError, setActionError] = useState<string | null>(null);
  const run = (action: Promise<Household>) =>
    void action.then(onSaved).catch((e: unknown) => setActionError(errorMessage(e)));
  const actions = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => run(householdsApi.restore(current))}>
        Återställ
      </button>
    ) : (
      <button
        type="button"
        className="danger"
        disabled={form.dirty || membersDirty}
        onClick={() => run(householdsApi.archive(current))}
      >
        Arkivera
      </button>
    )
  ) : null;

  const role = useProcedure('users.me', {}).data?.role ?? 'lasbehorig';
  // "Visa personnummer": the stored numbers, read with an audit row; edits made so far to names stay.
  const reveal = async (id: number) => {
    try {
      const revealed = await householdsApi.revealIdentity(id);
      const whole = new Map(revealed.members.map((m) => [m.id, formatIdentityNumber(m.identityNumber)]));
      const unmask = (drafts: MemberDraft[]) =>
        drafts.map((d) => (d.id !== undefined && whole.has(d.id) ? { ...d, identityNumber: whole.get(d.id)! } : d));
      setMembers(unmask);
      setBaseline(unmask);
    } catch (e) {
      setActionError(errorMessage(e));
    }
  };

  const formatValue = useMemo(() => historyFormatter(departments), [departments]);

  return (
    <>
      {actionError ? (
        <div className="banner error" role="alert">
          {actionError}
        </div>
      ) : null}
      {current?.archivedAt ? (
        <div className="banner info">Hushållet arkiverades {formatDateTime(current.archivedAt)}.</div>
      ) : null}
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={actions}>
        <MembersEditor
          members={members}
          errors={form.errors}
          {...(current && maySeeIdentityNumbers(role) ? { onReveal: () => void reveal(current.id) } : {})}
          onChange={(next, field) => {
            setMembers(next);
            form.setValue(field, '');
          }}
        />
      </RecordFormView>
      {current ? (
        <section className="form-section">
          <div className="section-head">
            <h3>Kommunala kontrakt</h3>
            {!current.archivedAt ? (
              <button type="button" onClick={() => navigate('kontrakt', 'ny', 'hushall', current.id)}>
                Nytt kommunalt kontrakt
              </button>
            ) : null}
          </div>
          <ContractTable householdId={current.id} />
        </section>
      ) : null}
      {current ? (
        <HouseholdOnward key={current.version} householdId={current.id} archived={current.archivedAt !== null} />
      ) : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory
            key={current.version}
            entity="household"
            id={current.id}
            labels={historyLabels}
            formatValue={formatValue}
          />
        </section>
      ) : null}
    </>
  );
}

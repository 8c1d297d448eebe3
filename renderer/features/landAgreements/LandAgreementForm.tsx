/**
 * One land agreement: what it owes (worked out as it is typed), its fields,
 * its deliveries and its history. Registering a delivery replaces the
 * agreement's fields in the panel for the moment; the agreement's unsaved
 * values stay in the form's state meanwhile.
 */
import { useMemo, useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import type { LandDeliveryRow } from '../../../shared/landAgreements/deliveries';
import {
  landAgreementDerivedLabels,
  landAgreementInputSchema,
  landAgreementLabels,
  type LandAgreementRow,
} from '../../../shared/landAgreements/schema';
import { errorMessage } from '../../api/client';
import { RecordHistory } from '../../components/RecordHistory';
import { RecordFormView } from '../../components/form/RecordFormView';
import { useRecordForm } from '../../components/form/useRecordForm';
import { CommitmentPanel } from './CommitmentPanel';
import { DeliveriesSection } from './DeliveriesSection';
import { DeliveryEditor } from './DeliveryEditor';
import { landAgreementFormSpecs, newLandAgreementDefaults } from './landAgreementFormSpec';
import { landAgreementsApi, useDeveloperOptions } from './landAgreementsApi';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';

const historyLabels = {
  ...landAgreementLabels,
  owedComputed: landAgreementDerivedLabels.owedComputed,
  owedDwellings: landAgreementDerivedLabels.owedDwellings,
};

interface Props {
  /** The latest stored agreement (reloaded after deliveries change); null for a new one. */
  agreement: LandAgreementRow | null;
  onSaved(agreement: LandAgreementRow): void;
  /** Deliveries changed: the agreement's counts and status are to be read again. */
  onDeliveriesChanged(): void;
  onClose(): void;
}

export function LandAgreementForm({ agreement, onSaved, onDeliveriesChanged, onClose }: Props) {
  const developers = useDeveloperOptions();
  const specs = useMemo(() => landAgreementFormSpecs(developers), [developers]);
  const form = useRecordForm<LandAgreementRow>({
    draftKey: 'landAgreement',
    specs,
    schema: landAgreementInputSchema,
    record: agreement,
    defaults: newLandAgreementDefaults,
    save: landAgreementsApi.save,
    fetchLatest: landAgreementsApi.get,
    onSaved,
  });
  const [editing, setEditing] = useState<{ delivery: LandDeliveryRow | null } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const current = agreement ?? form.record;

  if (current && editing) {
    return (
      <DeliveryEditor
        agreement={current}
        delivery={editing.delivery}
        onCancel={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onDeliveriesChanged();
        }}
      />
    );
  }

  const run = (action: Promise<LandAgreementRow>) => {
    setActionError(null);
    action.then(onSaved).catch((e: unknown) => setActionError(errorMessage(e)));
  };
  const archiveOrRestore = current ? (
    current.archivedAt ? (
      <button type="button" onClick={() => run(landAgreementsApi.restore(current))}>
        Återställ
      </button>
    ) : (
      <button
        type="button"
        className="danger"
        onClick={() => run(landAgreementsApi.archive(current))}
        disabled={form.dirty}
      >
        Arkivera
      </button>
    )
  ) : null;

  return (
    <>
      {current?.archivedAt ? (
        <div className="banner info">Markanvisningen arkiverades {formatDateTime(current.archivedAt)}.</div>
      ) : null}
      {actionError ? (
        <div className="banner error" role="alert">
          {actionError}
        </div>
      ) : null}
      <CommitmentPanel values={form.values} agreement={current} />
      <RecordFormView form={form} specs={specs} onCancel={onClose} actions={archiveOrRestore} />
      {current ? (
        <DeliveriesSection
          agreement={current}
          onNew={() => setEditing({ delivery: null })}
          onEdit={(delivery) => setEditing({ delivery })}
          onChanged={onDeliveriesChanged}
        />
      ) : (
        <p className="muted">Spara avtalet för att registrera leveranser.</p>
      )}
      {current ? <AttachmentsPanel owner="landAgreement" ownerId={current.id} /> : null}
      {current ? (
        <section className="form-section">
          <h3>Historik</h3>
          <RecordHistory key={current.version} entity="landAgreement" id={current.id} labels={historyLabels} />
        </section>
      ) : null}
    </>
  );
}

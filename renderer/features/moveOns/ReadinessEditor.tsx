/**
 * FF's flag "redo för utslussning" and a note, for one household: a small
 * versioned record of its own, on the edit cycle of every form (ActionForm),
 * so a colleague's assessment saved in between is compared, not overwritten.
 */
import { useState } from 'react';
import { formatDateTime } from '../../../shared/core/format';
import { readinessLabels, setReadinessInputSchema, type Readiness } from '../../../shared/moveOns/schema';
import { ActionForm } from '../../components/form/ActionForm';
import type { FieldSpec } from '../../components/form/fieldSpec';
import { moveOnsApi } from './moveOnsApi';

const specs: FieldSpec[] = [
  { name: 'ready', label: readinessLabels.ready, kind: 'flag' },
  { name: 'note', label: readinessLabels.note, kind: 'textarea', wide: true },
];

/** The readiness as the form's record: it is the household's, so the household's id is its id. */
function asRecord(r: Readiness) {
  return { id: r.householdId, version: r.version, ready: r.ready, note: r.note };
}

export function ReadinessEditor({ readiness, onSaved }: { readiness: Readiness; onSaved(r: Readiness): void }) {
  const [saved, setSaved] = useState(false);
  return (
    <div className="form-section">
      <ActionForm
        id={`readiness-${readiness.householdId}`}
        title="Bedömning inför utslussning"
        specs={specs}
        defaults={{ ready: 'false', note: '' }}
        schema={setReadinessInputSchema}
        // Version 0: none was saved when the typing started.
        {...(readiness.version > 0 ? { record: asRecord(readiness) } : {})}
        editsRecord
        fetchLatest={async (householdId) => asRecord(await moveOnsApi.readiness(householdId))}
        extra={{ householdId: readiness.householdId, version: 0 }}
        submitLabel="Spara bedömningen"
        run={async (input) => {
          const stored = await moveOnsApi.setReadiness(input);
          setSaved(true);
          onSaved(stored);
        }}
      />
      {readiness.updatedAt ? (
        <p className="muted">
          Senast ändrad {formatDateTime(readiness.updatedAt)} av {readiness.updatedBy}
        </p>
      ) : null}
      {saved ? (
        <div className="banner info" role="status">
          Sparat.
        </div>
      ) : null}
    </div>
  );
}

/**
 * One settings group (organisation, contract texts, information material):
 * edited like any record through useRecordForm, so a colleague's newer save
 * is reported with who saved first, and Ladda om shows it with one's own
 * values kept to apply again.
 */
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { formatDateTime } from '../../../shared/core/format';
import { RecordFormView } from '../../components/form/RecordFormView';
import type { FieldSpec, FormValues } from '../../components/form/fieldSpec';
import { useRecordForm } from '../../components/form/useRecordForm';

export interface StoredGroup<V> {
  value: V;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

interface Props<S extends z.ZodType> {
  title: string;
  specs: FieldSpec[];
  schema: S;
  stored: StoredGroup<z.output<S>>;
  /** Sends the form's input (the schema has checked it). */
  save(value: z.input<S>, version: number): Promise<StoredGroup<z.output<S>>>;
  /** Reads the stored group again (after a conflict). */
  load(): Promise<StoredGroup<z.output<S>>>;
  onSaved(): void;
  /** Extra controls (logo upload, preview) that edit the same values. */
  extra?: (values: FormValues, setValue: (name: string, value: string) => void) => ReactNode;
}

/** A group is one row found by its name: as a record it has id 0 and the group's version. */
function asRecord<V>(group: StoredGroup<V>) {
  return { ...(group.value as Record<string, unknown>), id: 0, version: group.version };
}

export function SettingsGroupForm<S extends z.ZodType>(props: Props<S>) {
  const { title, specs, schema, stored, save, load, onSaved, extra } = props;
  const form = useRecordForm({
    // One group per title: its typing is kept like a record's.
    draftKey: `settings-${title}`,
    specs,
    schema,
    record: asRecord(stored),
    save: async (input, record) => asRecord(await save(input, record?.version ?? stored.version)),
    fetchLatest: async () => asRecord(await load()),
    onSaved,
  });

  return (
    <section className="card">
      <h2>{title}</h2>
      {stored.updatedAt ? (
        <p className="muted">
          Senast ändrad {formatDateTime(stored.updatedAt)} av {stored.updatedBy}
        </p>
      ) : null}
      <RecordFormView form={form} specs={specs} actions={extra?.(form.values, form.setValue)} />
    </section>
  );
}

/** Renders a record form: fields, messages, the conflict comparison, buttons. */
import { useEffect, type ReactNode } from 'react';
import { FormFields, FormMessages } from './FormParts';
import type { FieldSpec } from './fieldSpec';
import type { RecordForm, Versioned } from './useRecordForm';

interface Props<R extends Versioned> {
  form: RecordForm<R>;
  specs: FieldSpec[];
  /** Extra buttons (archive, restore) beside Spara. */
  actions?: ReactNode;
  /** Shown above the fields: parts that are not single fields, values computed as the user types. */
  children?: ReactNode;
  /** Without it there is nothing to close (a settings group on its screen). */
  onCancel?(): void;
  /** What the save button says, when more than Spara (Spara leverans). */
  submitLabel?: string;
}

/** The first field a user would type in: not read-only, not disabled. */
const FIRST_FIELD =
  '.form-grid input:not([readonly]):not([disabled]), .form-grid select:not([disabled]), .form-grid textarea:not([readonly])';

/** The focus is in a field outside this form: the user is typing there. */
function typingElsewhere(form: HTMLFormElement): boolean {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || form.contains(active)) return false;
  return active.matches('input, textarea, select, [contenteditable="true"]');
}

export function RecordFormView<R extends Versioned>({
  form,
  specs,
  actions,
  children,
  onCancel,
  submitLabel = 'Spara',
}: Props<R>) {
  const { formRef } = form;
  // A form opened in a panel is ready to type in, not with the focus on the
  // panel's ×. A form on a screen (a settings group) takes no focus: it
  // loads while the user may already be typing in another field there, and
  // the keys would land in it.
  useEffect(() => {
    const element = formRef.current;
    if (!element?.closest('[role="dialog"]') || typingElsewhere(element)) return;
    element.querySelector<HTMLElement>(FIRST_FIELD)?.focus({ preventScroll: true });
  }, [formRef]);

  return (
    <form
      ref={formRef}
      className="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <FormMessages form={form} />
      {children}
      <FormFields form={form} specs={specs} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving}>
          {form.saving ? 'Sparar…' : submitLabel}
        </button>
        {onCancel ? (
          <button
            type="button"
            onClick={() => {
              // Avbryt says what it does: the typing goes, without a question.
              form.discard();
              onCancel();
            }}
          >
            {form.dirty ? 'Avbryt' : 'Stäng'}
          </button>
        ) : null}
        <span className="spacer" />
        {actions}
      </div>
    </form>
  );
}

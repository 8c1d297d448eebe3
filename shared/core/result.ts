/**
 * The reply envelope of every procedure, over every transport: either a
 * value or an error with a code the screen can act on and a Swedish message
 * a person can read.
 */

export type ErrorCode =
  | 'VALIDATION' // bad input: `fields` names each field and its problem
  | 'NOT_FOUND' // no such record or procedure
  | 'CONFLICT' // stale edit: someone else saved first; `conflict` says who and when
  | 'BUSY' // the database is locked by another user's write for too long
  | 'FORBIDDEN' // the caller may not do this (wrong token, wrong sender)
  | 'INTERNAL'; // a bug or a broken database: logged, message kept general

export interface ConflictInfo {
  /** Display name of whoever saved the newer version. */
  changedBy: string;
  /** ISO timestamp of that save. */
  changedAt: string;
  /** The version now stored. */
  currentVersion: number;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Field name → Swedish message, for VALIDATION. */
  fields?: Record<string, string>;
  conflict?: ConflictInfo;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** An error a service throws on purpose; dispatch turns it into an envelope. */
export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly conflict?: ConflictInfo;

  constructor(
    code: ErrorCode,
    message: string,
    extra: { fields?: Record<string, string>; conflict?: ConflictInfo } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (extra.fields) this.fields = extra.fields;
    if (extra.conflict) this.conflict = extra.conflict;
  }

  toShape(): AppErrorShape {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.conflict ? { conflict: this.conflict } : {}),
    };
  }
}

/** A validation error on one field, in one line. */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { fields: { [field]: message } });
}

/** The summary line for several field errors. */
export function validationSummary(fields: Record<string, string>): string {
  const messages = Object.values(fields);
  if (messages.length === 1) return messages[0]!;
  return `${messages.length} fält behöver rättas: ${messages.join(' ')}`;
}

/** A validation problem as zod reports it: where, and what. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Issues → one message per field (the first problem of each), keyed by the
 * field's path. Used by dispatch and by the forms, so both show the same.
 * `namesItsField` tells messages that already name their field; others get
 * the field's key in front.
 */
export function fieldErrorsFromIssues(
  issues: readonly FieldIssue[],
  namesItsField: (message: string) => boolean,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_';
    if (fields[key]) continue;
    fields[key] = namesItsField(issue.message) || key === '_' ? issue.message : `${key}: ${issue.message}`;
  }
  return fields;
}

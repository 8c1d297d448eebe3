/** Turns whatever a call threw into the envelope's error shape. */
import type { ZodError } from 'zod';
import { namesItsField } from '../../shared/core/fields';
import { log, safeError } from './log';
import { AppError, fieldErrorsFromIssues, validationSummary, type AppErrorShape } from '../../shared/core/result';

export function validationError(error: ZodError): AppErrorShape {
  const fields = fieldErrorsFromIssues(error.issues, namesItsField);
  return { code: 'VALIDATION', message: validationSummary(fields), fields };
}

interface DriverError {
  code?: unknown;
}

export function toErrorShape(error: unknown): AppErrorShape {
  if (error instanceof AppError) return error.toShape();
  const code = (error as DriverError | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return {
      code: 'BUSY',
      message: 'Databasen används just nu av någon annan. Ingenting sparades; försök igen om en stund.',
    };
  }
  if (code === 'SQLITE_CONSTRAINT') {
    return { code: 'VALIDATION', message: 'Ändringen bryter mot en regel i databasen och sparades inte.' };
  }
  // Only the error's kind, code and message: never the object, whose other
  // properties (a driver's bindings, a row) may hold personal data.
  log().error({ err: safeError(error) }, 'unexpected error');
  return {
    code: 'INTERNAL',
    message: 'Ett oväntat fel inträffade. Ingenting sparades. Kontakta support om felet kvarstår.',
  };
}

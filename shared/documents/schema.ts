/**
 * Printed documents: A4, Swedish, produced as one HTML page with print CSS
 * by the back end, then previewed, printed or saved as PDF by the platform
 * (Electron's printToPDF, or Chromium behind the browser host).
 */
import { z } from 'zod';
import { command } from '../core/procedure';

export const documentRequestSchema = z.object({
  kind: z.string().max(40),
  /** The records to print (several give one document, a page each); none for general documents. */
  ids: z.array(z.number().int().positive()).max(500).default([]),
});
export type DocumentRequest = z.input<typeof documentRequestSchema>;

export const renderedDocumentSchema = z.object({
  title: z.string(),
  /** A suggested file name, without folder: `Kommunalt kontrakt KK-2026-0001.pdf`. */
  fileName: z.string(),
  html: z.string(),
});
export type RenderedDocument = z.infer<typeof renderedDocumentSchema>;

export const documentProcedures = {
  // A command, not a query: printing whole personnummer appends to the audit log.
  'documents.render': command(documentRequestSchema, renderedDocumentSchema, 'read'),
};

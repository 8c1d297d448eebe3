/** What every record a user edits carries: identity, version and who/when. */
import { z } from 'zod';

export const recordMetaSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  archivedAt: z.string().nullable(),
});

/** Input of archive/restore: the record and the version the user saw. */
export const recordRefSchema = z.object({
  id: z.number().int().positive(),
  version: z.number().int().positive(),
});
export type RecordRef = z.infer<typeof recordRefSchema>;

export const idSchema = z.object({ id: z.number().int().positive() });

/** Facts about the running back end the screens need. */
import { z } from 'zod';
import { query } from '../core/procedure';
import { actorSchema } from '../users/schema';

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  /** Today's date in Sweden, as the back end sees it (a test may fix it). */
  today: z.string(),
  databasePath: z.string(),
  databaseKind: z.enum(['sqlite', 'postgresql']),
  /** The file failed its start-up check: nothing can be saved until a backup is restored. */
  readOnly: z.boolean(),
  /** The file sits on a network share (settings for that: rollback journal, synchronous=FULL). */
  network: z.boolean(),
  actor: actorSchema,
});

export const systemProcedures = {
  'system.info': query(z.object({}), systemInfoSchema),
};

/**
 * Bevakning, the watch list: everything that needs action within a horizon
 * (notice deadlines, leases ending, permits ending, …), sorted by date.
 * Each feature contributes a source (electron/features/watch/sources.ts);
 * this screen and the start page's counts read them all.
 */
import { z } from 'zod';
import { integer } from '../core/fields';
import { query } from '../core/procedure';

export const DEFAULT_WATCH_HORIZON_DAYS = 120;

/** Rows the Bevakning screen lists; more are counted and named in a note, reached by a shorter horizon or one kind. */
export const WATCH_SCREEN_LIMIT = 500;

export const watchItemSchema = z.object({
  /** Stable key of the kind of item, `<feature>.<what>` (e.g. `unit.permitEnds`). */
  kind: z.string(),
  /** The date by which to act, or on which it happens. */
  date: z.string(),
  /** From today to `date`; negative when overdue. */
  daysLeft: z.number().int(),
  /** What the row is about: "MOD-0012, Vasatorpsvägen 12". */
  title: z.string(),
  /** What to do, in a sentence. */
  detail: z.string(),
  entity: z.string(),
  entityId: z.number().int(),
  /** The route that opens the record: `bostader/12`. */
  route: z.string(),
});
export type WatchItem = z.infer<typeof watchItemSchema>;

export const watchCountSchema = z.object({ kind: z.string(), total: z.number().int(), overdue: z.number().int() });
export type WatchCount = z.infer<typeof watchCountSchema>;

export const watchQuerySchema = z.object({
  horizonDays: integer('Horisont (dagar)', { min: 1, max: 3650 }).default(DEFAULT_WATCH_HORIZON_DAYS),
  /** Only these kinds; all when empty. */
  kinds: z.array(z.string().max(60)).max(50).default([]),
  /**
   * At most this many items, soonest first; the counts stay exact. The
   * screen shows the first WATCH_SCREEN_LIMIT; the start page asks for 0
   * (counts only).
   */
  limit: z.number().int().min(0).max(5000).default(WATCH_SCREEN_LIMIT),
});

export const watchProcedures = {
  'watch.list': query(
    watchQuerySchema,
    z.object({
      items: z.array(watchItemSchema),
      /** Per kind within the horizon, all kinds: exact. */
      counts: z.array(watchCountSchema),
      /** Items of the asked kinds within the horizon, listed or not. */
      total: z.number().int(),
    }),
  ),
};

/** Swedish names of the kinds, for the screen's filter and the start page. */
export const watchKindLabels: Record<string, string> = {
  'unit.permitEnds': 'Bygglov går ut',
  'landAgreement.due': 'Markanvisning förfaller',
  'landAgreement.late': 'Markanvisning försenad',
  'contract.ending': 'Kommunalt kontrakt upphör',
  'contract.waiverPending': 'Avstående väntar på hyresnämnden',
  'contract.landlordNotTold': 'Hyresvärden ej underrättad',
  'lease.noticeDeadline': 'Sista dag att säga upp',
  'lease.noticeMissed': 'Missad uppsägningstid',
  'lease.ends': 'Avtal upphör',
  'lease.extends': 'Avtal förlängs',
  'lease.subletNotice': 'Hyresvärden ej underrättad om andrahandsuthyrning',
  'guarantee.ends': 'Hyresgaranti upphör',
  'guarantee.grantDeadline': 'Bidrag för hyresgarantier att söka',
  'newcomer.establishmentEnds': 'Etableringstid slutar',
  'quota.exceeded': 'Kvot överskriden',
  'discharge.noHousing': 'Utskrivning utan ordnad bostad',
  'followup.reportDue': 'Uppföljning till styrgruppen',
};

/**
 * The watch list's sources: each feature adds one function that finds its
 * items due on or before `until` (overdue ones included). Sources query by
 * indexed dates so the list stays fast with 100 000 records.
 *
 * A source returns, per kind, the exact number of items and overdue ones
 * and at most `window.limit` rows, soonest first, to build items from
 * (kindQuery.ts: runWatchKind for a query, computedKinds for the few
 * items of an aggregate).
 */
import type { IsoDate } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { contractWatch } from '../contracts/watch';
import { dischargeWatch } from '../discharges/service';
import { followupReportDueWatch } from '../followup/watch';
import { grantDeadlineWatch, guaranteeEndingWatch } from '../guarantees/watch';
import { landAgreementWatch } from '../landAgreements/watch';
import { leaseWatch } from '../leases/watch';
import { establishmentEndingWatch } from '../newcomers/watch';
import { quotaExceededWatch } from '../quotas/watch';
import { unitPermitWatch } from '../units/watch';

export interface WatchWindow {
  today: IsoDate;
  until: IsoDate;
  /** Items wanted per kind, soonest first; 0 when only the counts are wanted (the start page). */
  limit: number;
}

/** A row due, before its item is built: enough to choose the soonest across kinds. */
export interface WatchCandidate {
  id: number;
  date: IsoDate;
}

/**
 * One kind's exact counts, its first `limit` rows by date, and how to build
 * the items of those the list keeps (the soonest across all kinds): rows
 * are joined and read only for the items shown.
 */
export interface WatchKindResult {
  kind: string;
  total: number;
  overdue: number;
  first: WatchCandidate[];
  build(chosen: WatchCandidate[]): Promise<WatchItem[]>;
}

export type WatchSource = (ctx: ServiceContext, window: WatchWindow) => Promise<WatchKindResult[]>;

export const watchSources: WatchSource[] = [
  unitPermitWatch,
  leaseWatch,
  landAgreementWatch,
  contractWatch,
  guaranteeEndingWatch,
  grantDeadlineWatch,
  establishmentEndingWatch,
  quotaExceededWatch,
  dischargeWatch,
  followupReportDueWatch,
];

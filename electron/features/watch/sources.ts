/**
 * The watch list's sources: each feature adds one function that finds its
 * items due on or before `until` (overdue ones included). Sources query by
 * indexed dates so the list stays fast with 100 000 records.
 */
import type { IsoDate } from '../../../shared/core/dates';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { contractEndingWatch, landlordNotToldWatch, waiverPendingWatch } from '../contracts/watch';
import { grantDeadlineWatch, guaranteeEndingWatch } from '../guarantees/watch';
import { landAgreementWatch } from '../landAgreements/watch';
import { leaseWatch } from '../leases/watch';
import { establishmentEndingWatch } from '../newcomers/watch';
import { quotaExceededWatch } from '../quotas/watch';
import { unitPermitWatch } from '../units/watch';

export interface WatchWindow {
  today: IsoDate;
  until: IsoDate;
}

export type WatchSource = (ctx: ServiceContext, window: WatchWindow) => Promise<WatchItem[]>;

export const watchSources: WatchSource[] = [
  unitPermitWatch,
  leaseWatch,
  landAgreementWatch,
  contractEndingWatch,
  waiverPendingWatch,
  landlordNotToldWatch,
  guaranteeEndingWatch,
  grantDeadlineWatch,
  establishmentEndingWatch,
  quotaExceededWatch,
];

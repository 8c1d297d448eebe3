import type { leaseProcedures } from '../../../shared/leases/schema';
import type { Handlers } from '../../core/handlerTypes';
import { kpiList, saveKpi } from './kpi';
import {
  archiveLease,
  createLease,
  getLease,
  leaseSummary,
  listLeases,
  restoreLease,
  terminateLease,
  updateLease,
} from './service';

export const leaseHandlers: Handlers<typeof leaseProcedures> = {
  'leases.list': (ctx, input) => listLeases(ctx, input),
  'leases.get': (ctx, { id }) => getLease(ctx, id),
  'leases.summary': (ctx) => leaseSummary(ctx),
  'leases.create': (ctx, input) => createLease(ctx, input),
  'leases.update': (ctx, input) => updateLease(ctx, input),
  'leases.terminate': (ctx, input) => terminateLease(ctx, input),
  'leases.archive': (ctx, ref) => archiveLease(ctx, ref),
  'leases.restore': (ctx, ref) => restoreLease(ctx, ref),
  'kpi.list': (ctx) => kpiList(ctx),
  'kpi.save': (ctx, input) => saveKpi(ctx, input),
};

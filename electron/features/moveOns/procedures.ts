import type { moveOnProcedures } from '../../../shared/moveOns/schema';
import type { Handlers } from '../../core/handlerTypes';
import { getReadiness, listCandidates, moveOnThroughput, setReadiness } from './candidates';
import { listMoveOns, moveOnsOfHousehold, registerMoveOn } from './service';

export const moveOnHandlers: Handlers<typeof moveOnProcedures> = {
  'moveOns.candidates': (ctx, input) => listCandidates(ctx, input),
  'moveOns.list': (ctx, input) => listMoveOns(ctx, input),
  'moveOns.forHousehold': (ctx, { householdId }) => moveOnsOfHousehold(ctx, householdId),
  'moveOns.throughput': (ctx) => moveOnThroughput(ctx),
  'moveOns.readiness': (ctx, { householdId }) => getReadiness(ctx, householdId),
  'moveOns.setReadiness': (ctx, input) => setReadiness(ctx, input),
  'moveOns.register': (ctx, input) => registerMoveOn(ctx, input),
};

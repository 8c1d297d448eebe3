import type { landDeliveryProcedures } from '../../../shared/landAgreements/deliveries';
import type { landAgreementProcedures } from '../../../shared/landAgreements/schema';
import type { Handlers } from '../../core/handlerTypes';
import { archiveDelivery, createDelivery, listDeliveries, restoreDelivery, updateDelivery } from './deliveries';
import {
  archiveLandAgreement,
  createLandAgreement,
  getLandAgreement,
  listLandAgreements,
  restoreLandAgreement,
  updateLandAgreement,
} from './service';
import { landAgreementSummary } from './summary';

export const landAgreementHandlers: Handlers<typeof landAgreementProcedures> = {
  'landAgreements.list': (ctx, input) => listLandAgreements(ctx, input),
  'landAgreements.get': (ctx, { id }) => getLandAgreement(ctx, id),
  'landAgreements.create': (ctx, input) => createLandAgreement(ctx, input),
  'landAgreements.update': (ctx, input) => updateLandAgreement(ctx, input),
  'landAgreements.archive': (ctx, ref) => archiveLandAgreement(ctx, ref),
  'landAgreements.restore': (ctx, ref) => restoreLandAgreement(ctx, ref),
  'landAgreements.summary': (ctx) => landAgreementSummary(ctx),
};

export const landDeliveryHandlers: Handlers<typeof landDeliveryProcedures> = {
  'landDeliveries.list': (ctx, { landAgreementId, includeArchived }) =>
    listDeliveries(ctx, landAgreementId, includeArchived),
  'landDeliveries.create': (ctx, input) => createDelivery(ctx, input),
  'landDeliveries.update': (ctx, input) => updateDelivery(ctx, input),
  'landDeliveries.archive': (ctx, ref) => archiveDelivery(ctx, ref),
  'landDeliveries.restore': (ctx, ref) => restoreDelivery(ctx, ref),
};

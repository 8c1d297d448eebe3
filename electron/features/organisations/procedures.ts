import type { organisationProcedures } from '../../../shared/organisations/schema';
import type { Handlers } from '../../core/handlerTypes';
import {
  archiveOrganisation,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  organisationOptions,
  restoreOrganisation,
  updateOrganisation,
} from './service';

export const organisationHandlers: Handlers<typeof organisationProcedures> = {
  'organisations.list': (ctx, input) => listOrganisations(ctx, input),
  'organisations.options': (ctx, { role }) => organisationOptions(ctx, role),
  'organisations.get': (ctx, { id }) => getOrganisation(ctx, id),
  'organisations.create': (ctx, input) => createOrganisation(ctx, input),
  'organisations.update': (ctx, input) => updateOrganisation(ctx, input),
  'organisations.archive': (ctx, ref) => archiveOrganisation(ctx, ref),
  'organisations.restore': (ctx, ref) => restoreOrganisation(ctx, ref),
};

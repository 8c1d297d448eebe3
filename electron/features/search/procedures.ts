import type { searchProcedures } from '../../../shared/search/schema';
import type { Handlers } from '../../core/handlerTypes';
import { globalSearch } from './service';

export const searchHandlers: Handlers<typeof searchProcedures> = {
  'search.global': (ctx, { text }) => globalSearch(ctx, text),
};

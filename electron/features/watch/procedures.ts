import type { watchProcedures } from '../../../shared/watch/schema';
import type { Handlers } from '../../core/handlerTypes';
import { watchList } from './service';

export const watchHandlers: Handlers<typeof watchProcedures> = {
  'watch.list': (ctx, input) => watchList(ctx, input),
};

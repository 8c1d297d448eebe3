import type { departmentProcedures } from '../../../shared/departments/schema';
import type { Handlers } from '../../core/handlerTypes';
import { archiveDepartment, createDepartment, listDepartments, restoreDepartment, updateDepartment } from './service';

export const departmentHandlers: Handlers<typeof departmentProcedures> = {
  'departments.list': (ctx, { includeArchived }) => listDepartments(ctx, includeArchived),
  'departments.create': (ctx, input) => createDepartment(ctx, input),
  'departments.update': (ctx, input) => updateDepartment(ctx, input),
  'departments.archive': (ctx, ref) => archiveDepartment(ctx, ref),
  'departments.restore': (ctx, ref) => restoreDepartment(ctx, ref),
};

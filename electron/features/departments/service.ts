/** Förvaltningar: a short list, edited rarely. */
import type { z } from 'zod';
import type { Department, departmentInputSchema } from '../../../shared/departments/schema';
import type { RecordRef } from '../../../shared/core/record';
import { fieldError } from '../../../shared/core/result';
import type { ServiceContext } from '../../core/context';
import {
  archiveRecord,
  createRecord,
  getRowOrThrow,
  restoreRecord,
  updateRecord,
  type EntityInfo,
} from '../../core/records';

export const DEPARTMENT: EntityInfo<'departments'> = {
  table: 'departments',
  entity: 'department',
  label: 'Förvaltningen',
};

type DepartmentValues = z.output<typeof departmentInputSchema>;

function toDepartment(row: Record<string, unknown>): Department {
  const { archivedBy: _a, ...rest } = row;
  return rest as Department;
}

export async function listDepartments(ctx: ServiceContext, includeArchived: boolean): Promise<Department[]> {
  const qb = ctx.db('departments').select('*').orderBy('code');
  if (!includeArchived) qb.whereNull('archivedAt');
  return (await qb).map(toDepartment);
}

async function checkCode(ctx: ServiceContext, code: string, id: number | null): Promise<void> {
  const taken = await ctx
    .db('departments')
    .where({ code })
    .whereNot('id', id ?? 0)
    .first('id');
  if (taken) throw fieldError('code', `Kod: ${code} används redan av en annan förvaltning.`);
}

export async function createDepartment(ctx: ServiceContext, values: DepartmentValues): Promise<Department> {
  await checkCode(ctx, values.code, null);
  return toDepartment(await createRecord(ctx, DEPARTMENT, values));
}

export async function updateDepartment(ctx: ServiceContext, input: DepartmentValues & RecordRef): Promise<Department> {
  const { id, version, ...values } = input;
  await checkCode(ctx, values.code, id);
  return toDepartment(await updateRecord(ctx, DEPARTMENT, { id, version }, values));
}

export async function archiveDepartment(ctx: ServiceContext, ref: RecordRef): Promise<Department> {
  const inUse = await ctx.db('units').where({ responsibleDepartmentId: ref.id }).whereNull('archivedAt').first('id');
  if (inUse) {
    await getRowOrThrow(ctx, DEPARTMENT, ref.id);
    throw fieldError('id', 'Förvaltningen är ansvarig för bostäder som inte är arkiverade och kan inte arkiveras.');
  }
  return toDepartment(await archiveRecord(ctx, DEPARTMENT, ref));
}

export async function restoreDepartment(ctx: ServiceContext, ref: RecordRef): Promise<Department> {
  return toDepartment(await restoreRecord(ctx, DEPARTMENT, ref));
}

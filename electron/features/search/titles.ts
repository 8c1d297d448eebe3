/**
 * What a search hit shows: a title and one line of detail per register,
 * read for the few ids the index returned, in the index's order. Households
 * show the masked number only, as every list does.
 */
import type { SearchHit, SearchRegister } from '../../../shared/search/schema';
import type { ServiceContext } from '../../core/context';

interface TitleRow {
  id: number;
  archivedAt: string | null;
  title: string | null;
  detail: string | null;
}

type TitleQuery = (ctx: ServiceContext, ids: number[]) => Promise<TitleRow[]>;

const titleQueries: Record<SearchRegister, TitleQuery> = {
  units: (ctx, ids) =>
    ctx
      .db('units')
      .whereIn('id', ids)
      .select('id', 'archivedAt', ctx.db.raw(`object_number || ' ' || address as title`), 'district as detail'),
  leases: (ctx, ids) =>
    ctx
      .db('leases')
      .join('organisations', 'organisations.id', 'leases.landlordId')
      .whereIn('leases.id', ids)
      .select(
        'leases.id',
        'leases.archivedAt',
        ctx.db.raw(`leases.lease_number || coalesce(' (' || leases.landlord_reference || ')', '') as title`),
        ctx.db.raw(`organisations.name || ' · ' || leases.unit_summary as detail`),
      ),
  contracts: (ctx, ids) =>
    ctx
      .db('municipalContracts')
      .join('units', 'units.id', 'municipalContracts.unitId')
      .whereIn('municipalContracts.id', ids)
      .select(
        'municipalContracts.id',
        'municipalContracts.archivedAt',
        'municipalContracts.contractNumber as title',
        ctx.db.raw(`units.address || ' (' || units.object_number || ')' as detail`),
      ),
  households: (ctx, ids) =>
    ctx
      .db('households')
      .whereIn('id', ids)
      .select(
        'id',
        'archivedAt',
        'holderName as title',
        ctx.db.raw(`holder_identity_masked || ', ' || household_size || ' pers.' as detail`),
      ),
  organisations: (ctx, ids) =>
    ctx.db('organisations').whereIn('id', ids).select('id', 'archivedAt', 'name as title', 'orgNumber as detail'),
  guarantees: (ctx, ids) =>
    ctx
      .db('rentGuarantees')
      .join('organisations', 'organisations.id', 'rentGuarantees.landlordId')
      .whereIn('rentGuarantees.id', ids)
      .select(
        'rentGuarantees.id',
        'rentGuarantees.archivedAt',
        'rentGuarantees.leaseAddress as title',
        'organisations.name as detail',
      ),
  landAgreements: (ctx, ids) =>
    ctx
      .db('landAgreements')
      .whereIn('id', ids)
      .select('id', 'archivedAt', 'projectName as title', 'propertyDesignation as detail'),
};

export async function searchTitles(ctx: ServiceContext, register: SearchRegister, ids: number[]): Promise<SearchHit[]> {
  const rows = await titleQueries[register](ctx, ids);
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ id, title: row.title ?? '', detail: row.detail ?? '', archived: row.archivedAt !== null }];
  });
}

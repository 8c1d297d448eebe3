/**
 * Bevakning for kommunala kontrakt: contracts ending, waivers without the
 * hyresnämnd's approval, and landlords not yet told of the sublet (12:39).
 * Personal numbers appear masked only.
 */
import type { Knex } from 'knex';
import { daysBetween } from '../../../shared/core/dates';
import {
  LIVE_STATUSES,
  waiverStatusLabels,
  type ContractStatus,
  type WaiverStatus,
} from '../../../shared/contracts/schema';
import type { WatchItem } from '../../../shared/watch/schema';
import type { ServiceContext } from '../../core/context';
import { runWatchKinds, type WatchKindQuery } from '../watch/kindQuery';
import type { WatchKindResult, WatchWindow } from '../watch/sources';
import { OPEN_STATUSES, whereLandlordNotTold } from './queries';

interface WatchRow {
  id: number;
  contractNumber: string;
  status: ContractStatus;
  startDate: string;
  endsOn: string;
  waiverStatus: WaiverStatus;
  waiverApplicationDate: string | null;
  unitObjectNumber: string;
  unitAddress: string;
  holderName: string;
  holderIdentityMasked: string;
}

function rows(ctx: ServiceContext) {
  return ctx.db('municipalContracts').whereNull('municipalContracts.archivedAt');
}

function columns(qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return qb
    .join('units', 'units.id', 'municipalContracts.unitId')
    .join('households', 'households.id', 'municipalContracts.householdId')
    .select(
      'municipalContracts.id',
      'municipalContracts.contractNumber',
      'municipalContracts.status',
      'municipalContracts.startDate',
      'municipalContracts.endsOn',
      'municipalContracts.waiverStatus',
      'municipalContracts.waiverApplicationDate',
      'units.objectNumber as unitObjectNumber',
      'units.address as unitAddress',
      'households.holderName',
      'households.holderIdentityMasked',
    );
}

function item(kind: string, c: WatchRow, date: string, today: string, detail: string): WatchItem {
  return {
    kind,
    date,
    daysLeft: daysBetween(today, date),
    title: `${c.contractNumber}, ${c.unitObjectNumber} ${c.unitAddress}`,
    detail: `${c.holderName} (${c.holderIdentityMasked}): ${detail}`,
    entity: 'contract',
    entityId: c.id,
    route: `kontrakt/${c.id}`,
  };
}

/** Contracts in force that end within the horizon: plan the next home, or end them. */
function ending(ctx: ServiceContext, { today, until }: WatchWindow): WatchKindQuery<WatchRow> {
  return {
    kind: 'contract.ending',
    rows: rows(ctx).whereIn('municipalContracts.status', LIVE_STATUSES).where('municipalContracts.endsOn', '<=', until),
    columns,
    dateColumn: 'municipalContracts.endsOn',
    idColumn: 'municipalContracts.id',
    toItem: (c) =>
      item(
        'contract.ending',
        c,
        c.endsOn,
        today,
        c.status === 'uppsagt'
          ? `uppsagt, upphör ${c.endsOn}: avsluta kontraktet när hushållet har flyttat.`
          : `löper ut ${c.endsOn}: planera ny bostad, sök förlängt avstående eller säg upp.`,
      ),
  };
}

/** A waiver the hyresnämnd has not approved: due by the day the tenancy starts. */
function waiverPending(ctx: ServiceContext, { today, until }: WatchWindow): WatchKindQuery<WatchRow> {
  return {
    kind: 'contract.waiverPending',
    rows: rows(ctx)
      .whereIn('municipalContracts.status', OPEN_STATUSES)
      .whereIn('municipalContracts.waiverStatus', ['ej_ansokt', 'ansokan_inskickad'])
      // A draft without an application is still being written; a contract in force without one is not.
      .where((w) => {
        w.whereNot('municipalContracts.status', 'utkast').orWhere(
          'municipalContracts.waiverStatus',
          'ansokan_inskickad',
        );
      })
      .where('municipalContracts.startDate', '<=', until),
    columns,
    dateColumn: 'municipalContracts.startDate',
    idColumn: 'municipalContracts.id',
    toItem: (c) =>
      item(
        'contract.waiverPending',
        c,
        c.startDate,
        today,
        c.waiverStatus === 'ansokan_inskickad'
          ? `${waiverStatusLabels.ansokan_inskickad.toLowerCase()} ${c.waiverApplicationDate ?? ''}, inget beslut från hyresnämnden ännu.`
          : 'ingen ansökan om avstående från besittningsskydd registrerad: skicka den till hyresnämnden.',
      ),
  };
}

/** 12:39: the landlord must be told of the sublet at once, i.e. by the start (on the contract, or for the whole lease). */
function landlordNotTold(ctx: ServiceContext, { today, until }: WatchWindow): WatchKindQuery<WatchRow> {
  const notTold = rows(ctx).where('municipalContracts.startDate', '<=', until);
  whereLandlordNotTold(notTold, ctx.db);
  return {
    kind: 'contract.landlordNotTold',
    rows: notTold,
    columns,
    dateColumn: 'municipalContracts.startDate',
    idColumn: 'municipalContracts.id',
    toItem: (c) =>
      item(
        'contract.landlordNotTold',
        c,
        c.startDate,
        today,
        'hyresvärden ska underrättas om andrahandsuthyrningen (12 kap. 39 § JB); ange datum på kontraktet, eller på hyresavtalet om hyresvärden är underrättad för hela avtalet.',
      ),
  };
}

export async function contractWatch(ctx: ServiceContext, window: WatchWindow): Promise<WatchKindResult[]> {
  return runWatchKinds(ctx, window, [ending(ctx, window), waiverPending(ctx, window), landlordNotTold(ctx, window)]);
}

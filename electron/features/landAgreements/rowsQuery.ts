/**
 * The one query behind every view of land agreements (grid, form, summary,
 * Bevakning): the stored facts, the developer's name, and what follows from
 * them today (remaining, progress, status). Status depends on today, so it
 * is computed in SQL, never stored: the grid sorts and filters on it and it
 * is never out of date, and no job has to move it on at midnight. This
 * CASE is the rule's only statement (tests/integration/landAgreements.test.ts
 * checks it the day before, on and after a due date):
 * - avskrivet: written off, whatever was delivered;
 * - uppfyllt: everything owed has been delivered (on time or late);
 * - försenat: the due date has passed and dwellings are still owed (on the
 *   due date itself the developer still has the day, so not yet late);
 * - pågående: otherwise.
 */
import type { Knex } from 'knex';
import type { IsoDate } from '../../../shared/core/dates';
import type { LandAgreementStatus } from '../../../shared/landAgreements/rules';
import { joinedRows, type TableRow } from '../../db/tableRow';

/** An agreement with its developer and what follows from them today (computed by the CASEs below). */
export type AgreementJoined = TableRow<'landAgreements'> & {
  developerName: string;
  developerNameSort: string | null;
  developerOrgNumber: string;
  remainingCount: number | string;
  progress: number | string;
  status: LandAgreementStatus;
  searchAll: string;
};

/**
 * Active deliveries of the agreement, kept by the delivery service (see
 * `recountDeliveries`). Raw SQL is written in snake_case.
 */
const DELIVERED = 'land_agreements.delivered_count';
const OWED = 'land_agreements.owed_dwellings';

const STATUS = `case
  when land_agreements.waived_date is not null then 'avskrivet'
  when ${DELIVERED} >= ${OWED} then 'uppfyllt'
  when land_agreements.due_date is not null and land_agreements.due_date < ? then 'forsenat'
  else 'pagaende' end`;

const REMAINING = `case when ${OWED} > ${DELIVERED} then ${OWED} - ${DELIVERED} else 0 end`;

const PROGRESS = `case when ${DELIVERED} >= ${OWED} then 1.0 else ${DELIVERED} * 1.0 / ${OWED} end`;

/** Agreements with their derived columns, archived ones included (callers filter). */
export function agreementRowsInner(db: Knex, today: IsoDate): Knex.QueryBuilder {
  // A left join to a unique key: SQLite leaves it out where no organisation
  // column is used (the list's count), and every agreement has a developer.
  return db('landAgreements')
    .leftJoin('organisations', 'organisations.id', 'landAgreements.developerOrganisationId')
    .select(
      'landAgreements.*',
      'organisations.name as developerName',
      'organisations.nameSort as developerNameSort',
      'organisations.orgNumber as developerOrgNumber',
      db.raw(`${REMAINING} as remaining_count`),
      db.raw(`${PROGRESS} as progress`),
      db.raw(`${STATUS} as status`, [today]),
      // Both texts are lower-cased already; the developer's name and number are searchable.
      db.raw(`land_agreements.search_text || ' ' || organisations.search_text as search_all`),
    );
}

/**
 * The same rows wrapped as a derived table `agreementRows`, so list
 * filters and sorts name derived columns (`agreementRows.status`) exactly
 * as stored ones. SQLite flattens the wrapper: sorts on stored columns
 * still walk their indexes.
 */
export function agreementRows(db: Knex, today: IsoDate): Knex.QueryBuilder<AgreementJoined, AgreementJoined[]> {
  return joinedRows(db.from(agreementRowsInner(db, today).as('agreementRows')).select('agreementRows.*'));
}

/**
 * What can be exported: each list, with the schema of its query, a way to
 * read a page of it, the columns of its sheet in the portfolio workbook and
 * which columns hold personal data. A feature adds its list here.
 */
import type { z } from 'zod';
import type { ListResult, ParsedListQuery } from '../../../shared/core/listQuery';
import type { ExportColumn } from '../../../shared/exports/schema';
import { organisationProcedures } from '../../../shared/organisations/schema';
import { unitPortfolioColumns } from '../../../shared/units/columns';
import { ownerTypeLabels, unitListQuerySchema, type OwnerType } from '../../../shared/units/schema';
import type { ServiceContext } from '../../core/context';
import { listOrganisations } from '../organisations/service';
import { listUnits, unitLeaseEndsOn, unitListView, unitSummary } from '../units/service';
import { CONTRACT_PERSONAL_COLUMNS, contractPortfolioColumns } from '../../../shared/contracts/columns';
import { contractListQuerySchema, type ContractPhase } from '../../../shared/contracts/schema';
import { formatIdentityNumber } from '../../../shared/households/personnummer';
import { leasePortfolioColumns } from '../../../shared/leases/columns';
import { leaseListQuerySchema, leaseStatusLabels, type LeaseStatus } from '../../../shared/leases/schema';
import { listQuerySchema } from '../../../shared/core/listQuery';
import { contractListView, contractSummary, listContracts } from '../contracts/queries';
import { responsibleDepartment } from '../../../shared/contracts/rules';
import { listHouseholds } from '../households/service';
import { leaseListView, leaseSummary, listLeases } from '../leases/service';
import { guaranteePortfolioColumns } from '../../../shared/guarantees/columns';
import { guaranteeListQuerySchema } from '../../../shared/guarantees/schema';
import { guaranteeSummary } from '../guarantees/grants';
import {
  GRANT_RULE_COLUMNS,
  guaranteeCoveredMonths,
  guaranteeDaysLeft,
  guaranteeGrant,
  guaranteeListView,
  listGuarantees,
} from '../guarantees/service';
import { candidateListQuerySchema } from '../../../shared/moveOns/schema';
import { newcomerListQuerySchema } from '../../../shared/newcomers/schema';
import { listCandidates } from '../moveOns/candidates';
import { listNewcomers } from '../newcomers/service';
import { landAgreementPortfolioColumns } from '../../../shared/landAgreements/columns';
import { landAgreementListQuerySchema } from '../../../shared/landAgreements/schema';
import { listLandAgreements } from '../landAgreements/service';
import { landAgreementSummary } from '../landAgreements/summary';
import { unitStatusLabels, type UnitStatus } from '../../../shared/units/schema';
import { daysBetween, type IsoDate } from '../../../shared/core/dates';
import { dischargeListQuerySchema } from '../../../shared/discharges/schema';
import { evictionRiskListQuerySchema } from '../../../shared/evictionRisks/schema';
import { dischargeListView, listDischarges } from '../discharges/service';
import { evictionRiskListView, listEvictionRisks } from '../evictionRisks/service';
import type { Computed, NarrowRead } from './narrowRead';

export interface ExportSource {
  /** Sheet name in the portfolio workbook. */
  title: string;
  /** Validates the list query the grid sent (its filters, sort, scope). */
  parse(query: unknown): ParsedListQuery;
  list(ctx: ServiceContext, query: ParsedListQuery): Promise<ListResult<Record<string, unknown>>>;
  /** The sheet's columns when exported in the portfolio workbook. */
  portfolioColumns: ExportColumn[];
  /** Columns with personnummer: left out unless the user asks. */
  personalColumns: string[];
  /** Lines for the portfolio's Sammanfattning sheet. */
  summarise?(ctx: ServiceContext): Promise<SummaryLine[]>;
  /** Adds the personal columns to a page of rows, when the user asked for them. */
  addPersonalData?(ctx: ServiceContext, rows: Record<string, unknown>[]): Promise<void>;
  /** Reads only the sheet's columns (narrowRead.ts); without it, the export pages through `list`. */
  narrow?: NarrowRead;
}

/** Days from today to the date in `column`, as the lists show them. */
const daysLeftTo = (column: string): Computed => ({
  from: [column],
  compute: (row, today: IsoDate) => (typeof row[column] === 'string' ? daysBetween(today, row[column]) : null),
});

export interface SummaryLine {
  label: string;
  count?: number;
  amountOre?: number;
}

/** A source over one of the app's list procedures; its list and narrow view take that list's parsed query. */
function listSource<S extends z.ZodType<ParsedListQuery>>(
  schema: S,
  list: (ctx: ServiceContext, query: z.output<S>) => Promise<ListResult<object>>,
  { narrow, ...rest }: Omit<ExportSource, 'parse' | 'list' | 'narrow'> & { narrow?: NarrowReadOf<z.output<S>> },
): ExportSource {
  // The query an export hands back is the one parse() gave it, so it has S's shape.
  const ofSchema = (query: ParsedListQuery) => query as z.output<S>;
  return {
    ...rest,
    parse: (query) => schema.parse(query),
    list: (ctx, query) => list(ctx, ofSchema(query)) as Promise<ListResult<Record<string, unknown>>>,
    ...(narrow ? { narrow: { ...narrow, view: (ctx, query) => narrow.view(ctx, ofSchema(query)) } } : {}),
  };
}

type NarrowReadOf<Q> = Omit<NarrowRead, 'view'> & {
  view(ctx: ServiceContext, query: Q): ReturnType<NarrowRead['view']>;
};

export const exportSources: Record<string, ExportSource> = {
  leases: listSource(leaseListQuerySchema, listLeases, {
    title: 'Hyresavtal',
    portfolioColumns: leasePortfolioColumns,
    personalColumns: [],
    narrow: {
      view: leaseListView,
      table: 'leases',
      joined: (db) => ({
        landlordName: 'organisations.name',
        departmentCode: 'departments.code',
        unitCount: db('leaseUnits').whereRaw('?? = ??', ['leaseUnits.leaseId', 'leases.id']).count('*'),
      }),
      computed: { daysLeft: daysLeftTo('nextNoticeDate') },
    },
    async summarise(ctx) {
      const s = await leaseSummary(ctx);
      return [
        { label: 'Hyresavtal', count: Object.values(s.byStatus).reduce((a, b) => a + b, 0) },
        ...Object.entries(s.byStatus).map(([status, count]) => ({
          label: `Hyresavtal: ${leaseStatusLabels[status as LeaseStatus] ?? status}`,
          count,
        })),
        { label: 'Årshyra i dag, aktiva och uppsagda avtal', amountOre: s.yearlyRentOre },
      ];
    },
  }),
  contracts: listSource(contractListQuerySchema, listContracts, {
    title: 'Kommunala kontrakt',
    portfolioColumns: contractPortfolioColumns,
    personalColumns: CONTRACT_PERSONAL_COLUMNS,
    narrow: {
      view: contractListView,
      table: 'municipalContracts',
      joined: () => ({
        unitObjectNumber: 'units.objectNumber',
        unitAddress: 'units.address',
        holderName: 'households.holderName',
        holderIdentityMasked: 'households.holderIdentityMasked',
        referringDepartmentCode: 'departments.code',
        leaseNumber: 'leases.leaseNumber',
        leaseLandlordName: 'leaseLandlords.name',
        leaseEndsOn: 'leases.endsOn',
      }),
      computed: {
        responsibleDepartment: {
          from: ['phase', 'referringDepartmentCode'],
          compute: (row) =>
            responsibleDepartment(row['phase'] as ContractPhase, row['referringDepartmentCode'] as string),
        },
        daysLeft: {
          from: ['status', 'endsOn'],
          compute: (row, today) => (row['status'] === 'avslutat' ? null : daysBetween(today, row['endsOn'] as string)),
        },
        // Filled in by addPersonalData from the household, when the user asked for it.
        holderIdentityNumber: { from: ['householdId'], compute: () => null },
      },
    },
    async summarise(ctx) {
      const s = await contractSummary(ctx);
      return [
        { label: 'Kommunala kontrakt: aktiva', count: s.active },
        { label: 'Kommunala kontrakt: uppsagda, ej avslutade', count: s.terminated },
        { label: 'Kommunala kontrakt: barnfamiljer', count: s.familiesWithChildren },
        { label: 'Kommunala kontrakt: avstående ej godkänt', count: s.waiverNotApproved },
      ];
    },
    async addPersonalData(ctx, rows) {
      const ids = [...new Set(rows.map((r) => r['householdId'] as number))];
      const holders = new Map<number, string>();
      for (let i = 0; i < ids.length; i += 500) {
        const found = await ctx
          .db('householdMembers')
          .whereIn('householdId', ids.slice(i, i + 500))
          .where('isHolder', true)
          .select('householdId', 'identityNumber');
        for (const h of found) holders.set(h.householdId, formatIdentityNumber(h.identityNumber));
      }
      for (const row of rows) row['holderIdentityNumber'] = holders.get(row['householdId'] as number) ?? null;
    },
  }),
  newcomers: listSource(newcomerListQuerySchema, listNewcomers, {
    title: 'Nyanlända',
    portfolioColumns: [],
    personalColumns: [],
  }),
  moveOnCandidates: listSource(candidateListQuerySchema, listCandidates, {
    title: 'Kandidater för utslussning',
    portfolioColumns: [],
    personalColumns: [],
  }),
  households: listSource(listQuerySchema, listHouseholds, {
    title: 'Hushåll',
    portfolioColumns: [],
    personalColumns: [],
  }),
  units: listSource(unitListQuerySchema, listUnits, {
    title: 'Bostäder',
    portfolioColumns: unitPortfolioColumns,
    personalColumns: [],
    narrow: {
      view: unitListView,
      table: 'units',
      joined: (db) => ({
        responsibleDepartmentCode: 'departments.code',
        ownerOrganisationName: 'organisations.name',
        leaseEndsOn: unitLeaseEndsOn(db),
      }),
      computed: {
        permitDaysLeft: daysLeftTo('permitEndDate'),
        // As the grid shows it: a unit the city owns has "Staden" as its owner, not a blank.
        ownerName: {
          from: ['ownerOrganisationName', 'ownerType'],
          compute: (row) =>
            (row['ownerOrganisationName'] as string | null) ?? ownerTypeLabels[row['ownerType'] as OwnerType] ?? null,
        },
      },
    },
    async summarise(ctx) {
      const s = await unitSummary(ctx);
      return [
        { label: 'Bostäder', count: s.total },
        ...Object.entries(s.byStatus).map(([status, count]) => ({
          label: `Bostäder: ${unitStatusLabels[status as UnitStatus] ?? status}`,
          count,
        })),
        { label: 'Bygglov som går ut inom 12 månader', count: s.permitsEndingSoon },
        { label: 'Bygglov som har gått ut', count: s.permitsEnded },
      ];
    },
  }),
  landAgreements: listSource(landAgreementListQuerySchema, listLandAgreements, {
    title: 'Markanvisningar',
    portfolioColumns: landAgreementPortfolioColumns,
    personalColumns: [],
    async summarise(ctx) {
      const { total } = await landAgreementSummary(ctx);
      return [
        { label: 'Markanvisningar', count: total.agreements },
        { label: 'Markanvisningar: bostäder att lämna (10 %)', count: total.owedDwellings },
        { label: 'Markanvisningar: lämnade bostäder', count: total.deliveredDwellings },
        { label: 'Markanvisningar: kvar att lämna', count: total.remainingDwellings },
        { label: 'Markanvisningar: försenade', count: total.byStatus.forsenat },
      ];
    },
  }),
  guarantees: listSource(guaranteeListQuerySchema, listGuarantees, {
    title: 'Hyresgarantier',
    portfolioColumns: guaranteePortfolioColumns,
    // The grid may show the masked number; whole numbers are never in this list.
    personalColumns: [],
    narrow: {
      view: guaranteeListView,
      table: 'rentGuarantees',
      joined: () => ({
        holderName: 'households.holderName',
        holderIdentityMasked: 'households.holderIdentityMasked',
        landlordName: 'organisations.name',
      }),
      computed: {
        withinQuota: { from: ['placementId'], compute: (row) => row['placementId'] !== null },
        coveredMonths: { from: ['monthlyRent', 'guaranteedAmount'], compute: (row) => guaranteeCoveredMonths(row) },
        grantQualifies: {
          from: [...GRANT_RULE_COLUMNS],
          compute: (row) => guaranteeGrant(row).qualifies,
        },
        daysLeft: { from: ['status', 'endDate'], compute: (row, today) => guaranteeDaysLeft(row, today) },
      },
    },
    async summarise(ctx) {
      const s = await guaranteeSummary(ctx);
      return [
        { label: 'Hyresgarantier som gäller', count: s.open, amountOre: s.openAmount },
        { label: 'Hyresgarantier: utbetalt till hyresvärdar', count: s.claimed, amountOre: s.claimedTotal },
        { label: 'Hyresgarantier som upphör inom 90 dagar', count: s.endingWithin90Days },
        { label: `Hyresgarantier att söka bidrag för senast ${s.nextDeadline}`, count: s.qualifyingNotApplied },
      ];
    },
  }),
  discharges: listSource(dischargeListQuerySchema, listDischarges, {
    title: 'Utskrivningar',
    portfolioColumns: [],
    // The grid shows the masked number only.
    personalColumns: [],
    narrow: {
      view: dischargeListView,
      table: 'discharges',
      joined: () => ({ holderName: 'households.holderName', holderIdentityMasked: 'households.holderIdentityMasked' }),
    },
  }),
  evictionRisks: listSource(evictionRiskListQuerySchema, listEvictionRisks, {
    title: 'Vräkningsrisker',
    portfolioColumns: [],
    personalColumns: [],
    narrow: {
      view: evictionRiskListView,
      table: 'evictionRisks',
      joined: () => ({
        holderName: 'households.holderName',
        holderIdentityMasked: 'households.holderIdentityMasked',
        contractNumber: 'municipalContracts.contractNumber',
        landlordName: 'organisations.name',
      }),
    },
  }),
  organisations: listSource(organisationProcedures['organisations.list'].input, listOrganisations, {
    title: 'Hyresvärdar och byggaktörer',
    portfolioColumns: [],
    personalColumns: [],
  }),
};

/** The portfolio workbook's sheets, in order (sources present in this build). */
export const PORTFOLIO_SHEETS = ['leases', 'units', 'contracts', 'guarantees', 'landAgreements'];

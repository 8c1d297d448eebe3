// Generated from the migrated schema by tests/integration/migrations.test.ts
// (`npx vitest run -c tests/vitest.config.ts tests/integration/migrations.test.ts -u`); do not edit.
// Columns typed with a union of shared/ are listed in electron/db/domainColumns.ts.
import type { Knex } from 'knex';
import type { AttachmentKind, AttachmentMediaType, AttachmentOwner } from '../../shared/attachments/schema';
import type { LettingMethod, ManagingDepartment } from '../../shared/cityUnits/schema';
import type { ContractPhase, ContractStatus, EndReason, WaiverStatus } from '../../shared/contracts/schema';
import type { DischargeFrom, DischargeOutcome } from '../../shared/discharges/schema';
import type { EvictionCause, EvictionOutcome } from '../../shared/evictionRisks/schema';
import type { FollowupAction } from '../../shared/followup/schema';
import type { GuaranteeStatus } from '../../shared/guarantees/schema';
import type { IdentityNumberKind } from '../../shared/households/personnummer';
import type { TargetGroup } from '../../shared/households/schema';
import type { AgreementKind } from '../../shared/landAgreements/schema';
import type { Premises, TermType } from '../../shared/leases/deadlines';
import type { IndexationKind, LeaseStatus, NoticeParty } from '../../shared/leases/schema';
import type { LetterOwner, SendMethod } from '../../shared/letters/schema';
import type { LetterKind } from '../../shared/letters/templates';
import type { MoveOnStatus } from '../../shared/moveOns/schema';
import type { OwnerType, UnitKind, UnitStatus, UnitUse } from '../../shared/units/schema';
import type { Role } from '../../shared/users/roles';

/** SQLite hands booleans back as 0 and 1; PostgreSQL as true and false. */
export type SqlBoolean = boolean | 0 | 1;

type AttachmentContentsRow = {
  attachmentId: number;
  content: Buffer;
};

type AttachmentContentsInsert = {
  attachmentId?: number;
  content: Buffer;
};

type AttachmentsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  owner: AttachmentOwner;
  ownerId: number;
  kind: AttachmentKind;
  documentDate: string;
  fileName: string;
  note: string | null;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
  encrypted: SqlBoolean;
};

type AttachmentsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  owner: AttachmentOwner;
  ownerId: number;
  kind: AttachmentKind;
  documentDate: string;
  fileName: string;
  note?: string | null;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
  encrypted?: SqlBoolean;
};

type AuditLogRow = {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: string;
  before: string | null;
  after: string | null;
  importBatchId: number | null;
  actorName: string | null;
};

type AuditLogInsert = {
  id?: number;
  at: string;
  actor: string;
  entity: string;
  entityId?: number | null;
  action: string;
  before?: string | null;
  after?: string | null;
  importBatchId?: number | null;
  actorName?: string | null;
};

type ChangeCountersRow = {
  tableName: string;
  version: number;
};

type ChangeCountersInsert = {
  tableName?: string;
  version?: number;
};

type CityUnitManagementRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  unitId: number;
  managingDepartment: ManagingDepartment;
  lettingMethod: LettingMethod;
  supportBoendestod: SqlBoolean;
  supportHemtjanst: SqlBoolean;
  supportOther: string | null;
  notes: string | null;
};

type CityUnitManagementInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  unitId: number;
  managingDepartment: ManagingDepartment;
  lettingMethod: LettingMethod;
  supportBoendestod?: SqlBoolean;
  supportHemtjanst?: SqlBoolean;
  supportOther?: string | null;
  notes?: string | null;
};

type CityUnitManagementEventsRow = {
  id: number;
  unitId: number;
  effectiveDate: string;
  managingDepartment: ManagingDepartment;
  lettingMethod: LettingMethod;
  supportBoendestod: SqlBoolean;
  supportHemtjanst: SqlBoolean;
  supportOther: SqlBoolean;
  recordedAt: string;
  recordedBy: string;
};

type CityUnitManagementEventsInsert = {
  id?: number;
  unitId: number;
  effectiveDate: string;
  managingDepartment: ManagingDepartment;
  lettingMethod: LettingMethod;
  supportBoendestod: SqlBoolean;
  supportHemtjanst: SqlBoolean;
  supportOther: SqlBoolean;
  recordedAt: string;
  recordedBy: string;
};

type ContractNumberSeriesRow = {
  year: number;
  lastNumber: number;
};

type ContractNumberSeriesInsert = {
  year?: number;
  lastNumber: number;
};

type ContractPhaseMovesRow = {
  id: number;
  contractId: number;
  fromPhase: ContractPhase | null;
  toPhase: ContractPhase;
  responsibleDepartment: string;
  movedAt: string;
  movedBy: string;
  note: string | null;
  validUntil: string | null;
};

type ContractPhaseMovesInsert = {
  id?: number;
  contractId: number;
  fromPhase?: ContractPhase | null;
  toPhase: ContractPhase;
  responsibleDepartment: string;
  movedAt: string;
  movedBy: string;
  note?: string | null;
  validUntil?: string | null;
};

type DailyJobsRow = {
  day: string;
  claimedBy: string;
  claimedAt: string;
  finishedAt: string | null;
  summary: string | null;
};

type DailyJobsInsert = {
  day?: string;
  claimedBy: string;
  claimedAt: string;
  finishedAt?: string | null;
  summary?: string | null;
};

type DepartmentsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  code: string;
  name: string;
};

type DepartmentsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  code: string;
  name: string;
};

type DischargesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  plannedDate: string;
  fromKind: DischargeFrom;
  institution: string | null;
  outcome: DischargeOutcome | null;
  outcomeDate: string | null;
  notes: string | null;
};

type DischargesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  plannedDate: string;
  fromKind: DischargeFrom;
  institution?: string | null;
  outcome?: DischargeOutcome | null;
  outcomeDate?: string | null;
  notes?: string | null;
};

type EvictionRisksRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  contractId: number | null;
  landlordId: number | null;
  cause: EvictionCause;
  warningDate: string;
  socialNoticeDate: string | null;
  departments: string;
  actions: string | null;
  outcome: EvictionOutcome | null;
  outcomeDate: string | null;
  notes: string | null;
};

type EvictionRisksInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  contractId?: number | null;
  landlordId?: number | null;
  cause: EvictionCause;
  warningDate: string;
  socialNoticeDate?: string | null;
  departments?: string;
  actions?: string | null;
  outcome?: EvictionOutcome | null;
  outcomeDate?: string | null;
  notes?: string | null;
};

type FollowupCommentsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  year: number;
  action: FollowupAction;
  comment: string;
};

type FollowupCommentsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  year: number;
  action: FollowupAction;
  comment: string;
};

type FollowupReportsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  year: number;
  asOf: string;
  model: string;
  approvedAt: string;
  approvedBy: string;
};

type FollowupReportsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  year: number;
  asOf: string;
  model: string;
  approvedAt: string;
  approvedBy: string;
};

type GuaranteeClaimsRow = {
  id: number;
  guaranteeId: number;
  claimDate: string;
  amount: number;
  note: string | null;
  createdAt: string;
  createdBy: string;
};

type GuaranteeClaimsInsert = {
  id?: number;
  guaranteeId: number;
  claimDate: string;
  amount: number;
  note?: string | null;
  createdAt: string;
  createdBy: string;
};

type HouseholdMembersRow = {
  id: number;
  householdId: number;
  position: number;
  name: string;
  identityNumber: string;
  identityKind: IdentityNumberKind;
  isHolder: SqlBoolean;
};

type HouseholdMembersInsert = {
  id?: number;
  householdId: number;
  position: number;
  name: string;
  identityNumber: string;
  identityKind: IdentityNumberKind;
  isHolder?: SqlBoolean;
};

type HouseholdsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  holderName: string;
  holderIdentityMasked: string;
  householdSize: number;
  childrenCount: number;
  targetGroup: TargetGroup;
  referringDepartmentId: number;
  caseworkerName: string | null;
  caseworkerPhone: string | null;
  caseworkerEmail: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  notes: string | null;
  searchText: string;
  holderNameSort: string | null;
  caseworkerNameSort: string | null;
  gallradAt: string | null;
  gallradRule: string | null;
};

type HouseholdsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  holderName: string;
  holderIdentityMasked: string;
  householdSize: number;
  childrenCount: number;
  targetGroup: TargetGroup;
  referringDepartmentId: number;
  caseworkerName?: string | null;
  caseworkerPhone?: string | null;
  caseworkerEmail?: string | null;
  phone?: string | null;
  email?: string | null;
  postalAddress?: string | null;
  notes?: string | null;
  searchText?: string;
  holderNameSort?: string | null;
  caseworkerNameSort?: string | null;
  gallradAt?: string | null;
  gallradRule?: string | null;
};

type ImportBatchRecordsRow = {
  batchId: number;
  entity: string;
  entityId: number;
  action: string;
  versionAfter: number;
  before: string | null;
};

type ImportBatchRecordsInsert = {
  batchId?: number;
  entity: string;
  entityId?: number;
  action: string;
  versionAfter: number;
  before?: string | null;
};

type ImportBatchesRow = {
  id: number;
  register: string;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  sheet: string | null;
  createdAt: string;
  createdBy: string;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  refusedCount: number;
  revertedAt: string | null;
  revertedBy: string | null;
};

type ImportBatchesInsert = {
  id?: number;
  register: string;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  sheet?: string | null;
  createdAt: string;
  createdBy: string;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  refusedCount: number;
  revertedAt?: string | null;
  revertedBy?: string | null;
};

type ImportMappingsRow = {
  login: string;
  register: string;
  headingKey: string;
  mapping: string;
  updatedAt: string;
};

type ImportMappingsInsert = {
  login: string;
  register: string;
  headingKey: string;
  mapping: string;
  updatedAt: string;
};

type KnexMigrationsRow = {
  id: number;
  name: string | null;
  batch: number | null;
  migrationTime: string | null;
};

type KnexMigrationsInsert = {
  id?: number;
  name?: string | null;
  batch?: number | null;
  migrationTime?: string | null;
};

type KnexMigrationsLockRow = {
  index: number;
  isLocked: number | null;
};

type KnexMigrationsLockInsert = {
  index?: number;
  isLocked?: number | null;
};

type KpiValuesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  month: string;
  value: number;
};

type KpiValuesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  month: string;
  value: number;
};

type LandAgreementsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  developerOrganisationId: number;
  projectName: string;
  propertyDesignation: string;
  agreementKind: AgreementKind;
  signedDate: string;
  volumeDwellings: number;
  grossFloorAreaM2: number | null;
  commitmentPercent: number;
  owedComputed: number;
  owedOverride: number | null;
  owedOverrideReason: string | null;
  owedDwellings: number;
  deliveredCount: number;
  dueDate: string | null;
  waivedDate: string | null;
  waiverReason: string | null;
  waiverDecisionRef: string | null;
  notes: string | null;
  searchText: string;
  projectNameSort: string | null;
  propertyDesignationSort: string | null;
};

type LandAgreementsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  developerOrganisationId: number;
  projectName: string;
  propertyDesignation: string;
  agreementKind: AgreementKind;
  signedDate: string;
  volumeDwellings: number;
  grossFloorAreaM2?: number | null;
  commitmentPercent: number;
  owedComputed: number;
  owedOverride?: number | null;
  owedOverrideReason?: string | null;
  owedDwellings: number;
  deliveredCount?: number;
  dueDate?: string | null;
  waivedDate?: string | null;
  waiverReason?: string | null;
  waiverDecisionRef?: string | null;
  notes?: string | null;
  searchText?: string;
  projectNameSort?: string | null;
  propertyDesignationSort?: string | null;
};

type LandDeliveriesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  landAgreementId: number;
  unitId: number;
  leaseId: number | null;
  handedOverDate: string;
  notes: string | null;
};

type LandDeliveriesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  landAgreementId: number;
  unitId: number;
  leaseId?: number | null;
  handedOverDate: string;
  notes?: string | null;
};

type LeaseNumberCountersRow = {
  year: number;
  lastNumber: number;
};

type LeaseNumberCountersInsert = {
  year?: number;
  lastNumber: number;
};

type LeaseUnitsRow = {
  leaseId: number;
  unitId: number;
};

type LeaseUnitsInsert = {
  leaseId?: number;
  unitId?: number;
};

type LeasesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  leaseNumber: string;
  landlordReference: string | null;
  landlordId: number;
  departmentId: number;
  departmentContact: string | null;
  premises: Premises;
  signedDate: string | null;
  startDate: string;
  termType: TermType;
  endDate: string | null;
  noticeMonthsTenant: number | null;
  noticeMonthsLandlord: number | null;
  extensionMonths: number | null;
  rentPerYearOre: number;
  rentIncludesHeating: SqlBoolean;
  rentIncludesElectricity: SqlBoolean;
  rentIncludesWater: SqlBoolean;
  rentIncludesOther: string | null;
  indexationKind: IndexationKind;
  kpiBaseIndex: number | null;
  kpiBaseMonth: string | null;
  kpiIndexedPercent: number | null;
  fixedPercentPerYear: number | null;
  depositOre: number | null;
  subletNotified: SqlBoolean;
  subletNotifiedDate: string | null;
  isBlockLease: SqlBoolean;
  status: LeaseStatus;
  notes: string | null;
  noticeGivenBy: NoticeParty | null;
  noticeDate: string | null;
  noticeReason: string | null;
  noticeRule: string | null;
  noticeEndsOn: string | null;
  endsOn: string | null;
  nextNoticeDate: string | null;
  nextNoticeEndsOn: string | null;
  currentPeriodEnd: string | null;
  missedNoticeDate: string | null;
  currentRentOre: number | null;
  rentMissingIndexMonth: string | null;
  derivedOn: string;
  refreshDue: string | null;
  unitSummary: string;
  searchText: string;
  unitSummarySort: string | null;
  landlordReferenceSort: string | null;
  gallradAt: string | null;
  gallradRule: string | null;
};

type LeasesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  leaseNumber: string;
  landlordReference?: string | null;
  landlordId: number;
  departmentId: number;
  departmentContact?: string | null;
  premises: Premises;
  signedDate?: string | null;
  startDate: string;
  termType: TermType;
  endDate?: string | null;
  noticeMonthsTenant?: number | null;
  noticeMonthsLandlord?: number | null;
  extensionMonths?: number | null;
  rentPerYearOre: number;
  rentIncludesHeating?: SqlBoolean;
  rentIncludesElectricity?: SqlBoolean;
  rentIncludesWater?: SqlBoolean;
  rentIncludesOther?: string | null;
  indexationKind: IndexationKind;
  kpiBaseIndex?: number | null;
  kpiBaseMonth?: string | null;
  kpiIndexedPercent?: number | null;
  fixedPercentPerYear?: number | null;
  depositOre?: number | null;
  subletNotified?: SqlBoolean;
  subletNotifiedDate?: string | null;
  isBlockLease?: SqlBoolean;
  status: LeaseStatus;
  notes?: string | null;
  noticeGivenBy?: NoticeParty | null;
  noticeDate?: string | null;
  noticeReason?: string | null;
  noticeRule?: string | null;
  noticeEndsOn?: string | null;
  endsOn?: string | null;
  nextNoticeDate?: string | null;
  nextNoticeEndsOn?: string | null;
  currentPeriodEnd?: string | null;
  missedNoticeDate?: string | null;
  currentRentOre?: number | null;
  rentMissingIndexMonth?: string | null;
  derivedOn: string;
  refreshDue?: string | null;
  unitSummary?: string;
  searchText?: string;
  unitSummarySort?: string | null;
  landlordReferenceSort?: string | null;
  gallradAt?: string | null;
  gallradRule?: string | null;
};

type LetterRecordsRow = {
  letterId: number;
  owner: string;
  ownerId: number;
};

type LetterRecordsInsert = {
  letterId?: number;
  owner: string;
  ownerId?: number;
};

type LettersRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  kind: LetterKind;
  owner: LetterOwner;
  recipientOrganisationId: number | null;
  sentOn: string;
  method: SendMethod;
  sentByName: string;
  receivedOn: string | null;
};

type LettersInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  kind: LetterKind;
  owner: LetterOwner;
  recipientOrganisationId?: number | null;
  sentOn: string;
  method: SendMethod;
  sentByName: string;
  receivedOn?: string | null;
};

type MoveOnReadinessRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  ready: SqlBoolean;
  note: string | null;
};

type MoveOnReadinessInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  ready?: SqlBoolean;
  note?: string | null;
};

type MoveOnsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  contractId: number;
  landlordId: number;
  moveDate: string;
  newAddress: string;
  guaranteeId: number | null;
  placementId: number | null;
  status: MoveOnStatus;
  notes: string | null;
  newAddressSort: string | null;
};

type MoveOnsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  contractId: number;
  landlordId: number;
  moveDate: string;
  newAddress: string;
  guaranteeId?: number | null;
  placementId?: number | null;
  status: MoveOnStatus;
  notes?: string | null;
  newAddressSort?: string | null;
};

type MunicipalContractsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  contractNumber: string;
  unitId: number;
  leaseId: number | null;
  householdId: number;
  referringDepartmentId: number;
  startDate: string;
  endDate: string;
  monthlyRent: number;
  waiverGround: string | null;
  waiverStatus: WaiverStatus;
  waiverApplicationDate: string | null;
  waiverDecisionDate: string | null;
  waiverCaseNumber: string | null;
  landlordNotifiedDate: string | null;
  notes: string | null;
  status: ContractStatus;
  phase: ContractPhase;
  phaseChangedAt: string;
  noticeDate: string | null;
  terminationDate: string | null;
  endedOn: string | null;
  endReason: EndReason | null;
  endNote: string | null;
  endsOn: string;
  acknowledgedWarnings: string | null;
  searchText: string;
};

type MunicipalContractsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  contractNumber: string;
  unitId: number;
  leaseId?: number | null;
  householdId: number;
  referringDepartmentId: number;
  startDate: string;
  endDate: string;
  monthlyRent: number;
  waiverGround?: string | null;
  waiverStatus: WaiverStatus;
  waiverApplicationDate?: string | null;
  waiverDecisionDate?: string | null;
  waiverCaseNumber?: string | null;
  landlordNotifiedDate?: string | null;
  notes?: string | null;
  status: ContractStatus;
  phase: ContractPhase;
  phaseChangedAt: string;
  noticeDate?: string | null;
  terminationDate?: string | null;
  endedOn?: string | null;
  endReason?: EndReason | null;
  endNote?: string | null;
  endsOn: string;
  acknowledgedWarnings?: string | null;
  searchText?: string;
};

type NewcomerSettlementsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  assignmentDate: string;
  settlementDate: string;
  notes: string | null;
};

type NewcomerSettlementsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  assignmentDate: string;
  settlementDate: string;
  notes?: string | null;
};

type OrganisationsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  name: string;
  orgNumber: string;
  isLandlord: SqlBoolean;
  isDeveloper: SqlBoolean;
  contactPerson: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  postalCode: string | null;
  city: string | null;
  notes: string | null;
  searchText: string;
  nameSort: string | null;
  contactPersonSort: string | null;
  citySort: string | null;
};

type OrganisationsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  name: string;
  orgNumber: string;
  isLandlord?: SqlBoolean;
  isDeveloper?: SqlBoolean;
  contactPerson?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  postalCode?: string | null;
  city?: string | null;
  notes?: string | null;
  searchText?: string;
  nameSort?: string | null;
  contactPersonSort?: string | null;
  citySort?: string | null;
};

type QuotaPlacementsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  landlordId: number;
  placementDate: string;
  paidCurrentRent: SqlBoolean;
  noDisturbances: SqlBoolean;
  ffVouches: SqlBoolean;
  beyondQuota: SqlBoolean;
  beyondQuotaReason: string | null;
  notes: string | null;
};

type QuotaPlacementsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  landlordId: number;
  placementDate: string;
  paidCurrentRent: SqlBoolean;
  noDisturbances: SqlBoolean;
  ffVouches: SqlBoolean;
  beyondQuota?: SqlBoolean;
  beyondQuotaReason?: string | null;
  notes?: string | null;
};

type QuotasRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  landlordId: number;
  year: number;
  places: number;
  notes: string | null;
};

type QuotasInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  landlordId: number;
  year: number;
  places: number;
  notes?: string | null;
};

type RentGuaranteesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  householdId: number;
  landlordId: number;
  leaseAddress: string;
  leaseReference: string | null;
  monthlyRent: number;
  guaranteedAmount: number;
  startDate: string;
  endDate: string | null;
  firstHandLease: SqlBoolean;
  canPayWithoutForsorjningsstod: SqlBoolean | null;
  placementId: number | null;
  status: GuaranteeStatus;
  endedOn: string | null;
  claimedTotal: number;
  grantAppliedOn: string | null;
  notes: string | null;
  searchText: string;
  leaseAddressSort: string | null;
  leaseReferenceSort: string | null;
};

type RentGuaranteesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  householdId: number;
  landlordId: number;
  leaseAddress: string;
  leaseReference?: string | null;
  monthlyRent: number;
  guaranteedAmount: number;
  startDate: string;
  endDate?: string | null;
  firstHandLease?: SqlBoolean;
  canPayWithoutForsorjningsstod?: SqlBoolean | null;
  placementId?: number | null;
  status: GuaranteeStatus;
  endedOn?: string | null;
  claimedTotal?: number;
  grantAppliedOn?: string | null;
  notes?: string | null;
  searchText?: string;
  leaseAddressSort?: string | null;
  leaseReferenceSort?: string | null;
};

type SessionsRow = {
  id: string;
  login: string;
  displayName: string;
  machine: string;
  startedAt: string;
  heartbeatAt: string;
};

type SessionsInsert = {
  id?: string;
  login: string;
  displayName: string;
  machine: string;
  startedAt: string;
  heartbeatAt: string;
};

type SettingsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  key: string;
  value: string;
};

type SettingsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  key: string;
  value: string;
};

type UnitDisturbancesRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  unitId: number;
  reportedOn: string;
  description: string | null;
};

type UnitDisturbancesInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  unitId: number;
  reportedOn: string;
  description?: string | null;
};

type UnitStockEventsRow = {
  id: number;
  unitId: number;
  effectiveDate: string;
  kind: UnitKind;
  use: UnitUse;
  ownerType: OwnerType;
  inStock: SqlBoolean;
  recordedAt: string;
  validUntil: string | null;
};

type UnitStockEventsInsert = {
  id?: number;
  unitId: number;
  effectiveDate: string;
  kind: UnitKind;
  use: UnitUse;
  ownerType: OwnerType;
  inStock: SqlBoolean;
  recordedAt: string;
  validUntil?: string | null;
};

type UnitsRow = {
  id: number;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt: string | null;
  archivedBy: string | null;
  objectNumber: string;
  kind: UnitKind;
  use: UnitUse;
  address: string;
  postalCode: string | null;
  district: string | null;
  rooms: number | null;
  areaM2: number | null;
  floor: number | null;
  responsibleDepartmentId: number;
  ownerType: OwnerType;
  ownerOrganisationId: number | null;
  site: string | null;
  permitEndDate: string | null;
  status: UnitStatus;
  notes: string | null;
  searchText: string;
  objectNumberSort: string | null;
  addressSort: string | null;
  districtSort: string | null;
  siteSort: string | null;
};

type UnitsInsert = {
  id?: number;
  version?: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  archivedAt?: string | null;
  archivedBy?: string | null;
  objectNumber: string;
  kind: UnitKind;
  use: UnitUse;
  address: string;
  postalCode?: string | null;
  district?: string | null;
  rooms?: number | null;
  areaM2?: number | null;
  floor?: number | null;
  responsibleDepartmentId: number;
  ownerType: OwnerType;
  ownerOrganisationId?: number | null;
  site?: string | null;
  permitEndDate?: string | null;
  status: UnitStatus;
  notes?: string | null;
  searchText?: string;
  objectNumberSort?: string | null;
  addressSort?: string | null;
  districtSort?: string | null;
  siteSort?: string | null;
};

type UserPrefsRow = {
  login: string;
  key: string;
  value: string;
  updatedAt: string;
};

type UserPrefsInsert = {
  login: string;
  key: string;
  value: string;
  updatedAt: string;
};

type UsersRow = {
  login: string;
  displayName: string;
  createdAt: string;
  updatedAt: string;
  role: Role;
  version: number;
};

type UsersInsert = {
  login?: string;
  displayName: string;
  createdAt: string;
  updatedAt: string;
  role?: Role;
  version?: number;
};

declare module 'knex/types/tables' {
  interface Tables {
    attachmentContents: Knex.CompositeTableType<
      AttachmentContentsRow,
      AttachmentContentsInsert,
      Partial<AttachmentContentsInsert>
    >;
    attachments: Knex.CompositeTableType<AttachmentsRow, AttachmentsInsert, Partial<AttachmentsInsert>>;
    auditLog: Knex.CompositeTableType<AuditLogRow, AuditLogInsert, Partial<AuditLogInsert>>;
    changeCounters: Knex.CompositeTableType<ChangeCountersRow, ChangeCountersInsert, Partial<ChangeCountersInsert>>;
    cityUnitManagement: Knex.CompositeTableType<
      CityUnitManagementRow,
      CityUnitManagementInsert,
      Partial<CityUnitManagementInsert>
    >;
    cityUnitManagementEvents: Knex.CompositeTableType<
      CityUnitManagementEventsRow,
      CityUnitManagementEventsInsert,
      Partial<CityUnitManagementEventsInsert>
    >;
    contractNumberSeries: Knex.CompositeTableType<
      ContractNumberSeriesRow,
      ContractNumberSeriesInsert,
      Partial<ContractNumberSeriesInsert>
    >;
    contractPhaseMoves: Knex.CompositeTableType<
      ContractPhaseMovesRow,
      ContractPhaseMovesInsert,
      Partial<ContractPhaseMovesInsert>
    >;
    dailyJobs: Knex.CompositeTableType<DailyJobsRow, DailyJobsInsert, Partial<DailyJobsInsert>>;
    departments: Knex.CompositeTableType<DepartmentsRow, DepartmentsInsert, Partial<DepartmentsInsert>>;
    discharges: Knex.CompositeTableType<DischargesRow, DischargesInsert, Partial<DischargesInsert>>;
    evictionRisks: Knex.CompositeTableType<EvictionRisksRow, EvictionRisksInsert, Partial<EvictionRisksInsert>>;
    followupComments: Knex.CompositeTableType<
      FollowupCommentsRow,
      FollowupCommentsInsert,
      Partial<FollowupCommentsInsert>
    >;
    followupReports: Knex.CompositeTableType<FollowupReportsRow, FollowupReportsInsert, Partial<FollowupReportsInsert>>;
    guaranteeClaims: Knex.CompositeTableType<GuaranteeClaimsRow, GuaranteeClaimsInsert, Partial<GuaranteeClaimsInsert>>;
    householdMembers: Knex.CompositeTableType<
      HouseholdMembersRow,
      HouseholdMembersInsert,
      Partial<HouseholdMembersInsert>
    >;
    households: Knex.CompositeTableType<HouseholdsRow, HouseholdsInsert, Partial<HouseholdsInsert>>;
    importBatchRecords: Knex.CompositeTableType<
      ImportBatchRecordsRow,
      ImportBatchRecordsInsert,
      Partial<ImportBatchRecordsInsert>
    >;
    importBatches: Knex.CompositeTableType<ImportBatchesRow, ImportBatchesInsert, Partial<ImportBatchesInsert>>;
    importMappings: Knex.CompositeTableType<ImportMappingsRow, ImportMappingsInsert, Partial<ImportMappingsInsert>>;
    knexMigrations: Knex.CompositeTableType<KnexMigrationsRow, KnexMigrationsInsert, Partial<KnexMigrationsInsert>>;
    knexMigrationsLock: Knex.CompositeTableType<
      KnexMigrationsLockRow,
      KnexMigrationsLockInsert,
      Partial<KnexMigrationsLockInsert>
    >;
    kpiValues: Knex.CompositeTableType<KpiValuesRow, KpiValuesInsert, Partial<KpiValuesInsert>>;
    landAgreements: Knex.CompositeTableType<LandAgreementsRow, LandAgreementsInsert, Partial<LandAgreementsInsert>>;
    landDeliveries: Knex.CompositeTableType<LandDeliveriesRow, LandDeliveriesInsert, Partial<LandDeliveriesInsert>>;
    leaseNumberCounters: Knex.CompositeTableType<
      LeaseNumberCountersRow,
      LeaseNumberCountersInsert,
      Partial<LeaseNumberCountersInsert>
    >;
    leaseUnits: Knex.CompositeTableType<LeaseUnitsRow, LeaseUnitsInsert, Partial<LeaseUnitsInsert>>;
    leases: Knex.CompositeTableType<LeasesRow, LeasesInsert, Partial<LeasesInsert>>;
    letterRecords: Knex.CompositeTableType<LetterRecordsRow, LetterRecordsInsert, Partial<LetterRecordsInsert>>;
    letters: Knex.CompositeTableType<LettersRow, LettersInsert, Partial<LettersInsert>>;
    moveOnReadiness: Knex.CompositeTableType<MoveOnReadinessRow, MoveOnReadinessInsert, Partial<MoveOnReadinessInsert>>;
    moveOns: Knex.CompositeTableType<MoveOnsRow, MoveOnsInsert, Partial<MoveOnsInsert>>;
    municipalContracts: Knex.CompositeTableType<
      MunicipalContractsRow,
      MunicipalContractsInsert,
      Partial<MunicipalContractsInsert>
    >;
    newcomerSettlements: Knex.CompositeTableType<
      NewcomerSettlementsRow,
      NewcomerSettlementsInsert,
      Partial<NewcomerSettlementsInsert>
    >;
    organisations: Knex.CompositeTableType<OrganisationsRow, OrganisationsInsert, Partial<OrganisationsInsert>>;
    quotaPlacements: Knex.CompositeTableType<QuotaPlacementsRow, QuotaPlacementsInsert, Partial<QuotaPlacementsInsert>>;
    quotas: Knex.CompositeTableType<QuotasRow, QuotasInsert, Partial<QuotasInsert>>;
    rentGuarantees: Knex.CompositeTableType<RentGuaranteesRow, RentGuaranteesInsert, Partial<RentGuaranteesInsert>>;
    sessions: Knex.CompositeTableType<SessionsRow, SessionsInsert, Partial<SessionsInsert>>;
    settings: Knex.CompositeTableType<SettingsRow, SettingsInsert, Partial<SettingsInsert>>;
    unitDisturbances: Knex.CompositeTableType<
      UnitDisturbancesRow,
      UnitDisturbancesInsert,
      Partial<UnitDisturbancesInsert>
    >;
    unitStockEvents: Knex.CompositeTableType<UnitStockEventsRow, UnitStockEventsInsert, Partial<UnitStockEventsInsert>>;
    units: Knex.CompositeTableType<UnitsRow, UnitsInsert, Partial<UnitsInsert>>;
    userPrefs: Knex.CompositeTableType<UserPrefsRow, UserPrefsInsert, Partial<UserPrefsInsert>>;
    users: Knex.CompositeTableType<UsersRow, UsersInsert, Partial<UsersInsert>>;
  }
}

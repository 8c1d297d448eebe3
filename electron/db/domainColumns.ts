/**
 * The columns whose values the domain narrows to a union that shared/
 * already declares. SQLite and PostgreSQL hold them as plain text (the
 * schema has no CHECK constraints to read a union from), so the generator
 * of tables.ts beside it (tests/integration/tablesSource.ts) takes the type
 * from here: a row read from `leases` then carries `LeaseStatus`, not
 * `string`, and needs no cast.
 *
 * Kept by hand: add a column when shared/ gets a union for it. The snapshot
 * test in migrations.test.ts fails when an entry names a table or column
 * the migrated schema lacks.
 */

/** A type exported by a module under shared/ (path from the repository root, without extension). */
interface DomainType {
  from: string;
  type: string;
}

const attachments = 'shared/attachments/schema';
const cityUnits = 'shared/cityUnits/schema';
const contracts = 'shared/contracts/schema';
const discharges = 'shared/discharges/schema';
const evictionRisks = 'shared/evictionRisks/schema';
const households = 'shared/households/schema';
const leases = 'shared/leases/schema';
const units = 'shared/units/schema';

/** Table and column names as the code spells them (camelCase). */
export const DOMAIN_COLUMNS: Readonly<Record<string, Readonly<Record<string, DomainType>>>> = {
  attachments: {
    owner: { from: attachments, type: 'AttachmentOwner' },
    kind: { from: attachments, type: 'AttachmentKind' },
    mediaType: { from: attachments, type: 'AttachmentMediaType' },
  },
  cityUnitManagement: {
    managingDepartment: { from: cityUnits, type: 'ManagingDepartment' },
    lettingMethod: { from: cityUnits, type: 'LettingMethod' },
  },
  cityUnitManagementEvents: {
    managingDepartment: { from: cityUnits, type: 'ManagingDepartment' },
    lettingMethod: { from: cityUnits, type: 'LettingMethod' },
  },
  contractPhaseMoves: {
    fromPhase: { from: contracts, type: 'ContractPhase' },
    toPhase: { from: contracts, type: 'ContractPhase' },
  },
  discharges: {
    fromKind: { from: discharges, type: 'DischargeFrom' },
    outcome: { from: discharges, type: 'DischargeOutcome' },
  },
  evictionRisks: {
    cause: { from: evictionRisks, type: 'EvictionCause' },
    outcome: { from: evictionRisks, type: 'EvictionOutcome' },
  },
  followupComments: { action: { from: 'shared/followup/schema', type: 'FollowupAction' } },
  householdMembers: { identityKind: { from: 'shared/households/personnummer', type: 'IdentityNumberKind' } },
  households: { targetGroup: { from: households, type: 'TargetGroup' } },
  landAgreements: { agreementKind: { from: 'shared/landAgreements/schema', type: 'AgreementKind' } },
  leases: {
    premises: { from: 'shared/leases/deadlines', type: 'Premises' },
    termType: { from: 'shared/leases/deadlines', type: 'TermType' },
    indexationKind: { from: leases, type: 'IndexationKind' },
    status: { from: leases, type: 'LeaseStatus' },
    noticeGivenBy: { from: leases, type: 'NoticeParty' },
  },
  letters: {
    kind: { from: 'shared/letters/templates', type: 'LetterKind' },
    owner: { from: 'shared/letters/schema', type: 'LetterOwner' },
    method: { from: 'shared/letters/schema', type: 'SendMethod' },
  },
  moveOns: { status: { from: 'shared/moveOns/schema', type: 'MoveOnStatus' } },
  municipalContracts: {
    status: { from: contracts, type: 'ContractStatus' },
    phase: { from: contracts, type: 'ContractPhase' },
    waiverStatus: { from: contracts, type: 'WaiverStatus' },
    endReason: { from: contracts, type: 'EndReason' },
  },
  rentGuarantees: { status: { from: 'shared/guarantees/schema', type: 'GuaranteeStatus' } },
  units: {
    kind: { from: units, type: 'UnitKind' },
    use: { from: units, type: 'UnitUse' },
    ownerType: { from: units, type: 'OwnerType' },
    status: { from: units, type: 'UnitStatus' },
  },
  unitStockEvents: {
    kind: { from: units, type: 'UnitKind' },
    use: { from: units, type: 'UnitUse' },
    ownerType: { from: units, type: 'OwnerType' },
  },
  users: { role: { from: 'shared/users/roles', type: 'Role' } },
};

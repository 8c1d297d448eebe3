/**
 * Kommunala kontrakt: every second-hand contract the city lets to a
 * household (plan 3:3), with the waiver of security of tenure that
 * 12 kap. 45 § jordabalken requires (a stated ground and an end date, RH
 * 2022:33), the landlord's notice of the sublet (12:39), the status and the
 * phase of the plan's process 3:4. Contracts are public records: they end,
 * they are never deleted (only an unused draft can be archived).
 */
import { z } from 'zod';
import {
  choice,
  flag,
  money,
  optionalDate,
  optionalRecordId,
  optionalText,
  problem,
  recordId,
  requiredDate,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';

export const CONTRACT_STATUSES = ['utkast', 'aktivt', 'uppsagt', 'avslutat'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const contractStatusLabels: Record<ContractStatus, string> = {
  utkast: 'Utkast',
  aktivt: 'Aktivt',
  uppsagt: 'Uppsagt',
  avslutat: 'Avslutat',
};

/** Statuses in which the household lives in the unit under the contract. */
export const LIVE_STATUSES = ['aktivt', 'uppsagt'] as const satisfies readonly ContractStatus[];

/** The plan's process 3:4, in order. */
export const CONTRACT_PHASES = ['uthyrning', 'uppfoljning', 'bostadsforsorjning', 'avslut'] as const;
export type ContractPhase = (typeof CONTRACT_PHASES)[number];
export const contractPhaseLabels: Record<ContractPhase, string> = {
  uthyrning: 'Uthyrning/förvaltning',
  uppfoljning: 'Uppföljning i boendet',
  bostadsforsorjning: 'Bostadsförsörjning, ny bostad',
  avslut: 'Avslut',
};

export const END_REASONS = [
  'flytt_forstahandskontrakt',
  'egen_uppsagning',
  'uppsagning_staden',
  'avhysning',
  'dodsfall',
  'annat',
] as const;
export type EndReason = (typeof END_REASONS)[number];
export const endReasonLabels: Record<EndReason, string> = {
  flytt_forstahandskontrakt: 'Flytt till förstahandskontrakt',
  egen_uppsagning: 'Egen uppsägning',
  uppsagning_staden: 'Uppsägning från staden',
  avhysning: 'Avhysning',
  dodsfall: 'Dödsfall',
  annat: 'Annat',
};

/** Where the waiver of security of tenure stands with the hyresnämnd. */
export const WAIVER_STATUSES = ['ej_ansokt', 'ansokan_inskickad', 'godkand', 'avslagen'] as const;
export type WaiverStatus = (typeof WAIVER_STATUSES)[number];
export const waiverStatusLabels: Record<WaiverStatus, string> = {
  ej_ansokt: 'Ej ansökt',
  ansokan_inskickad: 'Ansökan inskickad',
  godkand: 'Godkänt av hyresnämnden',
  avslagen: 'Avslaget av hyresnämnden',
};

export const contractLabels = {
  contractNumber: 'Kontraktsnummer',
  unitId: 'Bostad',
  leaseId: 'Hyresavtal',
  householdId: 'Hushåll',
  referringDepartmentId: 'Remitterande förvaltning',
  startDate: 'Startdatum',
  endDate: 'Slutdatum',
  monthlyRent: 'Månadshyra',
  waiverGround: 'Skäl för avstående från besittningsskydd',
  waiverStatus: 'Avstående',
  waiverApplicationDate: 'Ansökan skickad till hyresnämnden',
  waiverDecisionDate: 'Hyresnämndens beslut',
  waiverCaseNumber: 'Hyresnämndens ärendenummer',
  landlordNotifiedDate: 'Hyresvärden underrättad',
  notes: 'Anteckningar',
  status: 'Status',
  phase: 'Fas',
  noticeDate: 'Uppsagt den',
  terminationDate: 'Kontraktet upphör',
  endedOn: 'Avslutat den',
  endReason: 'Anledning',
  endNote: 'Kommentar',
  endsOn: 'Upphör',
  acknowledgeWarnings: 'Bekräfta varning',
  acknowledgedWarnings: 'Bekräftade varningar',
} as const;
const L = contractLabels;

/**
 * Saving or activating despite a warning needs this flag: without it a
 * warning comes back as a VALIDATION error on this field, whose message
 * says what is wrong and that it can be confirmed.
 */
const acknowledgeWarnings = flag(L.acknowledgeWarnings).default(false);

const contractShape = {
  unitId: recordId(L.unitId),
  /**
   * The unit's lease the contract sits on. Empty: the one that covers the
   * contract's period, picked when it is saved (shared/contracts/leaseLink.ts).
   */
  leaseId: optionalRecordId(L.leaseId).default(null),
  householdId: recordId(L.householdId),
  referringDepartmentId: recordId(L.referringDepartmentId),
  startDate: requiredDate(L.startDate),
  endDate: requiredDate(L.endDate),
  monthlyRent: money(L.monthlyRent),
  waiverGround: optionalText(L.waiverGround, 2000),
  waiverStatus: choice(L.waiverStatus, WAIVER_STATUSES),
  waiverApplicationDate: optionalDate(L.waiverApplicationDate),
  waiverDecisionDate: optionalDate(L.waiverDecisionDate),
  waiverCaseNumber: optionalText(L.waiverCaseNumber, 40),
  landlordNotifiedDate: optionalDate(L.landlordNotifiedDate),
  notes: optionalText(L.notes),
  acknowledgeWarnings,
};

interface ContractRuleFields {
  startDate: string;
  endDate: string;
  waiverStatus: WaiverStatus;
  waiverApplicationDate: string | null;
  waiverDecisionDate: string | null;
  waiverCaseNumber: string | null;
}

/** Rules across fields, applied to both create and update. */
function withContractRules<T extends z.ZodType<ContractRuleFields>>(schema: T) {
  return schema.superRefine((c, ctx) => {
    const issue = (field: keyof ContractRuleFields, text: string) =>
      ctx.addIssue({ code: 'custom', path: [field], message: problem(L[field], text) });
    if (
      typeof c.startDate === 'string' &&
      typeof c.endDate === 'string' &&
      c.startDate !== '' &&
      c.endDate !== '' &&
      c.endDate <= c.startDate
    ) {
      issue('endDate', 'måste vara efter startdatum');
    }
    if (c.waiverStatus === 'ansokan_inskickad' && !c.waiverApplicationDate) {
      issue('waiverApplicationDate', 'ange när ansökan skickades');
    }
    if (c.waiverStatus === 'godkand' || c.waiverStatus === 'avslagen') {
      if (!c.waiverDecisionDate) issue('waiverDecisionDate', 'ange beslutsdatum');
      if (!c.waiverCaseNumber) issue('waiverCaseNumber', 'ange hyresnämndens ärendenummer');
    } else if (c.waiverDecisionDate || c.waiverCaseNumber) {
      issue('waiverStatus', 'välj Godkänt eller Avslaget när hyresnämnden har beslutat');
    }
    if (c.waiverApplicationDate && c.waiverDecisionDate && c.waiverDecisionDate < c.waiverApplicationDate) {
      issue('waiverDecisionDate', 'kan inte vara före ansökan');
    }
  });
}

export const contractInputSchema = withContractRules(z.object(contractShape));
export const contractUpdateSchema = withContractRules(z.object({ ...contractShape, ...recordRefSchema.shape }));
export type ContractInput = z.input<typeof contractInputSchema>;

export const activateInputSchema = recordRefSchema.extend({ acknowledgeWarnings });

export const movePhaseInputSchema = recordRefSchema.extend({
  toPhase: choice(L.phase, CONTRACT_PHASES),
  note: optionalText('Kommentar', 1000).default(null),
});

export const terminateLabels = {
  noticeDate: L.noticeDate,
  terminationDate: L.terminationDate,
  reason: L.endReason,
  note: L.endNote,
} as const;
export const terminateInputSchema = recordRefSchema
  .extend({
    noticeDate: requiredDate(terminateLabels.noticeDate),
    terminationDate: requiredDate(terminateLabels.terminationDate),
    reason: choice(terminateLabels.reason, END_REASONS),
    note: optionalText(terminateLabels.note, 1000).default(null),
  })
  .superRefine((t, ctx) => {
    if (
      typeof t.noticeDate === 'string' &&
      typeof t.terminationDate === 'string' &&
      t.noticeDate &&
      t.terminationDate &&
      t.terminationDate < t.noticeDate
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['terminationDate'],
        message: problem(L.terminationDate, 'kan inte vara före uppsägningen'),
      });
    }
  });

export const endLabels = { endDate: 'Avslutas den', reason: L.endReason, note: L.endNote } as const;
export const endInputSchema = recordRefSchema.extend({
  endDate: requiredDate(endLabels.endDate),
  reason: choice(endLabels.reason, END_REASONS),
  note: optionalText(endLabels.note, 1000).default(null),
});

export const contractSchema = recordMetaSchema.extend({
  contractNumber: z.string(),
  unitId: z.number().int(),
  leaseId: z.number().int().nullable(),
  householdId: z.number().int(),
  referringDepartmentId: z.number().int(),
  startDate: z.string(),
  endDate: z.string(),
  monthlyRent: z.number().int(),
  waiverGround: z.string().nullable(),
  waiverStatus: z.enum(WAIVER_STATUSES),
  waiverApplicationDate: z.string().nullable(),
  waiverDecisionDate: z.string().nullable(),
  waiverCaseNumber: z.string().nullable(),
  landlordNotifiedDate: z.string().nullable(),
  notes: z.string().nullable(),
  status: z.enum(CONTRACT_STATUSES),
  phase: z.enum(CONTRACT_PHASES),
  phaseChangedAt: z.string(),
  noticeDate: z.string().nullable(),
  terminationDate: z.string().nullable(),
  endedOn: z.string().nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  endNote: z.string().nullable(),
  /** When the household's right to live there ends: ended, notice, or the agreed end. */
  endsOn: z.string(),
  /** Warnings that were confirmed when the contract was saved or activated. */
  acknowledgedWarnings: z.array(z.string()),
});

/** A contract with what every screen shows beside it, personal numbers masked. */
export const contractRowSchema = contractSchema.extend({
  unitObjectNumber: z.string(),
  unitAddress: z.string(),
  /** The unit is rented from a landlord, who must be told of the sublet (12:39): it sits on a lease, or a landlord owns it. */
  unitIsRented: z.boolean(),
  /** The lease the contract sits on: number, landlord, start and end (null: it runs on). */
  leaseNumber: z.string().nullable(),
  leaseLandlordName: z.string().nullable(),
  leaseStartDate: z.string().nullable(),
  leaseEndsOn: z.string().nullable(),
  /** The landlord was told of subletting for the whole lease on this day; null if not (or no lease). */
  leaseSubletNotifiedDate: z.string().nullable(),
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  referringDepartmentCode: z.string(),
  /** Who is responsible in the current phase: FF, the referring department, or all. */
  responsibleDepartment: z.string(),
  /** Days from today to `endsOn`; null once ended. */
  daysLeft: z.number().int().nullable(),
});
export type ContractRow = z.infer<typeof contractRowSchema>;

export const contractListQuerySchema = listQuerySchema.extend({
  phase: z.enum(CONTRACT_PHASES).optional(),
  referringDepartmentId: z.number().int().positive().optional(),
  /** Live contracts whose end falls within this many days (overdue included). */
  endingWithinDays: z.number().int().min(0).max(3650).optional(),
  waiverNotApproved: z.boolean().default(false),
  landlordNotTold: z.boolean().default(false),
  /** Live contracts of households with children (the start page's "Barnfamiljer"). */
  familiesWithChildren: z.boolean().default(false),
});
export type ContractListQuery = z.input<typeof contractListQuerySchema>;

export const phaseMoveSchema = z.object({
  id: z.number().int(),
  contractId: z.number().int(),
  fromPhase: z.enum(CONTRACT_PHASES).nullable(),
  toPhase: z.enum(CONTRACT_PHASES),
  responsibleDepartment: z.string(),
  movedAt: z.string(),
  movedBy: z.string(),
  movedByName: z.string(),
  note: z.string().nullable(),
});
export type PhaseMove = z.infer<typeof phaseMoveSchema>;

export const contractSummarySchema = z.object({
  drafts: z.number().int(),
  active: z.number().int(),
  terminated: z.number().int(),
  endingWithin90Days: z.number().int(),
  waiverNotApproved: z.number().int(),
  landlordNotTold: z.number().int(),
  /** Live contracts of households with children (the plan's goal 4). */
  familiesWithChildren: z.number().int(),
  byPhase: z.record(z.string(), z.number().int()),
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

export const contractProcedures = {
  'contracts.summary': query(z.object({}), contractSummarySchema),
  'contracts.list': query(contractListQuerySchema, listResultSchema(contractRowSchema)),
  'contracts.get': query(idSchema, contractRowSchema),
  'contracts.forUnit': query(z.object({ unitId: z.number().int().positive() }), z.array(contractRowSchema)),
  'contracts.forHousehold': query(z.object({ householdId: z.number().int().positive() }), z.array(contractRowSchema)),
  'contracts.phaseHistory': query(idSchema, z.array(phaseMoveSchema)),
  'contracts.create': mutation(contractInputSchema, contractRowSchema),
  'contracts.update': mutation(contractUpdateSchema, contractRowSchema),
  'contracts.activate': mutation(activateInputSchema, contractRowSchema),
  'contracts.movePhase': mutation(movePhaseInputSchema, contractRowSchema),
  'contracts.terminate': mutation(terminateInputSchema, contractRowSchema),
  'contracts.end': mutation(endInputSchema, contractRowSchema),
  /** Only a draft that never became a contract can be archived. */
  'contracts.archive': mutation(recordRefSchema, contractRowSchema),
  'contracts.restore': mutation(recordRefSchema, contractRowSchema),
};

/**
 * Hushåll: the household a kommunalt kontrakt is let to — its people (each
 * with a personnummer or samordningsnummer, stored as 12 digits), who holds
 * the contract, its size and children, target group, and the department and
 * caseworker that referred it. Personal data: lists get only the masked
 * number (`19850101-****`); the full number leaves the back end only in the
 * household's own view (`households.get`).
 */
import { z } from 'zod';
import {
  choice,
  flag,
  integer,
  optionalEmail,
  optionalPhone,
  optionalText,
  problem,
  recordId,
  requiredText,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';
import { parseIdentityNumber } from './personnummer';

export const TARGET_GROUPS = ['bostad_forst', 'valdsutsatta', 'nyanlanda', 'aldre', 'unga', 'ovrigt'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];
export const targetGroupLabels: Record<TargetGroup, string> = {
  bostad_forst: 'Bostad Först',
  valdsutsatta: 'Våldsutsatta',
  nyanlanda: 'Nyanlända',
  aldre: 'Äldre',
  unga: 'Unga',
  ovrigt: 'Övrigt',
};

/**
 * The departments that refer households and follow them up in their homes
 * (phase "uppföljning i boendet" of the plan's process 3:4).
 */
export const REFERRING_DEPARTMENT_CODES = ['SOF', 'VOF', 'AMF'] as const;

export const MAX_MEMBERS = 20;

export const householdLabels = {
  members: 'Personer i hushållet',
  holderName: 'Kontraktsinnehavare',
  holderIdentityMasked: 'Personnummer',
  householdSize: 'Antal personer',
  childrenCount: 'Antal barn',
  targetGroup: 'Målgrupp',
  referringDepartmentId: 'Remitterande förvaltning',
  caseworkerName: 'Handläggare',
  caseworkerPhone: 'Handläggarens telefon',
  caseworkerEmail: 'Handläggarens e-post',
  phone: 'Telefon',
  email: 'E-post',
  postalAddress: 'Postadress',
  notes: 'Anteckningar',
} as const;
const L = householdLabels;

export const memberLabels = {
  name: 'Namn',
  identityNumber: 'Personnummer eller samordningsnummer',
  isHolder: 'Kontraktsinnehavare',
} as const;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('sv-SE') + text.slice(1);

/**
 * The form shows a stored number masked (`19850101-****`) until the user
 * asks to see it (an audited read). Sent back masked, with the member's id,
 * it means "unchanged": the back end keeps the stored number.
 */
export const MASKED_IDENTITY = /^\d{8}-\*{4}$/;

export function isMaskedIdentity(value: string): boolean {
  return MASKED_IDENTITY.test(value);
}

/** A typed personnummer or samordningsnummer → its 12 digits, or a Swedish message (a masked one passes as it is). */
export const identityNumberField = z
  .string({ error: problem(memberLabels.identityNumber, 'ange ett nummer') })
  .transform((value, ctx) => {
    if (isMaskedIdentity(value.trim())) return value.trim();
    const parsed = parseIdentityNumber(value);
    if (!parsed.ok) {
      ctx.issues.push({
        code: 'custom',
        message: problem(memberLabels.identityNumber, lowerFirst(parsed.message)),
        input: value,
      });
      return z.NEVER;
    }
    return parsed.value;
  });

export const memberInputSchema = z.object({
  /** The stored member this row edits; needed when its number is sent masked. */
  id: z.number().int().positive().optional(),
  name: requiredText(memberLabels.name, 200),
  identityNumber: identityNumberField,
  isHolder: flag(memberLabels.isHolder),
});
export type MemberInput = z.input<typeof memberInputSchema>;

const householdShape = {
  members: z
    .array(memberInputSchema, { error: problem(L.members, 'ange personerna i hushållet') })
    .min(1, problem(L.members, 'lägg till minst en person'))
    .max(MAX_MEMBERS, problem(L.members, `högst ${MAX_MEMBERS} personer`)),
  householdSize: integer(L.householdSize, { min: 1, max: MAX_MEMBERS }),
  childrenCount: integer(L.childrenCount, { min: 0, max: MAX_MEMBERS - 1 }),
  targetGroup: choice(L.targetGroup, TARGET_GROUPS),
  referringDepartmentId: recordId(L.referringDepartmentId),
  caseworkerName: optionalText(L.caseworkerName, 200),
  caseworkerPhone: optionalPhone(L.caseworkerPhone),
  caseworkerEmail: optionalEmail(L.caseworkerEmail),
  phone: optionalPhone(L.phone),
  email: optionalEmail(L.email),
  postalAddress: optionalText(L.postalAddress, 300),
  notes: optionalText(L.notes),
};

interface HouseholdRuleFields {
  members: { identityNumber: string; isHolder: boolean; id?: number | undefined }[];
  householdSize: number;
  childrenCount: number;
}

/** Rules across fields, applied to both create and update. */
function withHouseholdRules<T extends z.ZodType<HouseholdRuleFields>>(schema: T) {
  return schema.superRefine((h, ctx) => {
    // Refinements run even when a member failed; look only at what parsed.
    const members = Array.isArray(h.members) ? h.members : [];
    if (members.length > 0 && members.filter((m) => m?.isHolder === true).length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['members'],
        message: problem(memberLabels.isHolder, 'markera en (och bara en) person som kontraktsinnehavare'),
      });
    }
    const seen = new Map<string, number>();
    members.forEach((m, i) => {
      if (typeof m?.identityNumber !== 'string' || isMaskedIdentity(m.identityNumber)) return;
      if (seen.has(m.identityNumber)) {
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'identityNumber'],
          message: problem(memberLabels.identityNumber, `samma nummer som person ${seen.get(m.identityNumber)! + 1}`),
        });
      } else seen.set(m.identityNumber, i);
    });
    if (Number.isInteger(h.householdSize) && h.householdSize < members.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['householdSize'],
        message: problem(L.householdSize, `minst ${members.length}, så många personer är registrerade`),
      });
    }
    if (
      Number.isInteger(h.householdSize) &&
      Number.isInteger(h.childrenCount) &&
      h.childrenCount > h.householdSize - 1
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['childrenCount'],
        message: problem(L.childrenCount, 'högst antal personer minus en vuxen'),
      });
    }
  });
}

export const householdInputSchema = withHouseholdRules(z.object(householdShape));
export const householdUpdateSchema = withHouseholdRules(z.object({ ...householdShape, ...recordRefSchema.shape }));
export type HouseholdInput = z.input<typeof householdInputSchema>;

export const memberSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Masked (`19850101-****`), or 12 digits after an audited `households.revealIdentity`. */
  identityNumber: z.string(),
  identityKind: z.enum(['personnummer', 'samordningsnummer']),
  isHolder: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;

const householdFields = {
  holderName: z.string(),
  holderIdentityMasked: z.string(),
  householdSize: z.number().int(),
  childrenCount: z.number().int(),
  targetGroup: z.enum(TARGET_GROUPS),
  referringDepartmentId: z.number().int(),
  referringDepartmentCode: z.string(),
  caseworkerName: z.string().nullable(),
  caseworkerPhone: z.string().nullable(),
  caseworkerEmail: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  postalAddress: z.string().nullable(),
  notes: z.string().nullable(),
};

/** The household's own view: everything, with the members' full numbers. */
export const householdSchema = recordMetaSchema.extend({ ...householdFields, members: z.array(memberSchema) });
export type Household = z.infer<typeof householdSchema>;

/** A household as lists show it: no full numbers, the current contract if any. */
export const householdRowSchema = recordMetaSchema.extend({
  ...householdFields,
  currentContractId: z.number().int().nullable(),
  currentContractNumber: z.string().nullable(),
  currentUnit: z.string().nullable(),
});
export type HouseholdRow = z.infer<typeof householdRowSchema>;

export const householdOptionSchema = z.object({
  id: z.number().int(),
  label: z.string(),
  referringDepartmentId: z.number().int(),
});
export type HouseholdOption = z.infer<typeof householdOptionSchema>;

export const householdProcedures = {
  'households.list': query(listQuerySchema, listResultSchema(householdRowSchema)),
  /** For pickers: by search text (names, birth date, or a whole number), or by id. */
  'households.lookup': query(
    z.object({ search: z.string().trim().max(100).default(''), id: z.number().int().positive().optional() }),
    z.array(householdOptionSchema),
  ),
  /** The household with its members' numbers masked. */
  'households.get': query(idSchema, householdSchema),
  /** "Visa personnummer": the whole numbers, for a handläggare, as an audited read. */
  'households.revealIdentity': mutation(idSchema, householdSchema),
  'households.create': mutation(householdInputSchema, householdSchema),
  'households.update': mutation(householdUpdateSchema, householdSchema),
  'households.archive': mutation(recordRefSchema, householdSchema),
  'households.restore': mutation(recordRefSchema, householdSchema),
};

/**
 * Settings FF edits in the app and everyone shares: the organisation's
 * name, address and logo on printed documents, the standard clauses of the
 * kommunalt kontrakt, and the information material's text. Each group is a
 * versioned record like any other (a stale edit is refused, changes audited).
 */
import { retentionSettingsSchema } from '../retention/schema';
import { z } from 'zod';
import {
  integer,
  optionalEmail,
  optionalPhone,
  optionalPostalCode,
  optionalText,
  problem,
  requiredText,
} from '../core/fields';
import { mutation, query } from '../core/procedure';
import { letterFields, letterKindLabels, templateProblem, type LetterKind } from '../letters/templates';

/** A logo small enough to travel in every document: PNG, JPEG or SVG as a data URL. */
const LOGO = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+$/;

export const organisationSettingsSchema = z.object({
  name: requiredText('Organisationens namn', 200),
  unit: optionalText('Enhet', 200),
  address: optionalText('Postadress', 200),
  postalCode: optionalPostalCode('Postnummer'),
  city: optionalText('Ort', 100),
  phone: optionalPhone('Telefon'),
  email: optionalEmail('E-post'),
  logoDataUrl: z
    .string()
    .max(700_000, problem('Logotyp', 'bilden är för stor (högst 500 kB)'))
    .refine((v) => v === '' || LOGO.test(v), problem('Logotyp', 'välj en PNG-, JPEG- eller SVG-bild'))
    .transform((v) => (v === '' ? null : v))
    .nullable(),
});
export type OrganisationSettings = z.output<typeof organisationSettingsSchema>;

export const contractTextsSchema = z.object({
  /** Standard clauses of the kommunalt kontrakt, one paragraph per blank line. */
  standardClauses: requiredText('Standardvillkor', 20_000),
});
export type ContractTexts = z.output<typeof contractTextsSchema>;

export const infoMaterialSchema = z.object({
  title: requiredText('Rubrik', 200),
  /** Paragraphs separated by blank lines; a line starting with "# " is a heading. */
  body: requiredText('Text', 30_000),
  contacts: optionalText('Kontaktuppgifter', 2000),
});
export type InfoMaterial = z.output<typeof infoMaterialSchema>;

/**
 * Getting households onward: how long newcomers' establishment period runs
 * (two years under the Bosättningslagen; SOU 2025:35 proposes up to three)
 * and after how long on a kommunalt kontrakt a household is a candidate to
 * move on to a first-hand lease.
 */
export const onwardSettingsLabels = {
  establishmentMonths: 'Etableringstid (månader)',
  moveOnCandidateMonths: 'Utslussning: kandidat efter (månader på kontrakt)',
} as const;
export const onwardSettingsSchema = z.object({
  establishmentMonths: integer(onwardSettingsLabels.establishmentMonths, { min: 1, max: 60 }),
  moveOnCandidateMonths: integer(onwardSettingsLabels.moveOnCandidateMonths, { min: 1, max: 240 }),
});
export type OnwardSettings = z.output<typeof onwardSettingsSchema>;

/** A letter's text: checked when saved, so an unknown field is refused and never printed blank. */
function letterText(kind: LetterKind) {
  const label = letterKindLabels[kind];
  return requiredText(label, 20_000).superRefine((text, check) => {
    const why = templateProblem(kind, text);
    if (why) check.addIssue({ code: 'custom', message: problem(label, why) });
  });
}

export const letterTextsSchema = z.object({
  sublet1239: letterText('sublet1239'),
  leaseNotice: letterText('leaseNotice'),
  waiverApplication: letterText('waiverApplication'),
} satisfies Record<LetterKind, z.ZodType>);

/** The fields each letter knows, for the hint beside its text. */
export const letterFieldHints: Record<LetterKind, string> = Object.fromEntries(
  Object.entries(letterFields).map(([kind, fields]) => [
    kind,
    `Fält: ${Object.entries(fields)
      .map(([name, what]) => `{${name}} ${what}`)
      .join('; ')}. Tom rad mellan styckena.`,
  ]),
) as Record<LetterKind, string>;

/** How many backups of the database file are kept (the oldest are removed first). */
export const backupSettingsLabels = { keepCount: 'Antal säkerhetskopior att spara' } as const;
export const backupSettingsSchema = z.object({
  keepCount: integer(backupSettingsLabels.keepCount, { min: 1, max: 365 }),
});
export type BackupSettings = z.output<typeof backupSettingsSchema>;
/** Uppföljning: the Bostad Först goal (plan 3:10), new apartments per year. */
export const followupSettingsLabels = {
  bostadForstGoalPerYear: 'Bostad Först: mål, nya lägenheter per år',
} as const;
export const followupSettingsSchema = z.object({
  bostadForstGoalPerYear: integer(followupSettingsLabels.bostadForstGoalPerYear, { min: 0, max: 10_000 }),
});
export type FollowupSettings = z.output<typeof followupSettingsSchema>;

/**
 * Object numbers proposed per kind of unit: a prefix and a number of digits
 * (MOD-00217). A new unit saved without one gets the next after the highest
 * of its series; a typed number is kept as typed.
 */
export const objectNumberSettingsLabels = {
  modulbostadPrefix: 'Modulbostad: prefix',
  modulbostadWidth: 'Modulbostad: antal siffror',
  villavagnPrefix: 'Villavagn: prefix',
  villavagnWidth: 'Villavagn: antal siffror',
  lagenhetPrefix: 'Lägenhet: prefix',
  lagenhetWidth: 'Lägenhet: antal siffror',
} as const;
const ON = objectNumberSettingsLabels;
const objectNumberPrefix = (label: string) =>
  requiredText(label, 10)
    .transform((v) => v.toUpperCase())
    .refine((v) => /^[A-ZÅÄÖ0-9-]+$/.test(v), problem(label, 'bara bokstäver, siffror och bindestreck'));
export const objectNumberSettingsSchema = z.object({
  modulbostadPrefix: objectNumberPrefix(ON.modulbostadPrefix),
  modulbostadWidth: integer(ON.modulbostadWidth, { min: 1, max: 8 }),
  villavagnPrefix: objectNumberPrefix(ON.villavagnPrefix),
  villavagnWidth: integer(ON.villavagnWidth, { min: 1, max: 8 }),
  lagenhetPrefix: objectNumberPrefix(ON.lagenhetPrefix),
  lagenhetWidth: integer(ON.lagenhetWidth, { min: 1, max: 8 }),
});
export type ObjectNumberSettings = z.output<typeof objectNumberSettingsSchema>;

/** Every settings group: its key and schema. */
export const settingsGroups = {
  organisation: organisationSettingsSchema,
  contractTexts: contractTextsSchema,
  infoMaterial: infoMaterialSchema,
  onward: onwardSettingsSchema,
  letterTexts: letterTextsSchema,
  retention: retentionSettingsSchema,
  backups: backupSettingsSchema,
  followup: followupSettingsSchema,
  objectNumbers: objectNumberSettingsSchema,
} as const;
export type SettingsKey = keyof typeof settingsGroups;
export type SettingsValue<K extends SettingsKey> = z.output<(typeof settingsGroups)[K]>;

/** A group as stored: its value and the version an edit must start from (0 = never saved). */
function storedSchema<S extends z.ZodType>(value: S) {
  return z.object({
    value,
    version: z.number().int(),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable(),
  });
}

/** Saving a group: the new value and the version the edit started from. */
function saveInput<S extends z.ZodType>(value: S) {
  return z.object({ value, version: z.number().int().min(0) });
}

export const settingsProcedures = {
  'settings.organisation': query(z.object({}), storedSchema(organisationSettingsSchema)),
  'settings.setOrganisation': mutation(
    saveInput(organisationSettingsSchema),
    storedSchema(organisationSettingsSchema),
    'admin',
  ),
  'settings.contractTexts': query(z.object({}), storedSchema(contractTextsSchema)),
  'settings.setContractTexts': mutation(saveInput(contractTextsSchema), storedSchema(contractTextsSchema), 'admin'),
  'settings.infoMaterial': query(z.object({}), storedSchema(infoMaterialSchema)),
  'settings.setInfoMaterial': mutation(saveInput(infoMaterialSchema), storedSchema(infoMaterialSchema), 'admin'),
  'settings.onward': query(z.object({}), storedSchema(onwardSettingsSchema)),
  'settings.letterTexts': query(z.object({}), storedSchema(letterTextsSchema)),
  'settings.setLetterTexts': mutation(saveInput(letterTextsSchema), storedSchema(letterTextsSchema), 'admin'),
  'settings.retention': query(z.object({}), storedSchema(retentionSettingsSchema)),
  'settings.setRetention': mutation(saveInput(retentionSettingsSchema), storedSchema(retentionSettingsSchema), 'admin'),
  'settings.setOnward': mutation(saveInput(onwardSettingsSchema), storedSchema(onwardSettingsSchema), 'admin'),
  'settings.backups': query(z.object({}), storedSchema(backupSettingsSchema)),
  'settings.setBackups': mutation(saveInput(backupSettingsSchema), storedSchema(backupSettingsSchema), 'admin'),
  'settings.followup': query(z.object({}), storedSchema(followupSettingsSchema)),
  'settings.setFollowup': mutation(saveInput(followupSettingsSchema), storedSchema(followupSettingsSchema), 'admin'),
  'settings.objectNumbers': query(z.object({}), storedSchema(objectNumberSettingsSchema)),
  'settings.setObjectNumbers': mutation(
    saveInput(objectNumberSettingsSchema),
    storedSchema(objectNumberSettingsSchema),
    'admin',
  ),
};

/**
 * Organisations: landlords (hyresvärdar) and developers (byggaktörer) are the
 * same table, so a company that is both (Helsingborgshem builds too) is kept
 * once, with a flag for each role.
 */
import { z } from 'zod';
import {
  flag,
  optionalEmail,
  optionalPhone,
  optionalPostalCode,
  optionalText,
  problem,
  requiredText,
} from '../core/fields';
import { listQuerySchema, listResultSchema } from '../core/listQuery';
import { mutation, query } from '../core/procedure';
import { idSchema, recordMetaSchema, recordRefSchema } from '../core/record';
import { parseOrganisationNumber } from './orgnr';

export const organisationLabels = {
  name: 'Namn',
  orgNumber: 'Organisationsnummer',
  isLandlord: 'Hyresvärd',
  isDeveloper: 'Byggaktör',
  contactPerson: 'Kontaktperson',
  phone: 'Telefon',
  email: 'E-post',
  address: 'Postadress',
  postalCode: 'Postnummer',
  city: 'Ort',
  notes: 'Anteckningar',
} as const;

const L = organisationLabels;

export const orgNumberField = z
  .string({ error: problem(L.orgNumber, 'ange ett nummer') })
  .trim()
  .min(1, problem(L.orgNumber, 'måste fyllas i'))
  .transform((value, ctx) => {
    const parsed = parseOrganisationNumber(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: problem(L.orgNumber, parsed.message), input: value });
      return z.NEVER;
    }
    return parsed.value;
  });

const organisationShape = {
  name: requiredText(L.name, 200),
  orgNumber: orgNumberField,
  isLandlord: flag(L.isLandlord),
  isDeveloper: flag(L.isDeveloper),
  contactPerson: optionalText(L.contactPerson, 200),
  phone: optionalPhone(L.phone),
  email: optionalEmail(L.email),
  address: optionalText(L.address, 200),
  postalCode: optionalPostalCode(L.postalCode),
  city: optionalText(L.city, 100),
  notes: optionalText(L.notes),
};

/** Rules across fields, applied to both create and update. */
function withOrganisationRules<T extends z.ZodType<{ isLandlord: boolean; isDeveloper: boolean }>>(schema: T) {
  return schema.refine((o) => o.isLandlord || o.isDeveloper, {
    path: ['isLandlord'],
    message: problem('Roll', 'ange om organisationen är hyresvärd, byggaktör eller båda'),
  });
}

export const organisationInputSchema = withOrganisationRules(z.object(organisationShape));
export const organisationUpdateSchema = withOrganisationRules(
  z.object({ ...organisationShape, ...recordRefSchema.shape }),
);
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSchema = recordMetaSchema.extend({
  name: z.string(),
  orgNumber: z.string(),
  isLandlord: z.boolean(),
  isDeveloper: z.boolean(),
  contactPerson: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  notes: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationRowSchema = organisationSchema.extend({ unitCount: z.number().int() });
export type OrganisationRow = z.infer<typeof organisationRowSchema>;

export const organisationOptionSchema = z.object({ id: z.number().int(), name: z.string(), orgNumber: z.string() });
export type OrganisationOption = z.infer<typeof organisationOptionSchema>;

export const organisationProcedures = {
  'organisations.list': query(
    listQuerySchema.extend({ role: z.enum(['landlord', 'developer', 'all']).default('all') }),
    listResultSchema(organisationRowSchema),
  ),
  'organisations.options': query(
    z.object({ role: z.enum(['landlord', 'developer', 'all']).default('all') }),
    z.array(organisationOptionSchema),
  ),
  'organisations.get': query(idSchema, organisationSchema),
  'organisations.create': mutation(organisationInputSchema, organisationSchema),
  'organisations.update': mutation(organisationUpdateSchema, organisationSchema),
  'organisations.archive': mutation(recordRefSchema, organisationSchema),
  'organisations.restore': mutation(recordRefSchema, organisationSchema),
};

/**
 * Leveranser: each dwelling a developer hands over under a land agreement,
 * linked to its unit in Bestånd and, where the city rents it, to its lease.
 * A delivery is a record like any other: versioned, audited, and archived
 * (never deleted) when it was registered by mistake; archived deliveries
 * do not count.
 */
import { z } from 'zod';
import { optionalRecordId, optionalText, recordId, requiredDate } from '../core/fields';
import { mutation, query } from '../core/procedure';
import { recordMetaSchema, recordRefSchema } from '../core/record';

export const landDeliveryLabels = {
  landAgreementId: 'Markanvisning',
  unitId: 'Bostad',
  leaseId: 'Hyresavtal',
  handedOverDate: 'Överlämnad',
  notes: 'Anteckningar',
} as const;
const L = landDeliveryLabels;

const deliveryShape = {
  unitId: recordId(L.unitId),
  // The lease feature wires a picker for this; until then it stays empty.
  leaseId: optionalRecordId(L.leaseId).default(null),
  handedOverDate: requiredDate(L.handedOverDate),
  notes: optionalText(L.notes, 1000).default(null),
};

export const landDeliveryInputSchema = z.object({ landAgreementId: recordId(L.landAgreementId), ...deliveryShape });
export const landDeliveryUpdateSchema = z.object({ ...deliveryShape, ...recordRefSchema.shape });
export type LandDeliveryInput = z.input<typeof landDeliveryInputSchema>;
export type LandDeliveryValues = z.output<typeof landDeliveryInputSchema>;

export const landDeliveryRowSchema = recordMetaSchema.extend({
  landAgreementId: z.number().int(),
  unitId: z.number().int(),
  unitObjectNumber: z.string(),
  unitAddress: z.string(),
  unitKind: z.string(),
  leaseId: z.number().int().nullable(),
  handedOverDate: z.string(),
  notes: z.string().nullable(),
});
export type LandDeliveryRow = z.infer<typeof landDeliveryRowSchema>;

export const landDeliveryProcedures = {
  'landDeliveries.list': query(
    z.object({ landAgreementId: z.number().int().positive(), includeArchived: z.boolean().default(false) }),
    z.array(landDeliveryRowSchema),
  ),
  'landDeliveries.create': mutation(landDeliveryInputSchema, landDeliveryRowSchema),
  'landDeliveries.update': mutation(landDeliveryUpdateSchema, landDeliveryRowSchema),
  'landDeliveries.archive': mutation(recordRefSchema, landDeliveryRowSchema),
  'landDeliveries.restore': mutation(recordRefSchema, landDeliveryRowSchema),
};

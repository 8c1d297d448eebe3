/**
 * Leveranser: each dwelling a developer hands over under a land agreement,
 * linked to its unit in Bestånd and, where the city rents it, to its lease.
 * A delivery is a record like any other: versioned, audited, and archived
 * (never deleted) when it was registered by mistake; archived deliveries
 * do not count.
 */
import { z } from 'zod';
import { coveringLease, type LeasePeriod } from '../contracts/leaseLink';
import { optionalRecordId, optionalText, recordId, requiredDate } from '../core/fields';
import type { IsoDate } from '../core/dates';
import { HOLDING_LEASE_STATUSES } from '../leases/schema';
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
  /** The city's lease of the unit, where it rents it: one of the unit's leases, or empty. */
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
  leaseNumber: z.string().nullable(),
  leaseLandlordName: z.string().nullable(),
  handedOverDate: z.string(),
  notes: z.string().nullable(),
});
export type LandDeliveryRow = z.infer<typeof landDeliveryRowSchema>;

/**
 * The lease a delivery form starts with: the unit's lease in force (active
 * or given notice) on the day it was handed over, else its latest lease in
 * force; none when the city does not rent the unit. `leases` latest first.
 */
export function defaultDeliveryLease<T extends LeasePeriod>(
  leases: readonly T[],
  handedOverDate: IsoDate | null,
): T | null {
  const holding = leases.filter((l) => HOLDING_LEASE_STATUSES.includes(l.status));
  const onTheDay = handedOverDate ? coveringLease(holding, { start: handedOverDate, end: handedOverDate }) : null;
  return onTheDay ?? holding[0] ?? null;
}

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

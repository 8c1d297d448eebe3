/** The fields of every letter logged as sent: the day it went and how. */
import { letterLabels, SEND_METHODS, sendMethodLabels } from '../../../shared/letters/schema';
import type { FieldSpec } from '../../components/form/fieldSpec';

export const sendSpecs: FieldSpec[] = [
  { name: 'sentOn', label: letterLabels.sentOn, kind: 'date', required: true },
  {
    name: 'method',
    label: letterLabels.method,
    kind: 'choice',
    required: true,
    options: SEND_METHODS.map((m) => ({ value: m, label: sendMethodLabels[m] })),
  },
];

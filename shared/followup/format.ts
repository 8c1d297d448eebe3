/** A follow-up figure as the screen, the report and the summary show it, Swedish style. */
import { formatNumber } from '../core/format';
import type { Figure } from './schema';

export function figureText(value: number | null, unit: Figure['unit']): string {
  if (value === null) return '–';
  if (unit === 'kr') return `${formatNumber(value, 0)} kr`;
  if (unit === 'procent') return `${formatNumber(value, 1)} %`;
  return formatNumber(value, 0);
}

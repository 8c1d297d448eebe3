/**
 * KPI, 1980 = 100, month by month from October 2019 to October 2026, for
 * demo and benchmark data: October values close to SCB's published ones
 * (October 2022: 384,04), the months between interpolated with a small
 * seasonal swing (sales in January and July). Plausible, not official:
 * a real installation enters SCB's figures in the KPI table.
 */
import type { KpiValue } from '../../shared/leases/indexation';

const OCTOBER: Record<number, number> = {
  2019: 336.22,
  2020: 336.91,
  2021: 346.44,
  2022: 384.04,
  2023: 408.92,
  2024: 414.6,
  2025: 418.81,
  2026: 423.05,
};

/** Deviation from the straight line, by calendar month (zero in October). */
const SEASON = [0, -0.55, -0.1, 0.15, 0.3, 0.35, 0.45, -0.05, 0.05, 0.25, 0, 0.2, 0.15];

export function demoKpiSeries(): KpiValue[] {
  const values: KpiValue[] = [];
  for (let year = 2019; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) {
      if ((year === 2019 && month < 10) || (year === 2026 && month > 10)) continue;
      // Months after October lie between this October and the next.
      const from = month >= 10 ? year : year - 1;
      const a = OCTOBER[from]!;
      const b = OCTOBER[from + 1] ?? a;
      const step = month >= 10 ? month - 10 : month + 2;
      const value = a + ((b - a) * step) / 12 + (month === 10 ? 0 : SEASON[month]!);
      values.push({ month: `${year}-${String(month).padStart(2, '0')}`, value: Math.round(value * 100) / 100 });
    }
  }
  return values;
}

export function kpiFor(series: readonly KpiValue[], month: string): number {
  const v = series.find((k) => k.month === month);
  if (!v) throw new Error(`KPI för ${month} saknas i demoserien`);
  return v.value;
}

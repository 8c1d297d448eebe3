/** What every action's builder gets and returns, and small helpers to make figures. */
import type { ActionFollowup, Chart, Figure, FollowupAction } from '../../../shared/followup/schema';
import { followupActionInfo } from '../../../shared/followup/schema';
import type { Period } from '../../../shared/followup/periods';
import type { ServiceContext } from '../../core/context';

export interface BuildInput {
  ctx: ServiceContext;
  periods: Period[];
  /** The chosen year's period: the last one. */
  current: Period;
  settings: { establishmentMonths: number; bostadForstGoalPerYear: number };
  /** The unit stock as of a date, asked once per date per build (3:7 and 3:10 share it). */
  stockAt(date: string): Promise<StockRow[]>;
}

export interface StockRow {
  kind: string;
  use: string;
  ownerType: string;
  n: number;
}

export type ActionContent = Omit<ActionFollowup, 'action' | 'title' | 'responsible' | 'comment'>;
export type ActionBuilder = (input: BuildInput) => Promise<ActionContent>;

export function actionOf(action: FollowupAction, content: ActionContent): Omit<ActionFollowup, 'comment'> {
  return { action, ...followupActionInfo[action], ...content };
}

export function figure(
  key: string,
  label: string,
  values: (number | null)[],
  definition: string,
  unit: Figure['unit'] = 'antal',
): Figure {
  return { key, label, values, definition, unit };
}

/** Categories of a chart over the periods: the years, the current one marked when cut short. */
export function yearCategories(periods: Period[]): string[] {
  return periods.map((p) => (p.last.endsWith('-12-31') ? String(p.year) : `${p.year} t.o.m. ${p.last.slice(5)}`));
}

export function barChart(
  title: string,
  periods: Period[],
  series: { name: string; data: (number | null)[]; stack?: string; kind?: 'bar' | 'line'; secondAxis?: boolean }[],
  unit: Chart['unit'] = 'antal',
): Chart {
  return {
    title,
    unit,
    categories: yearCategories(periods),
    series: series.map((s) => ({
      name: s.name,
      kind: s.kind ?? 'bar',
      data: s.data,
      ...(s.stack ? { stack: s.stack } : {}),
      ...(s.secondAxis ? { secondAxis: true } : {}),
    })),
  };
}

/** Öre to whole kronor, for charts and tables read by people. */
export const kronor = (ore: number): number => Math.round(ore / 100);

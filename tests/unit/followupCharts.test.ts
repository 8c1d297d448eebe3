import { describe, expect, it } from 'vitest';
import { axisNumber, chartSvg } from '../../electron/features/followup/charts';
import type { Chart } from '../../shared/followup/schema';

const chart: Chart = {
  title: 'Utskrivningar per utfall',
  unit: 'antal',
  categories: ['2024', '2025', '2026 t.o.m. 09-05'],
  series: [
    { name: 'Bostad ordnad före utskrivning', kind: 'bar', stack: 'u', data: [4, 5, 6] },
    { name: '<script>alert(1)</script>', kind: 'bar', stack: 'u', data: [1, 1, 0] },
    { name: 'Årshyra (kr)', kind: 'line', secondAxis: true, data: [1_250_000, 2_500_000, null] },
  ],
};

describe('follow-up charts', () => {
  it('are SVG with Swedish numbers, the same twice, and escape names', () => {
    const svg = chartSvg(chart);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('2026 t.o.m. 09-05');
    expect(svg).toContain('2,5 mnkr');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    expect(chartSvg(chart)).toBe(svg);
  });

  it('format axis numbers the Swedish way', () => {
    expect(axisNumber(12345, 'antal')).toBe('12\u00a0345');
    expect(axisNumber(1500, 'kr')).toBe('1,5 tkr');
  });
});

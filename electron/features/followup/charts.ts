/**
 * Charts for the screen and the printed report, one way: Apache ECharts
 * renders each chart to SVG here in the back end (server-side rendering, no
 * DOM), the screen shows that SVG and the report prints it, so paper gets
 * sharp vectors and both show the same picture. Measured here: about 15 ms
 * a chart after the first. Readable in black and white: bars carry decal
 * patterns and lines differ in dash and symbol, not only in colour.
 */
import * as echarts from 'echarts/core';
import { setPlatformAPI } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Chart } from '../../../shared/followup/schema';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, AriaComponent, SVGRenderer]);

/**
 * Width of a text in ems, as wide as the widest of the fonts that may draw
 * it: Arial on the department's Windows machines, DejaVu Sans where Arial is
 * missing (Linux, the build machines' Chromium). Without a canvas ECharts
 * measures text with Arial's widths, so under DejaVu Sans a legend label ran
 * into the next item's swatch on paper; measured on the wider font, the
 * layout leaves room for either.
 */
function emsOf(text: string): number {
  let ems = 0;
  for (const ch of text) {
    if (" .,:;'|!iljfItr()".includes(ch)) ems += 0.42;
    else if ('mwMW%'.includes(ch)) ems += 1.0;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.76;
    else if ('ÅÄÖ'.includes(ch)) ems += 0.76;
    else ems += 0.64;
  }
  return ems;
}

setPlatformAPI({
  measureText: (text: string, font?: string) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    return { width: emsOf(text ?? '') * size };
  },
});

// Dark to light so the order survives a grey-scale printer.
const PALETTE = ['#1f4e79', '#8fb3d9', '#4d4d4d', '#c9c9c9', '#2e7d32', '#a5d6a7'];
const DASHES = ['solid', 'dashed', 'dotted'] as const;
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];

const numberFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
/** Swedish grouping (a space) and decimal comma; large kronor shortened the Swedish way. */
export function axisNumber(value: number, unit: Chart['unit']): string {
  if (unit === 'kr' && Math.abs(value) >= 1_000_000) return `${numberFormat.format(value / 1_000_000)} mnkr`;
  if (unit === 'kr' && Math.abs(value) >= 1_000) return `${numberFormat.format(value / 1_000)} tkr`;
  return numberFormat.format(value);
}

export function chartSvg(chart: Chart, width = 640, height = 300): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const hasSecond = chart.series.some((s) => s.secondAxis);
  // The legend sits below the axis and wraps; room for its rows is kept so it never covers the bars.
  const legendWidth = chart.series.reduce((sum, s) => sum + 37 + emsOf(s.name) * 11, 0);
  const legendRows = Math.max(1, Math.ceil(legendWidth / (width - 40)));
  let lineIndex = 0;
  instance.setOption({
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'Arial, sans-serif', fontSize: 11, color: '#111' },
    aria: { enabled: true, decal: { show: true } },
    legend: { bottom: 0, left: 'center', itemWidth: 18, itemHeight: 10, itemGap: 14 },
    grid: { left: 56, right: hasSecond ? 64 : 16, top: 22, bottom: 30 + legendRows * 20 },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: { interval: 0, hideOverlap: true, color: '#111' },
      axisLine: { lineStyle: { color: '#444' } },
    },
    yAxis: [
      {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (v: number) => axisNumber(v, 'antal'), color: '#111' },
        splitLine: { lineStyle: { color: '#ddd' } },
      },
      ...(hasSecond
        ? [
            {
              type: 'value',
              axisLabel: { formatter: (v: number) => axisNumber(v, 'kr'), color: '#111' },
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: chart.series.map((s) => {
      const base = { name: s.name, data: s.data, yAxisIndex: s.secondAxis ? 1 : 0 };
      if (s.kind === 'line') {
        const i = lineIndex++;
        return {
          ...base,
          type: 'line',
          symbol: SYMBOLS[i % SYMBOLS.length],
          symbolSize: 7,
          lineStyle: { width: 2, type: DASHES[i % DASHES.length], color: '#111' },
          itemStyle: { color: '#111' },
          label: {
            show: true,
            position: 'top',
            formatter: (p: { value: number }) => axisNumber(p.value, s.secondAxis ? 'kr' : chart.unit),
          },
        };
      }
      return {
        ...base,
        type: 'bar',
        ...(s.stack ? { stack: s.stack } : {}),
        barMaxWidth: 42,
        itemStyle: { borderColor: '#111', borderWidth: 0.6 },
        label: {
          show: !s.stack,
          position: 'top',
          formatter: (p: { value: number }) => axisNumber(p.value, chart.unit),
        },
      };
    }),
  });
  const svg = instance.renderToSVGString();
  instance.dispose();
  return stableIds(svg);
}

/**
 * zrender numbers its ids and classes per process (`zr21-cls-118`), so
 * the same chart drawn twice differs; renumbered in order of appearance,
 * a reprinted report is the same document byte for byte.
 */
function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/zr\d+-[A-Za-z-]*\d+/g, (id) => {
    if (!ids.has(id)) ids.set(id, `ec-${ids.size}`);
    return ids.get(id)!;
  });
}

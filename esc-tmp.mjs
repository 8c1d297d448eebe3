import * as echarts from 'echarts';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 600, height: 300 });
c.setOption({
  animation: false,
  legend: {},
  xAxis: { type: 'category', data: ['<script>alert(1)</script>', '"x" & y'] },
  yAxis: { type: 'value' },
  series: [{ name: '<img src=x onerror=alert(1)>', type: 'bar', data: [1, 2] }],
});
const s = c.renderToSVGString();
console.log(s.match(/script|onerror|&lt;|&amp;/g));

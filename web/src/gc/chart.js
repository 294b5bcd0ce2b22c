// The memory line chart: live objects and live bytes at every step, each scaled to its own
// maximum, with a marker at the current step. Plain SVG.
import { svg } from '../dom.js';

const WIDTH = 300;
const HEIGHT = 110;
const PAD = 4;

export function memoryChart(series, step) {
  const last = Math.max(series.length - 1, 1);
  const x = (i) => PAD + (i / last) * (WIDTH - 2 * PAD);
  const line = (values) => {
    const max = Math.max(...values, 1);
    return values.map((v, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${(HEIGHT - PAD - (v / max) * (HEIGHT - 2 * PAD)).toFixed(1)}`).join(' ');
  };
  const objects = series.map((point) => point.objects);
  const bytes = series.map((point) => point.bytes);
  const here = series[step] ?? { objects: 0, bytes: 0 };
  return svg('svg', {
    class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img',
    'aria-label': `Memory over the steps: ${here.objects} live objects and ${here.bytes} bytes at step ${step}`,
  },
  svg('rect', { class: 'chart-bg', width: WIDTH, height: HEIGHT }),
  svg('path', { class: 'chart-objects', d: line(objects) }),
  svg('path', { class: 'chart-bytes', d: line(bytes) }),
  svg('line', { class: 'chart-now', x1: x(step), x2: x(step), y1: 0, y2: HEIGHT }));
}

// The memory line chart: live objects and live bytes at every step, each scaled to its own
// maximum, with a marker at the current step. Plain SVG.
import { svg } from '../dom.js';

const WIDTH = 300;
const HEIGHT = 110;
const PAD = 4;

// At most this many points per line: a run of 400,000 steps is drawn from the highest value of
// each stretch of steps, so that peaks stay visible and the path stays small.
const MAX_POINTS = 2 * WIDTH;

// series: { objects: [...], bytes: [...] }, one entry per step.
export function memoryChart(series, step) {
  const length = series.objects.length;
  const last = Math.max(length - 1, 1);
  const x = (i) => PAD + (i / last) * (WIDTH - 2 * PAD);
  const line = (key) => {
    const values = series[key];
    const stride = Math.max(1, Math.ceil(length / MAX_POINTS));
    const points = [];
    let max = 1;
    for (let start = 0; start < length; start += stride) {
      let peak = 0;
      for (let i = start; i < Math.min(start + stride, length); i++) peak = Math.max(peak, values[i]);
      points.push([start, peak]);
      max = Math.max(max, peak);
    }
    return points.map(([i, v], n) => `${n ? 'L' : 'M'}${x(i).toFixed(1)},${(HEIGHT - PAD - (v / max) * (HEIGHT - 2 * PAD)).toFixed(1)}`).join(' ');
  };
  const here = { objects: series.objects[step] ?? 0, bytes: series.bytes[step] ?? 0 };
  return svg('svg', {
    class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', role: 'img',
    'aria-label': `Memory over the steps: ${here.objects} live objects and ${here.bytes} bytes at step ${step}`,
  },
  svg('rect', { class: 'chart-bg', width: WIDTH, height: HEIGHT }),
  svg('path', { class: 'chart-objects', d: line('objects') }),
  svg('path', { class: 'chart-bytes', d: line('bytes') }),
  svg('line', { class: 'chart-now', x1: x(step), x2: x(step), y1: 0, y2: HEIGHT }));
}

// Draws stacked monthly bars as plain SVG: one bar per month, one segment per status, each segment focusable
// and labelled so the chart can be read with a keyboard and a screen reader.
import { money } from './format.js';
import { STATUS_COLORS } from './network.js';

const NS = 'http://www.w3.org/2000/svg';
const HEIGHT = 300;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 64 };

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** Returns every month from first to last ("2024-01" … "2024-06"). */
export function monthsBetween(first, last) {
  const months = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return months;
}

/**
 * Returns an SVG chart of series: {month: {status: sum}} over months, in currency; onPick(month) is called when
 * a bar is clicked or chosen with Enter.
 */
export function stackedBars(months, series, statuses, currency, onPick) {
  const band = Math.max(14, Math.min(48, 900 / Math.max(months.length, 1)));
  const width = MARGIN.left + MARGIN.right + band * months.length;
  const max = Math.max(1, ...months.map((m) => Object.values(series[m] ?? {}).reduce((a, b) => a + b, 0)));
  const y = (v) => MARGIN.top + (HEIGHT - MARGIN.top - MARGIN.bottom) * (1 - v / max);
  const svg = el('svg', { viewBox: `0 0 ${width} ${HEIGHT}`, role: 'group', 'aria-label': `Money in deals per month, ${currency}` });
  for (let i = 0; i <= 4; i++) {
    const v = (max * i) / 4;
    svg.append(el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(v), y2: y(v), stroke: '#ddd' }));
    svg.append(el('text', { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, money(v, currency)));
  }
  months.forEach((month, i) => {
    const x = MARGIN.left + i * band;
    let base = 0;
    for (const status of statuses) {
      const v = series[month]?.[status] ?? 0;
      if (v <= 0) continue;
      const label = `${month}: ${money(v, currency)} ${status}`;
      const rect = el('rect', { x: x + 2, y: y(base + v), width: band - 4, height: Math.max(1, y(base) - y(base + v)),
        fill: STATUS_COLORS[status], class: 'bar', tabindex: 0, 'aria-label': label });
      rect.append(el('title', {}, label));
      rect.addEventListener('click', () => onPick(month));
      rect.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(month); } });
      svg.append(rect);
      base += v;
    }
    if (months.length <= 24 || i % Math.ceil(months.length / 24) === 0) {
      svg.append(el('text', { x: x + band / 2, y: HEIGHT - MARGIN.bottom + 14, 'text-anchor': 'middle' }, month.slice(2)));
    }
  });
  return svg;
}

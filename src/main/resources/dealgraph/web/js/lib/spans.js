// Lays marks over a text from code-point offsets: entity mentions and evidence sentences, which may overlap.
// The text is cut at every span boundary and each piece is wrapped in the marks that cover it, as text nodes.
import { h } from './dom.js';

/**
 * Returns nodes showing text with spans marked. spans: [{start, end, kind: 'mention'|'evidence', title, id}],
 * offsets in Unicode code points (as the API gives them), not UTF-16 units.
 */
export function markSpans(text, spans) {
  const points = Array.from(text);
  const cuts = new Set([0, points.length]);
  const valid = spans.filter((s) => s.start >= 0 && s.end <= points.length && s.start < s.end);
  valid.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const sorted = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i];
    const to = sorted[i + 1];
    const piece = points.slice(from, to).join('');
    const covering = valid.filter((s) => s.start <= from && s.end >= to);
    nodes.push(wrap(piece, covering, from, to));
  }
  return nodes;
}

function wrap(piece, covering, from, to) {
  let node = document.createTextNode(piece);
  const mention = covering.find((s) => s.kind === 'mention');
  if (mention) node = h('mark', { class: 'mention', title: mention.title }, node);
  const evidence = covering.filter((s) => s.kind === 'evidence');
  if (evidence.length) {
    node = h('mark', { class: 'evidence', title: evidence.map((s) => s.title).join('\n'), dataset: { from, to } }, node);
  }
  return node;
}

/** Reads "#char=12,80" into {start, end}, or null. */
export function targetOf(hash) {
  const m = /^#char=(\d+),(\d+)$/.exec(hash);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

/** Outlines the marks inside the target span and scrolls the first into view; returns how many were outlined. */
export function showTarget(container, target) {
  container.querySelectorAll('mark.target').forEach((m) => m.classList.remove('target'));
  if (!target) return 0;
  const marks = [...container.querySelectorAll('mark.evidence')].filter((m) =>
    Number(m.dataset.from) >= target.start && Number(m.dataset.to) <= target.end);
  marks.forEach((m) => m.classList.add('target'));
  marks[0]?.scrollIntoView({ block: 'center' });
  return marks.length;
}

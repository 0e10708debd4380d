// Formats amounts, statuses and dates the same way on every page.
import { h } from './dom.js';

/** The deal statuses in stage order, with the words shown for each. */
export const STATUSES = [
  { code: 'rumored', label: 'rumored' },
  { code: 'inTalks', label: 'in talks' },
  { code: 'announced', label: 'announced' },
  { code: 'completed', label: 'completed' },
  { code: 'withdrawn', label: 'withdrawn' },
  { code: 'denied', label: 'denied' },
];

const STATUS_LABELS = Object.fromEntries(STATUSES.map((s) => [s.code, s.label]));
const moneyFormats = new Map();

/** Returns "$4B", "€1.5M", "CHF 20M": a compact sum in its currency. */
export function money(value, currency = 'USD') {
  const number = Number(value);
  if (!Number.isFinite(number)) return String(value ?? '');
  let format = moneyFormats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-US', {
        style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2,
      });
    } catch (e) {
      format = { format: (n) => `${currency} ${new Intl.NumberFormat('en-US', { notation: 'compact' }).format(n)}` };
    }
    moneyFormats.set(currency, format);
  }
  return format.format(number);
}

/** Returns "$4–6B" from "$4B" and "$6B": the shared currency sign and scale written once. */
function moneyRange(min, max, currency) {
  const low = money(min, currency);
  const high = money(max, currency);
  const suffix = (text) => text.match(/[^\d.,]*$/)[0];
  const prefix = (text) => text.match(/^[^\d]*/)[0];
  if (suffix(low) === suffix(high) && prefix(low) === prefix(high)) {
    return `${low.slice(0, low.length - suffix(low).length)}–${high.slice(prefix(high).length)}`;
  }
  return `${low}–${high}`;
}

/**
 * Returns an amount with its meaning: "$4B", "up to $50B", "$4–6B", "about $100B", "at least $1B".
 * Accepts the API's shape {kind, value | approx | min | max, currency}.
 */
export function amount(a) {
  if (!a) return 'amount not stated';
  const c = a.currency || 'USD';
  switch (a.kind) {
    case 'upTo': return `up to ${money(a.max ?? a.value, c)}`;
    case 'range': return moneyRange(a.min, a.max, c);
    case 'approx': return `about ${money(a.approx ?? a.value, c)}`;
    case 'atLeast': return `at least ${money(a.min ?? a.value, c)}`;
    default: return money(a.value ?? a.approx ?? a.max ?? a.min, c);
  }
}

/** Returns the one figure that stands for an amount in sorting, thresholds and edge widths. */
export function magnitude(a) {
  if (!a) return 0;
  return Number(a.magnitude ?? a.max ?? a.value ?? a.approx ?? a.min ?? 0);
}

/** Returns the words for a status code ("in talks" for inTalks). */
export function statusLabel(code) {
  return STATUS_LABELS[code] ?? String(code ?? 'unknown');
}

/** Returns a coloured badge for a status; the colour repeats the word, never replaces it. */
export function statusBadge(code) {
  return h('span', { class: `badge status-${STATUS_LABELS[code] ? code : 'unknown'}` }, statusLabel(code));
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** Returns "27 Mar 2024" for an ISO date, or an empty string. */
export function date(iso) {
  if (!iso) return '';
  const d = new Date(String(iso).length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? String(iso) : dateFormat.format(d);
}

/** Returns how often and when something was reported: "once, on 1 May 2024", "twice, from … to …". */
export function reported(n, first, last) {
  const often = n === 1 ? 'once' : n === 2 ? 'twice' : `${count(n)} times`;
  return first === last ? `${often}, on ${date(first)}` : `${often}, from ${date(first)} to ${date(last)}`;
}

/** Returns "1 deal", "3 deals": a count with its noun. */
export function plural(n, noun) {
  return `${count(n)} ${Number(n) === 1 ? noun : `${noun}s`}`;
}

/** Returns n with thousands separators. */
export function count(n) {
  return new Intl.NumberFormat('en-US').format(Number(n ?? 0));
}

/** Returns the last path segment of a DealGraph IRI or path ("amazon" for …/id/org/amazon). */
export function idOf(iriOrPath) {
  const text = String(iriOrPath ?? '');
  return text.slice(text.lastIndexOf('/') + 1);
}

/** Returns the local page of a DealGraph IRI (https://dealgraph.dev/id/org/amazon → /id/org/amazon). */
export function pathOf(iri) {
  const text = String(iri ?? '');
  const base = 'https://dealgraph.dev/';
  return text.startsWith(base) ? `/${text.slice(base.length)}` : text;
}

// Links to the pages of the things the JSON API names; every page lives at its resource's IRI path.
import { h } from './dom.js';

/** Returns the page of an organization or person reference {id, kind}. */
export function orgPath(ref) {
  return `/id/${ref.kind === 'person' ? 'person' : 'org'}/${encodeURIComponent(ref.id)}`;
}

/** Returns a link to an organization or person, showing its name. */
export function orgLink(ref) {
  return ref ? h('a', { href: orgPath(ref) }, ref.name ?? ref.label ?? ref.id) : '';
}

/** Returns links to several organizations, separated by commas. */
export function orgLinks(refs = []) {
  return refs.map((r, i) => [i > 0 ? ', ' : '', orgLink(r)]);
}

/** Returns the page of a deal. */
export function dealPath(id) {
  return `/id/deal/${encodeURIComponent(id)}`;
}

/** Returns the page of a funding round. */
export function roundPath(id) {
  return `/id/round/${encodeURIComponent(id)}`;
}

/** Returns a link to a funding round reference, or an empty string. */
export function roundLink(ref) {
  return ref ? h('a', { href: roundPath(ref.id) }, ref.label ?? ref.series ?? 'round') : '';
}

/** Returns the page of an article, opened at a span of its text when offsets are given (RFC 5147 style). */
export function articlePath(id, evidence) {
  const base = `/id/article/${encodeURIComponent(id)}`;
  return evidence ? `${base}#char=${evidence.start},${evidence.end}` : base;
}

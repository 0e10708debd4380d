// Shows RDF terms as links and text: DealGraph IRIs open their page on this server, others open where they live.
import { h } from './dom.js';
import { compact, labelOf } from './rdf.js';
import { pathOf } from './format.js';
import { getText } from './http.js';

const LONG_LITERAL = 400;

/** Returns a node showing term; triples give labels for IRIs. */
export function term(t, triples = []) {
  if (t.type === 'iri') {
    const local = pathOf(t.value);
    return h('a', { href: local, title: t.value }, labelOf(triples, t.value));
  }
  if (t.type === 'blank') return h('code', {}, t.value);
  const long = t.value.length > LONG_LITERAL;
  const shown = long ? `${t.value.slice(0, LONG_LITERAL)}…` : t.value;
  return h('span', {}, shown, t.datatype ? h('small', { class: 'muted' }, ` ${compact(t.datatype)}`) : null,
    t.lang ? h('small', { class: 'muted' }, ` @${t.lang}`) : null);
}

/** Returns links that download path's description in each RDF syntax, negotiated with Accept. */
export function downloads(path, name) {
  const formats = [['Turtle', 'text/turtle', 'ttl'], ['JSON-LD', 'application/ld+json', 'jsonld'],
    ['N-Triples', 'application/n-triples', 'nt']];
  return h('p', { class: 'downloads' }, 'Download this description: ', formats.map(([label, type, ext], i) => {
    const a = h('a', { href: path, 'data-accept': type }, label);
    a.addEventListener('click', async (e) => {
      e.preventDefault();
      const blob = new Blob([await getText(path, type)], { type });
      const link = h('a', { href: '#', download: `${name}.${ext}` });
      link.href = URL.createObjectURL(blob);
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    return [i > 0 ? ' · ' : '', a];
  }));
}

// The page of any DealGraph resource without a page of its own (claims, amounts, products, extraction runs):
// its description, read from its own IRI by content negotiation.
import { h, byId, fill } from '../lib/dom.js';
import { shell, section, loaded, setTitle, whenMissing } from '../lib/shell.js';
import { describe, labelOf, compact, PREFIXES } from '../lib/rdf.js';
import { term, downloads } from '../lib/terms.js';

shell('Resource');
const head = byId('resource-head');
const body = byId('triples');
const path = location.pathname;
const iri = `https://dealgraph.dev${path}`;

const description = whenMissing(describe(path));

section(body, async () => {
  const triples = await description;
  const types = triples.filter((t) => t.s.value === iri && t.p.value === `${PREFIXES.rdf}type`);
  const named = triples.some((t) => t.s.value === iri && t.p.value === `${PREFIXES.rdfs}label`);
  // an unnamed resource (a claim, a run) is called by its most specific type and its key
  const specific = types.find((t) => t.o.value.startsWith(PREFIXES.dg) && !t.o.value.endsWith('#Claim')) ?? types[0];
  const label = named || !specific ? labelOf(triples, iri) : `${labelOf(triples, specific.o.value)} ${labelOf(triples, iri)}`;
  setTitle(label);
  fill(head, h('hgroup', {}, h('h1', {}, label),
    h('p', {}, types.map((t, i) => [i > 0 ? ', ' : '', term(t.o, triples)]), ' ', h('code', {}, iri))),
  downloads(path, label));
  const rank = (t) => (t.p.value === `${PREFIXES.rdf}type` ? '' : compact(t.p.value));
  const outgoing = triples.filter((t) => t.s.value === iri).sort((a, b) => rank(a).localeCompare(rank(b)));
  const incoming = triples.filter((t) => t.o.value === iri && t.s.value !== iri);
  loaded(body,
    h('h2', {}, 'Statements'), table(['property', 'value'], outgoing.map((t) => [compact(t.p.value), term(t.o, triples)])),
    incoming.length ? [h('h2', {}, 'Referred to by'),
      table(['resource', 'property'], incoming.map((t) => [term(t.s, triples), compact(t.p.value)]))] : null);
});

function table(columns, rows) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'triples' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c) => h('td', {}, c)))))));
}

// Shows RDF triples (a CONSTRUCT or DESCRIBE answer in N-Triples) as a network, where resources are nodes and
// each triple between two resources an edge named by its property, and as a table of every triple.
import { fill, h } from './dom.js';
import { parseNTriples, compact, labelOf } from './rdf.js';
import { createNetwork } from './network.js';
import { term } from './terms.js';
import { table } from './tables.js';

const MAX_DRAWN = 1500;
const MAX_LISTED = 500;

/** Draws the triples of an N-Triples text into graphBox and lists them in tableBox. */
export function drawTriples(graphBox, tableBox, ntriples) {
  let triples;
  try {
    triples = parseNTriples(ntriples);
  } catch (e) {
    fill(graphBox, h('p', { class: 'muted' }, 'The answer is not N-Triples: see the raw response.'));
    fill(tableBox);
    return null;
  }
  fill(tableBox, table([
    ['Subject', (t) => term(t.s, triples)],
    ['Property', (t) => compact(t.p.value)],
    ['Object', (t) => term(t.o, triples)],
  ], triples.slice(0, MAX_LISTED), 'Triples of the answer'),
  triples.length > MAX_LISTED ? h('p', { class: 'muted' }, `First ${MAX_LISTED} of ${triples.length} triples.`) : null);
  const links = triples.filter((t) => t.o.type !== 'literal').slice(0, MAX_DRAWN);
  if (links.length === 0) {
    fill(graphBox, h('p', { class: 'muted' }, 'No triple links two resources: see the table.'));
    return null;
  }
  fill(graphBox);
  const nodes = new Map();
  const node = (t) => {
    if (!nodes.has(t.value)) {
      nodes.set(t.value, { group: 'nodes', data: { id: t.value, label: labelOf(triples, t.value), kind: 'resource', color: '#4e79a7', size: 20 } });
    }
  };
  links.forEach((t) => { node(t.s); node(t.o); });
  const edges = links.map((t, i) => ({ group: 'edges', data: { id: `t${i}`, source: t.s.value, target: t.o.value, kind: 'investment', width: 1.5, color: '#8a8f98', label: compact(t.p.value) } }));
  const cy = createNetwork(graphBox, [...nodes.values(), ...edges]);
  cy.layout({ name: 'cose', animate: false, fit: true, padding: 20, nodeDimensionsIncludeLabels: true }).run();
  return cy;
}

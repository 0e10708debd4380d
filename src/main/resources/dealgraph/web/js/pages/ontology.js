// The ontology page: every class, property and controlled value with its label and comment, each at the
// fragment of its IRI (https://dealgraph.dev/ontology#Deal opens here at #Deal).
import { h, byId, fill } from '../lib/dom.js';
import { shell, section, loaded } from '../lib/shell.js';
import { describe, values, compact, PREFIXES } from '../lib/rdf.js';
import { term, downloads } from '../lib/terms.js';

shell('Ontology');
const NS = PREFIXES.dg;
const RDF_TYPE = `${PREFIXES.rdf}type`;
const OWL = PREFIXES.owl;

section(byId('classes-body'), async () => {
  const triples = await describe('/ontology');
  const ontology = 'https://dealgraph.dev/ontology';
  const comment = values(triples, ontology, `${PREFIXES.rdfs}comment`)[0];
  fill(byId('ontology-comment'), comment ? comment.value : '');
  byId('ontology-comment').after(downloads('/ontology', 'dealgraph-ontology'));
  const typed = (type) => [...new Set(triples
    .filter((t) => t.p.value === RDF_TYPE && t.o.value === type && t.s.value.startsWith(NS))
    .map((t) => t.s.value))].sort();
  const classes = typed(`${OWL}Class`);
  const properties = [...typed(`${OWL}ObjectProperty`), ...typed(`${OWL}DatatypeProperty`)].sort();
  const concepts = typed(`${OWL}NamedIndividual`);
  loaded(byId('classes-body'), list(triples, classes, ['subClassOf']));
  loaded(byId('properties-body'), list(triples, properties, ['domain', 'range', 'subPropertyOf']));
  loaded(byId('concepts-body'), list(triples, concepts, []));
  if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
});

function list(triples, iris, extras) {
  return h('dl', {}, iris.map((iri) => {
    const local = iri.slice(NS.length);
    const comment = values(triples, iri, `${PREFIXES.rdfs}comment`)[0];
    const related = extras.flatMap((name) => values(triples, iri, `${PREFIXES.rdfs}${name}`)
      .filter((o) => o.type === 'iri').map((o) => h('span', { class: 'muted' }, ` ${name} `, term(o))));
    return [h('dt', { id: local }, h('code', {}, compact(iri)), related),
      h('dd', {}, comment ? comment.value : '')];
  }));
}

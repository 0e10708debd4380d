// Reads N-Triples, as this server returns for any DealGraph IRI, into plain objects, and shortens IRIs.
import { getText } from './http.js';

/** The prefixes used to show IRIs short, as the ontology declares them. */
export const PREFIXES = {
  dg: 'https://dealgraph.dev/ontology#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  org: 'http://www.w3.org/ns/org#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dcterms: 'http://purl.org/dc/terms/',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  vann: 'http://purl.org/vocab/vann/',
  wd: 'http://www.wikidata.org/entity/',
};

const TERM = /^(?:<([^>]*)>|(_:\S+)|"((?:[^"\\]|\\.)*)"(?:\^\^<([^>]*)>|@([A-Za-z0-9-]+))?)\s*/;
const ESCAPES = { t: '\t', b: '\b', n: '\n', r: '\r', f: '\f', '"': '"', "'": "'", '\\': '\\' };

/** Returns the triples of an N-Triples document as {s, p, o} terms ({type: 'iri'|'blank'|'literal', value, …}). */
export function parseNTriples(text) {
  const triples = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const terms = [];
    while (terms.length < 3) {
      const m = TERM.exec(line);
      if (!m) throw new Error(`not N-Triples: ${raw.slice(0, 120)}`);
      terms.push(termOf(m));
      line = line.slice(m[0].length);
    }
    triples.push({ s: terms[0], p: terms[1], o: terms[2] });
  }
  return triples;
}

function termOf(m) {
  if (m[1] !== undefined) return { type: 'iri', value: unescape(m[1]) };
  if (m[2] !== undefined) return { type: 'blank', value: m[2] };
  return { type: 'literal', value: unescape(m[3]), datatype: m[4], lang: m[5] };
}

function unescape(text) {
  return text.replace(/\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g,
    (_, u4, u8, c) => (u4 || u8 ? String.fromCodePoint(parseInt(u4 || u8, 16)) : ESCAPES[c] ?? c));
}

/** Fetches the description of a DealGraph IRI path (/id/…, /ontology) by content negotiation. */
export async function describe(path) {
  return parseNTriples(await getText(path, 'application/n-triples'));
}

/** Returns "dg:Deal" for an IRI under a known prefix, else the IRI itself. */
export function compact(iri) {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  }
  return iri;
}

/** Returns the values of predicate p on subject s among triples. */
export function values(triples, s, p) {
  return triples.filter((t) => t.s.value === s && t.p.value === p).map((t) => t.o);
}

/** Returns "dg:Deal" for a known namespace, else the last segment of the IRI ("amazon", "char=0,5"). */
export function shortName(iri) {
  const short = compact(iri);
  if (short !== iri) return short;
  const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
  return cut >= 0 && cut < iri.length - 1 ? iri.slice(cut + 1) : iri;
}

/** Returns the rdfs:label of an IRI among triples, preferring English, else its short name. */
export function labelOf(triples, iri) {
  const labels = values(triples, iri, `${PREFIXES.rdfs}label`);
  const best = labels.find((l) => l.lang === 'en') ?? labels[0];
  return best ? best.value : shortName(iri);
}

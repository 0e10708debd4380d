// The page of an organization or person: who it is, the deals it made and received with their evidence,
// totals by status and currency, funding rounds, competitors and its network.
import { h, byId, fill } from '../lib/dom.js';
import { shell, section, loaded, empty, setTitle, whenMissing } from '../lib/shell.js';
import { getJson, getAll, pageKey } from '../lib/http.js';
import { amount, date, plural, statusBadge } from '../lib/format.js';
import { orgLink, orgLinks, dealPath, roundLink } from '../lib/links.js';
import { evidenceDetails } from '../lib/evidence.js';
import { totalsTable } from '../lib/totals.js';
import { table } from '../lib/tables.js';
import { createNetwork, elementsOf } from '../lib/network.js';

shell('Organization');
const id = pageKey();
const made = getAll('/api/investments', { investor: id, sort: '-reported' });
const received = getAll('/api/investments', { investee: id, sort: '-reported' });

const organization = whenMissing(getJson(`/api/organizations/${encodeURIComponent(id)}`));

section(byId('org-head'), async () => {
  const org = await organization;
  setTitle(org.name);
  byId('explore-link').href = `/graph.html?focus=${encodeURIComponent(id)}`;
  return loaded(byId('org-head'), h('hgroup', {}, h('h1', {}, org.name),
    h('p', {}, h('span', { class: 'kind' }, org.kind), org.headquarters ? ` · ${org.headquarters}` : '',
      org.country ? ` · ${org.country}` : '',
      ` · mentioned in ${plural(org.articleCount, 'article')}`)),
  facts(org));
});

function facts(org) {
  const rows = [
    ['Also known as', org.aliases.join(', ')],
    ['Tickers', org.tickers.join(', ')],
    ['Products', org.products.join(', ')],
    ['Part of', org.parent ? orgLink(org.parent) : ''],
    ['Subsidiaries', orgLinks(org.subsidiaries)],
    ['Categories', org.tags.join(', ')],
    ['Wikidata', org.wikidata ? h('a', { href: org.wikidata, rel: 'external noopener' }, org.wikidata.replace(/^.*\//, '')) : ''],
    ['Linked data', h('a', { href: location.pathname, title: 'this page also answers Turtle, JSON-LD and N-Triples' }, org.iri)],
  ].filter(([, value]) => (Array.isArray(value) ? value.length : value));
  return h('dl', { class: 'facts-list' }, rows.map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)]));
}

function dealTable(deals, counterparty, caption) {
  return table([
    [counterparty === 'investors' ? 'Investor' : 'Investee',
      (d) => (counterparty === 'investors' ? orgLinks(d.investors) : orgLink(d.investee))],
    ['Amount', (d) => h('a', { href: dealPath(d.id), title: d.sources[0]?.amountText ?? '' }, amount(d.amount)), 'num'],
    ['Status', (d) => statusBadge(d.status)],
    ['Date', (d) => date(d.date ?? d.firstReported)],
    ['Round', (d) => roundLink(d.round)],
    ['Evidence', (d) => evidenceDetails(d.sources)],
  ], deals, caption);
}

section(byId('made-body'), async () => {
  const deals = await made;
  if (!deals.length) return empty(byId('made-body'), 'No deal made is on record.');
  return loaded(byId('made-body'), dealTable(deals, 'investee', 'Deals made'));
});

section(byId('received-body'), async () => {
  const deals = await received;
  if (!deals.length) return empty(byId('received-body'), 'No deal received is on record.');
  return loaded(byId('received-body'), dealTable(deals, 'investors', 'Deals received'));
});

section(byId('totals-body'), async () => {
  const [out, into] = await Promise.all([made, received]);
  if (!out.length && !into.length) return empty(byId('totals-body'), 'Nothing to add up yet.');
  return loaded(byId('totals-body'),
    into.length ? [h('h3', {}, 'Received'), totalsTable(into, 'investors', 'Totals received')] : null,
    out.length ? [h('h3', {}, 'Invested'), totalsTable(out, 'investee', 'Totals invested')] : null,
    h('p', { class: 'muted' }, 'Ranges and "up to" amounts count at their maximum, "at least" at its minimum.'));
});

section(byId('rounds-body'), async () => {
  const rounds = await getAll('/api/rounds', { investee: id });
  if (!rounds.length) return empty(byId('rounds-body'), 'No funding round is on record.');
  return loaded(byId('rounds-body'), table([
    ['Round', (r) => roundLink(r)],
    ['Amount', (r) => (r.amount ? amount(r.amount) : ''), 'num'],
    ['Valuation', (r) => (r.valuation ? amount(r.valuation) : ''), 'num'],
    ['Led by', (r) => orgLinks(r.leads)],
    ['Date', (r) => date(r.date ?? r.firstReported)],
    ['Evidence', (r) => evidenceDetails(r.sources)],
  ], rounds, 'Funding rounds'));
});

section(byId('competitors-body'), async () => {
  const pairs = await getAll('/api/competitors', { of: id });
  if (!pairs.length) return empty(byId('competitors-body'), 'No rivalry is on record.');
  return loaded(byId('competitors-body'), h('ul', { class: 'facts' }, pairs.map((p) =>
    h('li', {}, orgLink(p.competitor), evidenceDetails(p.sources)))));
});

section(byId('ego-graph'), async () => {
  const graph = await getJson('/api/graph', { focus: id, depth: 1 });
  const box = byId('ego-graph');
  if (!graph.nodes.length) return empty(box, 'No network to draw.');
  loaded(box);
  const cy = createNetwork(box, elementsOf(graph));
  cy.getElementById(id).addClass('focus');
  // the organization in the middle, its investors, investees and rivals around it
  cy.layout({ name: 'concentric', concentric: (n) => (n.id() === id ? 2 : 1), levelWidth: () => 1,
    minNodeSpacing: 70, padding: 30, fit: true }).run();
  cy.on('tap', 'node', (e) => { location.href = e.target.data('page'); });
  return cy;
});

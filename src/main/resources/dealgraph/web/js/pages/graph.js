// The graph explorer: the network of deals and rivalries, filtered by status, dates, amount and currency;
// a click on a node selects it and adds its neighbours; search focuses a node; PNG and SVG export.
// The filters live in the address, so a view can be bookmarked and shared.
import { h, byId, fill } from '../lib/dom.js';
import { shell, failed } from '../lib/shell.js';
import { getJson } from '../lib/http.js';
import { STATUSES, statusLabel, count } from '../lib/format.js';
import { createNetwork, elementsOf, layoutOptions, sizeByDegree, spotlight } from '../lib/network.js';
import { exportPng, exportSvg } from '../lib/export.js';
import { dealPath } from '../lib/links.js';
import { resultsOf } from '../lib/search.js';
import { filterForm, readFilters, writeFilters } from '../lib/filters.js';

shell('Graph explorer');
const status = byId('graph-status');
const selection = byId('selection');
const cy = createNetwork(byId('graph'));
let filters = readFilters(new URLSearchParams(location.search));
// the network is reachable from the browser console (and browser tests) as window.dealgraph.network
window.dealgraph = { network: cy };

const form = filterForm(filters, (next) => {
  filters = next;
  writeFilters(filters);
  load();
});
const finder = h('input', { type: 'search', id: 'focus-input', placeholder: 'Focus on…', 'aria-label': 'Focus on an organization', list: 'node-names' });
const names = h('datalist', { id: 'node-names' });
fill(byId('controls'), h('label', { for: 'focus-input' }, 'Search to focus'), finder, names,
  h('details', { open: innerWidth > 768 }, h('summary', {}, 'Filters'), form), legend());

const button = (label, action, title) => {
  const b = h('button', { type: 'button', class: 'secondary outline', title: title ?? label }, label);
  b.addEventListener('click', action);
  return b;
};
fill(byId('toolbar'),
  button('Fit', () => cy.fit(undefined, 30), 'Show the whole network'),
  button('+', () => cy.zoom({ level: cy.zoom() * 1.3, renderedPosition: centre() }), 'Zoom in'),
  button('−', () => cy.zoom({ level: cy.zoom() / 1.3, renderedPosition: centre() }), 'Zoom out'),
  button('Re-layout', () => relayout(false), 'Lay the network out again'),
  button('PNG', () => exportPng(cy, 'dealgraph-network.png'), 'Save as PNG'),
  button('SVG', () => exportSvg(cy, 'dealgraph-network.svg'), 'Save as SVG'));

function centre() {
  return { x: cy.width() / 2, y: cy.height() / 2 };
}

function legend() {
  return h('div', { class: 'legend', 'aria-label': 'Legend' },
    STATUSES.filter((s) => s.code !== 'denied').map((s) => h('span', {},
      h('span', { class: `swatch status-${s.code}` }), s.label)),
    h('span', {}, h('span', { class: 'swatch dashed' }), 'competitors'),
    h('span', { class: 'muted' }, 'Arrows point from investor to investee; thicker means more money.'));
}

function query(extra = {}) {
  return { status: filters.status.join(','), from: filters.from, to: filters.to, minAmount: filters.minAmount,
    currency: filters.currency, limit: 1000, ...extra };
}

async function load() {
  status.textContent = 'Loading the network…';
  try {
    const graph = await getJson('/api/graph', query(filters.focus ? { focus: filters.focus, depth: 1 } : {}));
    cy.elements().remove();
    cy.add(elementsOf(graph));
    sizeByDegree(cy);
    relayout(false);
    refreshNames();
    report(graph.truncated);
    if (filters.focus) select(cy.getElementById(filters.focus), false);
  } catch (e) {
    failed(selection, e);
    status.textContent = '';
  }
}

function report(truncated) {
  status.textContent = cy.nodes().length === 0
    ? 'Nothing matches these filters.'
    : `${count(cy.nodes().length)} organizations, ${count(cy.edges().length)} links${truncated ? ' (the most recent kept; narrow the filters to see the rest)' : ''}. Click a node to add its neighbours.`;
}

function relayout(incremental) {
  performance.mark('dealgraph-layout-start');
  const layout = cy.layout(layoutOptions(cy, { animate: incremental && cy.nodes().length < 400 }));
  // the measure lets a reader (and the browser tests) see how long the layout took
  layout.one('layoutstop', () => performance.measure('dealgraph-layout', 'dealgraph-layout-start'));
  layout.run();
}

function refreshNames() {
  fill(names, cy.nodes().map((n) => h('option', { value: n.data('label') })));
}

async function expand(node) {
  const before = cy.elements().length;
  try {
    const graph = await getJson('/api/graph', query({ focus: node.id(), depth: 1 }));
    const fresh = elementsOf(graph).filter((el) => cy.getElementById(el.data.id).empty());
    fresh.filter((el) => el.group === 'nodes').forEach((el) => { el.position = { ...node.position() }; });
    cy.add(fresh);
    if (cy.elements().length > before) {
      sizeByDegree(cy);
      refreshNames();
      cy.layout({ ...layoutOptions(cy, { animate: cy.nodes().length < 400 }), randomize: false }).run();
    }
    report(false);
  } catch (e) {
    failed(selection, e);
  }
}

function select(node, animate = true) {
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  spotlight(cy, node);
  if (animate) cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 300 });
  const expandButton = button('Add neighbours', () => expand(node));
  fill(selection, h('article', {},
    h('strong', {}, node.data('label')), ' ', h('span', { class: 'kind' }, node.data('kind')), ' · ',
    h('a', { href: node.data('page') }, 'open its page'), ' ', expandButton));
}

cy.on('tap', 'node', (e) => {
  select(e.target);
  expand(e.target);
});
cy.on('tap', (e) => {
  if (e.target === cy) {
    spotlight(cy, null);
    fill(selection);
  }
});
cy.on('tap', 'edge', (e) => {
  const d = e.target.data();
  const ends = `${cy.getElementById(d.source).data('label')} ${d.kind === 'investment' ? '→' : 'and'} ${cy.getElementById(d.target).data('label')}`;
  fill(selection, h('article', {}, ends, ': ', d.kind === 'investment'
    ? [d.label || 'amount not stated', ` (${statusLabel(d.status)}) · `, h('a', { href: dealPath(d.investment) }, 'open the deal and its sources')]
    : 'competitors'));
});

finder.addEventListener('change', async () => {
  const wanted = finder.value.trim().toLowerCase();
  if (!wanted) return;
  const local = cy.nodes().filter((n) => String(n.data('label')).toLowerCase() === wanted);
  if (local.nonempty()) { select(local[0]); return; }
  const hits = resultsOf(await getJson('/api/search', { q: finder.value, limit: 1 }));
  if (!hits.length) { status.textContent = `No organization named "${finder.value}".`; return; }
  filters = { ...filters, focus: hits[0].id };
  writeFilters(filters);
  load();
});

load();

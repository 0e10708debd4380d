// Draws DealGraph networks with Cytoscape.js (loaded by the page from its WebJar as window.cytoscape):
// investment edges point from investor to investee, are as thick as the amount is large and coloured by status;
// rivalries are dashed and undirected.
import { amount, magnitude, statusLabel } from './format.js';
import { orgPath } from './links.js';

/** The colour of each deal status; the same colours as the status badges. */
export const STATUS_COLORS = {
  rumored: '#7a5cad', inTalks: '#b26b00', announced: '#1f66c1', completed: '#197a43', withdrawn: '#b3261e', denied: '#6d2b2b',
};
const KIND_COLORS = {
  company: '#4e79a7', investor: '#e0a526', person: '#b07aa1', government: '#59a14f', university: '#9c755f',
  publisher: '#8a8f98', organization: '#8a8f98', resource: '#4e79a7', literal: '#bab0ac',
};
const COMPETITION = '#8a8f98';

/** Returns the width of an investment edge: thicker for bigger sums, on a log scale from 1.5 to 10 pixels. */
export function edgeWidth(sum) {
  if (!(sum > 0)) return 1.5;
  return Math.min(10, Math.max(1.5, 1.5 + Math.log10(sum / 1e6) * 1.6));
}

/** Returns Cytoscape elements for an API graph {nodes, edges}. */
export function elementsOf(graph) {
  const nodes = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.label, kind: n.kind, page: orgPath(n), color: KIND_COLORS[n.kind] ?? KIND_COLORS.organization, size: 20 },
  }));
  const edges = graph.edges.map((e) => ({
    group: 'edges',
    data: {
      id: e.id, source: e.source, target: e.target, kind: e.kind, status: e.status, investment: e.investment,
      width: e.kind === 'investment' ? edgeWidth(magnitude(e.amount)) : 1.5,
      color: e.kind === 'investment' ? STATUS_COLORS[e.status] ?? '#555' : COMPETITION,
      label: e.kind === 'investment' ? (e.amount ? amount(e.amount) : '') : '',
      title: e.kind === 'investment' ? `${statusLabel(e.status)}${e.amount ? `, ${amount(e.amount)}` : ''}` : 'competitors',
    },
  }));
  return [...nodes, ...edges];
}

/** The Cytoscape stylesheet shared by every DealGraph network. */
export const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(color)', label: 'data(label)', 'font-size': 'mapData(size, 24, 56, 11, 40)', 'text-valign': 'bottom',
    'text-margin-y': 3, width: 'data(size)', height: 'data(size)', color: '#222', 'text-outline-color': '#fff',
    'text-outline-width': 2, 'min-zoomed-font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': '120px',
  } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2a900' } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#1b3a5c' } },
  { selector: 'edge', style: {
    width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.85,
    label: 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 9, color: '#333', 'text-rotation': 'autorotate',
    'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
  } },
  { selector: 'edge[kind = "investment"]', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', 'arrow-scale': 1.1 } },
  { selector: 'edge[kind = "competition"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
  { selector: 'edge:selected', style: { 'line-color': '#f2a900', 'target-arrow-color': '#f2a900', opacity: 1 } },
  { selector: 'edge.dense', style: { opacity: 0.45 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];

/** Sizes nodes by how many edges they have, so hubs stand out; thins the edges of a crowded network. */
export function sizeByDegree(cy) {
  cy.nodes().forEach((n) => n.data('size', 18 + 5 * Math.sqrt(n.degree(false))));
  cy.edges().toggleClass('dense', cy.nodes().length > 150);
}

/** Fades everything but node and its neighbours; with no node, shows everything again. */
export function spotlight(cy, node) {
  cy.elements().removeClass('faded');
  if (node && node.nonempty()) cy.elements().not(node.closedNeighborhood()).addClass('faded');
}

/** Creates a network view in container; the library comes from the page's WebJar script. */
export function createNetwork(container, elements = []) {
  const cy = window.cytoscape({
    container, elements, style: STYLE, minZoom: 0.05, maxZoom: 4,
    boxSelectionEnabled: false,
  });
  sizeByDegree(cy);
  // a handful of nodes would otherwise be fitted at giant size
  cy.on('layoutstop', () => {
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center();
    }
  });
  return cy;
}

/** Returns the layout that stays readable from ten to a few hundred nodes: fcose when loaded, else cose. */
export function layoutOptions(cy, { animate = false, fixed = [] } = {}) {
  const base = { animate, fit: true, padding: 30, nodeDimensionsIncludeLabels: true };
  if (window.cytoscapeFcose && !layoutOptions.registered) {
    window.cytoscape.use(window.cytoscapeFcose);
    layoutOptions.registered = true;
  }
  if (layoutOptions.registered) {
    // measured on a made-up network of 288 organizations and 607 links: longer edges and stronger repulsion
    // keep hubs' clients apart; small networks get the slower, finer pass
    const large = cy.nodes().length > 150;
    return { ...base, name: 'fcose', quality: large ? 'default' : 'proof', randomize: true,
      nodeRepulsion: large ? 45000 : 9000, idealEdgeLength: large ? 150 : 90, gravity: large ? 0.05 : 0.25,
      numIter: large ? 4000 : 2500, edgeElasticity: 0.3, nodeSeparation: 80, packComponents: true,
      fixedNodeConstraint: fixed.length ? fixed : undefined };
  }
  return { ...base, name: 'cose', nodeRepulsion: 9000, idealEdgeLength: 90, randomize: true };
}

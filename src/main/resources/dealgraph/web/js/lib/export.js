// Saves a Cytoscape network as PNG (Cytoscape's own export) or SVG (written here from node and edge positions,
// with every label set as text, never parsed as markup).
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Offers blob to the user as a download named filename. */
export function download(blob, filename) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Saves the whole network as a PNG at twice the screen resolution. */
export function exportPng(cy, filename) {
  download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), filename);
}

/** Returns the network as an SVG document, as text. */
export function toSvg(cy) {
  const box = cy.elements().boundingBox({ includeLabels: true });
  const pad = 20;
  const svg = svgElement('svg', {
    xmlns: SVG_NS, width: Math.ceil(box.w + 2 * pad), height: Math.ceil(box.h + 2 * pad),
    viewBox: `${box.x1 - pad} ${box.y1 - pad} ${box.w + 2 * pad} ${box.h + 2 * pad}`,
    'font-family': 'sans-serif',
  });
  svg.append(svgElement('rect', { x: box.x1 - pad, y: box.y1 - pad, width: box.w + 2 * pad, height: box.h + 2 * pad, fill: '#ffffff' }));
  const defs = svgElement('defs');
  svg.append(defs);
  const markers = new Map();
  cy.edges().forEach((edge) => svg.append(edgeOf(edge, defs, markers)));
  cy.nodes().forEach((node) => svg.append(nodeOf(node)));
  return new XMLSerializer().serializeToString(svg);
}

/** Saves the network as an SVG file. */
export function exportSvg(cy, filename) {
  download(new Blob([toSvg(cy)], { type: 'image/svg+xml' }), filename);
}

function edgeOf(edge, defs, markers) {
  const group = svgElement('g');
  const s = edge.sourceEndpoint();
  const t = edge.targetEndpoint();
  const controls = edge.controlPoints?.() ?? [];
  const d = controls.length === 1
    ? `M ${s.x} ${s.y} Q ${controls[0].x} ${controls[0].y} ${t.x} ${t.y}`
    : `M ${s.x} ${s.y} L ${t.x} ${t.y}`;
  const color = edge.data('color') ?? '#555';
  const path = svgElement('path', { d, fill: 'none', stroke: color, 'stroke-width': edge.data('width') ?? 1.5, opacity: 0.85 });
  if (edge.data('kind') === 'competition') path.setAttribute('stroke-dasharray', '6 4');
  else path.setAttribute('marker-end', `url(#${marker(color, defs, markers)})`);
  group.append(path);
  const label = edge.data('label');
  if (label) {
    const mid = edge.midpoint();
    group.append(text(label, mid.x, mid.y - 3, 9, '#333'));
  }
  return group;
}

function marker(color, defs, markers) {
  if (!markers.has(color)) {
    const id = `arrow-${markers.size}`;
    const m = svgElement('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: 'auto-start-reverse' });
    m.append(svgElement('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: color }));
    defs.append(m);
    markers.set(color, id);
  }
  return markers.get(color);
}

function nodeOf(node) {
  const group = svgElement('g');
  const p = node.position();
  const r = (node.data('size') ?? 20) / 2;
  group.append(svgElement('circle', { cx: p.x, cy: p.y, r, fill: node.data('color') ?? '#4e79a7' }));
  group.append(text(node.data('label') ?? node.id(), p.x, p.y + r + 12, 11, '#222'));
  return group;
}

function text(content, x, y, size, fill) {
  const el = svgElement('text', { x, y, 'font-size': size, fill, 'text-anchor': 'middle' });
  el.textContent = String(content);
  return el;
}

function svgElement(name, attrs = {}) {
  const el = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
}

// Builds DOM nodes from data without ever parsing data as HTML: text goes in as text nodes.

const SAFE_URL = /^(https?:|mailto:|\/|#|\?)/i;

/** Returns href when it is a web, mail or local link, else "#": no javascript: or data: URLs from data. */
export function safeHref(href) {
  const text = String(href ?? '');
  return SAFE_URL.test(text) && !text.startsWith('//') ? text : '#';
}

/**
 * Creates an element: h('a', {href: '/x', class: 'y'}, 'text', child). Attributes named on… are refused,
 * strings become text nodes, null and false children are skipped, arrays are flattened.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.toLowerCase().startsWith('on')) throw new Error(`event attributes are not allowed: ${name}`);
    if (name === 'href' || name === 'src') el.setAttribute(name, safeHref(value));
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (nodes or text) to el. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === '') continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces everything inside el with children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Returns the element with this id, failing loudly when a page lacks it. */
export function byId(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page has no element #${id}`);
  return el;
}

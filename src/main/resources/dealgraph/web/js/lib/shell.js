// Draws what every page shares: the skip link, the site header with its search box, and the states of a
// section while it loads, when it is empty and when it failed.
import { h, fill } from './dom.js';
import { searchBox } from './search.js';

const NAV = [
  ['/', 'Home'],
  ['/graph.html', 'Graph'],
  ['/timeline.html', 'Timeline'],
  ['/query.html', 'SPARQL'],
  ['/ontology', 'Ontology'],
  ['/api/docs', 'API'],
];

/** Draws the header and sets the document title ("Amazon · DealGraph"). */
export function shell(title) {
  setTitle(title);
  const header = document.querySelector('header.site');
  const here = location.pathname;
  fill(header,
    h('a', { class: 'skip-link', href: '#main' }, 'Skip to content'),
    h('nav', { class: 'container', 'aria-label': 'Main' },
      h('ul', {}, h('li', {}, h('a', { href: '/', class: 'brand' }, h('strong', {}, 'DealGraph')))),
      h('ul', { class: 'nav-links' }, NAV.slice(1).map(([href, label]) =>
        h('li', {}, h('a', { href, 'aria-current': here === href ? 'page' : null }, label)))),
      h('ul', { class: 'nav-search' }, h('li', {}, searchBox({ id: 'site-search', placeholder: 'Search organizations' })))));
}

/** Sets the document title; the site name comes last so tabs show the subject first. */
export function setTitle(title) {
  document.title = title ? `${title} · DealGraph` : 'DealGraph';
}

/** Shows that el is loading. */
export function loading(el, what = 'Loading…') {
  el.setAttribute('aria-busy', 'true');
  fill(el, h('p', { class: 'muted' }, what));
}

/** Marks el as loaded, replacing its content with children. */
export function loaded(el, ...children) {
  el.removeAttribute('aria-busy');
  return fill(el, ...children);
}

/** Shows a friendly empty state in el. */
export function empty(el, text) {
  return loaded(el, h('p', { class: 'empty' }, text));
}

/** Shows an error in el: the server's problem title and detail, or the script's message. */
export function failed(el, error) {
  const title = error?.title ?? 'Something went wrong';
  const detail = error?.detail ?? error?.message ?? String(error);
  return loaded(el, h('article', { class: 'problem', role: 'alert' },
    h('strong', {}, error?.status ? `${title} (${error.status})` : title),
    detail ? h('p', {}, detail) : null));
}

/**
 * Turns the page into a friendly "not found" when its resource does not exist: the sections are hidden and the
 * server's problem detail is shown with a way onward. Any other failure is left to the sections.
 */
export function whenMissing(promise) {
  promise.catch((e) => {
    if (e?.status !== 404) return;
    const main = document.getElementById('main');
    [...main.children].forEach((child) => { child.hidden = true; });
    main.prepend(h('article', { class: 'problem', role: 'alert' }, h('h1', {}, 'Not found'),
      h('p', {}, e.detail || e.message),
      h('p', {}, 'Search for an organization above, or start from the ', h('a', { href: '/' }, 'home page'), '.')));
    setTitle('Not found');
  });
  return promise;
}

/** Runs load() for el, with its loading and error states; returns what load returned, or undefined. */
export async function section(el, load) {
  loading(el);
  try {
    return await load();
  } catch (e) {
    console.warn('section failed', e);
    failed(el, e);
    return undefined;
  }
}

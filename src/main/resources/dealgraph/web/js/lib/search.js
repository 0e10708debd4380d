// A search box that suggests organizations as one types (/api/search) and opens the chosen one's page.
// Follows the ARIA combobox pattern: arrows move, Enter opens, Escape closes.
import { h, fill } from './dom.js';
import { getJson } from './http.js';
import { pathOf } from './format.js';
import { orgPath } from './links.js';

let boxes = 0;

/** Returns a search form whose suggestions link to organization pages. */
export function searchBox({ id, placeholder = 'Search organizations', large = false }) {
  const listId = `${id}-list-${++boxes}`;
  const input = h('input', {
    type: 'search', id, name: 'q', placeholder, autocomplete: 'off', role: 'combobox',
    'aria-label': placeholder, 'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  const form = h('form', { role: 'search', class: large ? 'search search-large' : 'search', action: '/graph.html' },
    input, list);
  let results = [];
  let active = -1;
  let timer = 0;
  let latest = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };
  const open = (result) => {
    location.href = pageOf(result);
  };
  const show = (found) => {
    results = found;
    fill(list, found.length === 0
      ? h('li', { class: 'muted', role: 'presentation' }, 'No organization matches')
      : found.map((r, i) => h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' },
        h('a', { href: pageOf(r), tabindex: '-1' }, r.label ?? r.name, ' ', h('small', {}, kindOf(r))))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const query = async () => {
    const q = input.value.trim();
    if (q.length === 0) { close(); return; }
    const ticket = ++latest;
    try {
      const found = await getJson('/api/search', { q, limit: 8 });
      if (ticket === latest) show(resultsOf(found));
    } catch (e) {
      if (ticket === latest) show([]);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(query, 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) { e.preventDefault(); highlight((active + 1) % results.length); }
    else if (e.key === 'ArrowUp' && results.length) { e.preventDefault(); highlight((active - 1 + results.length) % results.length); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); open(results[active]); }
  });
  input.addEventListener('blur', () => setTimeout(close, 200));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (active >= 0) { open(results[active]); return; }
    await query();
    if (results.length > 0) open(results[0]);
  });
  return form;
}

/** Returns the hits of a search answer, whether it is a list or {results|items: […]}. */
export function resultsOf(found) {
  return Array.isArray(found) ? found : (found.results ?? found.items ?? []);
}

/** Returns the page of a search hit. */
export function pageOf(result) {
  return result.iri ? pathOf(result.iri) : orgPath(result);
}

function kindOf(result) {
  return result.kind ?? '';
}

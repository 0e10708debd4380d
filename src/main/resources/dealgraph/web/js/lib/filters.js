// The filters of the graph explorer and the timeline: statuses, a date range, a minimum amount and a currency,
// read from and written to the page's address so that a filtered view can be bookmarked and shared.
import { h } from './dom.js';
import { STATUSES } from './format.js';

const FIELDS = ['focus', 'organization', 'from', 'to', 'minAmount', 'currency'];
const CURRENCY = /^[A-Z]{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads filters from URL parameters, dropping values that break their rule. */
export function readFilters(params) {
  const filters = { status: (params.get('status') ?? '').split(',').filter((s) => STATUSES.some((x) => x.code === s)) };
  for (const name of FIELDS) filters[name] = params.get(name) ?? '';
  if (!DATE.test(filters.from)) filters.from = '';
  if (!DATE.test(filters.to)) filters.to = '';
  if (!CURRENCY.test(filters.currency)) filters.currency = '';
  if (!(Number(filters.minAmount) > 0)) filters.minAmount = '';
  return filters;
}

/** Writes filters into the address without reloading, so the view can be bookmarked. */
export function writeFilters(filters) {
  const params = new URLSearchParams();
  if (filters.status.length) params.set('status', filters.status.join(','));
  for (const name of FIELDS) if (filters[name]) params.set(name, filters[name]);
  const query = params.toString();
  history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
}

/** Returns the filter form; onApply gets the new filters (focus and organization kept) on submit. */
export function filterForm(filters, onApply, { organization = false } = {}) {
  const checks = STATUSES.map((s) => h('label', {},
    h('input', { type: 'checkbox', name: 'status', value: s.code, checked: filters.status.includes(s.code) }), s.label));
  const field = (label, input) => h('label', {}, label, input);
  const form = h('form', { class: 'filters', 'aria-label': 'Filters' },
    h('fieldset', {}, h('legend', {}, 'Status (none ticked: all)'), checks),
    organization ? field('Organization (id, e.g. amazon)', h('input', { name: 'organization', value: filters.organization, autocomplete: 'off' })) : null,
    field('From', h('input', { type: 'date', name: 'from', value: filters.from })),
    field('To', h('input', { type: 'date', name: 'to', value: filters.to })),
    field('Minimum amount', h('input', { type: 'number', name: 'minAmount', min: '0', step: 'any', value: filters.minAmount, placeholder: 'e.g. 1000000000' })),
    field('Currency', h('input', { name: 'currency', value: filters.currency, placeholder: 'USD', pattern: '[A-Z]{3}', maxlength: '3', autocomplete: 'off' })),
    h('div', { class: 'toolbar' }, h('button', { type: 'submit' }, 'Apply'), h('button', { type: 'reset', class: 'secondary' }, 'Clear')));
  const read = () => {
    const data = new FormData(form);
    const next = readFilters(new URLSearchParams([...data.entries()].filter(([k]) => k !== 'status')));
    next.status = data.getAll('status');
    next.focus = filters.focus;
    if (!organization) next.organization = filters.organization;
    return next;
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); onApply(read()); });
  form.addEventListener('reset', (e) => {
    // reset would restore the values the form was built with; clearing is what a reader expects
    e.preventDefault();
    form.querySelectorAll('input').forEach((i) => { if (i.type === 'checkbox') i.checked = false; else i.value = ''; });
    onApply({ ...read(), focus: '' });
  });
  return form;
}

// The timeline: money in deals per month, stacked by status, for one currency at a time, optionally for one
// organization (as investor or investee); a bar opens the list of that month's deals.
import { h, byId, fill } from '../lib/dom.js';
import { shell, section, loaded, empty } from '../lib/shell.js';
import { getAll } from '../lib/http.js';
import { STATUSES, amount, date, magnitude, money, statusBadge } from '../lib/format.js';
import { orgLink, orgLinks, dealPath } from '../lib/links.js';
import { table } from '../lib/tables.js';
import { filterForm, readFilters, writeFilters } from '../lib/filters.js';
import { monthsBetween, stackedBars } from '../lib/chart.js';

shell('Timeline');
let filters = readFilters(new URLSearchParams(location.search));
const formHolder = byId('timeline-form');
formHolder.replaceWith(filterForm(filters, (next) => { filters = next; writeFilters(filters); draw(); }, { organization: true }));

async function deals() {
  const params = { status: filters.status.join(','), from: filters.from, to: filters.to, minAmount: filters.minAmount,
    currency: filters.currency || 'USD', sort: 'reported' };
  if (!filters.organization) return getAll('/api/investments', params);
  const [out, into] = await Promise.all([getAll('/api/investments', { ...params, investor: filters.organization }),
    getAll('/api/investments', { ...params, investee: filters.organization })]);
  const seen = new Map([...out, ...into].map((d) => [d.id, d]));
  return [...seen.values()];
}

function monthOf(deal) {
  return (deal.date ?? deal.firstReported ?? '').slice(0, 7);
}

function draw() {
  const currency = filters.currency || 'USD';
  section(byId('chart'), async () => {
    const all = (await deals()).filter((d) => d.amount && monthOf(d));
    fill(byId('months'));
    if (!all.length) return empty(byId('chart'), `No deal in ${currency} matches these filters.`);
    const series = {};
    for (const d of all) {
      const m = monthOf(d);
      series[m] ??= {};
      series[m][d.status] = (series[m][d.status] ?? 0) + magnitude(d.amount);
    }
    const known = Object.keys(series).sort();
    const months = monthsBetween(known[0], known[known.length - 1]);
    const statuses = STATUSES.map((s) => s.code);
    const pick = (month) => showMonth(month, all.filter((d) => monthOf(d) === month), currency);
    const total = all.reduce((sum, d) => sum + magnitude(d.amount), 0);
    return loaded(byId('chart'),
      h('p', {}, `${all.length} deals, ${money(total, currency)} in all, ${months[0]} to ${months[months.length - 1]}. `,
        h('span', { class: 'muted' }, 'Choose a bar to list its deals.')),
      h('div', { class: 'table-wrap' }, stackedBars(months, series, statuses, currency, pick)),
      h('p', { class: 'legend' }, STATUSES.map((s) => h('span', {}, h('span', { class: `swatch status-${s.code}` }), s.label))));
  });
}

function showMonth(month, list, currency) {
  loaded(byId('months'), h('h2', { tabindex: '-1', id: 'month-heading' }, `Deals of ${month} (${currency})`), table([
    ['Date', (d) => date(d.date ?? d.firstReported)],
    ['Investor', (d) => orgLinks(d.investors)],
    ['Investee', (d) => orgLink(d.investee)],
    ['Amount', (d) => h('a', { href: dealPath(d.id) }, amount(d.amount)), 'num'],
    ['Status', (d) => statusBadge(d.status)],
  ], list, `Deals of ${month}`));
  byId('month-heading').focus();
}

draw();

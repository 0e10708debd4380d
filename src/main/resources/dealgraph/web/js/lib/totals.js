// Adds up deals by status and currency, keeping the deals behind each sum so a reader can check it.
import { h } from './dom.js';
import { STATUSES, amount, magnitude, money, statusBadge } from './format.js';
import { dealPath, orgLinks, orgLink } from './links.js';
import { table } from './tables.js';

/** Returns [{status, currency, total, deals}] for deals with an amount, in stage order, then by currency. */
export function totalsOf(deals) {
  const groups = new Map();
  for (const deal of deals) {
    if (!deal.amount) continue;
    const key = `${deal.status} ${deal.amount.currency}`;
    if (!groups.has(key)) groups.set(key, { status: deal.status, currency: deal.amount.currency, total: 0, deals: [] });
    const group = groups.get(key);
    group.total += magnitude(deal.amount);
    group.deals.push(deal);
  }
  const order = (s) => STATUSES.findIndex((x) => x.code === s);
  return [...groups.values()].sort((a, b) => order(a.status) - order(b.status) || a.currency.localeCompare(b.currency));
}

/** Returns a table of totals whose rows open to the deals they add up; counterparty names the other side. */
export function totalsTable(deals, counterparty, caption) {
  const rows = totalsOf(deals);
  const unpriced = deals.filter((d) => !d.amount).length;
  return [
    rows.length ? table([
      ['Status', (r) => statusBadge(r.status)],
      ['Currency', (r) => r.currency],
      ['Total', (r) => money(r.total, r.currency), 'num'],
      ['Made up of', (r) => h('details', {}, h('summary', {}, r.deals.length === 1 ? '1 deal' : `${r.deals.length} deals`),
        h('ul', {}, r.deals.map((d) => h('li', {}, h('a', { href: dealPath(d.id) }, amount(d.amount)), ' — ',
          counterparty === 'investors' ? orgLinks(d.investors) : orgLink(d.investee)))))],
    ], rows, caption) : h('p', { class: 'empty' }, 'No deal with a stated amount.'),
    unpriced ? h('p', { class: 'muted' }, `${unpriced} more ${unpriced === 1 ? 'deal has' : 'deals have'} no stated amount.`) : null,
  ];
}

// The home page: counts, a search box, the biggest deals, the most active investors, the most-funded companies
// and the latest articles, all from /api/stats.
import { h, byId, fill } from '../lib/dom.js';
import { shell, section, loaded, empty } from '../lib/shell.js';
import { getJson } from '../lib/http.js';
import { amount, count, date, money, plural, statusBadge } from '../lib/format.js';
import { orgLink, orgLinks, dealPath, articlePath } from '../lib/links.js';
import { searchBox } from '../lib/search.js';
import { table } from '../lib/tables.js';

shell('');
fill(byId('home-search'), searchBox({ id: 'home-q', placeholder: 'Find an organization: Amazon, OpenAI, SoftBank…', large: true }));

const stats = getJson('/api/stats', { top: 10 });

section(byId('stats'), async () => {
  const { counts } = await stats;
  const card = (n, label) => h('article', {}, h('span', { class: 'number' }, count(n)), label);
  loaded(byId('stats'), h('div', { class: 'stats' },
    card(counts.articles, 'articles'), card(counts.organizations, 'organizations'),
    card(counts.investments, 'deals'), card(counts.rounds, 'funding rounds'), card(counts.competitions, 'rivalries')));
});

section(byId('biggest-body'), async () => {
  const { biggestInvestments: deals, currency } = await stats;
  if (!deals.length) return empty(byId('biggest-body'), `No deal in ${currency} yet.`);
  return loaded(byId('biggest-body'), table([
    ['Investor', (d) => orgLinks(d.investors)],
    ['Investee', (d) => orgLink(d.investee)],
    ['Amount', (d) => h('a', { href: dealPath(d.id) }, amount(d.amount)), 'num'],
    ['Status', (d) => statusBadge(d.status)],
    ['Last reported', (d) => date(d.lastReported)],
  ], deals, 'Biggest deals'));
});

section(byId('investors-body'), async () => {
  const { mostActiveInvestors: rows } = await stats;
  if (!rows.length) return empty(byId('investors-body'), 'No investor yet.');
  return loaded(byId('investors-body'), h('ol', {}, rows.map((r) =>
    h('li', {}, orgLink(r.organization), h('span', { class: 'muted' }, ` — ${plural(r.investments, 'deal')}`)))));
});

section(byId('funded-body'), async () => {
  const { mostFunded: rows, currency } = await stats;
  if (!rows.length) return empty(byId('funded-body'), `No company funded in ${currency} yet.`);
  return loaded(byId('funded-body'), h('ol', {}, rows.map((r) =>
    h('li', {}, orgLink(r.organization), h('span', { class: 'muted' },
      ` — ${money(r.total, currency)} in ${plural(r.investments, 'deal')}`)))),
  h('p', { class: 'muted' }, 'Live deals only; ranges and "up to" count at their maximum.'));
});

section(byId('latest-body'), async () => {
  const { latestArticles: articles } = await stats;
  if (!articles.length) return empty(byId('latest-body'), 'No article has been ingested yet.');
  return loaded(byId('latest-body'), table([
    ['Published', (a) => date(a.published)],
    ['Title', (a) => h('a', { href: articlePath(a.id) }, a.title)],
    ['Publisher', (a) => a.publisher ?? ''],
    ['Facts', (a) => `${plural(a.investmentCount ?? 0, 'deal')}, ${plural(a.roundCount ?? 0, 'round')}`, 'num'],
  ], articles, 'Latest articles'));
});

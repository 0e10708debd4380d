// The page of a funding round: its investee, total, valuation, leads and participants, the deals placed in it,
// and every article's report of it.
import { h, byId } from '../lib/dom.js';
import { shell, section, loaded, empty, setTitle, whenMissing } from '../lib/shell.js';
import { getJson, pageKey } from '../lib/http.js';
import { amount, date, statusBadge, reported } from '../lib/format.js';
import { orgLink, orgLinks, dealPath, articlePath } from '../lib/links.js';
import { table } from '../lib/tables.js';

shell('Funding round');
const round = whenMissing(getJson(`/api/rounds/${encodeURIComponent(pageKey())}`));

section(byId('round-head'), async () => {
  const r = await round;
  setTitle(r.label);
  return loaded(byId('round-head'),
    h('hgroup', {}, h('h1', {}, orgLink(r.investee), ' ', r.series ?? 'funding round'),
      h('p', {}, r.amount ? h('strong', {}, amount(r.amount)) : 'total not stated',
        r.valuation ? ` at a valuation of ${amount(r.valuation)}` : '')),
    h('dl', { class: 'facts-list' },
      h('dt', {}, 'Led by'), h('dd', {}, r.leads.length ? orgLinks(r.leads) : '—'),
      h('dt', {}, 'Participants'), h('dd', {}, r.participants.length ? orgLinks(r.participants) : '—'),
      r.date ? [h('dt', {}, 'Date'), h('dd', {}, date(r.date))] : null,
      h('dt', {}, 'Reported'), h('dd', {}, reported(r.reportCount, r.firstReported, r.lastReported)),
      h('dt', {}, 'Linked data'), h('dd', {}, h('a', { href: location.pathname }, r.iri))),
    r.investments.length ? [h('h2', {}, 'Deals in this round'), table([
      ['Investor', (d) => orgLinks(d.investors)],
      ['Amount', (d) => h('a', { href: dealPath(d.id) }, amount(d.amount)), 'num'],
      ['Status', (d) => statusBadge(d.status)],
    ], r.investments, 'Deals in this round')] : null);
});

section(byId('reports-body'), async () => {
  const r = await round;
  if (!r.sources.length) return empty(byId('reports-body'), 'No report.');
  return loaded(byId('reports-body'), table([
    ['Reported', (s) => date(s.reportedOn ?? s.article.published)],
    ['Article', (s) => h('a', { href: articlePath(s.article.id, s.evidence) }, s.article.title)],
    ['Total', (s) => (s.amount ? amount(s.amount) : ''), 'num'],
    ['Valuation', (s) => (s.valuation ? amount(s.valuation) : ''), 'num'],
    ['Leads', (s) => orgLinks(s.leads)],
    ['Sentence', (s) => h('q', {}, s.evidence.text)],
  ], r.sources, 'Reports of this round, oldest first'));
});

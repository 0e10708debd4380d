// The page of a deal: who invested in whom, how much, how far it got, and every article's report of it over time.
import { h, byId } from '../lib/dom.js';
import { shell, section, loaded, setTitle, whenMissing } from '../lib/shell.js';
import { getJson, pageKey } from '../lib/http.js';
import { amount, date, statusBadge, reported } from '../lib/format.js';
import { orgLink, orgLinks, roundLink, articlePath } from '../lib/links.js';
import { table } from '../lib/tables.js';

shell('Deal');
const deal = whenMissing(getJson(`/api/investments/${encodeURIComponent(pageKey())}`));

section(byId('deal-head'), async () => {
  const d = await deal;
  const names = `${d.investors.map((i) => i.name).join(', ')} → ${d.investee.name}`;
  setTitle(`${names}, ${amount(d.amount)}`);
  return loaded(byId('deal-head'),
    h('hgroup', {}, h('h1', {}, orgLinks(d.investors), ' → ', orgLink(d.investee)),
      h('p', {}, h('strong', {}, amount(d.amount)), ' ', statusBadge(d.status))),
    h('dl', { class: 'facts-list' },
      h('dt', {}, 'Amount'), h('dd', {}, amount(d.amount), d.amount?.text ? h('span', { class: 'muted' }, ` ("${d.amount.text}")`) : ''),
      h('dt', {}, 'Furthest status'), h('dd', {}, statusBadge(d.status), ' ', h('span', { class: 'muted' }, history(d.sources))),
      d.date ? [h('dt', {}, 'Date of the deal'), h('dd', {}, date(d.date))] : null,
      d.round ? [h('dt', {}, 'Round'), h('dd', {}, roundLink(d.round))] : null,
      h('dt', {}, 'Reported'), h('dd', {}, reported(d.reportCount, d.firstReported, d.lastReported)),
      h('dt', {}, 'Linked data'), h('dd', {}, h('a', { href: location.pathname }, d.iri))));
});

/** Returns the order in which reports moved the deal: "rumored → announced → completed". */
function history(sources) {
  const steps = [];
  for (const s of sources) if (steps[steps.length - 1] !== s.status) steps.push(s.status);
  return steps.length > 1 ? `reports went ${steps.join(' → ')}` : '';
}

section(byId('reports-body'), async () => {
  const d = await deal;
  return loaded(byId('reports-body'), table([
    ['Reported', (s) => date(s.reportedOn ?? s.article.published)],
    ['Article', (s) => [h('a', { href: articlePath(s.article.id, s.evidence) }, s.article.title),
      s.article.publisher ? h('small', { class: 'muted' }, ` ${s.article.publisher}`) : '']],
    ['Status', (s) => statusBadge(s.status)],
    ['Amount as written', (s) => s.amountText ?? ''],
    ['Tranches', (s) => s.tranches.map(amount).join(', ')],
    ['Date given', (s) => date(s.date)],
    ['Round', (s) => roundLink(s.round)],
    ['Sentence', (s) => h('q', {}, s.evidence.text)],
  ], d.sources, 'Reports of this deal, oldest first'));
});

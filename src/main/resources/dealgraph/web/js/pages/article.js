// The page of an article: its metadata and text with entity mentions and evidence sentences highlighted from
// their offsets, and beside it the facts extracted from it, each linked to its sentence.
import { h, byId, safeHref } from '../lib/dom.js';
import { shell, section, loaded, setTitle, whenMissing } from '../lib/shell.js';
import { getJson, pageKey } from '../lib/http.js';
import { amount, date, statusBadge } from '../lib/format.js';
import { orgLink, orgLinks, dealPath, roundLink } from '../lib/links.js';
import { markSpans, targetOf, showTarget } from '../lib/spans.js';

shell('Article');
const article = whenMissing(getJson(`/api/articles/${encodeURIComponent(pageKey())}`)).then(flatten);

/** Lifts each fact's report ({investment, report: {status, evidence, …}}) to the fact itself, as documented. */
function flatten(a) {
  const lift = (fact) => ({ ...fact, ...(fact.report ?? {}) });
  return { ...a, investments: a.investments.map(lift), rounds: a.rounds.map(lift), competitors: a.competitors.map(lift) };
}

section(byId('article-head'), async () => {
  const a = await article;
  setTitle(a.title);
  return loaded(byId('article-head'), h('hgroup', {}, h('h1', {}, a.title),
    h('p', {}, [a.publisher, date(a.published)].filter(Boolean).join(', '),
      a.url ? [' · ', h('a', { href: safeHref(a.url), rel: 'external noopener' }, 'original')] : '')),
  h('details', {}, h('summary', {}, 'Provenance'), h('dl', { class: 'facts-list' },
    h('dt', {}, 'Read from'), h('dd', {}, a.origin ?? ''),
    h('dt', {}, 'Ingested'), h('dd', {}, a.ingestedAt ?? ''),
    h('dt', {}, 'Content hash'), h('dd', {}, h('code', {}, a.contentHash ?? '')),
    h('dt', {}, 'Linked data'), h('dd', {}, h('a', { href: location.pathname }, a.iri)))));
});

const here = (evidence) => h('a', { href: `#char=${evidence.start},${evidence.end}`, class: 'show-in-text' }, 'show in text');

section(byId('text'), async () => {
  const a = await article;
  const spans = [
    ...a.mentions.map((m) => ({ start: m.start, end: m.end, kind: 'mention', title: m.organization?.name ?? m.text })),
    ...a.investments.map((f) => ({ ...f.evidence, kind: 'evidence', title: `deal: ${f.investment.investors.map((i) => i.name).join(', ')} → ${f.investment.investee.name}` })),
    ...a.rounds.map((f) => ({ ...f.evidence, kind: 'evidence', title: `round: ${f.investee.name}` })),
    ...a.competitors.map((f) => ({ ...f.evidence, kind: 'evidence', title: `rivals: ${f.organizations.map((o) => o.name).join(' and ')}` })),
  ];
  const body = h('div', { class: 'article-text' }, markSpans(a.text, spans));
  loaded(byId('text'), h('p', { class: 'legend' }, h('span', {}, h('span', { class: 'swatch mention' }), 'entity mention'),
    h('span', {}, h('span', { class: 'swatch evidence' }), 'evidence of a fact')), body);
  const follow = () => showTarget(body, targetOf(location.hash));
  window.addEventListener('hashchange', follow);
  follow();
});

section(byId('facts'), async () => {
  const a = await article;
  const mentioned = new Map(a.mentions.filter((m) => m.organization).map((m) => [m.organization.id, m.organization]));
  return loaded(byId('facts'),
    h('h2', {}, 'Facts in this article'),
    a.investments.length + a.rounds.length + a.competitors.length === 0 ? h('p', { class: 'empty' }, 'No fact was extracted from this article.') : null,
    a.investments.length ? [h('h3', {}, 'Deals'), h('ul', { class: 'facts' }, a.investments.map((f) => h('li', {},
      orgLinks(f.investment.investors), ' → ', orgLink(f.investment.investee), ': ',
      h('a', { href: dealPath(f.investment.id) }, f.amountText ?? amount(f.investment.amount)), ' ', statusBadge(f.status),
      f.round ? [' in ', roundLink(f.round)] : '', f.date ? ` on ${date(f.date)}` : '', ' · ', here(f.evidence))))] : null,
    a.rounds.length ? [h('h3', {}, 'Funding rounds'), h('ul', { class: 'facts' }, a.rounds.map((f) => h('li', {},
      orgLink(f.investee), ' ', roundLink(f.round), f.amount ? `: ${amount(f.amount)}` : '',
      f.valuation ? ` at ${amount(f.valuation)} valuation` : '',
      f.leads.length ? [', led by ', orgLinks(f.leads)] : '', ' · ', here(f.evidence))))] : null,
    a.competitors.length ? [h('h3', {}, 'Rivalries'), h('ul', { class: 'facts' }, a.competitors.map((f) => h('li', {},
      orgLinks(f.organizations), ' compete · ', here(f.evidence))))] : null,
    mentioned.size ? [h('h3', {}, 'Mentioned'), h('p', {}, orgLinks([...mentioned.values()]))] : null);
});

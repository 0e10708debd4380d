// Shows where a fact comes from: each source's sentence, article, date and what it said, behind a disclosure.
import { h } from './dom.js';
import { date, statusBadge } from './format.js';
import { articlePath } from './links.js';

/** Returns a quote of one source: the sentence, then the article it is from with a link to the sentence. */
export function quote(source, extra = []) {
  const article = source.article ?? {};
  const when = article.published ?? source.reportedOn;
  return h('blockquote', {},
    source.evidence?.text ?? '',
    h('footer', {},
      h('a', { href: articlePath(article.id, source.evidence) }, article.title ?? article.id),
      article.publisher ? `, ${article.publisher}` : '',
      when ? `, ${date(when)}` : '',
      extra.length ? [' · ', extra] : '',
      Number.isFinite(source.confidence) ? h('small', { class: 'muted' }, ` · confidence ${Math.round(source.confidence * 100)}%`) : ''));
}

/** Returns a disclosure that opens to the sentences behind a deal, round or rivalry. */
export function evidenceDetails(sources = [], { open = false } = {}) {
  if (sources.length === 0) return h('span', { class: 'muted' }, 'no source');
  const label = sources.length === 1 ? '1 source' : `${sources.length} sources`;
  return h('details', { class: 'evidence', open },
    h('summary', {}, label),
    sources.map((s) => quote(s, s.status ? [statusBadge(s.status), s.amountText ? ` ${s.amountText}` : ''] : [])));
}

// Builds tables the same way on every page: a caption for screen readers, headers, and cells that name their
// column, so that on narrow screens each row can stand as a card of labelled values.
import { h } from './dom.js';

const blank = (value) => value === '' || value === null || value === undefined || (Array.isArray(value) && value.flat(Infinity).every(blank));

/**
 * Returns a table; columns are [label, cell(row), className?] and rows any objects. Numeric columns take the
 * class "num"; a column with nothing in any row is left out.
 */
export function table(columns, rows, caption) {
  const cells = rows.map((row) => columns.map(([, cell]) => cell(row)));
  const kept = columns.map((_, i) => i).filter((i) => cells.some((row) => !blank(row[i])));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'striped stack' },
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, kept.map((i) => h('th', { scope: 'col', class: columns[i][2] }, columns[i][0])))),
    h('tbody', {}, cells.map((row) => h('tr', {}, kept.map((i) =>
      h('td', { class: columns[i][2], 'data-label': columns[i][0] }, row[i])))))));
}

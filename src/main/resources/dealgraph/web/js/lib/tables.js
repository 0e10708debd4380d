// Builds tables the same way on every page: a caption for screen readers, headers, rows that scroll sideways
// on narrow screens.
import { h } from './dom.js';

/**
 * Returns a table; columns are [label, cell(row), className?] and rows any objects.
 * Numeric columns take the class "num".
 */
export function table(columns, rows, caption) {
  return h('div', { class: 'table-wrap' }, h('table', { class: 'striped' },
    caption ? h('caption', { class: 'visually-hidden' }, caption) : null,
    h('thead', {}, h('tr', {}, columns.map(([label, , cls]) => h('th', { scope: 'col', class: cls }, label)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, columns.map(([, cell, cls]) => h('td', { class: cls }, cell(row))))))));
}

// Small builders for the DOM, shared by every screen.
import { t, fmt } from './i18n.js';

/** An element with attributes (on* are listeners) and children (strings become text; null/false are skipped). */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => {
    if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
  });
  children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
    .forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

export const option = (value, text, selected) => el('option', { value, selected: selected ? 'selected' : null }, text);
export const select = (name, values, current, labelOf) => el('select', { name }, values.map(v => option(v, labelOf(v), v === current)));
export const badge = (text, kind) => el('span', { class: 'badge' + (kind ? ' ' + kind : '') }, text);
export const bulletList = (items) => el('ul', {}, (items || []).map(s => el('li', {}, s)));
export const value = (form, name) => form.elements.namedItem(name).value;
export const checked = (form, name) => { const box = form.elements.namedItem(name); return !!(box && box.checked); };
export const checkbox = (name, on, text) => el('label', {},
  el('input', { type: 'checkbox', name, checked: on ? 'checked' : null }), ' ' + text);

/**
 * A button; `target` names what it acts on, for screen readers and voice control ("Modifier — Influencer les politiques"),
 * while the eye reads the short text in its context.
 */
export function button(text, onclick, kind, target) {
  return el('button', { type: 'button', class: kind || 'secondary', onclick,
    'aria-label': target ? text + ' — ' + target : null }, text);
}

/** A symbol for the eye with its words for screen readers (the symbol itself is hidden from them). */
export const mark = (symbol, text, kind) => [el('span', { class: 'mark ' + kind, title: text, 'aria-hidden': 'true' }, symbol),
  el('span', { class: 'sr-only' }, text)];

/** A label around a single control ties them for screen readers; a group of controls gets a plain caption. */
export function field(text, control) {
  const single = ['INPUT', 'SELECT', 'TEXTAREA'].includes(control.tagName);
  return el(single ? 'label' : 'div', { class: 'field' }, el('span', { class: 'field-label' }, text), control);
}

/** Enter in a helper input must run that helper, not submit the surrounding form. */
export function onEnter(input, action) {
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') { event.preventDefault(); action(); }
  });
}

/** A wide table scrolls on its own, reachable and named for keyboard users (WCAG 2.1.1). */
export const scrollingTable = (label, table) => el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, table);

/**
 * A table that a phone shows as cards (class `cards`, app.css): each cell under its column's name, taken from
 * the table's headings where the cell names none. Its cells name their roles outright: some screen readers stop
 * reading a table as a table once its rows are laid out as blocks.
 */
export function asCards(table) {
  table.classList.add('cards');
  const headings = [...table.querySelectorAll('thead tr:last-child th')].map(th => th.textContent);
  table.querySelectorAll('tbody tr').forEach(row => [...row.cells].forEach((cell, i) => {
    if (cell.tagName === 'TD' && cell.colSpan === 1 && !cell.hasAttribute('data-label') && headings[i]) cell.dataset.label = headings[i];
  }));
  table.setAttribute('role', 'table');
  table.querySelectorAll('tr').forEach(row => row.setAttribute('role', 'row'));
  table.querySelectorAll('thead, tbody').forEach(group => group.setAttribute('role', 'rowgroup'));
  table.querySelectorAll('th[scope=col]').forEach(head => head.setAttribute('role', 'columnheader'));
  table.querySelectorAll('th[scope=row]').forEach(head => head.setAttribute('role', 'rowheader'));
  table.querySelectorAll('td').forEach(cell => cell.setAttribute('role', 'cell'));
  return table;
}

export const backLink = (href, text) => el('p', {}, el('a', { href }, '← ' + (text || t('back'))));

/**
 * "21–40 of 53" between previous and next; the buttons stay in place, disabled at either end.
 * The buttons' ids start with `idPrefix`.
 */
export function pagerControls(result, go, idPrefix) {
  const first = result.page * result.size;
  const last = Math.min(first + result.size, result.total);
  const previous = button(t('previous'), () => go(result.page - 1));
  const next = button(t('next'), () => go(result.page + 1));
  previous.id = idPrefix + '-previous';
  next.id = idPrefix + '-next';
  previous.disabled = result.page <= 0;
  next.disabled = last >= result.total;
  return [previous, el('span', { class: 'muted' }, result.total ? fmt('range', { from: first + 1, to: last, total: result.total }) : ''), next];
}

/** Brings the element of that id into view, focused and marked (a step a link pointed at); false if absent. */
export function reveal(id) {
  const target = id && document.getElementById(id);
  if (!target) return false;
  document.querySelectorAll('.revealed').forEach(n => n.classList.remove('revealed'));
  target.classList.add('revealed');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

/**
 * Esc closes an editor (`cancel`); once something was typed in it (the form is marked dirty), only after the user
 * says to drop what they wrote: Esc is easy to press by mistake, and a lost paragraph is not.
 */
export function closeOnEscape(node, form, cancel) {
  node.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (form.dataset.dirty !== '1' || confirm(t('confirmDiscard'))) cancel();
  });
}

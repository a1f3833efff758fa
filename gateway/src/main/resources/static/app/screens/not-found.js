// A hash that names no screen: say so, with a way home.
import { t } from '../i18n.js';
import { el } from '../dom.js';

export function showNotFound(ctx) {
  ctx.renderToken++;
  ctx.main.replaceChildren(el('section', { class: 'card', id: 'not-found' }, el('h1', {}, t('notFound')),
    el('p', {}, t('notFoundHelp')), el('p', {}, el('a', { href: '#/' }, t('home')))));
}

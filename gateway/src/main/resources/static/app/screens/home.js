// Home: the member's networks.
import { t } from '../i18n.js';
import { el } from '../dom.js';
import { networkHash } from '../links.js';

export function showHome(ctx) {
  ctx.renderToken++;
  ctx.main.replaceChildren(el('h1', {}, t('networks')),
    el('ul', { class: 'networks', id: 'networks' }, ctx.me.networks.map(n =>
      el('li', {}, el('a', { href: networkHash(n.id) }, n.name), ' ',
        el('span', { class: 'badge' }, n.role === 'ADMIN' ? t('admin') : t('member'))))));
}

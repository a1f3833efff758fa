// Choosing partners from the network's directory: search-as-you-type, and chosen partners as removable chips.
import { t } from '../i18n.js';
import { api } from '../api.js';
import { el, button, onEnter } from '../dom.js';

/** Picking hands the partner ({ id, name, contacts }) to the caller. */
export function partnerPicker(networkId, onPick) {
  const input = el('input', { type: 'search', placeholder: t('searchPartner'), autocomplete: 'off', 'aria-label': t('searchPartner') });
  const results = el('ul', { class: 'picker-results' });
  let timer = null;
  const pick = (partner) => { onPick(partner); input.value = ''; results.replaceChildren(); };
  const search = async () => {
    const q = input.value.trim();
    if (!q) { results.replaceChildren(); return; }
    const answer = await api('GET', '/api/networks/' + networkId + '/partners?size=10&q=' + encodeURIComponent(q));
    if (input.value.trim() !== q) return; // the user typed on; a newer search will answer
    const items = answer.status === 200 && answer.json && answer.json.items || [];
    results.replaceChildren(...(items.length
      ? items.map(p => el('li', {}, button(p.name, () => pick({ id: p.id, name: p.name, contacts: p.contacts }), 'link')))
      : [el('li', { class: 'muted' }, t('noPartner'))]));
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  onEnter(input, () => { clearTimeout(timer); search(); });
  return el('div', { class: 'picker' }, input, results);
}

/** `partners` is the caller's array, changed in place. */
export function partnerChips(partners) {
  const list = el('ul', { class: 'chips' });
  const draw = () => list.replaceChildren(...partners.map((p, index) => el('li', {}, p.name, ' ',
    el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' — ' + p.name,
      onclick: () => { partners.splice(index, 1); draw(); } }, '×'))));
  draw();
  return { node: list, add: (p) => { if (!partners.some(x => x.id === p.id)) { partners.push(p); draw(); } } };
}

// Who carries a role, as an editable list: partners from the directory, members of the initiative, or someone to find.
import { t, enumText } from '../i18n.js';
import { el, field, option, button, onEnter } from '../dom.js';
import { partnerPicker } from './pickers.js';

export const activeMembers = (page) => page.members.filter(m => m.status === 'ACTIVE' && m.memberId);

/** What tells two carriers apart, for merges. */
export const carrierKey = (c) => c.kind + ':' + (c.partnerId || c.memberId || c.name);

/** `onChange` hears of every change of the list. */
export function carrierEditor(page, initial, onChange) {
  const carriers = initial.map(c => Object.assign({}, c));
  const list = el('ul', { class: 'chips' });
  const changed = () => { draw(); if (onChange) onChange(); };
  const draw = () => list.replaceChildren(...carriers.map((c, index) => el('li', {},
    c.name + ' (' + enumText('carrier', c.kind) + ') ',
    el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' — ' + c.name,
      onclick: () => { carriers.splice(index, 1); changed(); } }, '×'))));
  const add = (c) => { if (!carriers.some(x => carrierKey(x) === carrierKey(c))) { carriers.push(c); changed(); } };
  const members = activeMembers(page);
  const memberSelect = el('select', { 'aria-label': t('memberCarrier') }, option('', t('chooseMember')),
    members.map(m => option(m.memberId, m.name)));
  const addMember = () => {
    const m = members.find(x => x.memberId === memberSelect.value);
    if (m) { add({ kind: 'MEMBER', memberId: m.memberId, name: m.name }); memberSelect.value = ''; }
  };
  const toFind = el('input', { placeholder: t('whoPlaceholder'), maxlength: '200', 'aria-label': t('toFindCarrier') });
  const addToFind = () => {
    const name = toFind.value.trim();
    if (name) { add({ kind: 'TO_FIND', name }); toFind.value = ''; }
  };
  onEnter(toFind, addToFind);
  draw();
  const node = el('div', { class: 'carrier-editor' }, list,
    field(t('partnerCarrier'), partnerPicker(page.networkId, p => add({ kind: 'PARTNER', partnerId: p.id, name: p.name }))),
    field(t('memberCarrier'), el('div', { class: 'inline' }, memberSelect, button(t('add'), addMember, null, t('memberCarrier')))),
    field(t('toFindCarrier'), el('div', { class: 'inline' }, toFind, button(t('add'), addToFind, null, t('toFindCarrier')))));
  return {
    node,
    focus: () => toFind.focus(),
    value: () => carriers.map(c => Object.assign({}, c)),
    set: (list) => { carriers.splice(0, carriers.length, ...list.map(c => Object.assign({}, c))); draw(); }
  };
}

/** The API wants only what identifies each kind of carrier. */
export const carrierInput = (c) => c.kind === 'PARTNER' ? { kind: c.kind, partnerId: c.partnerId }
  : c.kind === 'MEMBER' ? { kind: c.kind, memberId: c.memberId, name: c.name } : { kind: c.kind, name: c.name };

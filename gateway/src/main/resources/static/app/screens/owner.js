// Who answers for a step: me (an empty owner), another member of the initiative, or a partner through a contact the
// directory lists (picked, never typed: reminders go only to addresses the directory vouches for).
import { t } from '../i18n.js';
import { el, field, option } from '../dom.js';
import { partnerPicker } from './pickers.js';

/** `initial` is a step's owner (or nothing for a new step); `value()` answers the API's owner input, or null if incomplete. */
export function ownerChooser(page, initial, label) {
  const me = page.ctx.me;
  const members = page.members.filter(m => m.status === 'ACTIVE' && m.memberId);
  const start = !initial || initial.memberId === me.id ? 'me' : initial.partnerId ? 'partner' : 'member:' + initial.memberId;
  const choice = el('select', { name: 'owner', 'aria-label': label ? t('owner') + ' — ' + label : null }, option('me', t('ownerMe'), start === 'me'),
    members.filter(m => m.memberId !== me.id).map(m => option('member:' + m.memberId, m.name, start === 'member:' + m.memberId)),
    option('partner', t('ownerPartner'), start === 'partner'));
  let partner = initial && initial.partnerId ? { id: initial.partnerId, name: initial.name } : null;
  const chosen = el('strong', {}, partner ? partner.name : '');
  const email = el('select', { name: 'ownerEmail', 'aria-label': t('partnerEmail') });
  if (partner && initial.email) email.append(option(initial.email, initial.email, true));
  const noContact = el('span', { class: 'muted', hidden: 'hidden' }, t('noContactEmail'));
  const pickPartner = (p) => {
    partner = p;
    chosen.textContent = p.name;
    const reachable = (p.contacts || []).filter(c => c.email);
    email.replaceChildren(...reachable.map(c => option(c.email, c.name + ' <' + c.email + '>')));
    email.hidden = reachable.length === 0;
    noContact.hidden = reachable.length > 0;
    choice.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const partnerBox = el('div', { class: 'row-form', hidden: start === 'partner' ? null : 'hidden' }, chosen,
    partnerPicker(page.networkId, pickPartner), email, noContact);
  choice.addEventListener('change', () => {
    partnerBox.hidden = choice.value !== 'partner';
    email.required = choice.value === 'partner';
  });
  const value = () => {
    if (choice.value === 'me') return {};
    if (choice.value === 'partner') return partner && email.value ? { partnerId: partner.id, email: email.value } : null;
    const m = members.find(x => 'member:' + x.memberId === choice.value);
    return m ? { memberId: m.memberId } : null;
  };
  return { node: el('div', { class: 'row-form' }, field(t('owner'), choice), partnerBox), value };
}

/** Two owners are the same person when their ids and contact match. */
export const ownerKey = (o) => !o ? '' : o.partnerId ? 'p:' + o.partnerId + ':' + (o.email || '') : 'm:' + (o.memberId || '');

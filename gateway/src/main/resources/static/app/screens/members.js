// The initiative's members: who takes part and in what role; coordinators invite, change roles and remove.
import { t, fmt, phrase, enumText, language } from '../i18n.js';
import { write } from '../api.js';
import { el, field, option, select, button, value, scrollingTable, asCards } from '../dom.js';

// who may manage members and the parts a member may have come from the server (GET .../rules)
const parts = (page) => page.rules ? page.rules.enums.memberRoles : ['COORDINATOR', 'PARTNER', 'GUEST'];
const memberLabels = () => ({ email: t('email'), name: t('name'), role: t('role'), language: t('language') });

export function renderMembersTab(page, content) {
  const manage = page.rules ? !!page.rules.actions.manageMembers : !!page.initiative.canManage;
  const headings = [t('name'), t('email'), t('role'), t('status')].concat(manage ? [t('actions')] : []);
  // a change said stays said for a few seconds, through the redraw its own live update brings
  const notice = page.ctx.kept.memberNotice;
  content.replaceChildren(el('section', { id: 'members' }, el('h2', {}, t('members')),
    notice && notice.until > Date.now() ? el('p', { class: 'saved', role: 'status', id: 'member-notice' }, notice.text) : '',
    page.members.length ? scrollingTable(t('members'), asCards(el('table', { class: 'list members' },
      el('thead', {}, el('tr', {}, headings.map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, page.members.map(m => memberRow(page, m, manage))))))
      : el('p', { class: 'muted' }, t('noMembers')),
    manage ? inviteForm(page) : ''));
}

function memberRow(page, m, manage) {
  const path = page.base + '/members/' + m.id;
  const roleCell = el('td', {});
  if (manage) {
    const choice = select('role', parts(page), m.role, v => enumText('part', v));
    choice.setAttribute('aria-label', t('role') + ' — ' + m.name);
    choice.addEventListener('change', async () => {
      clearErrors(row);
      // said once the list is drawn anew; a refused change (the last coordinator, say) leaves the role as it stands
      page.ctx.kept.memberNotice = { text: phrase('memberRoleChanged', { name: m.name, role: enumText('part', choice.value) }),
        until: Date.now() + 10000 };
      if (!await write(page.ctx, roleCell, 'PATCH', path, { role: choice.value }, null, memberLabels())) {
        page.ctx.kept.memberNotice = null;
        choice.value = m.role;
      }
    });
    roleCell.append(choice);
  } else {
    roleCell.append(enumText('part', m.role));
  }
  const row = el('tr', { id: 'member-' + m.id }, el('td', {}, m.name), el('td', {}, m.email || ''), roleCell,
    el('td', {}, enumText('memberStatus', m.status)));
  if (manage) {
    const cell = el('td', {});
    cell.append(button(t('remove'), () => {
      if (confirm(fmt('confirmRemove', { name: m.name }))) { clearErrors(row); write(page.ctx, cell, 'DELETE', path); }
    }, null, m.name));
    row.append(cell);
  }
  return row;
}

// one message at a time in a member's row: the answer to what the user did last
const clearErrors = (row) => row.querySelectorAll('p.error').forEach(p => p.remove());

function inviteForm(page) {
  const lang = language();
  const form = el('form', { class: 'row-form card', id: 'invite-form' }, el('h3', {}, t('invite')),
    el('div', { class: 'inline' },
      field(t('email'), el('input', { name: 'email', type: 'email', required: 'required', maxlength: '320' })),
      field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200' })),
      field(t('role'), select('role', parts(page), 'PARTNER', v => enumText('part', v))),
      field(t('language'), el('select', { name: 'language' }, option('fr', t('french'), lang === 'fr'), option('en', t('english'), lang === 'en')))),
    el('div', {}, el('button', { type: 'submit' }, t('invite'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write(page.ctx, form, 'POST', page.base + '/members', { email: value(form, 'email'), name: value(form, 'name'),
      role: value(form, 'role'), language: value(form, 'language') }, null, memberLabels());
  });
  return form;
}

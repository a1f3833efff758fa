// The worksheet's history: who changed what and when, optionally for one role.
import { t, fmt, enumText, when } from '../i18n.js';
import { api, showError } from '../api.js';
import { el, field, option, button } from '../dom.js';
import { stepHash } from '../links.js';
import { roleName, roleLabelOf } from '../labels.js';

export function renderHistoryTab(page, content) {
  const kept = page.ctx.kept;
  const filter = el('select', { id: 'history-role' }, option('', t('allRoles')),
    page.sheet.roles.map(r => option(r.key, roleName(r), r.key === kept.historyRole)));
  const list = el('ul', { class: 'history-list' });
  filter.addEventListener('change', () => { kept.historyRole = filter.value; loadHistory(page, list); });
  const removed = el('div', { id: 'removed-steps' });
  content.replaceChildren(el('section', { id: 'history' }, el('h2', {}, t('tab.history')), removed,
    field(t('filterRole'), filter), list));
  return Promise.all([loadHistory(page, list), loadRemoved(page, removed)]);
}

// Steps removed lately that can still be put back: the undo outlives the few seconds of its toast and a reload.
async function loadRemoved(page, box) {
  const canRestore = page.rules ? !!page.rules.actions.changeSteps : page.sheet.canEdit;
  const answer = await api('GET', page.base + '/worksheet/removed-steps');
  const items = answer.status === 200 && Array.isArray(answer.json) ? answer.json : [];
  if (!items.length || !box.isConnected) return;
  box.replaceChildren(el('h3', {}, t('removedSteps')), el('ul', { class: 'removed-steps' }, items.map(r => {
    const where = r.step.plan ? enumText('plan', r.step.plan) : roleLabelOf(page, r.step.role);
    const restore = button(t('restore'), async () => {
      restore.disabled = true;
      const done = await api('POST', r.restore, null, { 'If-Match': r.step.etag });
      if (done.status === 200) { location.hash = stepHash(page.networkId, page.initiativeId, r.step.plan ? 'step2' : 'worksheet', r.step.id); return; }
      restore.disabled = false;
      showError(item, done);
    }, null, r.step.title);
    const item = el('li', { id: 'removed-' + r.step.id }, '« ' + r.step.title + ' » (' + where + ') — ',
      fmt('restorableUntil', { when: when(r.restorableUntil) }), ' ', canRestore ? restore : '');
    return item;
  })));
}

async function loadHistory(page, list) {
  const role = page.ctx.kept.historyRole;
  const answer = await api('GET', page.base + '/worksheet/history?size=50' + (role ? '&role=' + encodeURIComponent(role) : ''));
  const items = answer.status === 200 && answer.json && answer.json.items || [];
  list.replaceChildren(...(items.length ? items.map(h => el('li', {},
    el('time', { datetime: h.occurredAt }, when(h.occurredAt)), ' — ', h.actorName || '?', ' — ', what(page, h)))
    : [el('li', { class: 'muted' }, t('noHistory'))]));
}

/** A change in words: what kind, and whom or what it was about (a member by name, a step by its title). */
function what(page, h) {
  const after = h.after || {};
  if (h.type === 'MemberRoleChanged' || h.type === 'MemberInvited' || h.type === 'MemberJoined') {
    const member = page.members.find(m => (after.memberId && m.memberId === after.memberId) || (after.email && m.email === after.email));
    const who = after.name || (member && member.name) || after.email || '?';
    if (h.type === 'MemberRoleChanged' && !after.role) return t('event.MemberRemoved') + t('colon') + who;
    const part = h.type === 'MemberRoleChanged' && h.before
      ? enumText('part', h.before) + ' → ' + enumText('part', after.role) : enumText('part', after.role);
    return enumText('event', h.type) + t('colon') + who + ' (' + part + ')';
  }
  const title = after.step && after.step.title ? ' « ' + after.step.title + ' »' : '';
  return enumText('event', h.type) + title + (h.role ? ' (' + roleOrPart(page, h.role) + ')' : '');
}

/** A row of the worksheet by its name, or a member's part in the initiative (member events name that instead). */
function roleOrPart(page, key) {
  return page.sheet.roles.some(r => r.key === key) ? roleLabelOf(page, key) : enumText('part', key);
}

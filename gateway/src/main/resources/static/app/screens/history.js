// The worksheet's history: who changed what and when, optionally for one role.
import { t, enumText, when } from '../i18n.js';
import { api } from '../api.js';
import { el, field, option } from '../dom.js';
import { roleName, roleLabelOf } from '../labels.js';

export function renderHistoryTab(page, content) {
  const kept = page.ctx.kept;
  const filter = el('select', { id: 'history-role' }, option('', t('allRoles')),
    page.sheet.roles.map(r => option(r.key, roleName(r), r.key === kept.historyRole)));
  const list = el('ul', { class: 'history-list' });
  filter.addEventListener('change', () => { kept.historyRole = filter.value; loadHistory(page, list); });
  content.replaceChildren(el('section', { id: 'history' }, el('h2', {}, t('tab.history')),
    field(t('filterRole'), filter), list));
  return loadHistory(page, list);
}

async function loadHistory(page, list) {
  const role = page.ctx.kept.historyRole;
  const answer = await api('GET', page.base + '/worksheet/history?size=50' + (role ? '&role=' + encodeURIComponent(role) : ''));
  const items = answer.status === 200 && answer.json && answer.json.items || [];
  list.replaceChildren(...(items.length ? items.map(h => el('li', {},
    el('time', { datetime: h.occurredAt }, when(h.occurredAt)), ' — ', h.actorName || '?', ' — ',
    enumText('event', h.type) + (h.role ? ' (' + roleOrPart(page, h.role) + ')' : '')))
    : [el('li', { class: 'muted' }, t('noHistory'))]));
}

/** A row of the worksheet by its name, or a member's part in the initiative (member events name that instead). */
function roleOrPart(page, key) {
  return page.sheet.roles.some(r => r.key === key) ? roleLabelOf(page, key) : enumText('part', key);
}

// The network's mail log, for its administrators: what was sent, to whom, and what failed.
import { t, enumText, when } from '../i18n.js';
import { api, problemText } from '../api.js';
import { el, field, option, badge, pagerControls, scrollingTable, asCards, backLink } from '../dom.js';
import { networkHash } from '../links.js';
import { networkName, showNetworkUnavailable } from './network.js';

const MAIL_STATUSES = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'];
const MAIL_PAGE_SIZE = 50;
const MAIL_COLUMNS = ['kind', 'recipient', 'mailAbout', 'subject', 'status', 'attempts', 'sendAt', 'sentAt'];

export function showMailLog(ctx, networkId) {
  ctx.renderToken++;
  if (!ctx.kept.mailLog || ctx.kept.mailLog.networkId !== networkId) {
    ctx.kept.mailLog = { networkId, status: '', page: 0, token: 0 };
  }
  const state = ctx.kept.mailLog;
  state.unavailable = (answer) => showNetworkUnavailable(ctx, answer);
  const filter = el('select', { id: 'mail-log-status', name: 'status' }, option('', t('allStatuses')),
    MAIL_STATUSES.map(s => option(s, enumText('mailStatus', s), s === state.status)));
  const list = el('div', { id: 'mail-log-list' }, el('p', { class: 'muted' }, t('loading')));
  const pager = el('div', { class: 'inline pager' });
  filter.addEventListener('change', () => { state.status = filter.value; state.page = 0; loadMailLog(state, list, pager); });
  ctx.main.replaceChildren(backLink(networkHash(networkId)),
    el('section', { id: 'mail-log' }, el('h1', {}, t('mailLog') + ' — ' + networkName(ctx, networkId)),
      el('div', { class: 'inline card' }, field(t('status'), filter)), list, pager));
  return loadMailLog(state, list, pager);
}

async function loadMailLog(state, list, pager) {
  const token = ++state.token;
  const query = new URLSearchParams({ page: String(state.page), size: String(MAIL_PAGE_SIZE) });
  if (state.status) query.set('status', state.status);
  const answer = await api('GET', '/api/networks/' + state.networkId + '/mail-log?' + query);
  if (token !== state.token || !list.isConnected) return; // a newer load will answer, or the user left
  if (answer.status === 404) { state.unavailable(answer); return; }
  if (answer.status !== 200) {
    list.replaceChildren(el('p', { class: 'error', role: 'alert' },
      answer.status === 403 ? t('mailLogForbidden') : problemText(answer)));
    pager.replaceChildren();
    return;
  }
  const items = answer.json.items || [];
  list.replaceChildren(items.length ? mailTable(items) : el('p', { class: 'muted' }, t('noMail')));
  pager.replaceChildren(...pagerControls(answer.json, (next) => { state.page = next; loadMailLog(state, list, pager); }, 'mail-log'));
}

function mailTable(items) {
  return scrollingTable(t('mailLog'), asCards(el('table', { class: 'list mail-log' },
    el('thead', {}, el('tr', {}, MAIL_COLUMNS.map(c => el('th', { scope: 'col' }, t(c))))),
    el('tbody', {}, items.map(mailRows)))));
}

// A failed mail stands out; its last error goes on a full-width line under it. A mail still being retried
// shows its last error too, unhighlighted.
function mailRows(m) {
  const status = String(m.status).toLowerCase();
  const row = el('tr', { id: 'mail-' + m.id, class: 'mail mail-' + status },
    el('td', {}, enumText('mailKind', m.kind)), el('td', {}, m.recipient || ''),
    el('td', { class: 'mail-about' }, [m.initiativeName, m.stepTitle ? '« ' + m.stepTitle + ' »' : ''].filter(Boolean).join(' — ')),
    el('td', {}, m.subject || ''),
    el('td', {}, badge(enumText('mailStatus', m.status), 'mail-status-' + status)),
    el('td', { class: 'num' }, String(m.attempts)), el('td', {}, when(m.sendAt)), el('td', {}, when(m.sentAt)));
  if (!m.lastError) return row;
  return [row, el('tr', { class: 'mail-error mail-' + status }, el('td', { colspan: String(MAIL_COLUMNS.length) },
    el('span', { class: 'field-label' }, t('lastError') + t('colon')), el('span', { class: 'error-text' }, m.lastError)))];
}

// The network dashboard: one row per initiative, one column per role.
import { t, plural } from '../i18n.js';
import { roleName } from '../labels.js';
import { api, problemText } from '../api.js';
import { el, mark, scrollingTable } from '../dom.js';
import { initiativeHash } from '../links.js';

const DASHBOARD_RETRIES = 5;
const COVERAGE_MARKS = { covered: '✓', toFind: '?', none: '–' };

export const coverageOf = (r) => r.covered ? 'covered' : r.toFind > 0 ? 'toFind' : 'none';
const shortRole = (r) => { const key = 'roleShort.' + r.key; const text = t(key); return text !== key ? text : roleName(r); };

/** The section is drawn at once and filled when the dashboard answers, so the network page never waits for it. */
export function dashboardSection(networkId, initiativeIds) {
  const body = el('div', { class: 'dashboard-body' }, el('p', { class: 'muted' }, t('loading')));
  loadDashboard(body, networkId, initiativeIds, 0);
  return el('section', { id: 'dashboard' }, el('h2', {}, t('dashboard')), body);
}

// The dashboard is built from events and trails the worksheet: while an initiative of the list is missing
// from it (one created a moment ago), look again a few times.
async function loadDashboard(body, networkId, initiativeIds, attempt) {
  const answer = await api('GET', '/api/networks/' + networkId + '/dashboard');
  if (!body.isConnected) return; // the user left the network page
  if (answer.status !== 200) {
    body.replaceChildren(el('p', { class: 'error', role: 'alert' }, problemText(answer)));
    return;
  }
  const rows = answer.json && answer.json.initiatives || [];
  const shown = new Set(rows.map(r => r.initiativeId));
  const pending = initiativeIds.some(id => !shown.has(id)) && attempt < DASHBOARD_RETRIES;
  body.replaceChildren(...(rows.length ? [dashboardTable(networkId, rows), dashboardLegend()]
    : [el('p', { class: 'muted' }, t('noDashboard'))]),
    ...(pending ? [el('p', { class: 'muted small', role: 'status' }, t('dashboardPending'))] : []));
  if (pending) setTimeout(() => body.isConnected && loadDashboard(body, networkId, initiativeIds, attempt + 1), 2000);
}

function dashboardTable(networkId, rows) {
  return scrollingTable(t('dashboard'), el('table', { class: 'list dashboard' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('initiative')),
      rows[0].roles.map(r => el('th', { scope: 'col', title: roleName(r) }, shortRole(r))))),
    el('tbody', {}, rows.map(row => el('tr', { id: 'dashboard-' + row.initiativeId },
      el('th', { scope: 'row' }, el('a', { href: initiativeHash(networkId, row.initiativeId) }, row.name)),
      row.roles.map(dashboardCell))))));
}

function dashboardCell(r) {
  const state = coverageOf(r);
  return el('td', { class: 'coverage coverage-' + state, title: roleName(r) + t('colon') + t('coverage.' + state) },
    mark(COVERAGE_MARKS[state], t('coverage.' + state), 'coverage-mark'),
    r.shared ? [' ', mark('⇄', t('coverage.shared'), 'shared-mark')] : '',
    r.resourcesSecured > 0 ? [' ', mark('◆', t('pooledMark'), 'pooled-mark')] : '',
    r.openNextSteps || r.overdueNextSteps ? el('div', { class: 'step-counts' },
      r.openNextSteps ? countBadge(r.openNextSteps, plural('count.openSteps', r.openNextSteps), 'todo') : '',
      r.overdueNextSteps ? [' ', countBadge(r.overdueNextSteps, plural('count.overdueSteps', r.overdueNextSteps), 'late')] : '') : '');
}

// A bare number keeps the cells narrow; its meaning is in the title, the legend and for screen readers.
const countBadge = (count, words, kind) => mark(String(count), words, 'badge ' + kind);

function dashboardLegend() {
  const entry = (symbol, text) => el('span', {}, el('span', { class: 'mark', 'aria-hidden': 'true' }, symbol), ' ' + text);
  const counted = (kind, text) => el('span', {}, el('span', { class: 'badge ' + kind, 'aria-hidden': 'true' }, 'n'), ' ' + text);
  return el('p', { class: 'inline muted small legend' }, entry('✓', t('coverage.covered')), entry('?', t('coverage.toFind')),
    entry('–', t('coverage.none')), entry('⇄', t('coverage.shared')), entry('◆', t('pooledMark')),
    counted('todo', t('open')), counted('late', t('overdue')));
}

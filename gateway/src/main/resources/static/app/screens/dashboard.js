// The network dashboard: the initiatives side by side as a heatmap with their coverage score (filtered and sorted by
// the API), the grid of symbols behind it, the roles weak across the network, partners carrying many roles, the money
// each partner pools, the network's months, and the CSV of it all.
import { t, plural, language, enumText } from '../i18n.js';
import { roleName } from '../labels.js';
import { api, problemText } from '../api.js';
import { el, mark, scrollingTable, select, asCards } from '../dom.js';
import { initiativeHash } from '../links.js';
import { chartFigure, dataTable, heatmap, heatmapLegend } from '../charts.js';
import { networkFigures } from './dashboard-network.js';

const DASHBOARD_RETRIES = 5;
const COVERAGE_MARKS = { covered: '✓', toFind: '?', none: '–' };
const FILTERS = { maturity: ['', 'EMERGING', 'DEVELOPING', 'MATURE'], overdue: ['', 'true', 'false'], rolesToFind: ['', 'true', 'false'],
  sort: ['NAME', 'COVERAGE_SCORE', 'OVERDUE_STEPS', 'ROLES_TO_FIND', 'OPEN_STEPS'] };

export const coverageOf = (r) => r.covered ? 'covered' : r.toFind > 0 ? 'toFind' : 'none';
const shortRole = (key) => { const text = t('roleShort.' + key); return text !== 'roleShort.' + key ? text : key; };

/** The section is drawn at once and filled when the dashboard answers, so the network page never waits for it. */
export function dashboardSection(networkId, initiativeIds) {
  const body = el('div', { class: 'dashboard-body' }, el('p', { class: 'muted' }, t('loading')));
  const query = {};
  const csv = el('a', { id: 'dashboard-csv', class: 'button secondary', download: '' }, t('dashboard.csv'));
  const reload = () => { csv.href = exportPath(networkId, query); loadDashboard(body, networkId, query, initiativeIds, 0); };
  const controls = el('form', { class: 'inline dashboard-filters', id: 'dashboard-filters', 'aria-label': t('dashboard.filters') },
    Object.entries(FILTERS).map(([name, values]) => el('label', { class: 'field' }, el('span', { class: 'field-label' }, t('dashboard.' + name)),
      select(name, values, name === 'sort' ? 'NAME' : '', v => v === '' ? t('dashboard.any') : t('dashboard.' + name + '.' + v)))),
    el('label', {}, el('input', { type: 'checkbox', name: 'descending' }), ' ' + t('dashboard.descending')), csv);
  controls.addEventListener('change', () => {
    Object.keys(FILTERS).forEach(name => { query[name] = controls.elements.namedItem(name).value; });
    query.descending = controls.elements.namedItem('descending').checked ? 'true' : '';
    reload();
  });
  controls.addEventListener('submit', (event) => event.preventDefault());
  reload();
  return el('section', { id: 'dashboard' }, el('h2', {}, t('dashboard')), controls, body);
}

const queryString = (query) => Object.entries(query).filter(([, v]) => v).map(([k, v]) => k + '=' + encodeURIComponent(v)).join('&');
const exportPath = (networkId, query) => '/api/networks/' + networkId + '/dashboard/export?' + queryString(Object.assign({ lang: language() }, query));

// The dashboard is built from events and trails the worksheet: while an initiative of the list is missing
// from it (one created a moment ago) and nothing filters it out, look again a few times.
async function loadDashboard(body, networkId, query, initiativeIds, attempt) {
  const search = queryString(query);
  const answer = await api('GET', '/api/networks/' + networkId + '/dashboard' + (search ? '?' + search : ''));
  if (!body.isConnected && attempt > 0) return; // the user left the network page
  if (answer.status !== 200) {
    body.replaceChildren(el('p', { class: 'error', role: 'alert' }, problemText(answer)));
    return;
  }
  const d = answer.json || {};
  const rows = d.initiatives || [];
  const shown = new Set(rows.map(r => r.initiativeId));
  const filtered = ['maturity', 'overdue', 'rolesToFind'].some(k => query[k]);
  const pending = !filtered && initiativeIds.some(id => !shown.has(id)) && attempt < DASHBOARD_RETRIES;
  const names = roleNames(rows);
  body.replaceChildren(el('p', { class: 'muted small', role: 'status', id: 'dashboard-count' }, plural('count.initiatives', rows.length)),
    ...(rows.length ? [...coverageHeatmap(networkId, rows, names), dashboardTable(networkId, rows)]
      : [el('p', { class: 'muted' }, t('noDashboard'))]),
    networkFigures(d, names),
    ...(pending ? [el('p', { class: 'muted small', role: 'status' }, t('dashboardPending'))] : []));
  if (pending) setTimeout(() => body.isConnected && loadDashboard(body, networkId, query, initiativeIds, attempt + 1), 2000);
}

/** Role keys to names, from the first row's roles (sent with both labels); the short name when no row has them. */
function roleNames(rows) {
  const names = Object.fromEntries(((rows[0] && rows[0].roles) || []).map(r => [r.key, roleName(r)]));
  return (key) => names[key] || shortRole(key);
}

/** Initiatives × roles, each cell the role's score out of 4, with the initiative's coverage score at the right. */
function coverageHeatmap(networkId, rows, names) {
  const roles = rows[0].cells.map(c => c.role);
  const cellOf = (row, role) => row.cells.find(c => c.role === role);
  const drawing = heatmap(rows, roles, (row, role) => {
    const c = cellOf(row, role);
    return { level: c.score, text: c.score + '/4', title: row.name + ', ' + names(role) + t('colon') + c.score + '/4, ' + enumText('cover', c.cover) };
  }, row => row.name, shortRole, { title: t('dashboard.score'), value: row => row.coverageScore + ' %' });
  const table = dataTable(t('chart.coverage'), [t('initiative'), t('dashboard.score'), t('maturity')].concat(roles.map(names)),
    rows.map(row => [el('a', { href: initiativeHash(networkId, row.initiativeId) }, row.name), row.coverageScore + ' %', enumText('maturity', row.maturity)]
      .concat(roles.map(role => cellOf(row, role).score + '/4 — ' + enumText('cover', cellOf(row, role).cover)))));
  return [chartFigure('chart-coverage', t('chart.coverage'), t('chart.coverageNote'), drawing, table),
    heatmapLegend(t('chart.scoreLevels').split('|'))];
}

function dashboardTable(networkId, rows) {
  return el('details', { class: 'dashboard-grid' }, el('summary', {}, t('dashboard.grid')),
    scrollingTable(t('dashboard'), asCards(el('table', { class: 'list dashboard' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('initiative')),
        rows[0].roles.map(r => el('th', { scope: 'col', title: roleName(r) }, shortRole(r.key))))),
      el('tbody', {}, rows.map(row => el('tr', { id: 'dashboard-' + row.initiativeId },
        el('th', { scope: 'row' }, el('a', { href: initiativeHash(networkId, row.initiativeId) }, row.name)),
        row.roles.map(dashboardCell))))))), dashboardLegend());
}

function dashboardCell(r) {
  const state = coverageOf(r);
  return el('td', { class: 'coverage coverage-' + state, title: roleName(r) + t('colon') + t('coverage.' + state), 'data-label': roleName(r) },
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

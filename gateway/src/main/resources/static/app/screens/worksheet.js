// Step 1, the worksheet: one row per role (who carries it, strengths, weaknesses, next steps). On a phone each row
// reads as a card: the cells carry their column's name (data-label) for the narrow layout.
import { t, has, enumText, plural } from '../i18n.js';
import { api } from '../api.js';
import { el, bulletList, button, reveal } from '../dom.js';
import { roleName } from '../labels.js';
import { stepList, addStepBox } from './steps.js';
import { openRowEditor, hasRowDraft, cellId, EDITED_CELLS } from './row-editor.js';
import { threadButton, countThreads } from './comments.js';

export { activeMembers } from './carriers.js';
// what buttons show comes from the server's rules for this caller (GET .../rules); the worksheet's flag if they are away
const can = (page, action) => page.rules ? !!page.rules.actions[action] : action === 'comment'
  ? !!page.initiative.myRole || page.sheet.canEdit : page.sheet.canEdit;
export const roleHolder = (page, key) => ({ path: page.base + '/worksheet/roles/' + key, role: key });

export async function renderWorksheetTab(page, content) {
  content.replaceChildren(worksheetTable(page, page.sheet,
    { editable: can(page, 'editRows'), changeSteps: can(page, 'changeSteps'), comments: can(page, 'comment'), id: 'worksheet', rowPrefix: 'role-' }));
  // a save redraws the page: focus goes back to the cell the user was in; a link to a step shows that step
  const back = page.ctx.focusAfter;
  page.ctx.focusAfter = null;
  if (back && back.startsWith('step-')) reveal(back);
  else if (back && document.getElementById(back)) document.getElementById(back).focus();
  countThreads(page, content);
  const debrief = await api('GET', page.base + '/debrief');
  // The debrief is built from events and may lag a fresh initiative: show nothing until it exists.
  if (debrief.status === 200 && content.isConnected) content.prepend(debriefSummary(debrief.json));
}

function debriefSummary(d) {
  return el('p', { class: 'card', id: 'debrief' }, t('debrief') + t('colon'),
    [plural('count.coveredRoles', d.coveredRoles, { total: 6 }), plural('count.rolesToFind', d.rolesToFind),
      plural('count.openSteps', d.openNextSteps), plural('count.overdueSteps', d.overdueNextSteps)].join(', '));
}

const COLUMNS = ['role', 'who', 'strengths', 'weaknesses', 'nextSteps'];

/** The worksheet as the seed's table; `options` says whether it may be edited and commented, and how rows are named. */
export function worksheetTable(page, sheet, options) {
  return el('table', { class: 'worksheet', id: options.id },
    // the keys to edit, for everyone who may (not only screen readers): the table's name is for screen readers
    el('caption', { class: options.editable ? 'edit-hint muted small' : 'sr-only' },
      el('span', { class: options.editable ? 'sr-only' : null }, t('tab.worksheet') + (options.editable ? ' — ' : '')),
      options.editable ? el('span', { id: 'cell-edit-hint' }, t('editHint')) : ''),
    el('thead', {}, el('tr', {}, COLUMNS.map(h => el('th', { scope: 'col' }, t(h))))),
    el('tbody', {}, sheet.roles.map(role => roleRow(page, role, options))));
}

function roleRow(page, role, options) {
  const holder = Object.assign(roleHolder(page, role.key), { etag: role.etag });
  const name = roleName(role);
  const editable = options.editable;
  const steps = options.changeSteps === undefined ? editable : options.changeSteps;
  const cell = (column, ...children) => el('td', { 'data-label': t(column), 'data-column': column,
    id: editable ? cellId(role, column) : null }, ...children);
  const row = el('tr', { id: options.rowPrefix + role.key },
    el('th', { scope: 'row' }, el('span', { class: 'role-name' }, name), roleAbout(role)),
    cell('who', carrierList(role.carriers)),
    cell('strengths', bulletList(role.strengths)),
    cell('weaknesses', bulletList(role.weaknesses)),
    cell('nextSteps', stepList(page, role.nextSteps, holder, Object.assign({}, options, { editable: steps }), name),
      steps ? addStepBox(page, holder, name) : ''));
  const redraw = (column) => {
    const fresh = roleRow(page, role, options);
    row.replaceWith(fresh);
    const target = column && fresh.querySelector('td[data-column="' + column + '"]');
    if (target) target.focus();
  };
  const edit = (column) => openRowEditor(page, role, row, column, redraw);
  const editTools = el('span', { class: 'inline edit-tools' });
  const tools = el('div', { class: 'inline tools' }, editTools);
  if (editable) {
    editTools.append(button(t('edit'), () => edit('who'), null, name));
    // like the paper table: a click or Enter on a cell writes in it; Tab goes from cell to cell
    EDITED_CELLS.forEach(column => {
      const target = row.querySelector('td[data-column="' + column + '"]');
      target.tabIndex = 0;
      target.classList.add('editable-cell');
      target.setAttribute('aria-describedby', 'cell-edit-hint');
      target.addEventListener('click', (event) => { if (!event.target.closest('a, button, input, textarea, select')) edit(column); });
      target.addEventListener('keydown', (event) => { if (event.key === 'Enter' && event.target === target) { event.preventDefault(); edit(column); } });
    });
  }
  if (options.comments) tools.append(threadButton(page, row, holder.path + '/comments', name));
  row.cells[0].append(tools);
  if (editable && hasRowDraft(page, role)) edit(null);
  return row;
}

// The seed's description of each role, at hand for newcomers.
function roleAbout(role) {
  const key = 'roleAbout.' + role.key;
  return has(key) ? el('details', { class: 'role-about' }, el('summary', {}, t('aboutRole'),
    el('span', { class: 'sr-only' }, ' — ' + roleName(role))), el('p', {}, t(key))) : '';
}

function carrierList(carriers) {
  return el('ul', {}, (carriers || []).map(c => el('li', { class: 'carrier-' + c.kind.toLowerCase() }, c.name,
    c.kind !== 'PARTNER' ? ' (' + enumText('carrier', c.kind) + ')' : '')));
}


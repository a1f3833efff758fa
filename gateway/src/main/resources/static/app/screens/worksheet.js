// Step 1, the worksheet: one row per role (who carries it, strengths, weaknesses, next steps). On a phone each row
// reads as a card: the cells carry their column's name (data-label) for the narrow layout.
import { t, enumText, plural } from '../i18n.js';
import { api, write } from '../api.js';
import { el, field, option, bulletList, button, onEnter, value } from '../dom.js';
import { roleName } from '../labels.js';
import { stepList, addStepBox } from './steps.js';
import { partnerPicker } from './pickers.js';
import { toggleThread } from './comments.js';

export const activeMembers = (page) => page.members.filter(m => m.status === 'ACTIVE' && m.memberId);
const canComment = (page) => !!page.initiative.myRole || page.sheet.canEdit;
export const roleHolder = (page, key) => ({ path: page.base + '/worksheet/roles/' + key, role: key });

export async function renderWorksheetTab(page, content) {
  content.replaceChildren(worksheetTable(page, page.sheet,
    { editable: page.sheet.canEdit, comments: canComment(page), id: 'worksheet', rowPrefix: 'role-' }));
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
    el('caption', { class: 'sr-only' }, t('tab.worksheet')),
    el('thead', {}, el('tr', {}, COLUMNS.map(h => el('th', { scope: 'col' }, t(h))))),
    el('tbody', {}, sheet.roles.map(role => roleRow(page, role, options))));
}

function roleRow(page, role, options) {
  const holder = roleHolder(page, role.key);
  const name = roleName(role);
  const cell = (column, ...children) => el('td', { 'data-label': t(column) }, ...children);
  const row = el('tr', { id: options.rowPrefix + role.key },
    el('th', { scope: 'row' }, el('span', { class: 'role-name' }, name)),
    cell('who', carrierList(role.carriers)),
    cell('strengths', bulletList(role.strengths)),
    cell('weaknesses', bulletList(role.weaknesses)),
    cell('nextSteps', stepList(page, role.nextSteps, holder, options, name), options.editable ? addStepBox(page, holder, name) : ''));
  const tools = el('div', { class: 'inline tools' });
  if (options.editable) tools.append(button(t('edit'), () => editRow(page, role, row), null, name));
  if (options.comments) tools.append(button(t('comments'), () => toggleThread(page, row, holder.path + '/comments'), null, name));
  row.cells[0].append(tools);
  return row;
}

function carrierList(carriers) {
  return el('ul', {}, (carriers || []).map(c => el('li', { class: 'carrier-' + c.kind.toLowerCase() }, c.name,
    c.kind !== 'PARTNER' ? ' (' + enumText('carrier', c.kind) + ')' : '')));
}

function editRow(page, role, row) {
  const carriers = carrierEditor(page, role.carriers || []);
  const form = el('form', { class: 'row-form editing', 'aria-label': t('edit') + ' — ' + roleName(role) },
    el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('who')), carriers.node),
    field(t('strengths') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'strengths' }, (role.strengths || []).join('\n'))),
    field(t('weaknesses') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'weaknesses' }, (role.weaknesses || []).join('\n'))),
    el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => page.ctx.route())));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const lines = (name) => value(form, name).split('\n').map(s => s.trim()).filter(Boolean);
    write(page.ctx, form, 'PATCH', page.base + '/worksheet/roles/' + role.key,
      { carriers: carriers.value(), strengths: lines('strengths'), weaknesses: lines('weaknesses') }, role.etag,
      { carriers: t('who'), strengths: t('strengths'), weaknesses: t('weaknesses') });
  });
  // The form takes the place of the three content cells while editing.
  row.cells[3].remove();
  row.cells[2].remove();
  row.cells[1].colSpan = 3;
  row.cells[1].replaceChildren(form);
  row.classList.add('editing-row');
}

function carrierEditor(page, initial) {
  const carriers = initial.map(c => Object.assign({}, c));
  const list = el('ul', { class: 'chips' });
  const draw = () => list.replaceChildren(...carriers.map((c, index) => el('li', {},
    c.name + ' (' + enumText('carrier', c.kind) + ') ',
    el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' — ' + c.name,
      onclick: () => { carriers.splice(index, 1); draw(); } }, '×'))));
  const add = (c) => { carriers.push(c); draw(); };
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
  // The API wants only what identifies each kind of carrier.
  const input = (c) => c.kind === 'PARTNER' ? { kind: c.kind, partnerId: c.partnerId }
    : c.kind === 'MEMBER' ? { kind: c.kind, memberId: c.memberId, name: c.name } : { kind: c.kind, name: c.name };
  return { node, value: () => carriers.map(input) };
}

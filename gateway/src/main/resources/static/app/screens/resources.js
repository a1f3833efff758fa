// Pooled resources of an initiative: the list with each one's next moves, a new resource, and the totals.
import { t, enumText, language } from '../i18n.js';
import { api, problemText, write } from '../api.js';
import { el, button, scrollingTable } from '../dom.js';
import { partnerHash } from '../links.js';
import { roleLabelOf } from '../labels.js';
import { quantityText, periodText, periodMoneyLines, hoursText, resourceStatusBadge } from './amounts.js';
import { newResourceForm, resourceEditForm } from './resource-form.js';

// Who may pool and the moves a resource may make come from the services (GET .../rules, a resource's nextStatuses):
// the UI keeps no copy of their rules.
export const resourcesPath = (page) => page.base + '/pooled-resources';
export const resourcePath = (page, id) => '/api/networks/' + page.networkId + '/pooled-resources/' + id;

export async function renderResourcesTab(page, content) {
  const section = el('section', { id: 'resources' }, el('h2', {}, t('tab.resources')));
  content.replaceChildren(section);
  const [list, totals] = await Promise.all([api('GET', resourcesPath(page)), api('GET', resourcesPath(page) + '/totals')]);
  if (!section.isConnected) return; // the user moved on, or a newer redraw replaced this one
  const editable = page.rules ? !!page.rules.actions.editRows : !!page.initiative.canEdit;
  section.append(
    list.status === 200 ? resourceTable(page, Array.isArray(list.json) ? list.json : [], editable)
      : el('p', { class: 'error', role: 'alert' }, problemText(list)),
    editable ? newResourceForm(page) : '',
    totals.status === 200 ? resourceTotals(page, totals.json) : '');
}

function resourceTable(page, items, editable) {
  if (!items.length) return el('p', { class: 'muted' }, t('noResources'));
  const headings = [t('partner'), t('kind'), t('description'), t('quantity'), t('period'), t('roles'), t('status')]
    .concat(editable ? [t('actions')] : []);
  return scrollingTable(t('tab.resources'), el('table', { class: 'list resources' },
    el('thead', {}, el('tr', {}, headings.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, items.map(item => resourceRow(page, item, editable)))));
}

// Each cell names its column (data-label), which a phone shows above the value when the rows become cards.
function resourceRow(page, item, editable) {
  const r = item.resource;
  const cell = (label, ...content) => el('td', { 'data-label': label }, ...content);
  const row = el('tr', { id: 'resource-' + item.id, class: 'resource status-' + r.status.toLowerCase() },
    cell(t('partner'), el('a', { href: partnerHash(page.networkId, r.partnerId) }, r.partnerName || r.partnerId)),
    cell(t('kind'), enumText('resourceKind', r.kind)),
    cell(t('description'), r.description),
    cell(t('quantity'), quantityText(r)),
    cell(t('period'), periodText(r)),
    cell(t('roles'), (r.roles || []).map(k => roleLabelOf(page, k)).join(', ')),
    cell(t('status'), resourceStatusBadge(r.status)));
  if (editable) row.append(resourceTools(page, item, row));
  return row;
}

// Buttons for the statuses this resource may move to next; a withdrawn resource counts nowhere, so it is not edited.
function resourceTools(page, item, row) {
  const status = item.resource.status;
  const what = item.resource.description;
  const cell = el('td', { 'data-label': t('actions') });
  const tools = el('div', { class: 'inline resource-tools' });
  (item.nextStatuses || []).forEach(next => tools.append(button(t('moveTo.' + next), () => {
    if (next === 'WITHDRAWN' && !confirm(t('confirmWithdraw'))) return;
    write(page.ctx, cell, 'PUT', resourcePath(page, item.id) + '/status', { status: next }, item.etag);
  }, null, what)));
  if (status !== 'WITHDRAWN') tools.append(button(t('edit'), () => toggleResourceEdit(page, item, row), null, what));
  cell.append(tools);
  return cell;
}

// The edit form opens as a full-width row under the resource; the partner and kind stay as they are.
function toggleResourceEdit(page, item, row) {
  if (row.editNode) { row.editNode.remove(); row.editNode = null; return; }
  const form = resourceEditForm(page, item, () => toggleResourceEdit(page, item, row));
  row.editNode = el('tr', { class: 'thread-row' }, el('td', { colspan: String(row.cells.length) }, form));
  row.after(row.editNode);
}

function resourceTotals(page, totals) {
  const partnerLink = (p) => el('a', { href: partnerHash(page.networkId, p.partnerId) }, p.partnerName || p.partnerId);
  return el('div', { id: 'resource-totals', class: 'card' }, el('h3', {}, t('totals')),
    el('p', { class: 'muted small' }, t('securedHelp')),
    totalsTable(t('byRole'), t('role'), (totals.byRole || []).map(r => [language() === 'en' ? r.labelEn : r.labelFr, r]), totals),
    (totals.byPartner || []).length
      ? totalsTable(t('byPartner'), t('partner'), totals.byPartner.map(p => [partnerLink(p), p]), totals) : '');
}

// One line per role or partner, secured beside proposed, and a last line for the whole initiative
// (role lines may add up to more than it, since a resource counts for each role it serves).
function totalsTable(caption, heading, lines, totals) {
  const cells = (a) => [el('td', { class: 'num money' }, periodMoneyLines(a)), el('td', { class: 'num' }, hoursText(a.staffHoursPerMonth))];
  return scrollingTable(caption, el('table', { class: 'list totals' }, el('caption', {}, caption),
    el('thead', {},
      el('tr', {}, el('th', { rowspan: '2', scope: 'col' }, heading),
        el('th', { colspan: '2', scope: 'colgroup' }, t('secured')), el('th', { colspan: '2', scope: 'colgroup' }, t('proposed'))),
      el('tr', {}, [t('money'), t('staffTime'), t('money'), t('staffTime')].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, lines.map(([label, x]) => el('tr', {}, el('th', { scope: 'row' }, label), cells(x.secured), cells(x.proposed)))),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, t('overall')), cells(totals.secured), cells(totals.proposed)))));
}

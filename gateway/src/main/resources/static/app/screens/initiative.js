// An initiative: its header (details, exports, live notice), its tabs, and the tab on screen.
// The page object carries what every tab needs: ids, base path, the initiative, its worksheet and its members.
import { t, enumText } from '../i18n.js';
import { api, problemText, write } from '../api.js';
import { el, badge, button, backLink } from '../dom.js';
import { networkHash, initiativeHash } from '../links.js';
import { openLive, closeLive } from '../live.js';
import { roleLabelOf, planLabelOf } from '../labels.js';
import { initiativeFields, initiativeValues, initiativeLabels } from './network.js';
import { renderWorksheetTab } from './worksheet.js';
import { renderStep2Tab } from './step2.js';
import { renderResourcesTab } from './resources.js';
import { renderDebriefTab } from './debrief.js';
import { renderMembersTab } from './members.js';
import { renderVersionsTab } from './versions.js';
import { renderHistoryTab } from './history.js';
import { renderTimelineTab } from './timeline.js';

export const TABS = ['worksheet', 'timeline', 'step2', 'resources', 'debrief', 'members', 'versions', 'history'];
const RENDERERS = { worksheet: renderWorksheetTab, timeline: renderTimelineTab, step2: renderStep2Tab, resources: renderResourcesTab, debrief: renderDebriefTab,
  members: renderMembersTab, versions: renderVersionsTab, history: renderHistoryTab };

export async function showInitiative(ctx, networkId, initiativeId, tab) {
  const token = ++ctx.renderToken;
  const base = '/api/networks/' + networkId + '/initiatives/' + initiativeId;
  if (ctx.live && ctx.live.base !== base) closeLive(ctx);
  const [initiative, sheet, members, rules] = await Promise.all(
    [api('GET', base), api('GET', base + '/worksheet'), api('GET', base + '/members'), api('GET', base + '/rules')]);
  if (token !== ctx.renderToken) return;
  const back = backLink(networkHash(networkId));
  if (initiative.status !== 200 || sheet.status !== 200) {
    ctx.page = null;
    ctx.main.replaceChildren(back, el('p', { class: 'error', role: 'alert' }, problemText(initiative.status !== 200 ? initiative : sheet)));
    return;
  }
  if (!ctx.page || ctx.page.base !== base) ctx.kept.historyRole = '';
  const page = {
    ctx, networkId, initiativeId, base, tab, initiative: initiative.json, sheet: sheet.json,
    members: members.status === 200 && members.json && Array.isArray(members.json.items) ? members.json.items : [],
    rules: rules.status === 200 ? rules.json : null   // what the caller may do here, from the server
  };
  if (!page.initiative.etag) page.initiative.etag = initiative.etag;
  ctx.page = page;
  openLive(ctx, base, (change) => change.role ? roleLabelOf(page, change.role)
    : change.plan ? planLabelOf(page, change.plan) : t('theWorksheet'));
  const content = el('div', { class: 'tab-content', id: 'tab-panel' });
  ctx.main.replaceChildren(back, initiativeHeader(page), tabBar(page, tab), content);
  await RENDERERS[tab](page, content);
}

function initiativeHeader(page) {
  const i = page.initiative;
  const exportPath = page.base + '/worksheet/export?format=';
  const header = el('header', { class: 'initiative-head' },
    el('h1', {}, i.name),
    i.description ? el('p', { class: 'muted' }, i.description) : '',
    el('p', { class: 'inline' },
      badge(t('horizon') + ' ' + i.startYear + '–' + i.endYear), badge(t('maturity') + t('colon') + enumText('maturity', i.maturity)),
      badge(t('myRole') + t('colon') + (i.myRole ? enumText('part', i.myRole) : t('notMember')), 'role'),
      (page.rules ? page.rules.actions.describeInitiative : i.canManage) ? button(t('editDetails'), () => toggleDetailsForm(page, header), null, i.name) : ''),
    el('p', { class: 'inline exports' }, t('export') + t('colon'),
      el('a', { id: 'export-pdf-fr', href: exportPath + 'pdf&lang=fr', hreflang: 'fr' }, t('pdfFr')),
      el('a', { id: 'export-pdf-en', href: exportPath + 'pdf&lang=en', hreflang: 'en' }, t('pdfEn')),
      el('a', { id: 'export-csv', href: exportPath + 'csv' }, t('csv'))),
    el('div', { id: 'live-notice', class: 'notice', role: 'status', hidden: 'hidden' }));
  return header;
}

function toggleDetailsForm(page, header) {
  const open = header.querySelector('#initiative-details');
  if (open) { open.remove(); return; }
  const form = el('form', { class: 'row-form card editing', id: 'initiative-details' }, initiativeFields(page.initiative),
    el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => form.remove())));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write(page.ctx, form, 'PATCH', page.base, initiativeValues(form), page.initiative.etag, initiativeLabels());
  });
  header.append(form);
}

function tabBar(page, current) {
  return el('nav', { class: 'tabs', 'aria-label': t('initiativeSections') }, TABS.map(tab => el('a', {
    id: 'tab-' + tab, href: initiativeHash(page.networkId, page.initiativeId, tab), class: tab === current ? 'active' : null,
    'aria-current': tab === current ? 'page' : null
  }, t('tab.' + tab))));
}

// One partner: its profile, contacts, the members who work there, and what it pools.
import { t, fmt, enumText, when, language } from '../i18n.js';
import { api, problemText, write } from '../api.js';
import { el, badge, bulletList, button, scrollingTable, asCards, backLink } from '../dom.js';
import { directoryHash, initiativeHash } from '../links.js';
import { isAdmin } from './network.js';
import { partnersPath, partnerFields, partnerValues, contactsEditor, savePartner } from './partner-form.js';
import { quantityText, periodText, amountsText, resourceStatusBadge } from './amounts.js';

const safeLink = (url) => /^https?:\/\//i.test(url || '') ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url) : url;

export async function showPartner(ctx, networkId, partnerId) {
  const token = ++ctx.renderToken;
  const path = partnersPath(networkId) + '/' + partnerId;
  const [partner, pooled, initiatives] = await Promise.all([api('GET', path), api('GET', path + '/pooled-resources'),
    api('GET', '/api/networks/' + networkId + '/initiatives?size=100')]);
  if (token !== ctx.renderToken) return;
  const back = backLink(directoryHash(networkId), t('partnerDirectory'));
  if (partner.status !== 200) {
    ctx.main.replaceChildren(back, el('p', { class: 'error', role: 'alert' }, problemText(partner)));
    return;
  }
  const p = partner.json;
  if (!p.etag) p.etag = partner.etag;
  // Resources name their initiative by id only: the network's list gives the names the member may see.
  const names = {};
  (initiatives.json && initiatives.json.items || []).forEach(i => { names[i.id] = i.name; });
  ctx.main.replaceChildren(back, el('section', { id: 'partner-' + p.id, class: 'partner-page' },
    partnerHeader(ctx, networkId, p), partnerProfile(p),
    el('h2', {}, t('partnerResources')),
    pooled.status === 200 ? partnerResources(networkId, pooled.json, names) : el('p', { class: 'error' }, problemText(pooled))));
}

function partnerHeader(ctx, networkId, p) {
  const path = partnersPath(networkId) + '/' + p.id;
  const affiliated = (p.affiliations || []).some(a => a.memberId === ctx.me.id);
  const header = el('header', { class: 'initiative-head' }, el('h1', {}, p.name),
    el('p', { class: 'inline' }, badge(enumText('partnerKind', p.kind)),
      p.influential ? badge(t('influential'), 'influential') : '', p.archived ? badge(t('archived'), 'archived') : ''));
  const tools = el('p', { class: 'inline' });
  const tool = (id, text, onclick) => Object.assign(button(text, onclick, null, p.name), { id });
  tools.append(tool('partner-edit-button', t('editPartner'), () => togglePartnerEdit(ctx, header, networkId, p)),
    tool('partner-affiliation', affiliated ? t('disaffiliate') : t('affiliate'),
      () => write(ctx, tools, affiliated ? 'DELETE' : 'PUT', path + '/affiliations/me')));
  if (isAdmin(ctx, networkId)) {
    tools.append(tool('partner-archive', p.archived ? t('unarchive') : t('archive'), () => {
      if (p.archived || confirm(fmt('confirmArchive', { name: p.name }))) write(ctx, tools, p.archived ? 'DELETE' : 'PUT', path + '/archived');
    }));
  }
  header.append(tools);
  return header;
}

function togglePartnerEdit(ctx, header, networkId, p) {
  const open = header.querySelector('#partner-edit');
  if (open) { open.remove(); return; }
  const contacts = contactsEditor(p.contacts || []);
  const form = el('form', { class: 'row-form card editing', id: 'partner-edit' }, partnerFields(p, contacts),
    el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => form.remove())));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await savePartner(ctx, form, networkId, 'PATCH', partnersPath(networkId) + '/' + p.id,
      partnerValues(form, contacts, true), p.etag);
    if (saved) ctx.route();
  });
  header.append(form);
}

function partnerProfile(p) {
  const line = (label, content) => content ? [el('dt', {}, label), el('dd', {}, content)] : [];
  const contacts = p.contacts || [];
  const affiliations = p.affiliations || [];
  return el('div', { class: 'card' },
    el('dl', { class: 'profile' },
      line(t('website'), p.website ? safeLink(p.website) : ''),
      line(t('sectors'), (p.sectors || []).join(', ')),
      line(t('territory'), p.territory),
      line(t('notes'), p.notes ? el('span', { class: 'notes' }, p.notes) : ''),
      line(t('createdAt'), when(p.createdAt))),
    el('h3', {}, t('contacts')),
    contacts.length ? scrollingTable(t('contacts'), asCards(el('table', { class: 'list contacts' },
      el('thead', {}, el('tr', {}, [t('name'), t('contactRole'), t('email'), t('phone'), t('language')].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, contacts.map(c => el('tr', {}, el('td', {}, c.name), el('td', {}, c.role || ''),
        el('td', {}, c.email ? el('a', { href: 'mailto:' + c.email }, c.email) : ''), el('td', {}, c.phone || ''),
        el('td', {}, c.language === 'en' ? t('english') : t('french'))))))))
      : el('p', { class: 'muted' }, t('noContacts')),
    el('h3', {}, t('affiliations')),
    affiliations.length ? bulletList(affiliations.map(a => a.name + (a.email ? ' (' + a.email + ')' : '')))
      : el('p', { class: 'muted' }, t('noAffiliations')));
}

// What the partner pools, across the initiatives the member may see, with its totals.
function partnerResources(networkId, data, names) {
  const resources = data.resources || [];
  if (!resources.length) return el('p', { class: 'muted' }, t('noResources'));
  const roleLabels = {};
  (data.totals && data.totals.byRole || []).forEach(r => { roleLabels[r.role] = language() === 'en' ? r.labelEn : r.labelFr; });
  const where = (r) => r.initiativeId
    ? el('a', { href: initiativeHash(networkId, r.initiativeId, 'resources') }, names[r.initiativeId] || r.initiativeId)
    : t('wholeNetwork');
  return el('div', { id: 'partner-resources' },
    scrollingTable(t('partnerResources'), asCards(el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, [t('initiative'), t('kind'), t('description'), t('quantity'), t('period'), t('roles'), t('status')]
        .map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, resources.map(r => el('tr', { class: 'resource status-' + r.status.toLowerCase() },
        el('td', {}, where(r)), el('td', {}, enumText('resourceKind', r.kind)), el('td', {}, r.description),
        el('td', {}, quantityText(r)), el('td', {}, periodText(r)),
        el('td', {}, (r.roles || []).map(k => roleLabels[k] || k).join(', ')), el('td', {}, resourceStatusBadge(r.status)))))))),
    data.totals ? el('p', { class: 'muted' }, t('secured') + t('colon') + amountsText(data.totals.secured) + ' — '
      + t('proposed') + t('colon') + amountsText(data.totals.proposed)) : '');
}

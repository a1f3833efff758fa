// The network's partner directory: search, filters, pages, a new partner and (administrators) a CSV import.
import { t, enumText } from '../i18n.js';
import { api, problemText } from '../api.js';
import { el, field, option, select, badge, onEnter, pagerControls, backLink } from '../dom.js';
import { networkHash, partnerHash } from '../links.js';
import { isAdmin, networkName, showNetworkUnavailable } from './network.js';
import { newPartnerForm, importForm, partnersPath, PARTNER_KINDS } from './partner-form.js';

const PARTNER_SORTS = ['relevance', 'name', 'createdAt', 'kind'];
const PARTNER_PAGE_SIZE = 20;

export function showDirectory(ctx, networkId) {
  ctx.renderToken++;
  if (!ctx.kept.directory || ctx.kept.directory.networkId !== networkId) {
    ctx.kept.directory = { networkId, q: '', kind: '', includeArchived: false, sort: 'relevance', page: 0, token: 0 };
  }
  const state = ctx.kept.directory;
  state.unavailable = (answer) => showNetworkUnavailable(ctx, answer);
  const list = el('ul', { class: 'partners', id: 'partners' }, el('li', { class: 'muted' }, t('loading')));
  const pager = el('div', { class: 'inline pager' });
  const reload = () => loadPartners(state, list, pager);
  ctx.main.replaceChildren(backLink(networkHash(networkId)),
    el('h1', {}, t('partnerDirectory') + ' — ' + networkName(ctx, networkId)),
    el('p', { class: 'inline exports' },
      el('a', { id: 'export-partners', href: partnersPath(networkId) + '/export' }, t('exportCsv'))),
    directoryFilters(state, reload), list, pager,
    newPartnerForm(ctx, networkId),
    isAdmin(ctx, networkId) ? importForm(networkId, reload) : '');
  return reload();
}

// Filters redraw the list only, so the search box keeps its focus while the user types.
function directoryFilters(state, reload) {
  const search = el('input', { type: 'search', id: 'partner-search', value: state.q || null, maxlength: '200',
    autocomplete: 'off', placeholder: t('searchDirectoryShort'), 'aria-label': t('searchDirectory') });
  const kind = el('select', { name: 'kind' }, option('', t('allKinds')),
    PARTNER_KINDS.map(k => option(k, enumText('partnerKind', k), k === state.kind)));
  const sort = select('sort', PARTNER_SORTS, state.sort, v => enumText('sort', v));
  const archived = el('input', { type: 'checkbox', name: 'includeArchived', checked: state.includeArchived ? 'checked' : null });
  const apply = () => {
    Object.assign(state, { q: search.value.trim(), kind: kind.value, sort: sort.value, includeArchived: archived.checked, page: 0 });
    reload();
  };
  let timer = null;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(apply, 300); });
  onEnter(search, () => { clearTimeout(timer); apply(); });
  [kind, sort, archived].forEach(control => control.addEventListener('change', apply));
  return el('div', { class: 'inline card directory-filters', role: 'search' },
    search, field(t('kind'), kind), field(t('sort'), sort), el('label', {}, archived, ' ' + t('showArchived')));
}

async function loadPartners(state, list, pager) {
  const token = ++state.token;
  const query = new URLSearchParams({ q: state.q, includeArchived: String(state.includeArchived), sort: state.sort,
    page: String(state.page), size: String(PARTNER_PAGE_SIZE) });
  if (state.kind) query.set('kind', state.kind);
  const answer = await api('GET', partnersPath(state.networkId) + '?' + query);
  if (token !== state.token || !list.isConnected) return; // a newer search will answer, or the user left
  if (answer.status === 404) { state.unavailable(answer); return; }
  if (answer.status !== 200) {
    list.replaceChildren(el('li', { class: 'error', role: 'alert' }, problemText(answer)));
    pager.replaceChildren();
    return;
  }
  const result = answer.json;
  const items = result.items || [];
  list.replaceChildren(...(items.length ? items.map(p => partnerItem(state.networkId, p))
    : [el('li', { class: 'muted' }, t('noPartner'))]));
  pager.replaceChildren(...pagerControls(result, (next) => { state.page = next; loadPartners(state, list, pager); }, 'partners'));
}

function partnerItem(networkId, p) {
  return el('li', { id: 'partner-' + p.id, class: p.archived ? 'archived' : null },
    el('a', { href: partnerHash(networkId, p.id) }, p.name), ' ', badge(enumText('partnerKind', p.kind)),
    p.territory ? [' ', el('span', { class: 'muted' }, p.territory)] : '',
    p.influential ? [' ', badge(t('influential'), 'influential')] : '',
    p.archived ? [' ', badge(t('archived'), 'archived')] : '');
}

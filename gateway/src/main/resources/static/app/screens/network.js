// A network: its initiatives, its dashboard, links to its directory and mail log, and a new initiative.
import { t, enumText, language } from '../i18n.js';
import { api, showError, problemText } from '../api.js';
import { el, field, select, badge, value, backLink } from '../dom.js';
import { initiativeHash, directoryHash, mailLogHash } from '../links.js';
import { dashboardSection } from './dashboard.js';

const MATURITIES = ['EMERGING', 'DEVELOPING', 'MATURE'];
const VISIBILITIES = ['NETWORK', 'MEMBERS'];

export const isAdmin = (ctx, networkId) => ctx.me.networks.some(n => n.id === networkId && n.role === 'ADMIN');
export const networkName = (ctx, networkId) => (ctx.me.networks.find(n => n.id === networkId) || { name: networkId }).name;

/** The fields of an initiative's details, shared by the create form and the coordinators' edit form. */
export function initiativeFields(initiative) {
  const languages = initiative.languages || ['fr'];
  const year = (name, current) => el('input', { name, type: 'number', min: '2000', max: '2100', required: 'required', value: current });
  return [
    field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200', value: initiative.name || null })),
    field(t('description'), el('textarea', { name: 'description', maxlength: '4000' }, initiative.description || '')),
    el('div', { class: 'inline' },
      field(t('maturity'), select('maturity', MATURITIES, initiative.maturity, v => enumText('maturity', v))),
      field(t('startYear'), year('startYear', initiative.startYear)),
      field(t('endYear'), year('endYear', initiative.endYear)),
      field(t('visibility'), select('visibility', VISIBILITIES, initiative.visibility, v => enumText('visibility', v)))),
    el('fieldset', { class: 'plain inline' }, el('legend', { class: 'field-label' }, t('languages')),
      [['fr', t('french')], ['en', t('english')]].map(([code, text]) => el('label', {},
        el('input', { type: 'checkbox', name: 'languages', value: code, checked: languages.includes(code) ? 'checked' : null }), ' ' + text)))
  ];
}

/** How the services name these fields in a problem, in the user's words. */
export const initiativeLabels = () => ({ name: t('name'), description: t('description'), maturity: t('maturity'),
  startYear: t('startYear'), endYear: t('endYear'), visibility: t('visibility'), languages: t('languages'),
  horizonLongEnough: t('horizon'), horizon: t('horizon') });

export function initiativeValues(form) {
  return {
    name: value(form, 'name'), description: value(form, 'description'), maturity: value(form, 'maturity'),
    startYear: Number(value(form, 'startYear')), endYear: Number(value(form, 'endYear')),
    visibility: value(form, 'visibility'),
    languages: [...form.querySelectorAll('input[name=languages]:checked')].map(i => i.value)
  };
}

export async function showNetwork(ctx, networkId) {
  const token = ++ctx.renderToken;
  const list = await api('GET', '/api/networks/' + networkId + '/initiatives?size=100');
  if (token !== ctx.renderToken) return;
  if (list.status === 403 || list.status === 404) {
    showNetworkUnavailable(ctx, list);
    return;
  }
  const items = list.json && list.json.items || [];
  const year = new Date().getFullYear();
  const form = el('form', { class: 'row-form card', id: 'new-initiative' }, el('h2', {}, t('newInitiative')),
    initiativeFields({ maturity: 'EMERGING', startYear: year, endYear: year + 2, visibility: 'NETWORK', languages: [language()] }),
    el('div', {}, el('button', { type: 'submit' }, t('create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await api('POST', '/api/networks/' + networkId + '/initiatives', initiativeValues(form));
    if (created.status === 201) location.hash = initiativeHash(networkId, created.json.id);
    else showError(form, created, initiativeLabels());
  });
  ctx.main.replaceChildren(backLink('#/'), el('h1', {}, networkName(ctx, networkId)),
    el('p', { class: 'inline network-links' },
      el('a', { id: 'partner-directory-link', href: directoryHash(networkId) }, t('partnerDirectory')),
      isAdmin(ctx, networkId) ? el('a', { id: 'mail-log-link', href: mailLogHash(networkId) }, t('mailLog')) : ''),
    el('h2', {}, t('initiatives')),
    items.length ? el('ul', { class: 'initiatives' }, items.map(i => el('li', {},
      el('a', { href: initiativeHash(networkId, i.id) }, i.name), ' ',
      badge(enumText('maturity', i.maturity)), ' ',
      i.myRole ? badge(enumText('part', i.myRole), 'role') : '', ' ',
      el('span', { class: 'muted' }, i.startYear + '–' + i.endYear))))
      : el('p', { class: 'muted' }, t('none')),
    dashboardSection(networkId, items.map(i => i.id)),
    form);
}

/** A network the user is not part of, on any of its pages: said plainly, rather than the page's forms around it. */
export function showNetworkUnavailable(ctx, answer) {
  ctx.main.replaceChildren(el('section', { class: 'card', id: 'network-unavailable' }, el('h1', {}, t('notFound')),
    el('p', { role: 'alert' }, problemText(answer)), el('p', {}, el('a', { href: '#/' }, t('home')))));
}

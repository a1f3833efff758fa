// The network as a whole: roles weak across it, partners carrying many roles (overload), the money each partner pools
// across initiatives, and the month-by-month trend of the average coverage score.
import { t, fmt, plural } from '../i18n.js';
import { el } from '../dom.js';
import { chartFigure, dataTable, bars, barsLegend, line } from '../charts.js';
import { money, securedAndProposed } from './debrief-figures.js';

export function networkFigures(d, names) {
  return el('div', { class: 'network-figures' }, weakRoles(d, names), partnerLoad(d), pooledMoney(d, names), months(d));
}

function weakRoles(d, names) {
  const roles = d.roles || [];
  const weak = new Set(d.weakRoles || []);
  const table = dataTable(t('dashboard.roles'), [t('role'), t('dashboard.averageScore'), t('dashboard.uncovered'), t('dashboard.singleCarrier'),
    t('dashboard.withoutResource'), t('dashboard.nothingBeyond'), t('dashboard.weak')],
  roles.map(r => [names(r.role), r.averageScore + ' %', r.uncovered, r.singleCarrier, r.withoutPooledResource, r.nothingBeyondTwelveMonths,
    weak.has(r.role) ? '⚠ ' + t('yes') : t('no')]));
  return el('section', { id: 'weak-roles', 'aria-labelledby': 'weak-roles-heading' }, el('h3', { id: 'weak-roles-heading' }, t('dashboard.weakRoles')),
    el('p', { id: 'weak-roles-list', class: weak.size ? 'warn' : 'muted' }, weak.size ? '⚠ ' + [...weak].map(names).join(', ') : t('dashboard.noWeakRole')),
    el('p', { class: 'muted small' }, t('dashboard.weakNote')),
    el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('dashboard.roles') }, table));
}

function partnerLoad(d) {
  const partners = d.partners || [];
  return el('section', { id: 'partner-load', 'aria-labelledby': 'partner-load-heading' }, el('h3', { id: 'partner-load-heading' }, t('dashboard.partners')),
    partners.length ? el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('dashboard.partners') },
      dataTable(t('dashboard.partners'), [t('partner'), t('dashboard.rolesCarried'), t('dashboard.initiatives'), t('dashboard.overload')],
        partners.map(p => [p.name || '?', p.roles, p.initiatives + ' (' + (p.initiativeNames || []).join(', ') + ')', p.overloaded ? '⚠ ' + t('yes') : t('no')])))
      : el('p', { class: 'muted' }, t('dashboard.noPartner')));
}

function pooledMoney(d, names) {
  const partners = d.pooledMoneyByPartner || [];
  const currencies = [...new Set(partners.flatMap(p => p.secured.concat(p.proposed).map(m => m.currency)))].sort();
  const amount = (list, currency) => Number((list.find(m => m.currency === currency) || { amount: 0 }).amount);
  const charts = currencies.map(currency => {
    const giving = partners.filter(p => amount(p.secured, currency) + amount(p.proposed, currency) > 0);
    const drawing = bars(giving, p => p.name || '?', p => [{ value: amount(p.secured, currency), kind: 'solid' }, { value: amount(p.proposed, currency), kind: 'hatched' }],
      p => securedAndProposed(amount(p.secured, currency), amount(p.proposed, currency), currency));
    const table = dataTable(fmt('chart.partnerMoney', { currency }), [t('partner'), t('money.secured'), t('money.proposed'), t('dashboard.initiatives'), t('dashboard.rolesServed')],
      giving.map(p => [p.name || '?', money(amount(p.secured, currency), currency), money(amount(p.proposed, currency), currency), p.initiatives, p.roles.map(names).join(', ')]));
    return chartFigure('chart-partner-money-' + currency, fmt('chart.partnerMoney', { currency }), t('chart.partnerMoneyNote'), drawing, table);
  });
  return el('section', { id: 'pooled-money', 'aria-labelledby': 'pooled-money-heading' }, el('h3', { id: 'pooled-money-heading' }, t('dashboard.pooledMoney')),
    currencies.length ? [charts, barsLegend(t('money.secured'), t('money.proposed'))] : el('p', { class: 'muted' }, t('noPooledMoney')));
}

function months(d) {
  const list = d.months || [];
  const table = dataTable(t('chart.months'), [t('dashboard.month'), t('dashboard.initiatives'), t('dashboard.averageScore'), t('statOpen'), t('statOverdue'),
    t('dashboard.uncovered'), t('dashboard.singleCarrier'), t('dashboard.withoutResource')],
  list.map(m => [m.month, m.initiatives, m.averageCoverageScore + ' %', m.openSteps, m.overdueSteps, m.uncoveredRoles, m.singleCarrierRoles, m.rolesWithoutPooledResource]));
  return el('section', { id: 'months', 'aria-labelledby': 'months-heading' }, el('h3', { id: 'months-heading' }, t('chart.months')),
    list.length ? chartFigure('chart-months', t('chart.months'), plural('count.months', list.length), line(list, m => m.month, m => m.averageCoverageScore, 100), table)
      : el('p', { class: 'muted' }, t('dashboard.noMonth')));
}

// The figures behind each debrief question, as the debrief-service's analytics give them: who carries each role,
// what is pooled for it and how concentrated, what is planned for it year by year.
import { t, fmt, plural, formatNumber, locale, enumText } from '../i18n.js';
import { el } from '../dom.js';
import { chartFigure, dataTable, heatmap, heatmapLegend, bars, barsLegend } from '../charts.js';

const level = (count) => Math.min(4, count);
const list = (keys, roles) => keys.map(roles).join(', ');

/** A finding: a short sentence and, when there is any, the roles or names it concerns. */
function finding(id, words, items, warn) {
  return el('li', { id, class: warn && items.length ? 'warn' : null }, el('strong', {}, words),
    items.length ? t('colon') + items : t('colon') + t('noneFound'));
}

/** Money in its currency as the user writes numbers; a unit that is no currency code stays beside the number. */
export function money(amount, currency) {
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(Number(amount));
  } catch (e) {
    return formatNumber(amount) + ' ' + currency;
  }
}

/** A bar's words: the money secured, and what is proposed said as such ("0 $ + 25 000 $ proposés"). */
export const securedAndProposed = (secured, proposed, currency) => money(secured, currency)
  + (proposed ? ' + ' + money(proposed, currency) + ' ' + t('money.proposedShort') : '');

export const percent = (share) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** Question 1: carriers by kind, strengths and weaknesses of each role, and the risks they show. */
export function strengthsFigures(d, roles) {
  const c = d.analytics.carrying;
  const columns = [['PARTNER', 'carriers.partners'], ['MEMBER', 'carriers.members'], ['TO_FIND', 'carriers.toFind'],
    ['strengths', 'carriers.strengths'], ['weaknesses', 'carriers.weaknesses']];
  const valueOf = (r, key) => r.carriersByKind[key] !== undefined ? r.carriersByKind[key] : r[key];
  const drawing = heatmap(c.roles, columns, (r, [key, words]) => {
    const v = valueOf(r, key);
    return { level: level(v), text: String(v), title: roles(r.role) + t('colon') + t(words) + ' ' + v };
  }, r => roles(r.role), ([, words]) => t(words + '.short'));
  const table = dataTable(t('chart.carriers'), [t('role')].concat(columns.map(([, w]) => t(w)), t('carriers.cover')),
    c.roles.map(r => [roles(r.role)].concat(columns.map(([key]) => valueOf(r, key)), enumText('cover', r.cover))));
  const shared = c.roles.filter(r => r.shared).map(r => roles(r.role) + (r.sharedWith.length ? ' (' + r.sharedWith.join(', ') + ')' : ''));
  return el('div', { class: 'debrief-figures', id: 'figures-carrying' },
    chartFigure('chart-carriers', t('chart.carriers'), t('chart.carriersNote'), drawing, table), heatmapLegend(t('chart.countLevels').split('|')),
    el('ul', { class: 'findings' },
      finding('risk-single-carrier', t('finding.singleCarrier'), list(c.singleCarrier, roles), true),
      finding('risk-uncovered', t('finding.uncovered'), list(c.uncovered, roles), true),
      finding('risk-more-weaknesses', t('finding.moreWeaknesses'), list(c.moreWeaknesses, roles), true),
      finding('shared-roles', t('finding.shared'), shared.join(', '))));
}

/** Question 2: money per role and currency (secured solid, proposed hatched), staff time, concentration, reach. */
export function poolingFigures(d, roles, initiative) {
  const p = d.analytics.pooling;
  const currencies = [...new Set(p.roles.flatMap(r => r.securedMoney.concat(r.proposedMoney).map(m => m.currency)))].sort();
  const amount = (list, currency) => Number((list.find(m => m.currency === currency) || { amount: 0 }).amount);
  const period = initiative && initiative.startYear ? fmt('chart.moneyPeriod', { from: initiative.startYear, to: initiative.endYear }) : '';
  const charts = currencies.map(currency => {
    const drawing = bars(p.roles, r => roles(r.role),
      r => [{ value: amount(r.securedMoney, currency), kind: 'solid' }, { value: amount(r.proposedMoney, currency), kind: 'hatched' }],
      r => securedAndProposed(amount(r.securedMoney, currency), amount(r.proposedMoney, currency), currency));
    const table = dataTable(fmt('chart.money', { currency }), [t('role'), t('money.secured'), t('money.proposed')],
      p.roles.map(r => [roles(r.role), money(amount(r.securedMoney, currency), currency), money(amount(r.proposedMoney, currency), currency)]));
    return chartFigure('chart-money-' + currency, fmt('chart.money', { currency }), period + ' ' + t('chart.moneyNote'), drawing, table);
  });
  const hours = el('div', { class: 'stats' },
    el('div', { class: 'stat', id: 'stat-hours-secured' }, el('strong', {}, formatNumber(p.securedHoursPerMonth || 0)), ' ', el('span', {}, t('hours.secured'))),
    el('div', { class: 'stat', id: 'stat-hours-proposed' }, el('strong', {}, formatNumber(p.proposedHoursPerMonth || 0)), ' ', el('span', {}, t('hours.proposed'))));
  const concentration = p.concentration.length ? dataTable(t('concentration'),
    [t('currency'), t('concentration.total'), t('concentration.contributors'), t('concentration.largest'), t('concentration.share'), t('concentration.herfindahl')],
    p.concentration.map(m => [m.currency, money(m.total, m.currency), m.contributors, m.largestPartnerName || '?', percent(m.largestShare), formatNumber(m.herfindahl)])) : null;
  const reach = p.partnersGivingToSeveralRoles.map(r => r.partnerName + ' (' + list(r.roles, roles) + ')');
  const others = p.roles.filter(r => Object.values(r.otherKinds || {}).some(n => n > 0)).map(r => roles(r.role) + t('colon')
    + Object.entries(r.otherKinds).map(([kind, n]) => enumText('resourceKind', kind) + ' ' + n).join(', '));
  return el('div', { class: 'debrief-figures', id: 'figures-pooling' },
    currencies.length ? [charts, barsLegend(t('money.secured'), t('money.proposed'))] : el('p', { class: 'muted' }, t('noPooledMoney')),
    hours,
    concentration ? el('div', { id: 'concentration' }, el('h4', {}, t('concentration')), el('p', { class: 'muted small' }, t('concentration.note')),
      el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('concentration') }, concentration)) : '',
    el('ul', { class: 'findings' },
      finding('risk-without-resource', t('finding.withoutResource'), list(p.withoutPooledResource, roles), true),
      finding('partners-several-roles', t('finding.severalRoles'), reach.join('; ')),
      others.length ? finding('other-kinds', t('finding.otherKinds'), others.join('; ')) : ''));
}

/** Question 3: steps per role and year, what looks beyond a year, overdue and done, the mature initiative's plans. */
export function planningFigures(d, roles, initiative) {
  const p = d.analytics.planning;
  const years = p.stepsByYear.map(y => y.year);
  const yearOf = (r, year) => r.stepsByYear.find(y => y.year === year) || { open: 0, done: 0 };
  const text = (c) => c.open + (c.done ? ' ✓' + c.done : '');
  const drawing = years.length ? heatmap(p.roles, years, (r, year) => {
    const c = yearOf(r, year);
    return { level: level(c.open), text: text(c), title: roles(r.role) + ', ' + year + t('colon') + plural('count.openSteps', c.open) + ', ' + plural('count.doneSteps', c.done) };
  }, r => roles(r.role), String) : null;
  const table = dataTable(t('chart.steps'), [t('role')].concat(years.map(String), t('horizon.SHORT'), t('horizon.MEDIUM'), t('horizon.LONG'), t('overdue')),
    p.roles.map(r => [roles(r.role)].concat(years.map(year => text(yearOf(r, year))),
      r.stepsByHorizon.SHORT, r.stepsByHorizon.MEDIUM, r.stepsByHorizon.LONG, r.overdue)));
  const plans = p.plans.length ? el('ul', { class: 'findings', id: 'plans' }, p.plans.map(plan => el('li', { id: 'plan-readiness-' + plan.plan, class: plan.readiness === 'PLANNED' ? null : 'warn' },
    el('strong', {}, enumText('plan', plan.plan)), t('colon') + enumText('readiness', plan.readiness) + ' — '
    + plural('count.openSteps', plan.openSteps) + ', ' + plural('count.doneSteps', plan.doneSteps)))) : '';
  return el('div', { class: 'debrief-figures', id: 'figures-planning' },
    drawing ? [chartFigure('chart-steps', t('chart.steps'), initiative && initiative.startYear ? fmt('chart.stepsNote', { from: initiative.startYear, to: initiative.endYear }) : '', drawing, table),
      heatmapLegend(t('chart.countLevels').split('|'))] : el('p', { class: 'muted' }, t('noStepsYet')),
    el('div', { class: 'stats' },
      el('div', { class: 'stat', id: 'stat-plan-open' }, el('strong', {}, String(p.open)), ' ', el('span', {}, t('statOpen'))),
      el('div', { class: 'stat' + (p.overdue ? ' late' : ''), id: 'stat-plan-overdue' }, el('strong', {}, String(p.overdue)), ' ', el('span', {}, t('statOverdue'))),
      el('div', { class: 'stat', id: 'stat-plan-done' }, el('strong', {}, String(p.done)), ' ', el('span', {}, t('statDone')))),
    el('ul', { class: 'findings' }, finding('risk-nothing-beyond-a-year', t('finding.nothingBeyondAYear'), list(p.nothingBeyondTwelveMonths, roles), true)),
    p.plans.length ? [el('h4', {}, p.plansExpected ? t('plans.mature') : t('plans')), plans] : '');
}

// How pooled resources read: money in its currency, staff time per month, periods and statuses, in the user's locale.
import { t, fmt, enumText, locale, formatNumber, day } from '../i18n.js';
import { el, badge } from '../dom.js';

export const hoursText = (hours) => Number(hours) ? fmt('hoursPerMonth', { hours: formatNumber(hours) }) : '—';
export const periodText = (r) => r.from || r.to ? (day(r.from) || '…') + ' → ' + (day(r.to) || '…') : '';
export const resourceStatusBadge = (status) => badge(enumText('resourceStatus', status), 'resource-' + status.toLowerCase());

export function formatMoney(amount, currency) {
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(Number(amount));
  } catch (e) {
    return formatNumber(amount) + ' ' + currency; // a currency code the browser does not know still shows
  }
}

export function moneyText(money) {
  const entries = Object.entries(money || {});
  return entries.length ? entries.map(([currency, amount]) => formatMoney(amount, currency)).join(' + ') : '—';
}

/**
 * Money of a total, one sum per currency and period: a grant for a year and one for three years are not added
 * together silently; each sum says the period it covers.
 */
export function periodMoneyText(amounts) {
  const sums = amounts.moneyByPeriod;
  if (!sums) return moneyText(amounts.money);
  return sums.length ? periodSums(sums).join('; ') : '—';
}

const periodSums = (sums) => sums.map(m => formatMoney(m.amount, m.currency) + ' ' + (m.from || m.to
  ? fmt('forPeriod', { period: periodText(m) }) : t('noPeriodShort')));

/** The same, one line per currency and period, for a table cell. */
export function periodMoneyLines(amounts) {
  const sums = amounts.moneyByPeriod;
  if (!sums) return moneyText(amounts.money);
  return sums.length ? periodSums(sums).map(line => el('div', {}, line)) : '—';
}

export function amountsText(amounts) {
  const parts = [periodMoneyText(amounts), hoursText(amounts.staffHoursPerMonth)].filter(s => s !== '—');
  return parts.length ? parts.join(' · ') : '—';
}

/** An amount says what it counts: money over the resource's period, staff time per month or week. */
export function quantityText(r) {
  if (r.amount === null || r.amount === undefined) return r.unit || '';
  // money counts over the resource's period, which is said with it; without one, it says so
  if (r.kind === 'FUNDING') return formatMoney(r.amount, r.unit) + ' ' + (r.from || r.to ? fmt('forPeriod', { period: periodText(r) }) : t('noPeriod'));
  if (r.kind === 'STAFF_TIME') return formatNumber(r.amount) + ' ' + enumText('unit', r.unit);
  return formatNumber(r.amount) + (r.unit ? ' ' + r.unit : '');
}

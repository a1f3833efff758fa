// What moved since the last adopted version, so a group starts its debrief from what changed since the last one.
import { t, fmt, has, formatNumber, when } from '../i18n.js';
import { el } from '../dom.js';

/** "securedMoney.CAD" reads as "money secured (CAD)"; a share reads as a percentage. */
function figureName(figure) {
  const [name, currency] = figure.split('.');
  const words = has('figure.' + name) ? t('figure.' + name) : name;
  return currency ? words + ' (' + currency + ')' : words;
}

function figureValue(figure, value) {
  if (value === null || value === undefined) return '–';
  return figure.startsWith('largestShare') ? formatNumber(Math.round(Number(value) * 100)) + ' %' : formatNumber(value);
}

export function sinceLastVersion(since) {
  const box = el('section', { class: 'card since-last', id: 'since-last-version', 'aria-labelledby': 'since-last-heading' },
    el('h3', { id: 'since-last-heading' }, t('sinceLast')));
  if (!since || !since.version) {
    box.append(el('p', { class: 'muted' }, t('sinceLast.noVersion')));
    return box;
  }
  const v = since.version;
  box.append(el('p', { class: 'muted small' }, fmt('sinceLast.version', { number: v.number, name: v.name || '', when: when(v.adoptedAt) })));
  if (!since.changes || !since.changes.length) {
    box.append(el('p', {}, t('sinceLast.nothing')));
    return box;
  }
  box.append(el('ul', { class: 'changes' }, since.changes.map(c => {
    const before = Number(c.before), now = Number(c.now);
    const arrow = c.before === null ? '+' : c.now === null ? '−' : now > before ? '▲' : '▼';
    return el('li', { 'data-figure': c.figure }, el('span', { 'aria-hidden': 'true', class: 'mark' }, arrow), ' ',
      el('strong', {}, figureName(c.figure)), t('colon'), figureValue(c.figure, c.before), ' → ', figureValue(c.figure, c.now));
  })));
  return box;
}

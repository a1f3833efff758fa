// What moved since the last adopted version, so a group starts its debrief from what changed since the last one.
import { t, fmt, has, formatNumber, when } from '../i18n.js';
import { el, scrollingTable } from '../dom.js';
import { api, problemText } from '../api.js';
import { dataTable } from '../charts.js';

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

/** The figures of a Figures record by name, money and shares per currency ("securedMoney.CAD"), as the API names changes. */
function named(figures) {
  const out = {};
  Object.entries(figures || {}).forEach(([k, v]) => {
    if (v && typeof v === 'object') Object.entries(v).forEach(([currency, x]) => { out[k + '.' + currency] = x; });
    else out[k] = v;
  });
  return out;
}

/** Every adopted version's figures and now's, side by side, read from the trend when the reader opens it. */
function wholeTrend(base) {
  const body = el('div', {}, el('p', { class: 'muted' }, t('loading')));
  const details = el('details', { id: 'debrief-trend' }, el('summary', {}, t('sinceLast.every')), body);
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'yes';
    const answer = await api('GET', base + '/debrief/trend');
    if (answer.status !== 200) { body.replaceChildren(el('p', { class: 'error', role: 'alert' }, problemText(answer))); return; }
    const columns = (answer.json.versions || []).map(v => ({ head: 'v' + v.version.number, figures: named(v.figures) }))
      .concat([{ head: t('sinceLast.now'), figures: named(answer.json.now) }]);
    const names = [...new Set(columns.flatMap(c => Object.keys(c.figures)))];
    body.replaceChildren(scrollingTable(t('sinceLast.every'), dataTable(t('sinceLast.every'), [t('sinceLast.figure')].concat(columns.map(c => c.head)),
      names.map(n => [figureName(n)].concat(columns.map(c => figureValue(n, c.figures[n])))))));
  });
  return details;
}

export function sinceLastVersion(since, base) {
  const box = el('section', { class: 'card since-last', id: 'since-last-version', 'aria-labelledby': 'since-last-heading' },
    el('h3', { id: 'since-last-heading' }, t('sinceLast')));
  if (!since || !since.version) {
    box.append(el('p', { class: 'muted' }, t('sinceLast.noVersion')));
    return box;
  }
  const v = since.version;
  box.append(el('p', { class: 'muted small' }, fmt('sinceLast.version', { number: v.number, name: v.name || '', when: when(v.adoptedAt) })),
    !since.changes || !since.changes.length ? el('p', {}, t('sinceLast.nothing')) : el('ul', { class: 'changes' }, since.changes.map(c => {
      const before = Number(c.before), now = Number(c.now);
      const arrow = c.before === null ? '+' : c.now === null ? '−' : now > before ? '▲' : '▼';
      return el('li', { 'data-figure': c.figure }, el('span', { 'aria-hidden': 'true', class: 'mark' }, arrow), ' ',
        el('strong', {}, figureName(c.figure)), t('colon'), figureValue(c.figure, c.before), ' → ', figureValue(c.figure, c.now));
    })),
    base ? wholeTrend(base) : '');
  return box;
}

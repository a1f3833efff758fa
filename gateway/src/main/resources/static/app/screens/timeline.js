// The next steps per role across the horizon's years (the seed: plan for the long term, not one year). It is a real
// table, so screen readers read it as one; CSS lays each year out as a column of a timeline, and on a phone each
// role as a card listing its years one under the other (a column per year would wrap titles word by word).
import { t, fmt, day, enumText } from '../i18n.js';
import { el, badge, scrollingTable } from '../dom.js';
import { roleName } from '../labels.js';
import { stepHash } from '../links.js';

export function renderTimelineTab(page, content) {
  const { startYear, endYear } = page.initiative;
  // the six roles, then the succession and sustainability plans that have steps (they live in step 2)
  const rows = page.sheet.roles.map(role => ({ id: 'timeline-' + role.key, name: roleName(role), steps: role.nextSteps || [], tab: 'worksheet' }))
    .concat((page.sheet.plans || []).filter(plan => (plan.nextSteps || []).length).map(plan => ({ id: 'timeline-plan-' + plan.kind,
      name: enumText('plan', plan.kind), steps: plan.nextSteps, tab: 'step2' })));
  const all = rows.flatMap(r => r.steps);
  const years = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  // steps due outside the horizon get a column of their own on either side, so none is hidden
  const before = all.some(s => s.dueYear < startYear);
  const after = all.some(s => s.dueYear > endYear);
  const columns = [...(before ? ['before'] : []), ...years, ...(after ? ['after'] : [])];
  const inColumn = (s, c) => c === 'before' ? s.dueYear < startYear : c === 'after' ? s.dueYear > endYear : s.dueYear === c;
  const heading = (c) => c === 'before' ? fmt('beforeHorizon', { year: startYear }) : c === 'after' ? fmt('afterHorizon', { year: endYear }) : String(c);
  const table = el('table', { class: 'timeline', id: 'timeline', style: '--years: ' + columns.length },
    el('caption', {}, t('timelineCaption') + ' (' + startYear + '–' + endYear + ')'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('role')), columns.map(c => el('th', { scope: 'col',
      class: typeof c === 'number' ? 'year' : 'outside' }, heading(c))))),
    el('tbody', {}, rows.map(row => el('tr', { id: row.id, class: row.steps.length ? null : 'no-steps' },
      el('th', { scope: 'row' }, row.name),
      columns.map(c => el('td', { class: (typeof c === 'number' ? 'year' : 'outside')
        + (row.steps.some(s => inColumn(s, c)) ? '' : ' empty'), 'data-label': heading(c) },
        el('ul', { class: 'timeline-steps' }, row.steps.filter(s => inColumn(s, c))
          .sort((a, b) => a.dueDate < b.dueDate ? -1 : 1).map(s => el('li', {
            class: 'timeline-step status-' + s.status.toLowerCase() + (s.overdue ? ' late' : '') },
          el('a', { href: stepHash(page.networkId, page.initiativeId, row.tab, s.id) }, s.title), ' ',
          el('time', { datetime: s.dueDate, class: 'small' }, day(s.dueDate)), ' ',
          s.overdue ? badge(t('overdueSteps'), 'late') : badge(enumText('status', s.status), 'status'))))))))));
  content.replaceChildren(scrollingTable(t('timeline'), table));
}

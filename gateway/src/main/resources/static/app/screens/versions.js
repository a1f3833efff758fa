// Adopted versions of the worksheet: list, read one, compare one with the current draft, adopt the draft.
import { t, fmt, enumText, when } from '../i18n.js';
import { api, write, showError } from '../api.js';
import { el, field, button, value } from '../dom.js';
import { roleLabelOf, planLabelOf } from '../labels.js';
import { worksheetTable } from './worksheet.js';

export async function renderVersionsTab(page, content) {
  const section = el('section', { id: 'versions' }, el('h2', {}, t('tab.versions')));
  content.replaceChildren(section);
  const answer = await api('GET', page.base + '/worksheet/versions');
  const versions = answer.status === 200 && answer.json && Array.isArray(answer.json.items) ? answer.json.items : [];
  const view = el('div', { id: 'version-view' });
  const basedOn = versions.find(v => v.id === page.sheet.basedOnVersionId);
  section.append(
    basedOn ? el('p', { class: 'muted' }, fmt('basedOn', { number: basedOn.number })) : '',
    versions.length ? el('ul', { class: 'versions' }, versions.map(v => versionItem(page, v, view)))
      : el('p', { class: 'muted' }, t('noVersions')),
    page.initiative.canManage ? adoptForm(page) : '',
    view);
}

function versionItem(page, v, view) {
  const name = t('version') + ' ' + v.number + ' — ' + v.name;
  return el('li', { id: 'version-' + v.id },
    el('strong', {}, name), ' ',
    el('span', { class: 'muted' }, (v.adoptedByName || '') + ', ' + when(v.adoptedAt)), ' ',
    button(t('view'), () => showVersion(page, v, view), null, name), ' ',
    button(t('compare'), () => compareVersion(page, v, view), null, name));
}

function adoptForm(page) {
  const form = el('form', { class: 'inline card', id: 'adopt-form' },
    field(t('versionName'), el('input', { name: 'name', required: 'required', maxlength: '120' })),
    el('button', { type: 'submit' }, t('adopt')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write(page.ctx, form, 'POST', page.base + '/worksheet/versions', { name: value(form, 'name') }, null, { name: t('versionName') });
  });
  return form;
}

async function showVersion(page, v, view) {
  const answer = await api('GET', page.base + '/worksheet/versions/' + v.id);
  if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
  view.replaceChildren(el('h3', {}, t('version') + ' ' + v.number + ' — ' + v.name),
    el('p', { class: 'muted' }, t('readOnly')),
    worksheetTable(page, answer.json, { editable: false, comments: false, id: 'version-worksheet', rowPrefix: 'version-role-' }));
}

async function compareVersion(page, v, view) {
  const answer = await api('GET', page.base + '/worksheet/versions/compare?from=' + encodeURIComponent(v.id) + '&to=current');
  if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
  view.replaceChildren(comparison(page, answer.json, fmt('comparedWith', { number: v.number })));
}

// A diff reads as short sentences per role: "Strengths added: a, b".
function comparison(page, diff, title) {
  const box = el('div', { class: 'card', id: 'comparison' }, el('h3', {}, title));
  if (diff.unchanged) { box.append(el('p', {}, t('unchanged'))); return box; }
  const section = (heading, lines) => lines.length ? [el('h4', {}, heading), el('ul', {}, lines.map(l => el('li', {}, l)))] : [];
  (diff.roles || []).forEach(r => box.append(...section(roleLabelOf(page, r.key), [
    ...listLines(r, ['carriersAdded', 'carriersRemoved', 'strengthsAdded', 'strengthsRemoved', 'weaknessesAdded', 'weaknessesRemoved']),
    ...stepsLines(r.nextSteps), ...(r.sharingChanged ? [t('sharingChanged')] : [])])));
  box.append(...section(t('pooling'), listLines(diff, ['poolingAdded', 'poolingRemoved'],
    { poolingAdded: '+ ', poolingRemoved: '− ' })));
  (diff.plans || []).forEach(p => box.append(...section(planLabelOf(page, p.kind),
    [...(p.notesChanged ? [t('notesChanged')] : []), ...stepsLines(p.nextSteps)])));
  return box;
}

function listLines(source, keys, prefixes) {
  return keys.filter(k => (source[k] || []).length)
    .map(k => (prefixes ? prefixes[k] : t(k) + t('colon')) + source[k].join(', '));
}

function stepsLines(steps) {
  if (!steps) return [];
  return listLines(steps, ['added', 'removed'], { added: t('stepsAdded') + t('colon'), removed: t('stepsRemoved') + t('colon') })
    .concat((steps.changed || []).length ? [t('stepsChanged') + t('colon') + steps.changed.map(c =>
      c.title + ' (' + (c.fields || []).map(f => enumText('field', f)).join(', ') + ')').join('; ')] : []);
}

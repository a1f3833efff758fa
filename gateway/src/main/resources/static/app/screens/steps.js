// Next steps of a role or a plan: the list, each step edited in place, removed with an undo, moved up or down;
// statuses offered are the moves the server allows (step.nextStatuses), never a copy of its rules.
import { t, fmt, enumText, day } from '../i18n.js';
import { api, write, showError, problemText } from '../api.js';
import { el, field, badge, button, option, value, closeOnEscape } from '../dom.js';
import { toast } from '../toast.js';
import { threadButton } from './comments.js';
import { ownerChooser } from './owner.js';
import { editStep, hasStepDraft } from './step-editor.js';

const stepLabels = () => ({ title: t('title'), dueDate: t('due'), owner: t('owner'), status: t('status') });
const UNDO_SECONDS = 10;

export function stepList(page, steps, holder, options) {
  if (!steps || !steps.length) return el('p', { class: 'muted' }, t('noSteps'));
  return el('ul', { class: 'steps' }, steps.map((step, index) => stepItem(page, steps, index, holder, options)));
}

function stepItem(page, steps, index, holder, options) {
  const step = steps[index];
  const item = el('li', { class: 'step status-' + step.status.toLowerCase(), id: 'step-' + step.id, tabindex: '-1' });
  const draw = () => {
    const meta = [step.owner && step.owner.name, step.horizon && enumText('horizon', step.horizon)].filter(Boolean).join(' · ');
    item.replaceChildren(...[
      el('span', { class: 'step-title' }, step.title), ' ',
      step.dueDate ? el('time', { datetime: step.dueDate }, badge(day(step.dueDate), step.overdue ? 'late' : step.nextStatuses && step.nextStatuses.length ? 'todo' : '')) : '', ' ',
      badge(enumText('status', step.status), 'status'),
      // said in words too, not by the date's colour alone (WCAG 1.4.1)
      step.overdue ? [' ', badge(t('overdue'), 'late overdue')] : '',
      step.description ? el('div', { class: 'small step-description' }, step.description) : '',
      meta ? el('div', { class: 'muted small' }, meta) : '',
      (step.warnings || []).map(w => el('div', { class: 'small step-warning', role: 'note' }, warningText(w)))].flat());
    if (options.editable) item.append(stepControls(page, steps, index, holder, item, draw));
    if (options.comments && holder.role) {
      item.append(threadButton(page, item, holder.path + '/next-steps/' + step.id + '/comments', step.title, 'link'));
    }
  };
  draw();
  if (options.editable && hasStepDraft(page, step)) editStep(page, step, holder, item, draw);
  return item;
}

/** The server's warning words it by its stable code; an unknown code still says something. */
function warningText(w) {
  return w.code === 'outside-horizon' ? fmt('warning.outsideHorizon', { start: w.startYear, end: w.endYear }) : t('warning.other');
}

function stepControls(page, steps, index, holder, item, draw) {
  const step = steps[index];
  const path = holder.path + '/next-steps/' + step.id;
  const form = el('form', { class: 'inline step-controls' });
  form.addEventListener('submit', (event) => event.preventDefault());
  const patch = (body) => write(page.ctx, form, 'PATCH', path, body, step.etag, stepLabels());
  const moves = step.nextStatuses || [];
  if (moves.length) {
    const status = el('select', { name: 'status', 'aria-label': t('status') + ' — ' + step.title },
      option(step.status, enumText('status', step.status), true), moves.map(s => option(s, enumText('status', s))));
    status.addEventListener('change', () => status.value !== step.status && patch({ status: status.value }));
    form.append(status);
    if (moves.includes('DONE')) form.append(button(t('markDone'), () => patch({ status: 'DONE' }), null, step.title));
  }
  const edit = button(t('edit'), () => { const first = editStep(page, step, holder, item, draw); first.focus(); }, null, step.title);
  edit.classList.add('step-edit');
  const remove = button(t('remove'), () => removeStep(page, step, path, form), null, step.title);
  remove.classList.add('step-remove');
  const up = button('↑', () => moveStep(page, steps, index, -1, holder, form), null, t('moveUp') + ' — ' + step.title);
  const down = button('↓', () => moveStep(page, steps, index, 1, holder, form), null, t('moveDown') + ' — ' + step.title);
  up.setAttribute('aria-label', t('moveUp') + ' — ' + step.title);
  down.setAttribute('aria-label', t('moveDown') + ' — ' + step.title);
  up.classList.add('step-up');
  down.classList.add('step-down');
  up.disabled = index === 0;
  down.disabled = index === steps.length - 1;
  form.append(edit, remove, el('span', { class: 'step-order inline' }, up, down));
  return form;
}

// Removed at once; the toast's undo restores it where it was, with the ETag the removal answered.
async function removeStep(page, step, path, form) {
  const answer = await api('DELETE', path, undefined, { 'If-Match': step.etag });
  if (answer.status !== 200) {
    if (answer.status === 412) { page.ctx.route(); return; }
    showError(form, answer, stepLabels());
    return;
  }
  const removed = answer.json;
  const seconds = Math.min(UNDO_SECONDS, page.rules ? page.rules.restoreWindowSeconds : UNDO_SECONDS);
  toast(fmt('stepRemoved', { title: step.title }), t('undo'), async () => {
    const back = await api('POST', removed.restore, undefined, { 'If-Match': removed.step.etag });
    if (back.status !== 200) alert(problemText(back));
    page.ctx.focusAfter = 'step-' + step.id;
    page.ctx.route();
  }, seconds);
  page.ctx.route();
}

// The whole order goes to the server with the row's (or plan's) ETag.
async function moveStep(page, steps, index, by, holder, form) {
  const ids = steps.map(s => s.id);
  const [moved] = ids.splice(index, 1);
  ids.splice(index + by, 0, moved);
  page.ctx.focusAfter = 'step-' + moved;
  await write(page.ctx, form, 'PUT', holder.path + '/next-steps/order', { stepIds: ids }, holder.etag, stepLabels());
}

/** The add form stays folded so the table remains readable; `label` names the role or plan it adds to. */
export function addStepBox(page, holder, label) {
  const summary = el('summary', {}, t('addStep'), label ? el('span', { class: 'sr-only' }, ' — ' + label) : '');
  const box = el('details', { class: 'add-step' }, summary);
  const form = stepForm(page, holder);
  // Esc folds the form away, asking first once something was typed, and gives focus back to its summary
  closeOnEscape(form, form, () => { form.reset(); delete form.dataset.dirty; box.open = false; summary.focus(); });
  box.append(form);
  return box;
}

function stepForm(page, holder) {
  const owner = ownerChooser(page, null);
  const form = el('form', { class: 'row-form step-form' },
    field(t('title'), el('input', { name: 'title', required: 'required', maxlength: '200' })),
    field(t('due'), el('input', { name: 'dueDate', type: 'date', required: 'required' })),
    owner.node,
    el('div', {}, el('button', { type: 'submit' }, t('addStep'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const who = owner.value();
    if (!who) { showError(form, t('ownerIncomplete')); return; }
    const answer = await api('POST', holder.path + '/next-steps', { title: value(form, 'title'), dueDate: value(form, 'dueDate'), owner: who });
    if (answer.status !== 201) { showError(form, answer, stepLabels()); return; }
    delete form.dataset.dirty;
    // the page is drawn anew with the step: the focus goes to it, not to the top of the page
    page.ctx.focusAfter = 'step-' + answer.json.id;
    page.ctx.route();
  });
  return form;
}

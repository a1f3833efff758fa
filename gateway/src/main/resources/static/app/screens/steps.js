// Next steps of a role or a plan: the list, quick status and date changes, and the add form with its owner chooser.
import { t, enumText, day } from '../i18n.js';
import { write, showError } from '../api.js';
import { el, field, option, select, badge, button, value } from '../dom.js';
import { partnerPicker } from './pickers.js';
import { toggleThread } from './comments.js';

const STATUSES = ['TODO', 'DOING', 'DONE', 'DROPPED'];
const today = () => new Date().toISOString().substring(0, 10);
const isOpen = (step) => step.status === 'TODO' || step.status === 'DOING';
const stepLabels = () => ({ title: t('title'), dueDate: t('due'), owner: t('owner'), status: t('status') });

export function stepList(page, steps, holder, options) {
  if (!steps || !steps.length) return el('p', { class: 'muted' }, t('noSteps'));
  return el('ul', { class: 'steps' }, steps.map(step => stepItem(page, step, holder, options)));
}

function stepItem(page, step, holder, options) {
  const late = isOpen(step) && step.dueDate && step.dueDate < today();
  const meta = [step.owner && step.owner.name, step.horizon && enumText('horizon', step.horizon)].filter(Boolean).join(' · ');
  const item = el('li', { class: 'step status-' + step.status.toLowerCase(), id: 'step-' + step.id },
    el('span', { class: 'step-title' }, step.title), ' ',
    step.dueDate ? el('time', { datetime: step.dueDate }, badge(day(step.dueDate), late ? 'late' : isOpen(step) ? 'todo' : '')) : '', ' ',
    badge(enumText('status', step.status), 'status'),
    meta ? el('div', { class: 'muted small' }, meta) : '');
  if (options.editable) item.append(stepControls(page, step, holder));
  if (options.comments && holder.role) {
    item.append(button(t('comments'), () => toggleThread(page, item, holder.path + '/next-steps/' + step.id + '/comments'), 'link',
      step.title));
  }
  return item;
}

// Status applies at once; a due date waits for its button, since a date input reports every keystroke.
function stepControls(page, step, holder) {
  const path = holder.path + '/next-steps/' + step.id;
  const patch = (body) => write(page.ctx, form, 'PATCH', path, body, step.etag, stepLabels());
  const status = select('status', STATUSES, step.status, v => enumText('status', v));
  const due = el('input', { name: 'dueDate', type: 'date', value: step.dueDate || null, 'aria-label': t('due') + ' — ' + step.title });
  status.setAttribute('aria-label', t('status') + ' — ' + step.title);
  status.addEventListener('change', () => patch({ status: status.value }));
  const form = el('form', { class: 'inline step-controls' }, status, due,
    button(t('reschedule'), () => due.value && due.value !== step.dueDate && patch({ dueDate: due.value }), null, step.title),
    isOpen(step) ? button(t('markDone'), () => patch({ status: 'DONE' }), null, step.title) : '');
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}

/** The add form stays folded so the table remains readable; `label` names the role or plan it adds to. */
export function addStepBox(page, holder, label) {
  return el('details', { class: 'add-step' }, el('summary', {}, t('addStep'),
    label ? el('span', { class: 'sr-only' }, ' — ' + label) : ''), stepForm(page, holder));
}

function stepForm(page, holder) {
  const owner = ownerChooser(page);
  const form = el('form', { class: 'row-form step-form' },
    field(t('title'), el('input', { name: 'title', required: 'required', maxlength: '200' })),
    field(t('due'), el('input', { name: 'dueDate', type: 'date', required: 'required' })),
    owner.node,
    el('div', {}, el('button', { type: 'submit' }, t('addStep'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const who = owner.value();
    if (!who) { showError(form, t('ownerIncomplete')); return; }
    write(page.ctx, form, 'POST', holder.path + '/next-steps', { title: value(form, 'title'), dueDate: value(form, 'dueDate'), owner: who },
      null, stepLabels());
  });
  return form;
}

// Who answers for a step: me (an empty owner), another member of the initiative, or a partner via a contact's email.
function ownerChooser(page) {
  const me = page.ctx.me;
  const members = page.members.filter(m => m.status === 'ACTIVE' && m.memberId);
  const choice = el('select', { name: 'owner' }, option('me', t('ownerMe')),
    members.filter(m => m.memberId !== me.id).map(m => option('member:' + m.memberId, m.name)),
    option('partner', t('ownerPartner')));
  let partner = null;
  const chosen = el('strong', {});
  // reminders go only to a contact the directory lists for the partner: picked, never typed
  const email = el('select', { name: 'ownerEmail', 'aria-label': t('partnerEmail') });
  const noContact = el('span', { class: 'muted', hidden: 'hidden' }, t('noContactEmail'));
  const pickPartner = (p) => {
    partner = p;
    chosen.textContent = p.name;
    const reachable = (p.contacts || []).filter(c => c.email);
    email.replaceChildren(...reachable.map(c => option(c.email, c.name + ' <' + c.email + '>')));
    email.hidden = reachable.length === 0;
    noContact.hidden = reachable.length > 0;
  };
  const partnerBox = el('div', { class: 'row-form', hidden: 'hidden' }, chosen, partnerPicker(page.networkId, pickPartner), email,
    noContact);
  choice.addEventListener('change', () => {
    partnerBox.hidden = choice.value !== 'partner';
    email.required = choice.value === 'partner';
  });
  const owner = () => {
    if (choice.value === 'me') return {};
    if (choice.value === 'partner') return partner && email.value ? { partnerId: partner.id, email: email.value } : null;
    const m = members.find(x => 'member:' + x.memberId === choice.value);
    return { memberId: m.memberId };
  };
  return { node: el('div', { class: 'row-form' }, field(t('owner'), choice), partnerBox), value: owner };
}

// Step 2: sharing each role and its key tasks, pooling intentions, and (mature initiatives) succession and
// sustainability plans. Readers see text; editors get the forms.
import { t } from '../i18n.js';
import { write } from '../api.js';
import { el, field, button, value, reveal } from '../dom.js';
import { roleName, planName, roleLabelOf } from '../labels.js';
import { partnerPicker, partnerChips } from './pickers.js';
import { stepList, addStepBox } from './steps.js';

export function renderStep2Tab(page, content) {
  // what the caller may change comes from the server's rules (GET .../rules); the worksheet's flag if they are away
  const editable = page.rules ? !!page.rules.actions.editRows : page.sheet.canEdit;
  const plansEditable = page.rules ? !!page.rules.actions.editPlans : page.sheet.canEdit;
  const mature = page.sheet.maturity === 'MATURE';
  content.replaceChildren(el('section', { id: 'step2' },
    el('h2', {}, t('sharingTitle')), el('p', { class: 'muted' }, t('sharingHelp')),
    page.sheet.roles.map(role => sharingCard(page, role, editable)),
    el('h2', {}, t('poolingTitle')), poolingEditor(page, page.sheet.pooling || { intentions: [] }, editable),
    el('h2', {}, t('plansTitle')),
    mature ? page.sheet.plans.map(plan => planCard(page, plan, plansEditable)) : el('p', { class: 'muted' }, t('plansMatureOnly'))));
  const back = page.ctx.focusAfter;
  page.ctx.focusAfter = null;
  if (back) reveal(back);
}

function sharingCard(page, role, editable) {
  const sharing = role.sharing || { shared: false, tasks: [] };
  const name = roleName(role);
  const card = el('div', { class: 'card', id: 'sharing-' + role.key }, el('h3', {}, name));
  const reading = el('div', { class: 'reading' }, el('p', {}, sharing.shared ? t('sharedYes') : t('sharedNo')),
    el('ul', {}, sharing.tasks.map(task => el('li', {}, task.task,
      (task.partnerNames || []).length ? ' — ' + task.partnerNames.join(', ') : ''))));
  card.append(reading);
  if (!editable) return card;
  // it reads as text until someone edits it
  const open = button(t('edit'), () => { reading.remove(); open.remove(); card.append(sharingForm(page, role, sharing, name)); }, null,
    t('sharingTitle') + ' — ' + name);
  card.append(open);
  return card;
}

function sharingForm(page, role, sharing, name) {
  const tasks = sharing.tasks.map(x => ({ task: x.task,
    partners: (x.partnerIds || []).map((id, i) => ({ id, name: (x.partnerNames || [])[i] || id })) }));
  const list = el('div', { class: 'row-form' });
  const draw = () => list.replaceChildren(...tasks.map((task, index) => taskEditor(page, task, () => { tasks.splice(index, 1); draw(); })));
  draw();
  const form = el('form', { class: 'row-form', 'aria-label': t('sharingTitle') + ' — ' + name },
    el('label', {}, el('input', { type: 'checkbox', name: 'shared', checked: sharing.shared ? 'checked' : null }), ' ' + t('shared')),
    list,
    el('div', { class: 'inline' }, button(t('addTask'), () => { tasks.push({ task: '', partners: [] }); draw(); }, null, name),
      el('button', { type: 'submit', 'aria-label': t('save') + ' — ' + name }, t('save'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { shared: form.elements.namedItem('shared').checked,
      tasks: tasks.filter(x => x.task.trim()).map(x => ({ task: x.task.trim(), partnerIds: x.partners.map(p => p.id) })) };
    write(page.ctx, form, 'PUT', page.base + '/worksheet/roles/' + role.key + '/sharing', body, role.etag,
      { tasks: t('task'), shared: t('shared') });
  });
  form.classList.add('editing');
  return form;
}

function taskEditor(page, task, remove) {
  const input = el('input', { class: 'grow', value: task.task, placeholder: t('task'), 'aria-label': t('task'), maxlength: '300' });
  input.addEventListener('input', () => { task.task = input.value; });
  const chips = partnerChips(task.partners);
  return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, input, button(t('remove'), remove, null, task.task || t('task'))),
    chips.node, partnerPicker(page.networkId, p => chips.add(p)));
}

function poolingEditor(page, pooling, editable) {
  const box = el('div', { class: 'card', id: 'pooling' });
  const intentions = pooling.intentions || [];
  const reading = intentions.length ? el('ul', {}, intentions.map(i => el('li', {}, i.description,
    i.partnerName ? ' — ' + i.partnerName : '', (i.roles || []).length ? ' (' + i.roles.map(k => roleLabelOf(page, k)).join(', ') + ')' : '')))
    : el('p', { class: 'muted' }, t('noIntentions'));
  box.append(reading);
  if (!editable) return box;
  const open = button(t('edit'), () => { reading.remove(); open.remove(); box.append(poolingForm(page, pooling, intentions)); }, null,
    t('poolingTitle'));
  box.append(open);
  return box;
}

function poolingForm(page, pooling, intentions) {
  const drafts = intentions.map(i => ({ description: i.description,
    partners: i.partnerId ? [{ id: i.partnerId, name: i.partnerName || i.partnerId }] : [], roles: (i.roles || []).slice() }));
  const list = el('div', { class: 'row-form' });
  const draw = () => list.replaceChildren(...(drafts.length
    ? drafts.map((d, index) => intentionEditor(page, d, () => { drafts.splice(index, 1); draw(); }))
    : [el('p', { class: 'muted' }, t('noIntentions'))]));
  draw();
  const form = el('form', { class: 'row-form', 'aria-label': t('poolingTitle') }, list,
    el('div', { class: 'inline' }, button(t('addIntention'), () => { drafts.push({ description: '', partners: [], roles: [] }); draw(); }),
      el('button', { type: 'submit', 'aria-label': t('save') + ' — ' + t('poolingTitle') }, t('save'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { intentions: drafts.filter(d => d.description.trim()).map(d => ({ description: d.description.trim(),
      partnerId: d.partners.length ? d.partners[0].id : null, roles: d.roles })) };
    write(page.ctx, form, 'PUT', page.base + '/worksheet/pooling', body, pooling.etag, { intentions: t('poolingTitle') });
  });
  form.classList.add('editing');
  return form;
}

// One intention: a description, at most one partner, and the roles it serves.
function intentionEditor(page, draft, remove) {
  const text = el('input', { class: 'grow', value: draft.description, placeholder: t('description'), 'aria-label': t('description'), maxlength: '500' });
  text.addEventListener('input', () => { draft.description = text.value; });
  const chips = partnerChips(draft.partners);
  const roles = el('fieldset', { class: 'plain inline' }, el('legend', { class: 'field-label' }, t('roles')), page.sheet.roles.map(r => {
    const box = el('input', { type: 'checkbox', value: r.key, checked: draft.roles.includes(r.key) ? 'checked' : null });
    box.addEventListener('change', () => {
      draft.roles = box.checked ? draft.roles.concat(r.key) : draft.roles.filter(k => k !== r.key);
    });
    return el('label', {}, box, ' ' + roleName(r));
  }));
  return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, text,
    button(t('remove'), remove, null, draft.description || t('description'))),
    el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('partnerOptional')), chips.node,
      partnerPicker(page.networkId, p => { draft.partners.splice(0); chips.add(p); })),
    roles);
}

function planCard(page, plan, editable) {
  const holder = { path: page.base + '/worksheet/plans/' + plan.kind, etag: plan.etag };
  const name = planName(plan);
  const card = el('div', { class: 'card', id: 'plan-' + plan.kind }, el('h3', {}, name));
  if (editable) {
    const form = el('form', { class: 'row-form' },
      field(t('notes'), el('textarea', { name: 'notes', maxlength: '8000' }, plan.notes || '')),
      el('div', {}, el('button', { type: 'submit', 'aria-label': t('save') + ' — ' + name }, t('save'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(page.ctx, form, 'PUT', holder.path, { notes: value(form, 'notes') }, plan.etag, { notes: t('notes') });
    });
    card.append(form);
  } else {
    card.append(el('p', { class: 'notes' }, plan.notes || ''));
  }
  card.append(el('h4', {}, t('nextSteps')), stepList(page, plan.nextSteps, holder, { editable, comments: false }),
    editable ? addStepBox(page, holder, name) : '');
  return card;
}

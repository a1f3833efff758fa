// A next step edited where it stands: title, description, owner and due date, kept as a draft until saved or
// cancelled (Esc asks first once something was typed). A save that meets someone else's change keeps the draft:
// fields only they changed take their value, fields only the user changed keep the user's, and for a field both
// changed the user chooses; the panel names who saved meanwhile.
import { t, fmt, day, when } from '../i18n.js';
import { api, showError } from '../api.js';
import { el, field, button, closeOnEscape } from '../dom.js';
import { loadDraft, keepDraft, dropDraft } from '../drafts.js';
import { mergeValue } from '../merge.js';
import { ownerChooser, ownerKey } from './owner.js';
import { nameWhoSaved } from './conflicts.js';

const FIELDS = ['title', 'description', 'owner', 'dueDate'];
const LABELS = { title: 'title', description: 'description', owner: 'owner', dueDate: 'due' };
const stepValues = (s) => ({ title: s.title || '', description: s.description || '', owner: s.owner || null, dueDate: s.dueDate || '' });
const part = (step) => 'step:' + step.id;
const shown = (name, v) => name === 'owner' ? (v && v.name) || t('ownerMe') : name === 'dueDate' ? (v ? day(v) : '') : v || '—';

export const hasStepDraft = (page, step) => !!loadDraft(page.initiativeId, part(step), page.ctx.me.id);

/** Replaces `item`'s content with the editor; `close()` redraws the step as it reads. */
export function editStep(page, step, holder, item, close) {
  const me = page.ctx.me.id;
  const kept = loadDraft(page.initiativeId, part(step), me);
  const state = kept || { base: stepValues(step), etag: step.etag, values: stepValues(step) };
  const title = el('input', { name: 'title', required: 'required', maxlength: '200', value: state.values.title });
  const description = el('textarea', { name: 'description', maxlength: '4000', rows: '2' }, state.values.description);
  const due = el('input', { name: 'dueDate', type: 'date', required: 'required', value: state.values.dueDate || null });
  let owner = ownerChooser(page, state.values.owner, step.title);
  const ownerBox = el('div', {}, owner.node);
  const notices = el('div', { class: 'row-notices', role: 'status' });
  const saveButton = el('button', { type: 'submit', 'aria-label': t('save') + ' — ' + step.title }, t('save'));
  const form = el('form', { class: 'row-form step-form editing', id: 'edit-step-' + step.id, 'aria-label': t('edit') + ' — ' + step.title },
    field(t('title'), title), field(t('description'), description), field(t('due'), due), ownerBox, notices,
    el('div', { class: 'inline' }, saveButton, button(t('cancel'), () => cancel(), null, step.title)));
  // the owner as the API shows it, so a draft keeps the name of a partner or member the user chose
  const ownerValue = () => {
    const input = owner.value();
    if (!input) return state.values.owner;
    if (!input.memberId && !input.partnerId) return null;
    const member = page.members.find(m => m.memberId === input.memberId);
    return Object.assign({}, input, { name: member ? member.name : (state.values.owner && state.values.owner.name) });
  };
  const current = () => ({ title: title.value, description: description.value, owner: ownerValue(), dueDate: due.value });
  const remember = () => { form.dataset.dirty = '1'; state.values = current(); keepDraft(page.initiativeId, part(step), me, state); };
  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
  closeOnEscape(form, form, () => cancel());
  let busy = false;
  const cancel = () => { dropDraft(page.initiativeId, part(step), me); close(); };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const who = owner.value();
    if (!who) { showError(notices, t('ownerIncomplete')); return; }
    busy = true;
    saveButton.disabled = true;
    saveButton.setAttribute('aria-busy', 'true');
    saveButton.textContent = t('saving');
    const values = current();
    const body = { title: values.title, description: values.description, dueDate: values.dueDate };
    if (ownerKey(values.owner) !== ownerKey(state.base.owner)) body.owner = who;
    const answer = await api('PATCH', holder.path + '/next-steps/' + step.id, body, { 'If-Match': state.etag });
    busy = false;
    saveButton.disabled = false;
    saveButton.removeAttribute('aria-busy');
    saveButton.textContent = t('save');
    if (answer.status >= 200 && answer.status < 300) {
      dropDraft(page.initiativeId, part(step), me);
      page.ctx.focusAfter = 'step-' + step.id;
      page.ctx.route();
    } else if (answer.status === 412 && answer.json && answer.json.current) {
      mergeWith(answer.json.current, answer.etag);
    } else {
      showError(notices, answer, { title: t('title'), description: t('description'), dueDate: t('due'), owner: t('owner') });
    }
  });

  function mergeWith(theirsStep, etag) {
    const theirs = stepValues(theirsStep);
    const mine = current();
    const merged = {};
    const rows = [];
    FIELDS.forEach(name => {
      const same = name === 'owner' ? (v) => ownerKey(v) : (v) => v;
      const m = mergeValue(same(state.base[name]), same(mine[name]), same(theirs[name]));
      merged[name] = m.merged === same(mine[name]) ? mine[name] : theirs[name];
      if (m.changed) rows.push({ name, conflict: m.conflict, mine: mine[name], theirs: theirs[name] });
    });
    state.base = theirs;
    state.etag = theirsStep.etag || etag;
    state.values = merged;
    fill(merged);
    remember();
    // like a row's conflict: what only they changed is listed; a field both changed offers mine or theirs
    const choose = (name, v) => { state.values = Object.assign(current(), { [name]: v }); fill(state.values); remember(); };
    const radio = (r, choice, text, on) => el('label', {}, el('input', { type: 'radio', name: 'step-conflict-' + step.id + '-' + r.name,
      value: choice, checked: on ? 'checked' : null, onchange: () => choose(r.name, choice === 'mine' ? r.mine : r.theirs) }), ' ' + text);
    const theirsOnly = rows.filter(r => !r.conflict);
    notices.replaceChildren(el('div', { class: 'conflict-panel notice', id: 'conflict-panel' },
      el('p', {}, el('strong', { class: 'conflict-title' }, t('conflictTitleStep')), ' ', t('conflictExplain')),
      theirsOnly.length ? el('ul', { class: 'their-changes', 'aria-label': t('theirChanges') }, theirsOnly.map(r => el('li', {},
        el('strong', {}, t(LABELS[r.name])), t('colon'), shown(r.name, r.theirs)))) : '',
      rows.filter(r => r.conflict).map(r => el('fieldset', { class: 'conflict', 'data-field': r.name },
        el('legend', {}, t(LABELS[r.name]) + t('colon') + t('conflictBothChanged')),
        radio(r, 'mine', t('keepMine') + ' « ' + shown(r.name, r.mine) + ' »', true),
        radio(r, 'theirs', t('keepTheirs') + ' « ' + shown(r.name, r.theirs) + ' »', false)))));
    nameWhoSaved(page, notices.querySelector('.conflict-title'), 'stepId=' + encodeURIComponent(step.id),
      ['NextStepUpdated', 'NextStepRestored'], 'conflictTitleStepBy');
    saveButton.focus();
  }

  function fill(values) {
    title.value = values.title;
    description.value = values.description;
    due.value = values.dueDate || '';
    owner = ownerChooser(page, values.owner, step.title);
    ownerBox.replaceChildren(owner.node);
  }

  item.replaceChildren(form);
  if (kept) {
    form.dataset.dirty = '1';
    notices.append(el('p', { class: 'notice', id: 'draft-restored-step-' + step.id }, fmt('draftRestored', { when: when(new Date(kept.savedAt).toISOString()) })));
  }
  return title;
}

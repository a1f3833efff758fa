// A row of the worksheet edited in place, like the paper table: each cell becomes its editor where it stands.
// What the user types is kept as a draft (drafts.js) until saved or discarded; a save that meets someone else's
// change (412) keeps the draft, merges what does not collide and asks about what does.
import { t, fmt, when } from '../i18n.js';
import { api, showError } from '../api.js';
import { el, button, closeOnEscape } from '../dom.js';
import { roleName } from '../labels.js';
import { loadDraft, keepDraft, dropDraft } from '../drafts.js';
import { mergeList } from '../merge.js';
import { carrierEditor, carrierInput, carrierKey } from './carriers.js';
import { conflictPanel, nameWhoSaved } from './conflicts.js';

export const EDITED_CELLS = ['who', 'strengths', 'weaknesses'];
const rowValues = (role) => ({ carriers: role.carriers || [], strengths: role.strengths || [], weaknesses: role.weaknesses || [] });
const lines = (text) => text.split('\n').map(s => s.trim()).filter(Boolean);
const part = (role) => 'row:' + role.key;

export const hasRowDraft = (page, role) => !!loadDraft(page.initiativeId, part(role), page.ctx.me.id);

/**
 * Opens the row's editor in place. `column` is the cell to focus; `redraw()` puts the row back as it reads.
 * A draft kept from before (reload, redraw) comes back with a notice.
 */
export function openRowEditor(page, role, row, column, redraw) {
  if (row.classList.contains('editing-row')) { focusCell(row, column); return; }
  const me = page.ctx.me.id;
  const kept = loadDraft(page.initiativeId, part(role), me);
  const state = kept || { base: rowValues(role), etag: role.etag, values: rowValues(role) };
  const name = roleName(role);
  const form = el('form', { class: 'editing', id: 'edit-' + role.key, 'aria-label': t('edit') + ' — ' + name });
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });
  const remember = () => { form.dataset.dirty = '1'; state.values = current(); keepDraft(page.initiativeId, part(role), me, state); };
  const carriers = carrierEditor(page, state.values.carriers, remember);
  const area = (field) => {
    const box = el('textarea', { name: field, form: form.id, rows: '4', 'aria-label': t(field) + ' (' + t('onePerLine') + ') — ' + name },
      state.values[field].join('\n'));
    box.addEventListener('input', remember);
    return box;
  };
  const strengths = area('strengths');
  const weaknesses = area('weaknesses');
  const current = () => ({ carriers: carriers.value(), strengths: lines(strengths.value), weaknesses: lines(weaknesses.value) });
  const fill = (values) => { carriers.set(values.carriers); strengths.value = values.strengths.join('\n'); weaknesses.value = values.weaknesses.join('\n'); };
  const notices = el('div', { class: 'row-notices', role: 'status' });
  const saveButton = el('button', { type: 'submit', form: form.id, 'aria-label': t('save') + ' — ' + name }, t('save'));
  let busy = false;

  const cancel = () => {
    dropDraft(page.initiativeId, part(role), me);
    if (state.etag === role.etag) { redraw(focusedColumn() || column); return; }
    // after a merge the row on screen is older than the stored one: draw the page anew
    page.ctx.focusAfter = cellId(role, focusedColumn() || column || 'who');
    page.ctx.route();
  };
  async function save() {
    if (busy) return; // one save at a time: a second click or Enter waits for the first answer
    busy = true;
    saveButton.disabled = true;
    saveButton.setAttribute('aria-busy', 'true');
    saveButton.textContent = t('saving');
    const values = current();
    const answer = await api('PATCH', page.base + '/worksheet/roles/' + role.key,
      { carriers: values.carriers.map(carrierInput), strengths: values.strengths, weaknesses: values.weaknesses },
      { 'If-Match': state.etag });
    busy = false;
    saveButton.disabled = false;
    saveButton.removeAttribute('aria-busy');
    saveButton.textContent = t('save');
    if (answer.status >= 200 && answer.status < 300) {
      dropDraft(page.initiativeId, part(role), me);
      page.ctx.focusAfter = cellId(role, focusedColumn() || column);
      page.ctx.route();
    } else if (answer.status === 412 && answer.json && answer.json.current) {
      mergeWith(answer.json.current, answer.etag);
    } else {
      showError(notices, answer, { carriers: t('who'), strengths: t('strengths'), weaknesses: t('weaknesses') });
    }
  }

  // Someone saved this row since the draft began: theirs becomes the new base, mine is laid over it.
  function mergeWith(theirsRole, etag) {
    const theirs = rowValues(theirsRole);
    const mine = current();
    const merges = {
      carriers: mergeList(state.base.carriers, mine.carriers, theirs.carriers, carrierKey),
      strengths: mergeList(state.base.strengths, mine.strengths, theirs.strengths),
      weaknesses: mergeList(state.base.weaknesses, mine.weaknesses, theirs.weaknesses)
    };
    state.base = theirs;
    state.etag = theirsRole.etag || etag;
    state.values = { carriers: merges.carriers.merged, strengths: merges.strengths.merged, weaknesses: merges.weaknesses.merged };
    fill(state.values);
    form.dataset.dirty = '1';
    keepDraft(page.initiativeId, part(role), me, state);
    const panel = conflictPanel(merges, current, (field, list) => {
      state.values = Object.assign(current(), { [field]: list });
      fill(state.values);
      keepDraft(page.initiativeId, part(role), me, state);
    });
    notices.replaceChildren(panel);
    nameWhoSaved(page, panel.querySelector('.conflict-title'), 'role=' + role.key,
      ['RoleUpdated', 'RoleSharingUpdated', 'NextStepsReordered'], 'conflictTitleBy');
    saveButton.focus();
  }

  const focusedColumn = () => {
    const cell = document.activeElement && document.activeElement.closest && document.activeElement.closest('td[data-column]');
    return cell && cell.dataset.column;
  };
  const editors = { who: carriers.node, strengths, weaknesses };
  EDITED_CELLS.forEach(c => {
    const cell = row.querySelector('td[data-column="' + c + '"]');
    cell.replaceChildren(editors[c]);
    cell.tabIndex = -1; // Tab goes from one cell's editor to the next, not through the cell itself
    cell.removeAttribute('aria-describedby');
  });
  const tools = row.querySelector('.edit-tools');
  const cancelButton = button(t('cancel'), cancel, null, name);
  if (window.matchMedia('(max-width: 640px)').matches) {
    // a phone shows the row as a tall card: the buttons go under the last box, within reach of the keyboard
    tools.replaceChildren(form);
    row.querySelector('td[data-column="weaknesses"]').append(el('div', { class: 'inline edit-tools-end' }, saveButton, cancelButton));
  } else tools.replaceChildren(form, saveButton, cancelButton);
  tools.parentElement.after(notices);
  if (kept) notices.append(el('p', { class: 'notice', id: 'draft-restored-' + role.key }, fmt('draftRestored', { when: when(new Date(kept.savedAt).toISOString()) })));
  row.classList.add('editing-row');
  closeOnEscape(row, form, cancel);
  // Ctrl+Enter (⌘+Enter) saves from any box: the Save button sits before the boxes, far back for the keyboard
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) { event.preventDefault(); save(); }
  });
  if (kept) form.dataset.dirty = '1';
  if (column) focusCell(row, column);
}

export const cellId = (role, column) => 'cell-' + role.key + '-' + column;

function focusCell(row, column) {
  const cell = row.querySelector('td[data-column="' + column + '"]');
  const control = cell && cell.querySelector('textarea, input, select, button');
  if (!control) return;
  control.focus();
  if (control.tagName === 'TEXTAREA') {
    // the caret goes on a line of its own after what is written: what is typed is a new item, not the end of the
    // last one (a blank line is no item: it is dropped on saving)
    if (control.value && !control.value.endsWith('\n')) control.value += '\n';
    control.setSelectionRange(control.value.length, control.value.length);
  }
}

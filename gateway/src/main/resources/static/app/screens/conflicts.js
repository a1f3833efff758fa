// What someone else changed in a row while the user was writing, shown beside the draft, and the choices for the
// items both rewrote.
import { t, fmt, when } from '../i18n.js';
import { api } from '../api.js';
import { el } from '../dom.js';
import { carrierKey } from './carriers.js';

const FIELDS = ['carriers', 'strengths', 'weaknesses'];
const LABELS = { carriers: 'who', strengths: 'strengths', weaknesses: 'weaknesses' };
const textOf = (field, item) => field === 'carriers' ? item.name : item;
const keyOf = (field) => field === 'carriers' ? carrierKey : (x) => x;

/**
 * `merges` holds, per field, mergeList's answer; `onSettle(field, list)` hears the field's list after a choice,
 * computed from `valuesNow()` (what the editor shows then).
 */
export function conflictPanel(merges, valuesNow, onSettle) {
  const changes = FIELDS.filter(f => merges[f].added.length || merges[f].removed.length).map(f => el('li', {},
    el('strong', {}, t(LABELS[f])), t('colon'),
    merges[f].added.map(x => el('span', { class: 'change added' }, '+ ' + textOf(f, x))),
    merges[f].removed.map(x => el('span', { class: 'change removed' }, '− ' + textOf(f, x)))));
  let count = 0;
  const choices = FIELDS.flatMap(f => merges[f].conflicts.map(conflict => {
    const name = 'conflict-' + f + '-' + (count++);
    const choose = (choice) => onSettle(f, settled(valuesNow()[f], conflict, choice, keyOf(f)));
    const radio = (choice, text, on) => el('label', {}, el('input', { type: 'radio', name, value: choice, checked: on ? 'checked' : null,
      onchange: () => choose(choice) }), ' ' + text);
    return el('fieldset', { class: 'conflict' }, el('legend', {}, t(LABELS[f]) + t('colon') + t('conflictBothRewrote')),
      radio('mine', t('keepMine') + ' « ' + textOf(f, conflict.mine) + ' »'),
      radio('theirs', t('keepTheirs') + ' « ' + textOf(f, conflict.theirs) + ' »'),
      radio('both', t('keepBoth'), true));
  }));
  return el('div', { class: 'conflict-panel notice', id: 'conflict-panel' },
    el('p', {}, el('strong', { class: 'conflict-title' }, t('conflictTitle')), ' ', t('conflictExplain')),
    changes.length ? el('ul', { class: 'their-changes', 'aria-label': t('theirChanges') }, changes) : '',
    choices);
}

// Both items leave the list; the kept ones go where the user's stood.
function settled(list, conflict, choice, key) {
  const mineAt = list.findIndex(x => key(x) === key(conflict.mine));
  const rest = list.filter(x => key(x) !== key(conflict.mine) && key(x) !== key(conflict.theirs));
  const kept = choice === 'mine' ? [conflict.mine] : choice === 'theirs' ? [conflict.theirs] : [conflict.mine, conflict.theirs];
  const at = mineAt < 0 ? rest.length : Math.min(mineAt, rest.length);
  rest.splice(at, 0, ...kept);
  return rest;
}

/**
 * Names, in the panel's title, who saved the row or step meanwhile and when, as the worksheet's history tells:
 * `query` picks the row (role=…) or step (stepId=…), `types` the changes that move its version, `key` the words.
 * The newest such change is the one the user met; when it is their own (another tab) or the history cannot be
 * read, the title stays "someone".
 */
export async function nameWhoSaved(page, title, query, types, key) {
  const answer = await api('GET', page.base + '/worksheet/history?' + query + '&size=20');
  const entry = answer.status === 200 && answer.json ? (answer.json.items || []).find(e => types.includes(e.type)) : null;
  if (!entry || entry.actor === page.ctx.me.id || !title.isConnected) return;
  title.textContent = fmt(key, { name: entry.actorName || t('someone'), when: when(entry.occurredAt) });
}

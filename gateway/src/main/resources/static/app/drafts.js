// Drafts kept in this browser until saved or discarded, one per initiative, row or step, and member: a page
// reload, a redraw from the live banner or a conflict never takes away what the user typed.
const PREFIX = 'backbone.draft:';

const keyOf = (initiativeId, part, memberId) => PREFIX + initiativeId + ':' + part + ':' + memberId;

/** A draft: { base, etag, values, savedAt }, where `base` is what the user started from (for merges). */
export function loadDraft(initiativeId, part, memberId) {
  try {
    const raw = localStorage.getItem(keyOf(initiativeId, part, memberId));
    return raw ? JSON.parse(raw) : null;
  } catch (e) {
    return null;
  }
}

export function keepDraft(initiativeId, part, memberId, draft) {
  try {
    localStorage.setItem(keyOf(initiativeId, part, memberId), JSON.stringify(Object.assign({}, draft, { savedAt: Date.now() })));
  } catch (e) { /* storage full or private mode: the draft lasts as long as the page */ }
}

export function dropDraft(initiativeId, part, memberId) {
  try { localStorage.removeItem(keyOf(initiativeId, part, memberId)); } catch (e) { /* nothing kept */ }
}

/** How long a draft waits for its author: two weeks, past which it is more likely stale than wanted. */
export const DRAFT_DAYS = 14;

/**
 * On start, for the member now logged in: drafts of anyone else who used this browser go (drafts are per member,
 * and a shared computer must not show one member's words to the next), and so do drafts older than DRAFT_DAYS.
 * Answers how many were dropped.
 */
export function sweepDrafts(memberId, now) {
  const oldest = (now === undefined ? Date.now() : now) - DRAFT_DAYS * 24 * 3600 * 1000;
  let dropped = 0;
  try {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i));
    keys.filter(k => k && k.startsWith(PREFIX)).forEach(key => {
      let draft = null;
      try { draft = JSON.parse(localStorage.getItem(key)); } catch (e) { draft = null; }
      const owner = key.slice(key.lastIndexOf(':') + 1);
      if (owner !== memberId || !draft || !(draft.savedAt >= oldest)) { localStorage.removeItem(key); dropped++; }
    });
  } catch (e) { /* no storage: nothing kept, nothing to sweep */ }
  return dropped;
}

/** On logout every draft of this browser goes: the next person at this computer must not find them. */
export function dropAllDrafts() {
  try {
    const keys = [];
    for (let i = 0; i < localStorage.length; i++) keys.push(localStorage.key(i));
    keys.filter(k => k && k.startsWith(PREFIX)).forEach(k => localStorage.removeItem(k));
  } catch (e) { /* nothing kept */ }
}

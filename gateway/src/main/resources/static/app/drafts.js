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

// Three-way merges of a draft with what someone else saved meanwhile, against the version the draft started from.
// Lists merge item by item; an item both people rewrote, or a value both changed differently, is a conflict the
// user settles.

/**
 * `base` what the draft started from, `mine` the draft, `theirs` what is stored now; `id` names an item.
 * Answers { merged, conflicts: [{ mine, theirs }], added: [their new items], removed: [items they removed] }.
 */
export function mergeList(base, mine, theirs, id) {
  const key = id || ((x) => x);
  const has = (list, item) => list.some(x => key(x) === key(item));
  const removedByMe = base.filter(x => !has(mine, x));
  const removedByThem = base.filter(x => !has(theirs, x));
  const addedByMe = mine.filter(x => !has(base, x));
  const addedByThem = theirs.filter(x => !has(base, x));
  const conflicts = [];
  // an item both rewrote: the same base item gone on both sides, each with a new item in its place
  removedByMe.filter(x => has(removedByThem, x)).forEach(x => {
    const mineNew = mine[base.indexOf(x)];
    const theirsNew = theirs[base.indexOf(x)];
    if (mineNew !== undefined && theirsNew !== undefined && has(addedByMe, mineNew) && has(addedByThem, theirsNew)
      && key(mineNew) !== key(theirsNew)) conflicts.push({ mine: mineNew, theirs: theirsNew });
  });
  const merged = theirs.filter(x => !has(removedByMe, x));
  addedByMe.forEach(item => {
    if (has(merged, item)) return;
    const before = mine[mine.indexOf(item) - 1];
    const at = before === undefined ? -1 : merged.findIndex(x => key(x) === key(before));
    if (at >= 0 || before === undefined) merged.splice(at + 1, 0, item); else merged.push(item);
  });
  return { merged, conflicts, added: addedByThem, removed: removedByThem };
}

/** One value: theirs if only they changed it, mine if only I did, a conflict if we both did differently. */
export function mergeValue(base, mine, theirs) {
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (same(mine, theirs) || same(theirs, base)) return { merged: mine, conflict: false, changed: false };
  if (same(mine, base)) return { merged: theirs, conflict: false, changed: true };
  return { merged: mine, conflict: true, changed: true };
}

// Live updates: one server-sent event stream for the initiative on screen, folded into redraws that never wipe a draft.
import { t, fmt } from './i18n.js';
import { button } from './dom.js';

/** A form the user has typed into is "being edited": live updates must not wipe it out. */
export function trackEdits(main) {
  ['input', 'change'].forEach(type => main.addEventListener(type, (event) => {
    const form = event.target.closest && event.target.closest('form');
    if (form) form.dataset.dirty = '1';
  }));
}

export const isEditing = (main) => !!main.querySelector('form.editing, form[data-dirty]');

/** `describe(change)` names what a change touched ("Influencer les politiques"), from the page on screen. */
export function openLive(ctx, base, describe) {
  if (ctx.live && ctx.live.base === base) { ctx.live.describe = describe; return; }
  closeLive(ctx);
  const source = new EventSource(base + '/worksheet/live');
  const live = { base, source, timer: null, describe };
  ctx.live = live;
  source.addEventListener('change', (event) => onLiveChange(ctx, live, event));
}

export function closeLive(ctx) {
  if (!ctx.live) return;
  clearTimeout(ctx.live.timer);
  ctx.live.source.close();
  ctx.live = null;
}

// Bursts of events (a save touches several parts) are folded into one redraw.
function onLiveChange(ctx, live, event) {
  if (ctx.live !== live || !ctx.page || ctx.page.base !== live.base) return;
  let change = {};
  try { change = JSON.parse(event.data) || {}; } catch (e) { change = {}; }
  if (isEditing(ctx.main)) {
    if (change.actorName !== ctx.me.name) showLiveNotice(ctx, live, change);
    return;
  }
  clearTimeout(live.timer);
  live.timer = setTimeout(() => { if (!isEditing(ctx.main)) redrawInPlace(ctx); }, 300);
}

// A redraw must not take the user's place: the element they were on (by its id: a cell, a step) has the focus
// again afterwards, where it is, without scrolling (one's own saves come back as live changes too).
async function redrawInPlace(ctx) {
  const on = document.activeElement;
  const id = on && on !== document.body && ctx.main.contains(on) ? on.id : null;
  await ctx.route();
  const again = id && document.getElementById(id);
  if (again && (!document.activeElement || document.activeElement === document.body)) again.focus({ preventScroll: true });
}

function showLiveNotice(ctx, live, change) {
  const notice = document.getElementById('live-notice');
  if (!notice) return;
  notice.replaceChildren(fmt('liveChanged', { actor: change.actorName || t('someone'), what: live.describe(change) }), ' ',
    button(t('reload'), () => ctx.route()));
  notice.hidden = false;
}

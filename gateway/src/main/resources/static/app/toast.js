// A short message at the bottom of the screen with one action (undo), outside the page so a redraw keeps it.
import { el, button } from './dom.js';

let current = null;

/** Shows `text` with `actionText` for `seconds`; the action runs at most once. */
export function toast(text, actionText, action, seconds) {
  dismissToast();
  const box = el('div', { class: 'toast', id: 'toast', role: 'status' });
  let done = false;
  const act = button(actionText, async () => {
    if (done) return;
    done = true;
    act.disabled = true;
    await action();
    dismissToast();
  }, null, text);
  act.id = 'toast-action';
  box.append(el('span', {}, text), ' ', act);
  document.body.append(box);
  current = { box, timer: setTimeout(dismissToast, seconds * 1000) };
  return box;
}

export function dismissToast() {
  if (!current) return;
  clearTimeout(current.timer);
  current.box.remove();
  current = null;
}

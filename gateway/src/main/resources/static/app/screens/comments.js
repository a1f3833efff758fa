// Comment threads on a role or a step, opened in place, with mentions of the initiative's members.
import { t, fmt, when } from '../i18n.js';
import { api, showError } from '../api.js';
import { el, value, button } from '../dom.js';

/**
 * The button that opens a thread under `anchor` (a role's row, a step's item) and closes it on a second click.
 * Open threads are kept by path across redraws (a save, a live update, one's own comment): the thread comes back
 * open where it was.
 */
export function threadButton(page, anchor, path, name, kind) {
  const open = openThreads(page);
  const toggle = button(t('comments'), () => {
    if (anchor.threadNode && anchor.threadNode.isConnected) { anchor.threadNode.remove(); anchor.threadNode = null; open.delete(path); return; }
    open.add(path);
    showThread(page, anchor, path);
  }, kind, name);
  toggle.dataset.thread = path;
  toggle.dataset.name = name;
  if (open.has(path)) queueMicrotask(() => { if (anchor.isConnected && !(anchor.threadNode && anchor.threadNode.isConnected)) showThread(page, anchor, path); });
  return toggle;
}

/**
 * The comments buttons under `node` say how many comments their thread holds ("Commentaires (2)"), one read for
 * the whole worksheet; a thread without any keeps the plain word.
 */
export async function countThreads(page, node) {
  const answer = await api('GET', page.base + '/worksheet/comment-counts');
  if (answer.status !== 200 || !Array.isArray(answer.json)) return;
  const counts = new Map(answer.json.map(c => [page.base + '/worksheet/roles/' + c.role
    + (c.stepId ? '/next-steps/' + c.stepId : '') + '/comments', c.comments]));
  node.querySelectorAll('button[data-thread]').forEach(toggle => {
    const count = counts.get(toggle.dataset.thread);
    if (!count) return;
    toggle.textContent = fmt('commentsCount', { count });
    if (toggle.dataset.name) toggle.setAttribute('aria-label', toggle.textContent + ' — ' + toggle.dataset.name);
  });
}

const openThreads = (page) => page.ctx.kept.threads || (page.ctx.kept.threads = new Set());

function showThread(page, anchor, path) {
  const thread = commentThread(page, path);
  if (anchor.tagName === 'TR') {
    anchor.threadNode = el('tr', { class: 'thread-row' }, el('td', { colspan: '5' }, thread));
    anchor.after(anchor.threadNode);
  } else {
    anchor.threadNode = thread;
    anchor.append(thread);
  }
}

function commentThread(page, path) {
  const list = el('ul', { class: 'comments' }, el('li', { class: 'muted' }, t('loading')));
  const load = async () => {
    const answer = await api('GET', path);
    const comments = answer.status === 200 && answer.json && Array.isArray(answer.json.items) ? answer.json.items : [];
    list.replaceChildren(...(comments.length ? comments.map(commentItem) : [el('li', { class: 'muted' }, t('noComments'))]));
  };
  load();
  return el('div', { class: 'thread' }, el('h3', {}, t('comments')), list, commentForm(page, path, load));
}

function commentItem(c) {
  const mentions = c.mentions || [];
  return el('li', {}, el('strong', {}, c.authorName), ' ', el('span', { class: 'muted small' }, when(c.createdAt)),
    el('div', { class: 'comment-body' }, c.body),
    mentions.length ? el('div', { class: 'muted small' }, mentions.map(m => '@' + m.name).join(' ')) : '');
}

function commentForm(page, path, reload) {
  const others = page.members.filter(m => m.status === 'ACTIVE' && m.memberId && m.memberId !== page.ctx.me.id);
  const form = el('form', { class: 'row-form comment-form' },
    // an id of its own, so that a redraw gives the focus back to the box the user was writing in
    el('textarea', { name: 'body', id: 'comment-' + path.replace(/[^\w-]/g, '-'), required: 'required', maxlength: '4000',
      placeholder: t('writeComment'), 'aria-label': t('writeComment') }),
    others.length ? el('fieldset', { class: 'plain inline' }, el('legend', {}, t('mention')), others.map(m => el('label', {},
      el('input', { type: 'checkbox', name: 'mention', value: m.memberId }), ' ' + m.name))) : '',
    el('div', {}, el('button', { type: 'submit' }, t('send'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const mentions = [...form.querySelectorAll('input[name=mention]:checked')].map(i => i.value);
    const answer = await api('POST', path, { body: value(form, 'body'), mentions });
    if (answer.status !== 201) { showError(form, answer, { body: t('writeComment'), mentions: t('mention') }); return; }
    form.reset();
    delete form.dataset.dirty; // the comment is sent: nothing left to protect from live updates
    form.querySelector('textarea').focus(); // ready for the next; a redraw gives the focus back to it (its id)
    reload();
  });
  return form;
}

// The API client: same-origin calls with the session cookie, the CSRF token and the user's language.
import { t, has, language } from './i18n.js';
import { el } from './dom.js';

export function csrf() {
  const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

/**
 * One call; answers { status, etag, json }. A string body goes as it is (the caller names its Content-Type,
 * e.g. text/csv); anything else goes as JSON. Accept-Language asks the services for problems in the user's language.
 */
export async function api(method, path, body, headers) {
  const raw = typeof body === 'string';
  const key = method === 'GET' ? language() + ' ' + path : null;
  const kept = key ? held.get(key) : undefined;
  let response;
  try {
    response = await fetch(path, {
      method, credentials: 'same-origin',
      headers: Object.assign({ 'Accept': 'application/json', 'Accept-Language': language(), 'X-XSRF-TOKEN': csrf() },
        body && !raw ? { 'Content-Type': 'application/json' } : {}, kept ? { 'If-None-Match': kept.etag } : {},
        headers || {}),
      body: raw ? body : body ? JSON.stringify(body) : undefined
    });
  } catch (e) {
    return { status: 0, etag: null, json: { title: t('offline') } };
  }
  const unchanged = response.status === 304 && kept;
  const text = unchanged ? kept.text : await response.text();
  const etag = unchanged ? kept.etag : response.headers.get('ETag');
  if (key && response.status === 200) hold(key, etag, text);
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: unchanged ? 200 : response.status, etag, json };
}

// The last answers read, by language and path, with their ETag: a read sends the tag back (If-None-Match) and
// an answer that did not change comes back as 304, without its body. Only in this page's memory (the services
// forbid storing answers), a few dozen at most; each use parses the text anew, so no screen shares an object.
const held = new Map();
const HELD_MAX = 48;

function hold(key, etag, text) {
  held.delete(key);
  if (!etag) return;
  held.set(key, { etag, text });
  if (held.size > HELD_MAX) held.delete(held.keys().next().value);
}

/**
 * A problem (RFC 9457) in the user's words: its detail (or title), then each field's message after the field's
 * label. `labels` names a form's fields ("offsetsDays[2]" reads as its field's label); a field neither the form nor
 * the dictionary names shows its message alone, never the raw field code.
 */
export function problemText(answer, labels) {
  const problem = answer.json || {};
  const labelOf = (f) => {
    const name = String(f || '').split(/[[.]/)[0];
    if (labels && labels[name]) return labels[name];
    return has('field.' + name) ? t('field.' + name) : null;
  };
  const fields = (problem.errors || []).filter(e => e && e.message).map(e => {
    const label = labelOf(e.field);
    return label ? label + t('colon') + e.message : e.message;
  });
  // each field's own message says it all: the headline ("a field is invalid: …") would only repeat the first one
  if (fields.length) return fields.join(' — ');
  return problem.detail || problem.title || (answer.status ? t('httpError') + ' ' + answer.status : t('offline'));
}

export function showError(container, message, labels) {
  let node = container.querySelector(':scope > p.error');
  if (!node) { node = el('p', { class: 'error', role: 'alert' }); container.append(node); }
  node.textContent = typeof message === 'string' ? message : problemText(message, labels);
}

/**
 * Every write ends the same way: success redraws from fresh data, a stale etag warns and redraws with the
 * current version, anything else is explained next to the form that sent it (`labels` names its fields).
 */
export async function write(ctx, container, method, path, body, etag, labels) {
  const answer = await api(method, path, body, etag ? { 'If-Match': etag } : undefined);
  if (answer.status >= 200 && answer.status < 300) { ctx.route(); return answer; }
  if (answer.status === 412) { alert(t('stale')); ctx.route(); return null; }
  showError(container, answer, labels);
  return null;
}

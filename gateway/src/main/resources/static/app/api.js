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
  let response;
  try {
    response = await fetch(path, {
      method, credentials: 'same-origin',
      headers: Object.assign({ 'Accept': 'application/json', 'Accept-Language': language(), 'X-XSRF-TOKEN': csrf() },
        body && !raw ? { 'Content-Type': 'application/json' } : {}, headers || {}),
      body: raw ? body : body ? JSON.stringify(body) : undefined
    });
  } catch (e) {
    return { status: 0, etag: null, json: { title: t('offline') } };
  }
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
  return { status: response.status, etag: response.headers.get('ETag'), json };
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
  const headline = problem.detail || problem.title || (answer.status ? t('httpError') + ' ' + answer.status : t('offline'));
  return [headline].concat(fields).join(' — ');
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

// Writing partners: the fields of a partner and its contacts, creating, changing, and the CSV import.
import { t, fmt, enumText, language } from '../i18n.js';
import { api, problemText, showError } from '../api.js';
import { el, field, option, select, value, button } from '../dom.js';
import { partnerHash } from '../links.js';

export const PARTNER_KINDS = ['COMMUNITY_ORGANIZATION', 'MUNICIPALITY', 'SCHOOL_BOARD', 'HEALTH_INSTITUTION', 'FUNDER', 'BUSINESS',
  'CITIZEN_GROUP', 'OTHER'];
export const partnersPath = (networkId) => '/api/networks/' + networkId + '/partners';
const partnerLabels = () => ({ name: t('name'), kind: t('kind'), website: t('website'), sectors: t('sectors'),
  territory: t('territory'), notes: t('notes'), contacts: t('contacts'), influential: t('influentialActor') });

export function newPartnerForm(ctx, networkId) {
  const contacts = contactsEditor([]);
  const form = el('form', { class: 'row-form card', id: 'new-partner' }, el('h2', {}, t('newPartner')),
    partnerFields({ kind: 'COMMUNITY_ORGANIZATION' }, contacts),
    el('div', {}, el('button', { type: 'submit' }, t('create'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await savePartner(ctx, form, networkId, 'POST', partnersPath(networkId), partnerValues(form, contacts, false));
    if (created) location.hash = partnerHash(networkId, created.json.id);
  });
  return form;
}

/** The fields describing a partner, shared by the create form and the edit form. */
export function partnerFields(partner, contacts) {
  return [
    el('div', { class: 'inline' },
      field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200', value: partner.name || null })),
      field(t('kind'), select('kind', PARTNER_KINDS, partner.kind, v => t('partnerKind.' + v))),
      field(t('website'), el('input', { name: 'website', type: 'url', maxlength: '500', placeholder: 'https://',
        value: partner.website || null }))),
    el('div', { class: 'inline' },
      field(t('sectors') + ' (' + t('semicolons') + ')', el('input', { name: 'sectors', maxlength: '2000',
        value: (partner.sectors || []).join('; ') || null })),
      field(t('territory'), el('input', { name: 'territory', maxlength: '200', value: partner.territory || null }))),
    el('label', {}, el('input', { type: 'checkbox', name: 'influential', checked: partner.influential ? 'checked' : null }),
      ' ' + t('influentialActor')),
    field(t('notes'), el('textarea', { name: 'notes', maxlength: '4000' }, partner.notes || '')),
    el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('contacts')), contacts.node)
  ];
}

/** A blank text field is left out of a creation, but sent empty in a change, where leaving it out would keep the old value. */
export function partnerValues(form, contacts, change) {
  const text = (name) => value(form, name).trim() || (change ? '' : undefined);
  return {
    name: value(form, 'name').trim(), kind: value(form, 'kind'), website: text('website'),
    sectors: value(form, 'sectors').split(';').map(s => s.trim()).filter(Boolean),
    territory: text('territory'), notes: text('notes'),
    influential: form.elements.namedItem('influential').checked, contacts: contacts.value()
  };
}

/** Contact rows edited in place; rows left entirely blank are dropped when saving. */
export function contactsEditor(initial) {
  const copy = (c) => ({ name: c.name || '', role: c.role || '', email: c.email || '', phone: c.phone || '', language: c.language || language() });
  const contacts = initial.map(copy);
  const list = el('div', { class: 'contacts' });
  const draw = () => list.replaceChildren(...(contacts.length
    ? contacts.map((c, index) => contactRow(c, () => { contacts.splice(index, 1); draw(); }))
    : [el('p', { class: 'muted' }, t('noContacts'))]));
  draw();
  const filled = (c) => [c.name, c.role, c.email, c.phone].some(v => v.trim());
  const orNull = (v) => v.trim() || null;
  return {
    node: el('div', { class: 'row-form' }, list, el('div', {}, button(t('addContact'), () => { contacts.push(copy({})); draw(); }))),
    value: () => contacts.filter(filled).map(c => ({ name: c.name.trim(), role: orNull(c.role), email: orNull(c.email),
      phone: orNull(c.phone), language: c.language }))
  };
}

function contactRow(contact, remove) {
  // each box says what it holds above it (a placeholder alone is gone once typed over); each contact a small card
  const input = (key, label, attributes) => {
    const node = el('input', Object.assign({ value: contact[key] || null }, attributes));
    node.addEventListener('input', () => { contact[key] = node.value; });
    return field(label, node);
  };
  const language = el('select', {},
    option('fr', t('french'), contact.language === 'fr'), option('en', t('english'), contact.language === 'en'));
  language.addEventListener('change', () => { contact.language = language.value; });
  return el('div', { class: 'inline contact-row' },
    input('name', t('name'), { maxlength: '200' }), input('role', t('contactRole'), { maxlength: '200' }),
    input('email', t('email'), { type: 'email', maxlength: '320' }), input('phone', t('phone'), { type: 'tel', maxlength: '40' }),
    field(t('language'), language), button(t('remove'), remove, null, contact.name || t('contacts')));
}

/** Creating or changing a partner. A name or website already in the directory (409) points to the partner there. */
export async function savePartner(ctx, form, networkId, method, path, body, etag) {
  const answer = await api(method, path, body, etag ? { 'If-Match': etag } : undefined);
  if (answer.status === 200 || answer.status === 201) return answer;
  if (answer.status === 412) { alert(t('stale')); ctx.route(); return null; }
  const existing = answer.status === 409 && answer.json && answer.json.existing;
  if (existing) {
    showError(form, '');
    form.querySelector(':scope > p.error').replaceChildren(t('alreadyThere') + t('colon'),
      el('a', { class: 'existing-partner', href: partnerHash(networkId, existing.id) }, existing.name));
  } else {
    showError(form, answer, partnerLabels());
  }
  return null;
}

/** Administrators load a spreadsheet; the service takes all of it or nothing, naming every bad line. */
export function importForm(networkId, reload) {
  const file = el('input', { type: 'file', name: 'file', accept: '.csv,text/csv', 'aria-label': t('importTitle') });
  const done = el('p', { role: 'status' });
  const errors = el('div', { id: 'import-errors', role: 'alert' });
  const form = el('form', { class: 'row-form card', id: 'import-form' }, el('h2', {}, t('importTitle')),
    // the file's values are codes: each says what it means in the user's words
    el('p', { class: 'muted small' }, fmt('importHelp', { kinds: PARTNER_KINDS.map(k => k + ' (' + enumText('partnerKind', k) + ')').join(', ') })),
    file, el('div', {}, el('button', { type: 'submit' }, t('importButton'))), done, errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    done.replaceChildren();
    errors.replaceChildren();
    if (!file.files.length) { errors.replaceChildren(el('p', { class: 'error' }, t('chooseFile'))); return; }
    let text;
    try { text = await file.files[0].text(); } catch (e) {
      errors.replaceChildren(el('p', { class: 'error' }, String(e && e.message || e)));
      return;
    }
    const answer = await api('POST', partnersPath(networkId) + '/import', text.replace(/^\uFEFF/, ''), { 'Content-Type': 'text/csv' });
    if (answer.status !== 200) { errors.replaceChildren(...importProblems(answer)); return; }
    form.reset();
    delete form.dataset.dirty;
    done.textContent = fmt('imported', { colon: t('colon'), count: answer.json.imported });
    reload();
  });
  return form;
}

// A refused import lists its bad lines; any other failure reads like every other error.
function importProblems(answer) {
  const lines = (answer.json && answer.json.errors || []).filter(e => e.line);
  if (answer.status !== 400 || !lines.length) return [el('p', { class: 'error' }, problemText(answer))];
  return [el('p', { class: 'error' }, t('importRefused')),
    el('ul', { class: 'import-errors' }, lines.map(e => el('li', {},
      fmt('line', { line: e.line }) + (e.field ? ' (' + e.field + ')' : '') + t('colon') + e.message)))];
}

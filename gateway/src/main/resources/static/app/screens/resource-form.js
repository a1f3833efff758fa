// Writing a pooled resource: what it offers (description, amount and unit by kind, period, roles served).
import { t, enumText } from '../i18n.js';
import { write, showError } from '../api.js';
import { el, field, select, value, button } from '../dom.js';
import { roleName } from '../labels.js';
import { partnerPicker, partnerChips } from './pickers.js';

const RESOURCE_KINDS = ['FUNDING', 'STAFF_TIME', 'SPACE', 'EXPERTISE', 'DATA', 'EQUIPMENT', 'COMMUNICATIONS', 'OTHER'];
const STAFF_UNITS = ['HOURS_PER_MONTH', 'HOURS_PER_WEEK'];
const resourceLabels = () => ({ description: t('description'), amount: t('amount'), unit: t('unit'), from: t('from'), to: t('to'),
  roles: t('roles'), partnerId: t('partner'), kind: t('kind') });

export function newResourceForm(page) {
  const partners = [];
  const chips = partnerChips(partners);
  const kind = select('kind', RESOURCE_KINDS, 'FUNDING', v => enumText('resourceKind', v));
  const terms = el('div', { class: 'row-form' }, termFields(page, 'FUNDING', {}));
  // The amount and unit rules follow the kind: redraw the terms, keeping what was typed elsewhere.
  kind.addEventListener('change', () => {
    const kept = { description: value(form, 'description'), amount: value(form, 'amount') || null,
      from: value(form, 'from'), to: value(form, 'to'),
      roles: [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value) };
    terms.replaceChildren(...termFields(page, kind.value, kept));
  });
  const form = el('form', { class: 'row-form card', id: 'new-resource' }, el('h3', {}, t('newResource')),
    el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('partner')), chips.node,
      partnerPicker(page.networkId, p => { partners.splice(0); chips.add(p); })),
    field(t('kind'), kind), terms,
    el('div', {}, el('button', { type: 'submit' }, t('add'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!partners.length) { showError(form, t('choosePartner')); return; }
    write(page.ctx, form, 'POST', page.base + '/pooled-resources',
      Object.assign({ partnerId: partners[0].id, kind: kind.value }, resourceValues(form)), null, resourceLabels());
  });
  return form;
}

export function resourceEditForm(page, item, close) {
  const r = item.resource;
  const form = el('form', { class: 'row-form editing', id: 'resource-edit-' + item.id }, termFields(page, r.kind, r),
    el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), close)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write(page.ctx, form, 'PATCH', '/api/networks/' + page.networkId + '/pooled-resources/' + item.id, resourceValues(form),
      item.etag, resourceLabels());
  });
  return form;
}

function termFields(page, kind, r) {
  const roles = r.roles || [];
  return [
    field(t('description'), el('textarea', { name: 'description', required: 'required', maxlength: '1000' }, r.description || '')),
    el('div', { class: 'inline' }, amountInput(kind, r.amount), unitControl(kind, r.unit)),
    el('div', { class: 'inline' },
      field(t('from'), el('input', { name: 'from', type: 'date', value: r.from || null })),
      field(t('to'), el('input', { name: 'to', type: 'date', value: r.to || null }))),
    el('fieldset', { class: 'plain inline' }, el('legend', { class: 'field-label' }, t('roles')), page.sheet.roles.map(role => el('label', {},
      el('input', { type: 'checkbox', name: 'roles', value: role.key, checked: roles.includes(role.key) ? 'checked' : null }),
      ' ' + roleName(role))))
  ];
}

// Money and staff time need an amount; anything else may go without.
function amountInput(kind, current) {
  const measured = kind === 'FUNDING' || kind === 'STAFF_TIME';
  return field(t('amount'), el('input', { name: 'amount', type: 'number', min: '0', step: '0.01',
    required: measured ? 'required' : null, value: current !== null && current !== undefined ? String(current) : null }));
}

// Money takes an ISO currency (CAD unless told), staff time hours per month or week, anything else a free unit.
function unitControl(kind, current) {
  if (kind === 'FUNDING') {
    return field(t('currency'), el('input', { name: 'unit', required: 'required', maxlength: '3', size: '4',
      pattern: '[A-Za-z]{3}', value: current || 'CAD' }));
  }
  if (kind === 'STAFF_TIME') return field(t('unit'), select('unit', STAFF_UNITS, current || 'HOURS_PER_MONTH', v => enumText('unit', v)));
  return field(t('unitFree'), el('input', { name: 'unit', maxlength: '40', value: current || null }));
}

// Blank amounts and dates are left out (a change then keeps them); an empty unit clears a free one.
function resourceValues(form) {
  const optional = (name) => value(form, name).trim() || undefined;
  const amount = optional('amount');
  return {
    description: value(form, 'description').trim(), amount: amount === undefined ? undefined : Number(amount),
    unit: value(form, 'unit').trim(), from: optional('from'), to: optional('to'),
    roles: [...form.querySelectorAll('input[name=roles]:checked')].map(i => i.value)
  };
}

// Names the services send in both languages (roles, plans, questions): pick the user's.
import { language } from './i18n.js';

export const inLanguage = (thing, fr, en) => language() === 'en' ? thing[en] : thing[fr];
export const roleName = (role) => inLanguage(role, 'labelFr', 'labelEn');
export const planName = (plan) => inLanguage(plan, 'labelFr', 'labelEn');

/** A role of the initiative on screen by its key, in the user's language. */
export function roleLabelOf(page, key) {
  const role = page && page.sheet.roles.find(r => r.key === key);
  return role ? roleName(role) : key;
}

export function planLabelOf(page, kind) {
  const plan = page && page.sheet.plans.find(p => p.kind === kind);
  return plan ? planName(plan) : kind;
}

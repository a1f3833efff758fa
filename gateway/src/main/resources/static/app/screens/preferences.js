// The member's email preferences: reminder days, weekly digest, mail language, pause.
import { t, fmt } from '../i18n.js';
import { api, problemText, showError } from '../api.js';
import { el, field, option, checkbox, checked, value, backLink } from '../dom.js';

const PREFERENCES_PATH = '/api/me/notification-preferences';
// Reminder days offered by default; the API takes any 0..60, at most 5 of them.
const REMINDER_OFFSETS = [14, 7, 3, 1, 0];
const dayText = (days) => days === 0 ? t('onTheDay') : days === 1 ? t('oneDayBefore') : fmt('daysBefore', { days });

export async function showPreferences(ctx) {
  const token = ++ctx.renderToken;
  const answer = await api('GET', PREFERENCES_PATH);
  if (token !== ctx.renderToken) return;
  const section = el('section', { id: 'preferences' }, el('h1', {}, t('preferencesLink')));
  ctx.main.replaceChildren(backLink('#/'), section);
  section.append(answer.status === 200 ? preferencesForm(answer.json)
    : el('p', { class: 'error', role: 'alert' }, problemText(answer)));
}

// After a save the form is redrawn from what the service kept (it sorts and dedupes the days).
function preferencesForm(prefs, message) {
  const offsets = prefs.offsetsDays || [];
  // Days set some other way stay offered, so that saving here does not silently drop them.
  const days = [...new Set(REMINDER_OFFSETS.concat(offsets))].sort((a, b) => b - a);
  const status = el('p', { role: 'status', class: 'saved' }, message || '');
  const form = el('form', { class: 'row-form card', id: 'preferences-form' },
    prefs.unsubscribed ? el('div', { class: 'notice', id: 'unsubscribed-notice' },
      el('p', {}, t('unsubscribedNotice')), checkbox('resubscribe', false, t('resubscribe'))) : '',
    el('fieldset', { class: 'plain' }, el('legend', { class: 'field-label' }, t('reminderDays')),
      el('div', { class: 'inline' }, days.map(d => el('label', {}, el('input', { type: 'checkbox', name: 'offsetsDays',
        value: String(d), checked: offsets.includes(d) ? 'checked' : null }), ' ' + dayText(d)))),
      el('p', { class: 'muted small' }, t('reminderHelp'))),
    checkbox('digest', prefs.digest, t('weeklyDigest')),
    field(t('mailLanguage'), el('select', { name: 'language' },
      option('fr', t('french'), prefs.language !== 'en'), option('en', t('english'), prefs.language === 'en'))),
    el('div', {}, checkbox('paused', prefs.paused, t('pauseAll')), el('p', { class: 'muted small' }, t('pauseHelp'))),
    el('div', {}, el('button', { type: 'submit' }, t('save'))), status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.textContent = '';
    const answer = await api('PUT', PREFERENCES_PATH, preferencesValues(form));
    if (answer.status !== 200) {
      showError(form, answer, { offsetsDays: t('reminderDays'), language: t('mailLanguage'), digest: t('weeklyDigest'),
        paused: t('pauseAll'), resubscribe: t('resubscribe') });
      return;
    }
    form.replaceWith(preferencesForm(answer.json, t('preferencesSaved')));
  });
  return form;
}

// resubscribe is sent only when asked for: it undoes a one-click unsubscribe.
function preferencesValues(form) {
  return {
    offsetsDays: [...form.querySelectorAll('input[name=offsetsDays]:checked')].map(i => Number(i.value)),
    digest: checked(form, 'digest'), language: value(form, 'language'), paused: checked(form, 'paused'),
    resubscribe: checked(form, 'resubscribe') || undefined
  };
}

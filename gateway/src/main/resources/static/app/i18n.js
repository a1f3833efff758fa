// The user's language: both dictionaries come from i18n/<lang>.json; dates, numbers and plurals follow the locale.
// The language is the one setting every module reads, so it lives here rather than being passed around.
const LANGUAGES = ['fr', 'en'];
const STORAGE_KEY = 'backbone.lang';
const dictionaries = {};
let current = 'fr';

export const languages = () => LANGUAGES.slice();
export const language = () => current;
export const locale = () => current === 'en' ? 'en-CA' : 'fr-CA';

/** The language chosen in the header before, else the browser's. */
export function preferredLanguage() {
  let stored = null;
  try { stored = localStorage.getItem(STORAGE_KEY); } catch (e) { stored = null; }
  if (LANGUAGES.includes(stored)) return stored;
  return (navigator.language || 'fr').startsWith('en') ? 'en' : 'fr';
}

export function rememberLanguage(lang) {
  try { localStorage.setItem(STORAGE_KEY, lang); } catch (e) { /* private mode: the choice lasts for this page */ }
}

export function hasStoredLanguage() {
  try { return LANGUAGES.includes(localStorage.getItem(STORAGE_KEY)); } catch (e) { return false; }
}

/** Loads the dictionary of `lang` (once) and makes it the current language. */
export async function useLanguage(lang) {
  const chosen = LANGUAGES.includes(lang) ? lang : 'fr';
  if (!dictionaries[chosen]) {
    try {
      const response = await fetch('/app/i18n/' + chosen + '.json', { credentials: 'same-origin' });
      dictionaries[chosen] = await response.json();
    } catch (e) {
      return current; // unreachable or broken: keep the language the page has rather than show bare keys
    }
  }
  current = chosen;
  document.documentElement.lang = chosen;
  return chosen;
}

const text = (key) => (dictionaries[current] || {})[key];

export const t = (key) => text(key) || key;
export const has = (key) => text(key) !== undefined;
export const enumText = (group, value) => text(group + '.' + value) || value;
export const fmt = (key, values) => t(key).replace(/\{(\w+)\}/g, (all, name) => values[name] !== undefined ? values[name] : all);

/**
 * A count with its noun in the right grammatical number: `key.zero` (when the dictionary has it), `key.one`
 * or `key.other`, chosen by Intl.PluralRules ("aucun rôle", "1 rôle", "2 rôles"; French counts 0 and 1 as one).
 */
export function plural(key, count, values) {
  const all = Object.assign({ count: formatNumber(count) }, values || {});
  if (count === 0 && has(key + '.zero')) return fmt(key + '.zero', all);
  const category = new Intl.PluralRules(locale()).select(count);
  return fmt(has(key + '.' + category) ? key + '.' + category : key + '.other', all);
}

/**
 * French elides "de" and "que" before a vowel or a mute h: "Réponse d'Alice", "Réponse de Bob". A dictionary
 * writes the word with its apostrophe as {de:name}; English has no elision and writes "by {name}".
 */
export function elide(template, values) {
  return template.replace(/\{(de|que|le|la):(\w+)\}/g, (all, word, name) => {
    const value = values[name] === undefined ? '' : String(values[name]);
    const vowel = /^[aeiouyhàâäéèêëîïôöûüœæ]/i.test(value);
    const short = word === 'la' ? 'l' : word.substring(0, word.length - 1);
    return (vowel ? short + "'" : word + ' ') + value;
  });
}

/** fmt, then French elision of the {de:name} forms. */
export const phrase = (key, values) => elide(fmt(key, values), values);

export const formatNumber = (n) => new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(Number(n));

/** An instant (ISO) as date and time in the user's locale. */
export function when(instant) {
  if (!instant) return '';
  const date = new Date(instant);
  return isNaN(date) ? String(instant) : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date (yyyy-mm-dd, no time zone) in the user's locale, e.g. "15 mars 2027" / "Mar 15, 2027". */
export function day(isoDate) {
  if (!isoDate) return '';
  const [y, m, d] = String(isoDate).split('-').map(Number);
  if (!y || !m || !d) return String(isoDate);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Every element marked data-i18n in the page's frame (the header) takes the text of its key. */
export function translateFrame() {
  document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  document.querySelectorAll('[data-i18n-label]').forEach(n => { n.setAttribute('aria-label', t(n.dataset.i18nLabel)); });
}

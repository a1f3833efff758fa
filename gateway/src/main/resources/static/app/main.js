// Backbone Planner web UI: native ES modules against the gateway's API, in French or English.
// The app context (ctx) is the only state screens share: who is logged in, the main element, the router, the
// live stream and what a screen keeps while the user visits another (the directory's search, the mail log's page).
import { api, csrf } from './api.js';
import { el } from './dom.js';
import { t, language, languages, useLanguage, preferredLanguage, rememberLanguage, hasStoredLanguage, translateFrame } from './i18n.js';
import { route } from './router.js';
import { trackEdits, isEditing } from './live.js';
import { sweepDrafts, dropAllDrafts } from './drafts.js';

const ctx = {
  me: null,
  main: document.getElementById('main'),
  route: () => route(ctx),
  renderToken: 0,      // a slow answer for a page the user already left must not draw over the new one
  page: null,          // the initiative on screen
  live: null,          // its live stream
  kept: {}             // what screens keep across visits: directory search, mail log filter, history role
};

async function start() {
  await useLanguage(preferredLanguage());
  drawLanguageSwitch();
  setUpMenu();
  trackEdits(ctx.main);
  const answer = await api('GET', '/api/me');
  if (answer.status === 401) {
    translateFrame();
    showLogin();
    return;
  }
  ctx.me = answer.json;
  sweepDrafts(ctx.me.id);
  // the profile's language counts until the user picks one in the header
  if (!hasStoredLanguage() && ctx.me.locale) {
    await useLanguage(ctx.me.locale.startsWith('en') ? 'en' : 'fr');
    drawLanguageSwitch();
  }
  translateFrame();
  document.getElementById('who').hidden = false;
  document.getElementById('menu-button').hidden = false;
  document.getElementById('member-name').textContent = ctx.me.name;
  document.getElementById('logout-csrf').value = csrf();
  document.getElementById('logout').addEventListener('submit', () => dropAllDrafts());
  window.addEventListener('hashchange', () => { closeMenu(); ctx.route(); });
  ctx.route();
}

function showLogin() {
  ctx.main.replaceChildren(el('section', { class: 'card' },
    el('h1', {}, t('app')), el('p', {}, t('welcome')),
    el('a', { class: 'button', id: 'login', href: '/oauth2/authorization/keycloak' }, t('login'))));
}

// FR | EN in the header: remembered in this browser, sent with every call, and the page redrawn in it.
function drawLanguageSwitch() {
  const box = document.getElementById('language-switch');
  box.replaceChildren(...languages().map(code => el('button', {
    type: 'button', class: 'lang' + (code === language() ? ' active' : ''), lang: code, id: 'lang-' + code,
    'aria-pressed': code === language() ? 'true' : 'false', 'aria-label': code === 'fr' ? 'Français' : 'English',
    onclick: () => switchLanguage(code)
  }, code.toUpperCase())));
}

async function switchLanguage(code) {
  if (code === language()) return;
  // the page is redrawn in the new language: a form being filled would be lost
  if (ctx.me && isEditing(ctx.main) && !confirm(t('switchDropsDraft'))) return;
  rememberLanguage(code);
  await useLanguage(code);
  drawLanguageSwitch();
  translateFrame();
  if (ctx.me) ctx.route(); else showLogin();
}

// On a narrow screen the member's links fold behind a menu button.
function setUpMenu() {
  const menu = document.getElementById('menu-button');
  menu.addEventListener('click', () => {
    const open = menu.getAttribute('aria-expanded') !== 'true';
    menu.setAttribute('aria-expanded', String(open));
    document.querySelector('.top').classList.toggle('menu-open', open);
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') closeMenu(); });
}

function closeMenu() {
  const menu = document.getElementById('menu-button');
  menu.setAttribute('aria-expanded', 'false');
  document.querySelector('.top').classList.remove('menu-open');
}

start();

// Backbone Planner web UI: plain JavaScript against the gateway's API, in French or English.
(function () {
  'use strict';

  const TEXT = {
    fr: {
      app: 'Backbone Planner', logout: 'Se déconnecter', login: 'Se connecter', loading: 'Chargement…',
      welcome: 'Planifiez ensemble votre infrastructure de soutien.', networks: 'Vos réseaux',
      admin: 'administration', member: 'membre', initiatives: 'Initiatives', none: 'Aucune initiative pour le moment.',
      newInitiative: 'Nouvelle initiative', name: 'Nom', description: 'Description', create: 'Créer',
      role: 'Rôle', who: 'Qui peut jouer ce rôle?', strengths: 'Forces actuelles', weaknesses: 'Faiblesses actuelles',
      nextSteps: 'Prochaines étapes', edit: 'Modifier', save: 'Enregistrer', cancel: 'Annuler',
      onePerLine: 'une par ligne', toFind: 'à trouver', addStep: 'Ajouter une étape', title: 'Titre', due: 'Échéance',
      done: 'Terminée', stale: 'Quelqu\'un a modifié cette ligne entre-temps; voici la version actuelle.',
      debrief: 'Débreffage', covered: 'rôles couverts', open: 'étapes ouvertes', overdue: 'en retard',
      back: 'Retour', loggedOut: 'Vous êtes déconnecté.', partnerCarrier: 'Partenaire du répertoire',
      whoPlaceholder: 'personne ou organisation à trouver (une par ligne)'
    },
    en: {
      app: 'Backbone Planner', logout: 'Log out', login: 'Log in', loading: 'Loading…',
      welcome: 'Plan your backbone infrastructure together.', networks: 'Your networks',
      admin: 'administrator', member: 'member', initiatives: 'Initiatives', none: 'No initiative yet.',
      newInitiative: 'New initiative', name: 'Name', description: 'Description', create: 'Create',
      role: 'Role', who: 'Who can play this role?', strengths: 'Current strengths', weaknesses: 'Current weaknesses',
      nextSteps: 'Next steps', edit: 'Edit', save: 'Save', cancel: 'Cancel',
      onePerLine: 'one per line', toFind: 'to find', addStep: 'Add a step', title: 'Title', due: 'Due',
      done: 'Done', stale: 'Someone changed this row meanwhile; here is the current version.',
      debrief: 'Debrief', covered: 'roles covered', open: 'open steps', overdue: 'overdue',
      back: 'Back', loggedOut: 'You are logged out.', partnerCarrier: 'Partner from the directory',
      whoPlaceholder: 'person or organization to find (one per line)'
    }
  };
  let lang = (navigator.language || 'fr').startsWith('en') ? 'en' : 'fr';
  let me = null;
  const t = (key) => TEXT[lang][key] || key;
  const main = document.getElementById('main');

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (v !== undefined && v !== null) node.setAttribute(k, v);
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }

  function csrf() {
    const match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  async function api(method, path, body, headers) {
    const response = await fetch(path, {
      method, credentials: 'same-origin',
      headers: Object.assign({ 'Accept': 'application/json', 'X-XSRF-TOKEN': csrf() },
        body ? { 'Content-Type': 'application/json' } : {}, headers || {}),
      body: body ? JSON.stringify(body) : undefined
    });
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: response.status, etag: response.headers.get('ETag'), json };
  }

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(n => { n.textContent = t(n.dataset.i18n); });
  }

  async function start() {
    const answer = await api('GET', '/api/me');
    if (answer.status === 401) {
      applyLanguage();
      main.replaceChildren(el('section', { class: 'card' },
        el('h1', {}, t('app')), el('p', {}, t('welcome')),
        el('a', { class: 'button', id: 'login', href: '/oauth2/authorization/keycloak' }, t('login'))));
      return;
    }
    me = answer.json;
    lang = me.locale && me.locale.startsWith('en') ? 'en' : 'fr';
    applyLanguage();
    document.getElementById('who').hidden = false;
    document.getElementById('member-name').textContent = me.name;
    document.getElementById('logout-csrf').value = csrf();
    route();
  }

  function route() {
    const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean);
    if (parts[0] === 'networks' && parts[2] === 'initiatives' && parts[3]) {
      return showWorksheet(parts[1], parts[3]);
    }
    if (parts[0] === 'networks' && parts[1]) {
      return showNetwork(parts[1]);
    }
    return showHome();
  }
  window.addEventListener('hashchange', () => me && route());

  function showHome() {
    main.replaceChildren(el('h1', {}, t('networks')),
      el('ul', { class: 'networks', id: 'networks' }, me.networks.map(n =>
        el('li', {}, el('a', { href: '#/networks/' + n.id }, n.name), ' ',
          el('span', { class: 'badge' }, n.role === 'ADMIN' ? t('admin') : t('member'))))));
  }

  async function showNetwork(networkId) {
    const network = me.networks.find(n => n.id === networkId) || { name: networkId };
    const list = await api('GET', '/api/networks/' + networkId + '/initiatives?size=100');
    const items = list.json && list.json.items || [];
    const form = el('form', { class: 'row-form card', id: 'new-initiative' },
      el('h2', {}, t('newInitiative')),
      el('input', { name: 'name', placeholder: t('name'), required: 'required', maxlength: '200' }),
      el('textarea', { name: 'description', placeholder: t('description'), maxlength: '4000' }),
      el('div', {}, el('button', { type: 'submit' }, t('create'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const created = await api('POST', '/api/networks/' + networkId + '/initiatives',
        { name: form.name.value, description: form.description.value });
      if (created.status === 201) location.hash = '#/networks/' + networkId + '/initiatives/' + created.json.id;
      else form.append(el('p', { class: 'error' }, created.json && created.json.detail || created.status));
    });
    main.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← ' + t('back'))), el('h1', {}, network.name),
      el('h2', {}, t('initiatives')),
      items.length ? el('ul', { class: 'initiatives' }, items.map(i =>
        el('li', {}, el('a', { href: '#/networks/' + networkId + '/initiatives/' + i.id }, i.name))))
        : el('p', { class: 'muted' }, t('none')),
      form);
  }

  async function showWorksheet(networkId, initiativeId) {
    const base = '/api/networks/' + networkId + '/initiatives/' + initiativeId;
    const sheet = await api('GET', base + '/worksheet');
    if (sheet.status !== 200) {
      main.replaceChildren(el('p', { class: 'error' }, sheet.json && sheet.json.detail || sheet.status));
      return;
    }
    const debrief = await api('GET', base + '/debrief');
    const table = el('table', { class: 'worksheet', id: 'worksheet' },
      el('thead', {}, el('tr', {}, [t('role'), t('who'), t('strengths'), t('weaknesses'), t('nextSteps')]
        .map(h => el('th', {}, h)))),
      el('tbody', {}, sheet.json.roles.map(role => roleRow(base, role))));
    const summary = debrief.status === 200 ? el('p', { class: 'card', id: 'debrief' }, t('debrief') + ' : ',
      debrief.json.coveredRoles + '/6 ' + t('covered') + ', ' + debrief.json.openNextSteps + ' ' + t('open')
      + ', ' + debrief.json.overdueNextSteps + ' ' + t('overdue')) : '';
    main.replaceChildren(el('p', {}, el('a', { href: '#/networks/' + networkId }, '← ' + t('back'))),
      el('h1', {}, sheet.json.initiativeName), summary, table);
  }

  function roleRow(base, role) {
    const label = lang === 'en' ? role.labelEn : role.labelFr;
    const carriers = role.carriers.map(c => c.name + (c.kind === 'TO_FIND' ? ' (' + t('toFind') + ')' : ''));
    const steps = el('ul', {}, role.nextSteps.map(s => el('li', {}, s.title, ' ',
      el('span', { class: 'badge ' + (s.status === 'DONE' ? '' : 'todo') }, s.dueDate), ' ',
      s.status !== 'DONE' ? el('button', { class: 'secondary', onclick: () => markDone(base, role.key, s) }, t('done')) : '')));
    const row = el('tr', { id: 'role-' + role.key },
      el('th', {}, label),
      el('td', {}, el('ul', {}, carriers.map(c => el('li', {}, c)))),
      el('td', {}, el('ul', {}, role.strengths.map(s => el('li', {}, s)))),
      el('td', {}, el('ul', {}, role.weaknesses.map(s => el('li', {}, s)))),
      el('td', {}, steps, stepForm(base, role)));
    row.cells[0].append(el('div', {}, el('button', { class: 'secondary', onclick: () => editRow(base, role, row) }, t('edit'))));
    return row;
  }

  function editRow(base, role, row) {
    const lines = (items) => items.join('\n');
    const form = el('form', { class: 'row-form' },
      el('label', {}, t('who') + ' (' + t('onePerLine') + ')'),
      el('textarea', { name: 'who', placeholder: t('whoPlaceholder') }),
      el('label', {}, t('strengths') + ' (' + t('onePerLine') + ')'), el('textarea', { name: 'strengths' }),
      el('label', {}, t('weaknesses') + ' (' + t('onePerLine') + ')'), el('textarea', { name: 'weaknesses' }),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')),
        el('button', { type: 'button', class: 'secondary', onclick: () => route() }, t('cancel'))));
    form.who.value = lines(role.carriers.filter(c => c.kind !== 'PARTNER').map(c => c.name));
    form.strengths.value = lines(role.strengths);
    form.weaknesses.value = lines(role.weaknesses);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const split = (text) => text.split('\n').map(s => s.trim()).filter(Boolean);
      const partners = role.carriers.filter(c => c.kind === 'PARTNER').map(c => ({ kind: 'PARTNER', partnerId: c.partnerId }));
      const others = split(form.who.value).map(name => ({ kind: 'TO_FIND', name }));
      const answer = await api('PATCH', base + '/worksheet/roles/' + role.key,
        { carriers: partners.concat(others), strengths: split(form.strengths.value), weaknesses: split(form.weaknesses.value) },
        { 'If-Match': role.etag });
      if (answer.status === 200) route();
      else if (answer.status === 412) { alert(t('stale')); route(); }
      else form.append(el('p', { class: 'error' }, answer.json && answer.json.detail || answer.status));
    });
    row.cells[1].replaceChildren(form);
  }

  function stepForm(base, role) {
    const form = el('form', { class: 'row-form' },
      el('input', { name: 'title', placeholder: t('title'), required: 'required', maxlength: '200' }),
      el('div', { class: 'inline' }, el('label', {}, t('due')), el('input', { name: 'dueDate', type: 'date', required: 'required' }),
        el('button', { type: 'submit' }, t('addStep'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const answer = await api('POST', base + '/worksheet/roles/' + role.key + '/next-steps',
        { title: form.title.value, dueDate: form.dueDate.value, owner: {} });
      if (answer.status === 201) route();
      else form.append(el('p', { class: 'error' }, answer.json && answer.json.detail || answer.status));
    });
    return form;
  }

  async function markDone(base, roleKey, step) {
    const answer = await api('PATCH', base + '/worksheet/roles/' + roleKey + '/next-steps/' + step.id,
      { status: 'DONE' }, { 'If-Match': step.etag });
    if (answer.status === 412) alert(t('stale'));
    route();
  }

  start();
})();

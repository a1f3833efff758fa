// Backbone Planner web UI: plain JavaScript against the gateway's API, in French or English.
(function () {
  'use strict';

  const TEXT = {
    fr: {
      colon: '\u00a0: ', app: 'Backbone Planner', logout: 'Se déconnecter', login: 'Se connecter', loading: 'Chargement…',
      welcome: 'Planifiez ensemble votre infrastructure de soutien.', networks: 'Vos réseaux',
      admin: 'administration', member: 'membre', initiatives: 'Initiatives', none: 'Aucune initiative pour le moment.',
      newInitiative: 'Nouvelle initiative', name: 'Nom', description: 'Description', create: 'Créer',
      role: 'Rôle', who: 'Qui peut jouer ce rôle?', strengths: 'Forces actuelles', weaknesses: 'Faiblesses actuelles',
      nextSteps: 'Prochaines étapes', edit: 'Modifier', save: 'Enregistrer', cancel: 'Annuler',
      onePerLine: 'une par ligne', toFind: 'à trouver', addStep: 'Ajouter une étape', title: 'Titre', due: 'Échéance',
      done: 'Terminée', stale: 'Quelqu\'un a modifié cet élément entre-temps; voici la version actuelle.',
      debrief: 'Débreffage', covered: 'rôles couverts', open: 'étapes ouvertes', overdue: 'en retard',
      back: 'Retour', loggedOut: 'Vous êtes déconnecté.', partnerCarrier: 'Partenaire du répertoire',
      whoPlaceholder: 'personne ou organisation à trouver',
      maturity: 'Maturité', startYear: 'Année de début', endYear: 'Année de fin', visibility: 'Visibilité',
      languages: 'Langues', horizon: 'Horizon', myRole: 'Mon rôle', notMember: 'non membre',
      editDetails: 'Modifier les détails', export: 'Exporter', pdfFr: 'PDF en français', pdfEn: 'PDF en anglais',
      csv: 'CSV des étapes', toFindCount: 'rôles à trouver', comments: 'Commentaires', noComments: 'Aucun commentaire.',
      writeComment: 'Votre commentaire', mention: 'Mentionner', send: 'Publier', add: 'Ajouter', remove: 'Retirer',
      memberCarrier: 'Membre de l\'initiative', toFindCarrier: 'À trouver', chooseMember: '— choisir un membre —',
      searchPartner: 'Chercher un partenaire…', noPartner: 'Aucun partenaire trouvé.', owner: 'Responsable',
      ownerMe: 'Moi', ownerPartner: 'Un partenaire (avec courriel)', partnerEmail: 'Courriel de la personne contact',
      ownerIncomplete: 'Choisissez le partenaire et indiquez un courriel.', status: 'Statut', reschedule: 'Reporter',
      markDone: 'Marquer terminée', noSteps: 'Aucune étape.',
      sharingTitle: 'Partage des rôles et tâches clés', sharingHelp: 'Pour chaque rôle : est-il partagé, et quels partenaires prennent quelles tâches clés?',
      shared: 'Rôle partagé', sharedYes: 'Rôle partagé', sharedNo: 'Rôle non partagé', task: 'Tâche clé',
      addTask: 'Ajouter une tâche', poolingTitle: 'Intentions de mise en commun', noIntentions: 'Aucune intention pour le moment.',
      addIntention: 'Ajouter une intention', partnerOptional: 'Partenaire (facultatif)', roles: 'Rôles',
      plansTitle: 'Plans de relève et de pérennité', plansMatureOnly: 'Les plans de relève et de pérennité s\'ajoutent quand l\'initiative est mature.',
      notes: 'Notes', members: 'Membres', email: 'Courriel', language: 'Langue', invite: 'Inviter',
      noMembers: 'Aucun membre.', confirmRemove: 'Retirer {name} de l\'initiative?', french: 'Français', english: 'Anglais',
      version: 'Version', noVersions: 'Aucune version adoptée.', adopt: 'Adopter le brouillon comme version',
      versionName: 'Nom de la version', view: 'Voir', compare: 'Comparer avec le brouillon actuel',
      basedOn: 'Brouillon fondé sur la version {number}.', readOnly: 'Lecture seule.',
      comparedWith: 'Version {number} → brouillon actuel', unchanged: 'Aucun changement depuis cette version.',
      carriersAdded: 'Porteurs ajoutés', carriersRemoved: 'Porteurs retirés', strengthsAdded: 'Forces ajoutées',
      strengthsRemoved: 'Forces retirées', weaknessesAdded: 'Faiblesses ajoutées', weaknessesRemoved: 'Faiblesses retirées',
      stepsAdded: 'Étapes ajoutées', stepsRemoved: 'Étapes retirées', stepsChanged: 'Étapes modifiées',
      sharingChanged: 'Le partage du rôle a changé.', notesChanged: 'Les notes ont changé.', pooling: 'Mise en commun',
      allRoles: 'Tous les rôles', filterRole: 'Filtrer par rôle', noHistory: 'Aucun changement pour le moment.',
      liveChanged: '{actor} a modifié {what}.', reload: 'Recharger', theWorksheet: 'la feuille de travail', someone: 'Quelqu\'un',
      'tab.worksheet': 'Feuille de travail', 'tab.step2': 'Étape 2', 'tab.members': 'Membres', 'tab.versions': 'Versions',
      'tab.history': 'Historique',
      'maturity.EMERGING': 'émergente', 'maturity.DEVELOPING': 'en développement', 'maturity.MATURE': 'mature',
      'visibility.NETWORK': 'tout le réseau', 'visibility.MEMBERS': 'membres de l\'initiative seulement',
      'part.COORDINATOR': 'coordination', 'part.PARTNER': 'partenaire', 'part.GUEST': 'invité·e',
      'memberStatus.INVITED': 'invitation envoyée', 'memberStatus.ACTIVE': 'actif',
      'carrier.PARTNER': 'partenaire', 'carrier.MEMBER': 'membre', 'carrier.TO_FIND': 'à trouver',
      'status.TODO': 'à faire', 'status.DOING': 'en cours', 'status.DONE': 'terminée', 'status.DROPPED': 'abandonnée',
      'horizon.SHORT': 'court terme', 'horizon.MEDIUM': 'moyen terme', 'horizon.LONG': 'long terme',
      'field.title': 'titre', 'field.description': 'description', 'field.owner': 'responsable', 'field.dueDate': 'échéance',
      'field.horizon': 'horizon', 'field.status': 'statut',
      'event.InitiativeCreated': 'initiative créée', 'event.InitiativeDetailsChanged': 'détails modifiés',
      'event.MemberInvited': 'membre invité', 'event.MemberJoined': 'membre arrivé', 'event.MemberRoleChanged': 'rôle de membre modifié',
      'event.RoleUpdated': 'ligne modifiée', 'event.NextStepScheduled': 'étape ajoutée', 'event.NextStepUpdated': 'étape modifiée',
      'event.RoleSharingUpdated': 'partage modifié', 'event.PoolingIntentionsUpdated': 'mise en commun modifiée',
      'event.PlanUpdated': 'plan modifié', 'event.WorksheetVersionAdopted': 'version adoptée', 'event.CommentAdded': 'commentaire'
    },
    en: {
      colon: ': ', app: 'Backbone Planner', logout: 'Log out', login: 'Log in', loading: 'Loading…',
      welcome: 'Plan your backbone infrastructure together.', networks: 'Your networks',
      admin: 'administrator', member: 'member', initiatives: 'Initiatives', none: 'No initiative yet.',
      newInitiative: 'New initiative', name: 'Name', description: 'Description', create: 'Create',
      role: 'Role', who: 'Who can play this role?', strengths: 'Current strengths', weaknesses: 'Current weaknesses',
      nextSteps: 'Next steps', edit: 'Edit', save: 'Save', cancel: 'Cancel',
      onePerLine: 'one per line', toFind: 'to find', addStep: 'Add a step', title: 'Title', due: 'Due',
      done: 'Done', stale: 'Someone changed this meanwhile; here is the current version.',
      debrief: 'Debrief', covered: 'roles covered', open: 'open steps', overdue: 'overdue',
      back: 'Back', loggedOut: 'You are logged out.', partnerCarrier: 'Partner from the directory',
      whoPlaceholder: 'person or organization to find',
      maturity: 'Maturity', startYear: 'Start year', endYear: 'End year', visibility: 'Visibility',
      languages: 'Languages', horizon: 'Horizon', myRole: 'My role', notMember: 'not a member',
      editDetails: 'Edit details', export: 'Export', pdfFr: 'PDF in French', pdfEn: 'PDF in English',
      csv: 'CSV of the steps', toFindCount: 'roles to find', comments: 'Comments', noComments: 'No comment yet.',
      writeComment: 'Your comment', mention: 'Mention', send: 'Post', add: 'Add', remove: 'Remove',
      memberCarrier: 'Member of the initiative', toFindCarrier: 'To find', chooseMember: '— choose a member —',
      searchPartner: 'Search a partner…', noPartner: 'No partner found.', owner: 'Owner',
      ownerMe: 'Me', ownerPartner: 'A partner (with email)', partnerEmail: 'Contact person\'s email',
      ownerIncomplete: 'Choose the partner and give an email.', status: 'Status', reschedule: 'Reschedule',
      markDone: 'Mark done', noSteps: 'No step.',
      sharingTitle: 'Sharing roles and key tasks', sharingHelp: 'For each role: is it shared, and which partners take on which key tasks?',
      shared: 'Shared role', sharedYes: 'Shared role', sharedNo: 'Role not shared', task: 'Key task',
      addTask: 'Add a task', poolingTitle: 'Pooling intentions', noIntentions: 'No intention yet.',
      addIntention: 'Add an intention', partnerOptional: 'Partner (optional)', roles: 'Roles',
      plansTitle: 'Succession and sustainability plans', plansMatureOnly: 'Succession and sustainability plans come once the initiative is mature.',
      notes: 'Notes', members: 'Members', email: 'Email', language: 'Language', invite: 'Invite',
      noMembers: 'No member.', confirmRemove: 'Remove {name} from the initiative?', french: 'French', english: 'English',
      version: 'Version', noVersions: 'No version adopted yet.', adopt: 'Adopt the draft as a version',
      versionName: 'Version name', view: 'View', compare: 'Compare with the current draft',
      basedOn: 'Draft based on version {number}.', readOnly: 'Read only.',
      comparedWith: 'Version {number} → current draft', unchanged: 'Nothing changed since this version.',
      carriersAdded: 'Carriers added', carriersRemoved: 'Carriers removed', strengthsAdded: 'Strengths added',
      strengthsRemoved: 'Strengths removed', weaknessesAdded: 'Weaknesses added', weaknessesRemoved: 'Weaknesses removed',
      stepsAdded: 'Steps added', stepsRemoved: 'Steps removed', stepsChanged: 'Steps changed',
      sharingChanged: 'The role\'s sharing changed.', notesChanged: 'The notes changed.', pooling: 'Pooling',
      allRoles: 'All roles', filterRole: 'Filter by role', noHistory: 'No change yet.',
      liveChanged: '{actor} changed {what}.', reload: 'Reload', theWorksheet: 'the worksheet', someone: 'Someone',
      'tab.worksheet': 'Worksheet', 'tab.step2': 'Step 2', 'tab.members': 'Members', 'tab.versions': 'Versions',
      'tab.history': 'History',
      'maturity.EMERGING': 'emerging', 'maturity.DEVELOPING': 'developing', 'maturity.MATURE': 'mature',
      'visibility.NETWORK': 'whole network', 'visibility.MEMBERS': 'initiative members only',
      'part.COORDINATOR': 'coordinator', 'part.PARTNER': 'partner', 'part.GUEST': 'guest',
      'memberStatus.INVITED': 'invited', 'memberStatus.ACTIVE': 'active',
      'carrier.PARTNER': 'partner', 'carrier.MEMBER': 'member', 'carrier.TO_FIND': 'to find',
      'status.TODO': 'to do', 'status.DOING': 'in progress', 'status.DONE': 'done', 'status.DROPPED': 'dropped',
      'horizon.SHORT': 'short term', 'horizon.MEDIUM': 'medium term', 'horizon.LONG': 'long term',
      'field.title': 'title', 'field.description': 'description', 'field.owner': 'owner', 'field.dueDate': 'due date',
      'field.horizon': 'horizon', 'field.status': 'status',
      'event.InitiativeCreated': 'initiative created', 'event.InitiativeDetailsChanged': 'details changed',
      'event.MemberInvited': 'member invited', 'event.MemberJoined': 'member joined', 'event.MemberRoleChanged': 'member role changed',
      'event.RoleUpdated': 'row changed', 'event.NextStepScheduled': 'step added', 'event.NextStepUpdated': 'step changed',
      'event.RoleSharingUpdated': 'sharing changed', 'event.PoolingIntentionsUpdated': 'pooling changed',
      'event.PlanUpdated': 'plan changed', 'event.WorksheetVersionAdopted': 'version adopted', 'event.CommentAdded': 'comment'
    }
  };
  const MATURITIES = ['EMERGING', 'DEVELOPING', 'MATURE'];
  const VISIBILITIES = ['NETWORK', 'MEMBERS'];
  const PARTS = ['COORDINATOR', 'PARTNER', 'GUEST'];
  const STATUSES = ['TODO', 'DOING', 'DONE', 'DROPPED'];
  const TABS = ['worksheet', 'step2', 'members', 'versions', 'history'];

  let lang = (navigator.language || 'fr').startsWith('en') ? 'en' : 'fr';
  let me = null;
  let page = null;        // the initiative on screen: ids, base path, initiative, sheet, members, tab
  let live = null;        // { base, source, timer }: one stream, for the initiative on screen
  let renderToken = 0;    // a slow answer for a page the user already left must not draw over the new one
  let historyRole = '';   // kept across live re-renders of the history
  const t = (key) => TEXT[lang][key] || key;
  const enumText = (group, value) => TEXT[lang][group + '.' + value] || value;
  const fmt = (key, values) => t(key).replace(/\{(\w+)\}/g, (all, name) => values[name] !== undefined ? values[name] : all);
  const main = document.getElementById('main');

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([k, v]) => {
      if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
    });
    children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
      .forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
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

  // ---- small building blocks ----

  const option = (value, text, selected) => el('option', { value, selected: selected ? 'selected' : null }, text);
  const select = (name, values, current, labelOf) => el('select', { name }, values.map(v => option(v, labelOf(v), v === current)));
  const badge = (text, kind) => el('span', { class: 'badge' + (kind ? ' ' + kind : '') }, text);
  const bulletList = (items) => el('ul', {}, (items || []).map(s => el('li', {}, s)));
  const when = (instant) => instant ? new Date(instant).toLocaleString(lang === 'en' ? 'en-CA' : 'fr-CA') : '';
  const value = (form, name) => form.elements.namedItem(name).value;
  const roleName = (role) => lang === 'en' ? role.labelEn : role.labelFr;
  const activeMembers = () => page.members.filter(m => m.status === 'ACTIVE' && m.memberId);
  const canComment = () => !!page.initiative.myRole || page.sheet.canEdit;
  const button = (text, onclick, kind) => el('button', { type: 'button', class: kind || 'secondary', onclick }, text);

  function roleLabelOf(key) {
    const role = page && page.sheet.roles.find(r => r.key === key);
    return role ? roleName(role) : key;
  }

  function planLabelOf(kind) {
    const plan = page && page.sheet.plans.find(p => p.kind === kind);
    return plan ? (lang === 'en' ? plan.labelEn : plan.labelFr) : kind;
  }

  // A label around a single control ties them for screen readers; a group of controls gets a plain caption.
  function field(text, control) {
    const single = ['INPUT', 'SELECT', 'TEXTAREA'].includes(control.tagName);
    return el(single ? 'label' : 'div', { class: 'field' }, el('span', { class: 'field-label' }, text), control);
  }

  // Enter in a helper input must run that helper, not submit the surrounding form.
  function onEnter(input, action) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') { event.preventDefault(); action(); }
    });
  }

  function problemText(answer) {
    const problem = answer.json || {};
    const fields = (problem.errors || []).map(e => e.field + t('colon') + e.message);
    return [problem.detail || problem.title || ('HTTP ' + answer.status)].concat(fields).join(' — ');
  }

  function showError(container, message) {
    let node = container.querySelector(':scope > p.error');
    if (!node) { node = el('p', { class: 'error', role: 'alert' }); container.append(node); }
    node.textContent = typeof message === 'string' ? message : problemText(message);
  }

  // Every write ends the same way: success redraws from fresh data, a stale etag warns and redraws with the
  // current version, anything else is explained next to the form that sent it.
  async function write(container, method, path, body, etag) {
    const answer = await api(method, path, body, etag ? { 'If-Match': etag } : undefined);
    if (answer.status >= 200 && answer.status < 300) { route(); return answer; }
    if (answer.status === 412) { alert(t('stale')); route(); return null; }
    showError(container, answer);
    return null;
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
      return showInitiative(parts[1], parts[3], TABS.includes(parts[4]) ? parts[4] : 'worksheet');
    }
    closeLive();
    page = null;
    if (parts[0] === 'networks' && parts[1]) {
      return showNetwork(parts[1]);
    }
    return showHome();
  }
  window.addEventListener('hashchange', () => me && route());

  // A form the user has typed into is "being edited": live updates must not wipe it out.
  ['input', 'change'].forEach(type => main.addEventListener(type, (event) => {
    const form = event.target.closest && event.target.closest('form');
    if (form) form.dataset.dirty = '1';
  }));
  const isEditing = () => !!main.querySelector('form.editing, form[data-dirty]');

  function showHome() {
    renderToken++;
    main.replaceChildren(el('h1', {}, t('networks')),
      el('ul', { class: 'networks', id: 'networks' }, me.networks.map(n =>
        el('li', {}, el('a', { href: '#/networks/' + n.id }, n.name), ' ',
          el('span', { class: 'badge' }, n.role === 'ADMIN' ? t('admin') : t('member'))))));
  }

  // ---- network page ----

  // The fields of an initiative's details, shared by the create form and the coordinators' edit form.
  function initiativeFields(initiative) {
    const languages = initiative.languages || ['fr'];
    const year = (name, current) => el('input', { name, type: 'number', min: '2000', max: '2100', required: 'required', value: current });
    return [
      field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200', value: initiative.name || null })),
      field(t('description'), el('textarea', { name: 'description', maxlength: '4000' }, initiative.description || '')),
      el('div', { class: 'inline' },
        field(t('maturity'), select('maturity', MATURITIES, initiative.maturity, v => enumText('maturity', v))),
        field(t('startYear'), year('startYear', initiative.startYear)),
        field(t('endYear'), year('endYear', initiative.endYear)),
        field(t('visibility'), select('visibility', VISIBILITIES, initiative.visibility, v => enumText('visibility', v)))),
      el('div', { class: 'inline' }, el('span', { class: 'field-label' }, t('languages')),
        [['fr', t('french')], ['en', t('english')]].map(([code, text]) => el('label', {},
          el('input', { type: 'checkbox', name: 'languages', value: code, checked: languages.includes(code) ? 'checked' : null }), ' ' + text)))
    ];
  }

  function initiativeValues(form) {
    return {
      name: value(form, 'name'), description: value(form, 'description'), maturity: value(form, 'maturity'),
      startYear: Number(value(form, 'startYear')), endYear: Number(value(form, 'endYear')),
      visibility: value(form, 'visibility'),
      languages: [...form.querySelectorAll('input[name=languages]:checked')].map(i => i.value)
    };
  }

  async function showNetwork(networkId) {
    const token = ++renderToken;
    const network = me.networks.find(n => n.id === networkId) || { name: networkId };
    const list = await api('GET', '/api/networks/' + networkId + '/initiatives?size=100');
    if (token !== renderToken) return;
    const items = list.json && list.json.items || [];
    const year = new Date().getFullYear();
    const form = el('form', { class: 'row-form card', id: 'new-initiative' }, el('h2', {}, t('newInitiative')),
      initiativeFields({ maturity: 'EMERGING', startYear: year, endYear: year + 2, visibility: 'NETWORK', languages: ['fr'] }),
      el('div', {}, el('button', { type: 'submit' }, t('create'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const created = await api('POST', '/api/networks/' + networkId + '/initiatives', initiativeValues(form));
      if (created.status === 201) location.hash = '#/networks/' + networkId + '/initiatives/' + created.json.id;
      else showError(form, created);
    });
    main.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← ' + t('back'))), el('h1', {}, network.name),
      el('h2', {}, t('initiatives')),
      items.length ? el('ul', { class: 'initiatives' }, items.map(i => el('li', {},
        el('a', { href: '#/networks/' + networkId + '/initiatives/' + i.id }, i.name), ' ',
        badge(enumText('maturity', i.maturity)), ' ',
        i.myRole ? badge(enumText('part', i.myRole), 'role') : '', ' ',
        el('span', { class: 'muted' }, i.startYear + '–' + i.endYear))))
        : el('p', { class: 'muted' }, t('none')),
      form);
  }

  // ---- initiative page ----

  const initiativeHash = (tab) => '#/networks/' + page.networkId + '/initiatives/' + page.initiativeId + '/' + tab;

  async function showInitiative(networkId, initiativeId, tab) {
    const token = ++renderToken;
    const base = '/api/networks/' + networkId + '/initiatives/' + initiativeId;
    if (live && live.base !== base) closeLive();
    const [initiative, sheet, members] = await Promise.all(
      [api('GET', base), api('GET', base + '/worksheet'), api('GET', base + '/members')]);
    if (token !== renderToken) return;
    const back = el('p', {}, el('a', { href: '#/networks/' + networkId }, '← ' + t('back')));
    if (initiative.status !== 200 || sheet.status !== 200) {
      page = null;
      main.replaceChildren(back, el('p', { class: 'error' }, problemText(initiative.status !== 200 ? initiative : sheet)));
      return;
    }
    if (!page || page.base !== base) historyRole = '';
    page = {
      networkId, initiativeId, base, tab, initiative: initiative.json, sheet: sheet.json,
      members: members.status === 200 && Array.isArray(members.json) ? members.json : []
    };
    if (!page.initiative.etag) page.initiative.etag = initiative.etag;
    openLive(base);
    const content = el('div', { class: 'tab-content' });
    main.replaceChildren(back, initiativeHeader(), tabBar(tab), content);
    await ({ worksheet: renderWorksheetTab, step2: renderStep2Tab, members: renderMembersTab,
      versions: renderVersionsTab, history: renderHistoryTab })[tab](content);
  }

  function initiativeHeader() {
    const i = page.initiative;
    const exportPath = page.base + '/worksheet/export?format=';
    const header = el('header', { class: 'initiative-head' },
      el('h1', {}, i.name),
      i.description ? el('p', { class: 'muted' }, i.description) : '',
      el('p', { class: 'inline' },
        badge(t('horizon') + ' ' + i.startYear + '–' + i.endYear), badge(t('maturity') + t('colon') + enumText('maturity', i.maturity)),
        badge(t('myRole') + t('colon') + (i.myRole ? enumText('part', i.myRole) : t('notMember')), 'role'),
        i.canManage ? button(t('editDetails'), () => toggleDetailsForm(header)) : ''),
      el('p', { class: 'inline exports' }, t('export') + t('colon'),
        el('a', { id: 'export-pdf-fr', href: exportPath + 'pdf&lang=fr' }, t('pdfFr')),
        el('a', { id: 'export-pdf-en', href: exportPath + 'pdf&lang=en' }, t('pdfEn')),
        el('a', { id: 'export-csv', href: exportPath + 'csv' }, t('csv'))),
      el('div', { id: 'live-notice', class: 'notice', role: 'status', hidden: 'hidden' }));
    return header;
  }

  function toggleDetailsForm(header) {
    const open = header.querySelector('#initiative-details');
    if (open) { open.remove(); return; }
    const form = el('form', { class: 'row-form card editing', id: 'initiative-details' }, initiativeFields(page.initiative),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => form.remove())));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'PATCH', page.base, initiativeValues(form), page.initiative.etag);
    });
    header.append(form);
  }

  function tabBar(current) {
    return el('nav', { class: 'tabs' }, TABS.map(tab => el('a', {
      id: 'tab-' + tab, href: initiativeHash(tab), class: tab === current ? 'active' : null,
      'aria-current': tab === current ? 'page' : null
    }, t('tab.' + tab))));
  }

  // ---- live updates ----

  function openLive(base) {
    if (live && live.base === base) return;
    closeLive();
    const source = new EventSource(base + '/worksheet/live');
    live = { base, source, timer: null };
    source.addEventListener('change', (event) => onLiveChange(base, event));
  }

  function closeLive() {
    if (!live) return;
    clearTimeout(live.timer);
    live.source.close();
    live = null;
  }

  // Bursts of events (a save touches several parts) are folded into one redraw.
  function onLiveChange(base, event) {
    if (!page || page.base !== base || !live) return;
    let change = {};
    try { change = JSON.parse(event.data) || {}; } catch (e) { change = {}; }
    if (isEditing()) {
      if (change.actorName !== me.name) showLiveNotice(change);
      return;
    }
    clearTimeout(live.timer);
    live.timer = setTimeout(() => { if (!isEditing()) route(); }, 300);
  }

  function showLiveNotice(change) {
    const notice = document.getElementById('live-notice');
    if (!notice) return;
    const what = change.role ? roleLabelOf(change.role) : change.plan ? planLabelOf(change.plan) : t('theWorksheet');
    notice.replaceChildren(fmt('liveChanged', { actor: change.actorName || t('someone'), what }), ' ',
      button(t('reload'), () => route()));
    notice.hidden = false;
  }

  // ---- worksheet ----

  async function renderWorksheetTab(content) {
    content.replaceChildren(worksheetTable(page.sheet,
      { editable: page.sheet.canEdit, comments: canComment(), id: 'worksheet', rowPrefix: 'role-' }));
    const debrief = await api('GET', page.base + '/debrief');
    // The debrief is built from events and may lag a fresh initiative: show nothing until it exists.
    if (debrief.status === 200 && content.isConnected) content.prepend(debriefSummary(debrief.json));
  }

  function debriefSummary(d) {
    return el('p', { class: 'card', id: 'debrief' }, t('debrief') + t('colon'),
      d.coveredRoles + '/6 ' + t('covered') + ', ' + d.rolesToFind + ' ' + t('toFindCount') + ', '
      + d.openNextSteps + ' ' + t('open') + ', ' + d.overdueNextSteps + ' ' + t('overdue'));
  }

  function worksheetTable(sheet, options) {
    return el('table', { class: 'worksheet', id: options.id },
      el('thead', {}, el('tr', {}, [t('role'), t('who'), t('strengths'), t('weaknesses'), t('nextSteps')]
        .map(h => el('th', {}, h)))),
      el('tbody', {}, sheet.roles.map(role => roleRow(role, options))));
  }

  const roleHolder = (key) => ({ path: page.base + '/worksheet/roles/' + key, role: key });
  const planHolder = (kind) => ({ path: page.base + '/worksheet/plans/' + kind });

  function roleRow(role, options) {
    const holder = roleHolder(role.key);
    const row = el('tr', { id: options.rowPrefix + role.key },
      el('th', {}, roleName(role)),
      el('td', {}, carrierList(role.carriers)),
      el('td', {}, bulletList(role.strengths)),
      el('td', {}, bulletList(role.weaknesses)),
      el('td', {}, stepList(role.nextSteps, holder, options), options.editable ? addStepBox(holder) : ''));
    const tools = el('div', { class: 'inline tools' });
    if (options.editable) tools.append(button(t('edit'), () => editRow(role, row)));
    if (options.comments) tools.append(button(t('comments'), () => toggleThread(row, holder.path + '/comments')));
    row.cells[0].append(tools);
    return row;
  }

  function carrierList(carriers) {
    return el('ul', {}, (carriers || []).map(c => el('li', { class: 'carrier-' + c.kind.toLowerCase() }, c.name,
      c.kind !== 'PARTNER' ? ' (' + enumText('carrier', c.kind) + ')' : '')));
  }

  const today = () => new Date().toISOString().substring(0, 10);
  const isOpen = (step) => step.status === 'TODO' || step.status === 'DOING';

  function stepList(steps, holder, options) {
    if (!steps || !steps.length) return el('p', { class: 'muted' }, t('noSteps'));
    return el('ul', { class: 'steps' }, steps.map(step => stepItem(step, holder, options)));
  }

  function stepItem(step, holder, options) {
    const late = isOpen(step) && step.dueDate && step.dueDate < today();
    const meta = [step.owner && step.owner.name, step.horizon && enumText('horizon', step.horizon)].filter(Boolean).join(' · ');
    const item = el('li', { class: 'step status-' + step.status.toLowerCase(), id: 'step-' + step.id },
      el('span', { class: 'step-title' }, step.title), ' ',
      badge(step.dueDate || '', late ? 'late' : isOpen(step) ? 'todo' : ''), ' ',
      badge(enumText('status', step.status), 'status'),
      meta ? el('div', { class: 'muted small' }, meta) : '');
    if (options.editable) item.append(stepControls(step, holder));
    if (options.comments && holder.role) {
      item.append(button(t('comments'), () => toggleThread(item, holder.path + '/next-steps/' + step.id + '/comments'), 'link'));
    }
    return item;
  }

  // Status applies at once; a due date waits for its button, since a date input reports every keystroke.
  function stepControls(step, holder) {
    const path = holder.path + '/next-steps/' + step.id;
    const patch = (body) => write(form, 'PATCH', path, body, step.etag);
    const status = select('status', STATUSES, step.status, v => enumText('status', v));
    const due = el('input', { name: 'dueDate', type: 'date', value: step.dueDate || null, 'aria-label': t('due') });
    status.setAttribute('aria-label', t('status'));
    status.addEventListener('change', () => patch({ status: status.value }));
    const form = el('form', { class: 'inline step-controls' }, status, due,
      button(t('reschedule'), () => due.value && due.value !== step.dueDate && patch({ dueDate: due.value })),
      isOpen(step) ? button(t('markDone'), () => patch({ status: 'DONE' })) : '');
    form.addEventListener('submit', (event) => event.preventDefault());
    return form;
  }

  // The add form stays folded so the table remains readable.
  function addStepBox(holder) {
    return el('details', { class: 'add-step' }, el('summary', {}, t('addStep')), stepForm(holder));
  }

  function stepForm(holder) {
    const owner = ownerChooser();
    const form = el('form', { class: 'row-form step-form' },
      field(t('title'), el('input', { name: 'title', required: 'required', maxlength: '200' })),
      field(t('due'), el('input', { name: 'dueDate', type: 'date', required: 'required' })),
      owner.node,
      el('div', {}, el('button', { type: 'submit' }, t('addStep'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const who = owner.value();
      if (!who) { showError(form, t('ownerIncomplete')); return; }
      write(form, 'POST', holder.path + '/next-steps', { title: value(form, 'title'), dueDate: value(form, 'dueDate'), owner: who });
    });
    return form;
  }

  // Who answers for a step: me (an empty owner), another member of the initiative, or a partner via a contact's email.
  function ownerChooser() {
    const choice = el('select', { name: 'owner' }, option('me', t('ownerMe')),
      activeMembers().filter(m => m.memberId !== me.id).map(m => option('member:' + m.memberId, m.name)),
      option('partner', t('ownerPartner')));
    let partner = null;
    const chosen = el('strong', {});
    const email = el('input', { type: 'email', name: 'ownerEmail', placeholder: t('partnerEmail'), maxlength: '320' });
    const partnerBox = el('div', { class: 'row-form', hidden: 'hidden' }, chosen,
      partnerPicker(p => { partner = p; chosen.textContent = p.name; }), email);
    choice.addEventListener('change', () => {
      partnerBox.hidden = choice.value !== 'partner';
      email.required = choice.value === 'partner';
    });
    const owner = () => {
      if (choice.value === 'me') return {};
      if (choice.value === 'partner') return partner && email.value.trim() ? { partnerId: partner.id, email: email.value.trim() } : null;
      const m = page.members.find(x => 'member:' + x.memberId === choice.value);
      return { memberId: m.memberId, name: m.name, email: m.email };
    };
    return { node: el('div', { class: 'row-form' }, field(t('owner'), choice), partnerBox), value: owner };
  }

  // Search-as-you-type over the network's partner directory; picking hands the partner to the caller.
  function partnerPicker(onPick) {
    const input = el('input', { type: 'search', placeholder: t('searchPartner'), autocomplete: 'off', 'aria-label': t('searchPartner') });
    const results = el('ul', { class: 'picker-results' });
    let timer = null;
    const pick = (partner) => { onPick(partner); input.value = ''; results.replaceChildren(); };
    const search = async () => {
      const q = input.value.trim();
      if (!q) { results.replaceChildren(); return; }
      const answer = await api('GET', '/api/networks/' + page.networkId + '/partners?size=10&q=' + encodeURIComponent(q));
      if (input.value.trim() !== q) return; // the user typed on; a newer search will answer
      const items = answer.status === 200 && answer.json && answer.json.items || [];
      results.replaceChildren(...(items.length
        ? items.map(p => el('li', {}, button(p.name, () => pick({ id: p.id, name: p.name }), 'link')))
        : [el('li', { class: 'muted' }, t('noPartner'))]));
    };
    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
    onEnter(input, () => { clearTimeout(timer); search(); });
    return el('div', { class: 'picker' }, input, results);
  }

  // Chosen partners shown as removable chips; `partners` is the caller's array, changed in place.
  function partnerChips(partners) {
    const list = el('ul', { class: 'chips' });
    const draw = () => list.replaceChildren(...partners.map((p, index) => el('li', {}, p.name, ' ',
      el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' ' + p.name,
        onclick: () => { partners.splice(index, 1); draw(); } }, '×'))));
    draw();
    return { node: list, add: (p) => { if (!partners.some(x => x.id === p.id)) { partners.push(p); draw(); } } };
  }

  function editRow(role, row) {
    const carriers = carrierEditor(role.carriers || []);
    const form = el('form', { class: 'row-form editing' },
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('who')), carriers.node),
      field(t('strengths') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'strengths' }, (role.strengths || []).join('\n'))),
      field(t('weaknesses') + ' (' + t('onePerLine') + ')', el('textarea', { name: 'weaknesses' }, (role.weaknesses || []).join('\n'))),
      el('div', { class: 'inline' }, el('button', { type: 'submit' }, t('save')), button(t('cancel'), () => route())));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const lines = (name) => value(form, name).split('\n').map(s => s.trim()).filter(Boolean);
      write(form, 'PATCH', page.base + '/worksheet/roles/' + role.key,
        { carriers: carriers.value(), strengths: lines('strengths'), weaknesses: lines('weaknesses') }, role.etag);
    });
    // The form takes the place of the three content cells while editing.
    row.cells[3].remove();
    row.cells[2].remove();
    row.cells[1].colSpan = 3;
    row.cells[1].replaceChildren(form);
  }

  function carrierEditor(initial) {
    const carriers = initial.map(c => Object.assign({}, c));
    const list = el('ul', { class: 'chips' });
    const draw = () => list.replaceChildren(...carriers.map((c, index) => el('li', {},
      c.name + ' (' + enumText('carrier', c.kind) + ') ',
      el('button', { type: 'button', class: 'link', title: t('remove'), 'aria-label': t('remove') + ' ' + c.name,
        onclick: () => { carriers.splice(index, 1); draw(); } }, '×'))));
    const add = (c) => { carriers.push(c); draw(); };
    const members = activeMembers();
    const memberSelect = el('select', { 'aria-label': t('memberCarrier') }, option('', t('chooseMember')),
      members.map(m => option(m.memberId, m.name)));
    const addMember = () => {
      const m = members.find(x => x.memberId === memberSelect.value);
      if (m) { add({ kind: 'MEMBER', memberId: m.memberId, name: m.name }); memberSelect.value = ''; }
    };
    const toFind = el('input', { placeholder: t('whoPlaceholder'), maxlength: '200', 'aria-label': t('toFindCarrier') });
    const addToFind = () => {
      const name = toFind.value.trim();
      if (name) { add({ kind: 'TO_FIND', name }); toFind.value = ''; }
    };
    onEnter(toFind, addToFind);
    draw();
    const node = el('div', { class: 'carrier-editor' }, list,
      field(t('partnerCarrier'), partnerPicker(p => add({ kind: 'PARTNER', partnerId: p.id, name: p.name }))),
      field(t('memberCarrier'), el('div', { class: 'inline' }, memberSelect, button(t('add'), addMember))),
      field(t('toFindCarrier'), el('div', { class: 'inline' }, toFind, button(t('add'), addToFind))));
    // The API wants only what identifies each kind of carrier.
    const input = (c) => c.kind === 'PARTNER' ? { kind: c.kind, partnerId: c.partnerId }
      : c.kind === 'MEMBER' ? { kind: c.kind, memberId: c.memberId, name: c.name } : { kind: c.kind, name: c.name };
    return { node, value: () => carriers.map(input) };
  }

  // ---- comments ----

  // A thread opens in place: as a full-width row under a role's row, or inside a step's item.
  function toggleThread(anchor, path) {
    if (anchor.threadNode) { anchor.threadNode.remove(); anchor.threadNode = null; return; }
    const thread = commentThread(path);
    if (anchor.tagName === 'TR') {
      anchor.threadNode = el('tr', { class: 'thread-row' }, el('td', { colspan: '5' }, thread));
      anchor.after(anchor.threadNode);
    } else {
      anchor.threadNode = thread;
      anchor.append(thread);
    }
  }

  function commentThread(path) {
    const list = el('ul', { class: 'comments' }, el('li', { class: 'muted' }, t('loading')));
    const load = async () => {
      const answer = await api('GET', path);
      const comments = answer.status === 200 && Array.isArray(answer.json) ? answer.json : [];
      list.replaceChildren(...(comments.length ? comments.map(commentItem) : [el('li', { class: 'muted' }, t('noComments'))]));
    };
    load();
    return el('div', { class: 'thread' }, el('h3', {}, t('comments')), list, commentForm(path, load));
  }

  function commentItem(c) {
    const mentions = c.mentions || [];
    return el('li', {}, el('strong', {}, c.authorName), ' ', el('span', { class: 'muted small' }, when(c.createdAt)),
      el('div', { class: 'comment-body' }, c.body),
      mentions.length ? el('div', { class: 'muted small' }, mentions.map(m => '@' + m.name).join(' ')) : '');
  }

  function commentForm(path, reload) {
    const others = activeMembers().filter(m => m.memberId !== me.id);
    const form = el('form', { class: 'row-form comment-form' },
      el('textarea', { name: 'body', required: 'required', maxlength: '4000', placeholder: t('writeComment'), 'aria-label': t('writeComment') }),
      others.length ? el('div', { class: 'inline' }, t('mention') + t('colon'), others.map(m => el('label', {},
        el('input', { type: 'checkbox', name: 'mention', value: m.memberId }), ' ' + m.name))) : '',
      el('div', {}, el('button', { type: 'submit' }, t('send'))));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const mentions = [...form.querySelectorAll('input[name=mention]:checked')].map(i => i.value);
      const answer = await api('POST', path, { body: value(form, 'body'), mentions });
      if (answer.status !== 201) { showError(form, answer); return; }
      form.reset();
      delete form.dataset.dirty; // the comment is sent: nothing left to protect from live updates
      reload();
    });
    return form;
  }

  // ---- step 2 ----

  function renderStep2Tab(content) {
    const editable = page.sheet.canEdit;
    const mature = page.sheet.maturity === 'MATURE';
    content.replaceChildren(el('section', { id: 'step2' },
      el('h2', {}, t('sharingTitle')), el('p', { class: 'muted' }, t('sharingHelp')),
      page.sheet.roles.map(role => sharingCard(role, editable)),
      el('h2', {}, t('poolingTitle')), poolingEditor(page.sheet.pooling || { intentions: [] }, editable),
      el('h2', {}, t('plansTitle')),
      mature ? page.sheet.plans.map(plan => planCard(plan, editable)) : el('p', { class: 'muted' }, t('plansMatureOnly'))));
  }

  function sharingCard(role, editable) {
    const sharing = role.sharing || { shared: false, tasks: [] };
    const card = el('div', { class: 'card', id: 'sharing-' + role.key }, el('h3', {}, roleName(role)));
    if (!editable) {
      card.append(el('p', {}, sharing.shared ? t('sharedYes') : t('sharedNo')),
        el('ul', {}, sharing.tasks.map(task => el('li', {}, task.task,
          (task.partnerNames || []).length ? ' — ' + task.partnerNames.join(', ') : ''))));
      return card;
    }
    const tasks = sharing.tasks.map(x => ({ task: x.task,
      partners: (x.partnerIds || []).map((id, i) => ({ id, name: (x.partnerNames || [])[i] || id })) }));
    const list = el('div', { class: 'row-form' });
    const draw = () => list.replaceChildren(...tasks.map((task, index) => taskEditor(task, () => { tasks.splice(index, 1); draw(); })));
    draw();
    const form = el('form', { class: 'row-form' },
      el('label', {}, el('input', { type: 'checkbox', name: 'shared', checked: sharing.shared ? 'checked' : null }), ' ' + t('shared')),
      list,
      el('div', { class: 'inline' }, button(t('addTask'), () => { tasks.push({ task: '', partners: [] }); draw(); }),
        el('button', { type: 'submit' }, t('save'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { shared: form.elements.namedItem('shared').checked,
        tasks: tasks.filter(x => x.task.trim()).map(x => ({ task: x.task.trim(), partnerIds: x.partners.map(p => p.id) })) };
      write(form, 'PUT', page.base + '/worksheet/roles/' + role.key + '/sharing', body, role.etag);
    });
    card.append(form);
    return card;
  }

  function taskEditor(task, remove) {
    const input = el('input', { value: task.task, placeholder: t('task'), 'aria-label': t('task'), maxlength: '300' });
    input.addEventListener('input', () => { task.task = input.value; });
    const chips = partnerChips(task.partners);
    return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, input, button(t('remove'), remove)),
      chips.node, partnerPicker(p => chips.add(p)));
  }

  function poolingEditor(pooling, editable) {
    const box = el('div', { class: 'card', id: 'pooling' });
    const intentions = pooling.intentions || [];
    if (!editable) {
      box.append(intentions.length ? el('ul', {}, intentions.map(i => el('li', {}, i.description,
        i.partnerName ? ' — ' + i.partnerName : '', (i.roles || []).length ? ' (' + i.roles.map(roleLabelOf).join(', ') + ')' : '')))
        : el('p', { class: 'muted' }, t('noIntentions')));
      return box;
    }
    const drafts = intentions.map(i => ({ description: i.description,
      partners: i.partnerId ? [{ id: i.partnerId, name: i.partnerName || i.partnerId }] : [], roles: (i.roles || []).slice() }));
    const list = el('div', { class: 'row-form' });
    const draw = () => list.replaceChildren(...(drafts.length
      ? drafts.map((d, index) => intentionEditor(d, () => { drafts.splice(index, 1); draw(); }))
      : [el('p', { class: 'muted' }, t('noIntentions'))]));
    draw();
    const form = el('form', { class: 'row-form' }, list,
      el('div', { class: 'inline' }, button(t('addIntention'), () => { drafts.push({ description: '', partners: [], roles: [] }); draw(); }),
        el('button', { type: 'submit' }, t('save'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = { intentions: drafts.filter(d => d.description.trim()).map(d => ({ description: d.description.trim(),
        partnerId: d.partners.length ? d.partners[0].id : null, roles: d.roles })) };
      write(form, 'PUT', page.base + '/worksheet/pooling', body, pooling.etag);
    });
    box.append(form);
    return box;
  }

  // One intention: a description, at most one partner, and the roles it serves.
  function intentionEditor(draft, remove) {
    const text = el('input', { value: draft.description, placeholder: t('description'), 'aria-label': t('description'), maxlength: '500' });
    text.addEventListener('input', () => { draft.description = text.value; });
    const chips = partnerChips(draft.partners);
    const roles = el('div', { class: 'inline' }, el('span', { class: 'field-label' }, t('roles')), page.sheet.roles.map(r => {
      const box = el('input', { type: 'checkbox', value: r.key, checked: draft.roles.includes(r.key) ? 'checked' : null });
      box.addEventListener('change', () => {
        draft.roles = box.checked ? draft.roles.concat(r.key) : draft.roles.filter(k => k !== r.key);
      });
      return el('label', {}, box, ' ' + roleName(r));
    }));
    return el('div', { class: 'subcard' }, el('div', { class: 'inline' }, text, button(t('remove'), remove)),
      el('div', { class: 'field' }, el('span', { class: 'field-label' }, t('partnerOptional')), chips.node,
        partnerPicker(p => { draft.partners.splice(0); chips.add(p); })),
      roles);
  }

  function planCard(plan, editable) {
    const holder = planHolder(plan.kind);
    const card = el('div', { class: 'card', id: 'plan-' + plan.kind }, el('h3', {}, lang === 'en' ? plan.labelEn : plan.labelFr));
    if (editable) {
      const form = el('form', { class: 'row-form' },
        field(t('notes'), el('textarea', { name: 'notes', maxlength: '8000' }, plan.notes || '')),
        el('div', {}, el('button', { type: 'submit' }, t('save'))));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        write(form, 'PUT', holder.path, { notes: value(form, 'notes') }, plan.etag);
      });
      card.append(form);
    } else {
      card.append(el('p', { class: 'notes' }, plan.notes || ''));
    }
    card.append(el('h4', {}, t('nextSteps')), stepList(plan.nextSteps, holder, { editable, comments: false }),
      editable ? addStepBox(holder) : '');
    return card;
  }

  // ---- members ----

  function renderMembersTab(content) {
    const manage = page.initiative.canManage;
    const headings = [t('name'), t('email'), t('role'), t('status')].concat(manage ? [''] : []);
    content.replaceChildren(el('section', { id: 'members' }, el('h2', {}, t('members')),
      page.members.length ? el('table', { class: 'list' },
        el('thead', {}, el('tr', {}, headings.map(h => el('th', {}, h)))),
        el('tbody', {}, page.members.map(m => memberRow(m, manage))))
        : el('p', { class: 'muted' }, t('noMembers')),
      manage ? inviteForm() : ''));
  }

  function memberRow(m, manage) {
    const path = page.base + '/members/' + m.id;
    const roleCell = el('td', {});
    if (manage) {
      const choice = select('role', PARTS, m.role, v => enumText('part', v));
      choice.setAttribute('aria-label', t('role') + ' ' + m.name);
      choice.addEventListener('change', () => write(roleCell, 'PATCH', path, { role: choice.value }));
      roleCell.append(choice);
    } else {
      roleCell.append(enumText('part', m.role));
    }
    const row = el('tr', { id: 'member-' + m.id }, el('td', {}, m.name), el('td', {}, m.email || ''), roleCell,
      el('td', {}, enumText('memberStatus', m.status)));
    if (manage) {
      const cell = el('td', {});
      cell.append(button(t('remove'), () => {
        if (confirm(fmt('confirmRemove', { name: m.name }))) write(cell, 'DELETE', path);
      }));
      row.append(cell);
    }
    return row;
  }

  function inviteForm() {
    const form = el('form', { class: 'row-form card', id: 'invite-form' }, el('h3', {}, t('invite')),
      el('div', { class: 'inline' },
        field(t('email'), el('input', { name: 'email', type: 'email', required: 'required', maxlength: '320' })),
        field(t('name'), el('input', { name: 'name', required: 'required', maxlength: '200' })),
        field(t('role'), select('role', PARTS, 'PARTNER', v => enumText('part', v))),
        field(t('language'), el('select', { name: 'language' }, option('fr', t('french'), lang === 'fr'), option('en', t('english'), lang === 'en')))),
      el('div', {}, el('button', { type: 'submit' }, t('invite'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'POST', page.base + '/members', { email: value(form, 'email'), name: value(form, 'name'),
        role: value(form, 'role'), language: value(form, 'language') });
    });
    return form;
  }

  // ---- versions ----

  async function renderVersionsTab(content) {
    const section = el('section', { id: 'versions' }, el('h2', {}, t('tab.versions')));
    content.replaceChildren(section);
    const answer = await api('GET', page.base + '/worksheet/versions');
    const versions = answer.status === 200 && Array.isArray(answer.json) ? answer.json : [];
    const view = el('div', { id: 'version-view' });
    const basedOn = versions.find(v => v.id === page.sheet.basedOnVersionId);
    section.append(
      basedOn ? el('p', { class: 'muted' }, fmt('basedOn', { number: basedOn.number })) : '',
      versions.length ? el('ul', { class: 'versions' }, versions.map(v => versionItem(v, view)))
        : el('p', { class: 'muted' }, t('noVersions')),
      page.initiative.canManage ? adoptForm() : '',
      view);
  }

  function versionItem(v, view) {
    return el('li', { id: 'version-' + v.id },
      el('strong', {}, t('version') + ' ' + v.number + ' — ' + v.name), ' ',
      el('span', { class: 'muted' }, (v.adoptedByName || '') + ', ' + when(v.adoptedAt)), ' ',
      button(t('view'), () => showVersion(v, view)), ' ',
      button(t('compare'), () => compareVersion(v, view)));
  }

  function adoptForm() {
    const form = el('form', { class: 'inline card', id: 'adopt-form' },
      field(t('versionName'), el('input', { name: 'name', required: 'required', maxlength: '120' })),
      el('button', { type: 'submit' }, t('adopt')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      write(form, 'POST', page.base + '/worksheet/versions', { name: value(form, 'name') });
    });
    return form;
  }

  async function showVersion(v, view) {
    const answer = await api('GET', page.base + '/worksheet/versions/' + v.id);
    if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
    view.replaceChildren(el('h3', {}, t('version') + ' ' + v.number + ' — ' + v.name),
      el('p', { class: 'muted' }, t('readOnly')),
      worksheetTable(answer.json, { editable: false, comments: false, id: 'version-worksheet', rowPrefix: 'version-role-' }));
  }

  async function compareVersion(v, view) {
    const answer = await api('GET', page.base + '/worksheet/versions/compare?from=' + encodeURIComponent(v.id) + '&to=current');
    if (answer.status !== 200) { view.replaceChildren(); showError(view, answer); return; }
    view.replaceChildren(comparison(answer.json, fmt('comparedWith', { number: v.number })));
  }

  // A diff reads as short sentences per role: "Strengths added: a, b".
  function comparison(diff, title) {
    const box = el('div', { class: 'card', id: 'comparison' }, el('h3', {}, title));
    if (diff.unchanged) { box.append(el('p', {}, t('unchanged'))); return box; }
    const section = (heading, lines) => lines.length ? [el('h4', {}, heading), el('ul', {}, lines.map(l => el('li', {}, l)))] : [];
    (diff.roles || []).forEach(r => box.append(...section(roleLabelOf(r.key), [
      ...listLines(r, ['carriersAdded', 'carriersRemoved', 'strengthsAdded', 'strengthsRemoved', 'weaknessesAdded', 'weaknessesRemoved']),
      ...stepsLines(r.nextSteps), ...(r.sharingChanged ? [t('sharingChanged')] : [])])));
    box.append(...section(t('pooling'), listLines(diff, ['poolingAdded', 'poolingRemoved'],
      { poolingAdded: '+ ', poolingRemoved: '− ' })));
    (diff.plans || []).forEach(p => box.append(...section(planLabelOf(p.kind),
      [...(p.notesChanged ? [t('notesChanged')] : []), ...stepsLines(p.nextSteps)])));
    return box;
  }

  function listLines(source, keys, prefixes) {
    return keys.filter(k => (source[k] || []).length)
      .map(k => (prefixes ? prefixes[k] : t(k) + t('colon')) + source[k].join(', '));
  }

  function stepsLines(steps) {
    if (!steps) return [];
    return listLines(steps, ['added', 'removed'], { added: t('stepsAdded') + t('colon'), removed: t('stepsRemoved') + t('colon') })
      .concat((steps.changed || []).length ? [t('stepsChanged') + t('colon') + steps.changed.map(c =>
        c.title + ' (' + (c.fields || []).map(f => enumText('field', f)).join(', ') + ')').join('; ')] : []);
  }

  // ---- history ----

  function renderHistoryTab(content) {
    const filter = el('select', { id: 'history-role' }, option('', t('allRoles')),
      page.sheet.roles.map(r => option(r.key, roleName(r), r.key === historyRole)));
    const list = el('ul', { class: 'history-list' });
    filter.addEventListener('change', () => { historyRole = filter.value; loadHistory(list); });
    content.replaceChildren(el('section', { id: 'history' }, el('h2', {}, t('tab.history')),
      field(t('filterRole'), filter), list));
    return loadHistory(list);
  }

  async function loadHistory(list) {
    const answer = await api('GET', page.base + '/worksheet/history?size=50'
      + (historyRole ? '&role=' + encodeURIComponent(historyRole) : ''));
    const items = answer.status === 200 && answer.json && answer.json.items || [];
    list.replaceChildren(...(items.length ? items.map(h => el('li', {}, [when(h.occurredAt), h.actorName || '?',
      enumText('event', h.type) + (h.role ? ' (' + roleLabelOf(h.role) + ')' : '')].join(' — ')))
      : [el('li', { class: 'muted' }, t('noHistory'))]));
  }

  start();
})();

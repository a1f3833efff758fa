// The debrief: what moved since the last adopted version, the totals, then the seed's three questions, each with the
// figures and charts behind it, the talking points written from them and the group's answer; the role table last.
import { t, fmt, phrase, when, language } from '../i18n.js';
import { api, problemText, showError } from '../api.js';
import { el, field, button, mark, scrollingTable, asCards } from '../dom.js';
import { roleName, inLanguage } from '../labels.js';
import { coverageOf } from './dashboard.js';
import { strengthsFigures, poolingFigures, planningFigures } from './debrief-figures.js';
import { selfAssessmentSection, afterRatingSaved } from './debrief-ratings.js';
import { sinceLastVersion } from './debrief-trend.js';

export async function renderDebriefTab(page, content) {
  const section = el('section', { id: 'debrief-tab' }, el('h2', {}, t('tab.debrief')));
  content.replaceChildren(section);
  const answer = await api('GET', page.base + '/debrief');
  if (!section.isConnected) return; // the user moved on, or a newer redraw replaced this one
  if (answer.status === 404) {
    // The debrief is built from events: a fresh initiative's may not exist yet.
    section.append(el('p', { class: 'muted', role: 'status' }, t('debriefPending'), ' ', button(t('reload'), () => page.ctx.route())));
    return;
  }
  if (answer.status !== 200) { section.append(el('p', { class: 'error', role: 'alert' }, problemText(answer))); return; }
  const d = answer.json;
  const roles = roleLabels(d.roles || []);
  const answers = Object.fromEntries((d.answers || []).map(a => [a.question, a]));
  const figures = {
    STRENGTHS_AND_WEAKNESSES: () => [strengthsFigures(d, roles), selfAssessmentSection(page, d, roles)],
    POOLED_RESOURCES: () => poolingFigures(d, roles, page.initiative),
    WHAT_COMES_NEXT: () => planningFigures(d, roles, page.initiative)
  };
  section.append(reportLinks(page), sinceLastVersion(d.sinceLastVersion, page.base), debriefTotals(d),
    el('h3', { class: 'sr-only' }, t('debriefQuestions')),
    ...Object.keys(figures).map(q => questionSection(page, d, q, answers[q], figures[q]())),
    el('h3', {}, t('debriefRoleTable')), debriefRoleTable(d.roles || []));
  afterRatingSaved(page);
}

/** Role keys to their names in the user's language, from the roles the debrief sends with both labels. */
function roleLabels(roles) {
  const names = Object.fromEntries(roles.map(r => [r.key, roleName(r)]));
  return (key) => names[key] || key;
}

function reportLinks(page) {
  const link = (lang) => el('a', { class: 'button secondary', id: 'debrief-report-' + lang, href: page.base + '/debrief/report.pdf?lang=' + lang,
    download: '', hreflang: lang }, t('debriefReport.' + lang));
  return el('p', { class: 'inline', id: 'debrief-report' }, el('span', { class: 'muted' }, t('debriefReport')), link(language()),
    link(language() === 'fr' ? 'en' : 'fr'));
}

/** One debrief question: its figures, then the group's answer beside the talking points that start the discussion. */
function questionSection(page, d, question, a, figures) {
  const text = a ? inLanguage(a, 'textFr', 'textEn') : question;
  const points = (d.talkingPoints || []).filter(p => p.question === question);
  return el('section', { class: 'debrief-question', id: 'debrief-' + question, 'aria-labelledby': 'heading-' + question },
    el('h3', { id: 'heading-' + question }, text), figures,
    // the talking points come first (beside the answer on a wide screen, above it on a phone): the group starts from evidence
    el('div', { class: 'answer-beside' },
      el('div', { class: 'talking-points card', role: 'note', id: 'points-' + question, 'aria-label': t('talkingPoints') + ' — ' + text },
        el('h4', {}, t('talkingPoints')),
        points.length ? el('ul', {}, points.map(p => el('li', { 'data-code': p.code }, inLanguage(p, 'textFr', 'textEn'))))
          : el('p', { class: 'muted' }, t('noTalkingPoints'))),
      a ? answerCard(page, a, page.initiative.canEdit) : ''));
}

function debriefTotals(d) {
  const stat = (id, number, label, late) => el('div', { class: 'stat' + (late ? ' late' : ''), id: 'stat-' + id },
    el('strong', {}, String(number)), ' ', el('span', {}, label));
  return el('div', { class: 'stats', id: 'debrief-totals' },
    stat('covered', d.coveredRoles + '/' + (d.roles || []).length, t('statCovered')),
    stat('to-find', d.rolesToFind, t('statToFind')),
    stat('shared', d.rolesShared, t('statShared')),
    stat('resources', d.rolesWithResources, t('statResources')),
    stat('open', d.openNextSteps, t('statOpen')),
    stat('overdue', d.overdueNextSteps, t('statOverdue'), d.overdueNextSteps > 0));
}

const DEBRIEF_COLUMNS = [['partners', 'partnersCol'], ['members', 'membersCol'], ['toFind', 'toFindCol'],
  ['covered', 'coveredCol'], ['shared', 'sharedCol'], ['poolingIntentions', 'intentionsCol'],
  ['resourcesSecured', 'securedCol'], ['resourcesProposed', 'proposedCol'], ['openNextSteps', 'openCol'],
  ['overdueNextSteps', 'overdueCol'], ['doneNextSteps', 'doneCol']];

// Yes/no columns read as marks; counts as numbers, an overdue count in red.
function debriefCell(r, key) {
  const x = r[key];
  if (typeof x === 'boolean') return el('td', { class: 'flag' }, mark(x ? '✓' : '–', x ? t('yes') : t('no'), 'yes-no'));
  return el('td', { class: 'num' + (key === 'overdueNextSteps' && x > 0 ? ' late' : '') }, String(x));
}

function debriefRoleTable(roles) {
  return scrollingTable(t('tab.debrief'), asCards(el('table', { class: 'list debrief-roles', id: 'debrief-roles' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('role')),
      DEBRIEF_COLUMNS.map(([, label]) => el('th', { scope: 'col' }, t(label))))),
    el('tbody', {}, roles.map(r => el('tr', { id: 'debrief-role-' + r.key, class: 'coverage-' + coverageOf(r) },
      el('th', { scope: 'row' }, roleName(r)), DEBRIEF_COLUMNS.map(([key]) => debriefCell(r, key))))))));
}

// One question's answer; editors write it in place, readers see it.
function answerCard(page, a, editable, message) {
  const question = inLanguage(a, 'textFr', 'textEn');
  const card = el('div', { class: 'card answer', id: 'question-' + a.question }, el('h4', {}, t('groupAnswer')));
  const byline = a.answer ? el('p', { class: 'muted small' },
    phrase('answeredBy', { name: a.answeredByName || t('someone'), when: when(a.answeredAt) })) : '';
  if (!editable) {
    card.append(a.answer ? el('p', { class: 'notes' }, a.answer) : el('p', { class: 'muted' }, t('noAnswer')), byline);
  } else {
    card.append(byline, answerForm(page, a, card, question));
  }
  if (message) card.append(el('p', { class: 'saved', role: 'status' }, message));
  return card;
}

// The answer is written against the version read (If-Match). When someone answered meanwhile (412), their answer
// shows above the user's draft, which stays, and the next save goes against their version: nobody's words are lost.
function answerForm(page, a, card, question) {
  let etag = a.etag;
  const text = el('textarea', { name: 'answer', maxlength: '8000', rows: '5' }, a.answer || '');
  const conflict = el('div', { class: 'notice conflict', role: 'alert', hidden: 'hidden' });
  const form = el('form', { class: 'row-form', id: 'answer-' + a.question, 'aria-label': question }, conflict,
    field(fmt('answerTo', { question }), text), el('div', {}, el('button', { type: 'submit', 'aria-label': t('saveAnswer') + ' — ' + question },
      t('saveAnswer'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await api('PUT', page.base + '/debrief/answers/' + a.question, { answer: text.value },
      etag ? { 'If-Match': etag } : undefined);
    if (answer.status === 200) {
      const saved = Object.assign({ etag: answer.etag }, answer.json);
      card.replaceWith(answerCard(page, saved, true, t('answerSaved')));
      return;
    }
    const current = answer.status === 412 && answer.json && answer.json.current;
    if (!current) { showError(form, answer, { answer: t('groupAnswer') }); return; }
    etag = current.etag || answer.etag;
    showConflict(conflict, current, text);
  });
  return form;
}

function showConflict(box, current, text) {
  const theirs = current.answer || '';
  box.replaceChildren(
    el('p', {}, phrase('answerConflict', { name: current.answeredByName || t('someone') })),
    el('blockquote', { class: 'notes their-answer' }, theirs),
    current.answeredAt ? el('p', { class: 'muted small' }, when(current.answeredAt)) : '',
    el('div', { class: 'inline' },
      button(t('useTheirs'), () => { text.value = theirs; }),
      button(t('appendTheirs'), () => { text.value = [text.value.trim(), theirs.trim()].filter(Boolean).join('\n\n'); })));
  box.hidden = false;
}

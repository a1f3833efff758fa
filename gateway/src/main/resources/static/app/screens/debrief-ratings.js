// The group's own view: each member rates each role from 1 to 5 with a word of why. The debrief shows the spread of
// the ratings beside what the worksheet says, and the reader's own ratings to edit (when the API says they may rate).
import { t, fmt, formatNumber, enumText } from '../i18n.js';
import { api, showError } from '../api.js';
import { el, field, checkbox } from '../dom.js';
import { chartFigure, dataTable, spread } from '../charts.js';

export function selfAssessmentSection(page, d, roles) {
  const s = d.selfAssessment;
  if (!s) return '';
  const disagreement = new Set(s.mostDisagreement || []);
  const drawing = spread(s.roles, r => roles(r.role) + (disagreement.has(r.role) ? ' ⚠' : ''), r => r.ratings.map(x => x.score), r => r.average);
  const numbers = (x) => x === null || x === undefined ? '–' : formatNumber(x);
  const table = dataTable(t('chart.ratings'), [t('role'), t('ratings.count'), t('ratings.average'), t('ratings.spread'),
    t('ratings.lowest'), t('ratings.highest'), t('ratings.worksheet'), t('ratings.disagreement')],
  s.roles.map(r => [roles(r.role), r.count, numbers(r.average), r.count ? numbers(r.spread) : '–', numbers(r.lowest), numbers(r.highest),
    enumText('cover', r.worksheetCover) + ', ' + enumText('balance', r.worksheetBalance), disagreement.has(r.role) ? t('yes') : t('no')]));
  return el('div', { class: 'debrief-figures', id: 'self-assessment' },
    el('h4', {}, t('selfAssessment')), el('p', { class: 'muted small' }, t('selfAssessment.help')),
    chartFigure('chart-ratings', t('chart.ratings'), t('chart.ratingsNote'), drawing, table, true),
    s.mostDisagreement && s.mostDisagreement.length ? el('p', { class: 'notice', id: 'most-disagreement' },
      '⚠ ' + fmt('ratings.mostDisagreement', { roles: s.mostDisagreement.map(roles).join(', ') })) : '',
    reasons(s, roles),
    s.canRate ? myRatings(page, s, roles) : el('p', { class: 'muted small', id: 'cannot-rate' }, t('ratings.onlyMembers')));
}

/** Every rating's word of why, with the rater's name where the API gives it. */
function reasons(s, roles) {
  const rated = s.roles.filter(r => r.ratings.some(x => x.why));
  if (!rated.length) return '';
  return el('details', { class: 'rating-reasons' }, el('summary', {}, t('ratings.reasons')),
    el('dl', {}, rated.map(r => [el('dt', {}, roles(r.role)), r.ratings.filter(x => x.why).map(x =>
      el('dd', {}, x.score + '/5 — ' + x.why + ' (' + (x.by || t('ratings.aMember')) + ')'))])));
}

/** The reader's own rating of each role: a score, a word of why, and whether guests may see their name. */
function myRatings(page, s, roles) {
  const next = (m) => { const i = s.mine.indexOf(m); return (s.mine.slice(i + 1).find(x => !x.score) || m).role; };
  return el('details', { class: 'my-ratings card', id: 'my-ratings', open: s.mine.some(m => m.score) ? null : 'open' },
    el('summary', {}, t('ratings.mine')),
    el('div', { class: 'my-ratings-grid' }, s.mine.map(m => ratingForm(page, m, roles, next(m)))));
}

/**
 * After a rating is saved the debrief is drawn again: the reader's ratings stay open, the saved one says so, and the
 * next role still to rate comes into view with its score focused, so rating six roles on a phone is six taps in place.
 */
export function afterRatingSaved(page) {
  const rated = page.ctx.afterRating;
  page.ctx.afterRating = null;
  const box = document.getElementById('my-ratings');
  if (!rated || !box) return;
  box.open = true;
  const saved = document.getElementById('rate-' + rated.saved);
  if (saved) saved.append(el('p', { class: 'muted small', role: 'status' }, t('ratings.saved')));
  const next = document.getElementById('rate-' + rated.next) || saved;
  if (!next) return;
  next.scrollIntoView({ block: 'center' });
  next.elements.namedItem('score').focus({ preventScroll: true });
}

function ratingForm(page, m, roles, nextRole) {
  const name = roles(m.role);
  const score = el('select', { name: 'score' }, el('option', { value: '' }, t('ratings.choose')),
    [1, 2, 3, 4, 5].map(n => el('option', { value: String(n), selected: m.score === n ? 'selected' : null }, n + ' — ' + t('ratings.level.' + n))));
  const why = el('input', { name: 'why', maxlength: '280', value: m.why || '' });
  const form = el('form', { class: 'row-form rating-form', id: 'rate-' + m.role, 'aria-label': fmt('ratings.rate', { role: name }) },
    el('strong', {}, name), field(t('ratings.score'), score), field(t('ratings.why'), why),
    checkbox('showName', m.showName, t('ratings.showName')),
    el('div', {}, el('button', { type: 'submit', 'aria-label': t('ratings.save') + ' — ' + name }, t('ratings.save'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!score.value) { showError(form, t('ratings.chooseFirst')); return; }
    const answer = await api('PUT', page.base + '/debrief/self-assessment/' + m.role,
      { score: Number(score.value), why: why.value, showName: form.elements.namedItem('showName').checked }, { 'If-Match': m.etag });
    if (answer.status === 200) { page.ctx.afterRating = { saved: m.role, next: nextRole }; page.ctx.route(); return; }
    if (answer.status === 412) { showError(form, t('ratings.stale')); return; }
    showError(form, answer, { score: t('ratings.score'), why: t('ratings.why') });
  });
  return form;
}

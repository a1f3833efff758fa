// Home: my open steps across every initiative (overdue first), then the member's networks.
import { t, day, enumText } from '../i18n.js';
import { api, problemText } from '../api.js';
import { el, badge } from '../dom.js';
import { networkHash, stepHash } from '../links.js';

export async function showHome(ctx) {
  const token = ++ctx.renderToken;
  const steps = el('section', { class: 'card', id: 'my-steps', 'aria-labelledby': 'my-steps-title' },
    el('h2', { id: 'my-steps-title' }, t('mySteps')), el('p', { class: 'muted' }, t('loading')));
  ctx.main.replaceChildren(steps, el('h1', {}, t('networks')),
    el('ul', { class: 'networks', id: 'networks' }, ctx.me.networks.map(n =>
      el('li', {}, el('a', { href: networkHash(n.id) }, n.name), ' ',
        el('span', { class: 'badge' }, n.role === 'ADMIN' ? t('admin') : t('member'))))));
  const answer = await api('GET', '/api/me/next-steps?size=100');
  if (token !== ctx.renderToken) return;
  const title = steps.firstChild;
  if (answer.status !== 200) { steps.replaceChildren(title, el('p', { class: 'error', role: 'alert' }, problemText(answer))); return; }
  const items = answer.json.items || [];
  const overdue = items.filter(s => s.overdue);
  const upcoming = items.filter(s => !s.overdue);
  const list = (id, heading, group) => group.length ? [el('h3', { id: id + '-title' }, heading, ' ', badge(String(group.length), id === 'overdue' ? 'late' : '')),
    el('ul', { class: 'my-steps', id, 'aria-labelledby': id + '-title' }, group.map(s => myStep(ctx, s)))] : '';
  steps.replaceChildren(...[title, items.length ? '' : el('p', { class: 'muted' }, t('noMySteps')),
    list('overdue', t('overdueSteps'), overdue), list('upcoming', t('upcomingSteps'), upcoming)].flat());
}

function myStep(ctx, s) {
  const network = (ctx.me.networks || []).find(n => n.id === s.networkId);
  const where = s.role ? enumText('roleShort', s.role) : s.plan ? enumText('plan', s.plan) : '';
  return el('li', { class: s.overdue ? 'late' : null },
    el('a', { href: stepHash(s.networkId, s.initiativeId, s.plan ? 'step2' : 'worksheet', s.id) }, s.title), ' ',
    el('time', { datetime: s.dueDate }, badge(day(s.dueDate), s.overdue ? 'late' : 'todo')),
    el('div', { class: 'muted small' }, [s.initiativeName, where, network && network.name].filter(Boolean).join(' · ')));
}

// Routes live in the URL's hash (#/networks/<id>/initiatives/<id>/<tab>): each names one screen and its arguments.
import { closeLive } from './live.js';
import { showHome } from './screens/home.js';
import { showNetwork } from './screens/network.js';
import { showPreferences } from './screens/preferences.js';
import { showMailLog } from './screens/mail-log.js';
import { showDirectory } from './screens/directory.js';
import { showPartner } from './screens/partner.js';
import { showInitiative, TABS } from './screens/initiative.js';
import { showNotFound } from './screens/not-found.js';

/** Draws the screen the hash names; the initiative screen keeps its live stream across its tabs. */
export function route(ctx) {
  // a second '#' names a place in the screen: '…/worksheet#step-<id>' opens the worksheet at that step (mails,
  // the timeline and "my steps" link there)
  const [path, place] = location.hash.replace(/^#\/?/, '').split('#');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'networks' && parts[2] === 'initiatives' && parts[3] && parts.length <= 5) {
    if (parts[4] && !TABS.includes(parts[4])) return notFound(ctx);
    if (place && /^step-[\w-]+$/.test(place)) ctx.focusAfter = place;
    return showInitiative(ctx, parts[1], parts[3], parts[4] || 'worksheet');
  }
  closeLive(ctx);
  ctx.page = null;
  if (parts[0] === 'networks' && parts[1] && parts[2] === 'partners' && parts.length <= 4) {
    return parts[3] ? showPartner(ctx, parts[1], parts[3]) : showDirectory(ctx, parts[1]);
  }
  if (parts[0] === 'networks' && parts[1] && parts[2] === 'mail-log' && parts.length === 3) return showMailLog(ctx, parts[1]);
  if (parts[0] === 'preferences' && parts.length === 1) return showPreferences(ctx);
  if (parts[0] === 'networks' && parts[1] && parts.length === 2) return showNetwork(ctx, parts[1]);
  if (parts.length === 0) return showHome(ctx);
  return notFound(ctx);
}

function notFound(ctx) {
  closeLive(ctx);
  ctx.page = null;
  return showNotFound(ctx);
}

// Where each screen lives in the URL's hash.
export const networkHash = (networkId) => '#/networks/' + networkId;
export const initiativeHash = (networkId, initiativeId, tab) =>
  networkHash(networkId) + '/initiatives/' + initiativeId + (tab ? '/' + tab : '');
export const directoryHash = (networkId) => networkHash(networkId) + '/partners';
export const partnerHash = (networkId, partnerId) => directoryHash(networkId) + '/' + partnerId;
export const mailLogHash = (networkId) => networkHash(networkId) + '/mail-log';
/** A step where it stands: its tab opens, scrolled to the step, focused and marked. */
export const stepHash = (networkId, initiativeId, tab, stepId) => initiativeHash(networkId, initiativeId, tab) + '#step-' + stepId;

/**
 * What the content script and its lazily loaded UI share: the global the UI
 * registers itself under (both run in the content script's isolated world),
 * and the tooltip host's id, needed before the UI is loaded. Values only:
 * importing this module pulls nothing else into the content script.
 */
export const UI_GLOBAL = '__glossaContentUi';
export const UI_PATH = '/content-ui.js';
export const HOST_ID = 'glossa-tooltip';

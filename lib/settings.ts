/**
 * Settings in browser.storage.local, as versioned WXT storage items
 * (@wxt-dev/storage: typed items with `version` and `migrations`, chosen so
 * later schema changes migrate stored values instead of dropping them).
 */
import { storage } from 'wxt/utils/storage';

/** Whether annotation is on. Applied live to open tabs. */
export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: true,
  version: 1,
});

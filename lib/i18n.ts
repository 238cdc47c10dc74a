/**
 * Language of glossary content: the browser UI language (ja or en). UI
 * strings come from _locales through browser.i18n.
 */
import { browser } from 'wxt/browser';
import type { Bilingual } from './glossary/schema';

export type Lang = 'en' | 'ja';

export function uiLang(): Lang {
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
  } catch {
    return 'en';
  }
}

export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A UI string from _locales; the key itself if missing (so a gap shows, not a blank). */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
}

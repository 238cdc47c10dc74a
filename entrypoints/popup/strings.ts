/**
 * UI strings in the language the reader chose in the options (auto, en,
 * ja). browser.i18n only speaks the browser's language, so for the other
 * one the extension's own _locales file is read from the extension package
 * (a chrome-extension:// / moz-extension:// URL: nothing leaves the
 * machine). Used by the popup and the options page.
 */
import { browser } from 'wxt/browser';
import { t as browserT, uiLang, type Lang } from '../../lib/i18n';
import { readOptions, resolveLanguage } from '../../lib/settings';

export type Translate = (key: string, substitutions?: string | string[]) => string;

type Messages = Record<string, { message: string } | undefined>;

/** Chrome's substitution rules for $1…$9 and $$. */
function substitute(message: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
}

/** A translator for `lang`: browser.i18n when it already speaks it, else the packaged messages. */
export async function translatorFor(lang: Lang): Promise<Translate> {
  if (lang === uiLang()) return browserT;
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json`));
    const messages = (await response.json()) as Messages;
    return (key, substitutions) => {
      const entry = messages[key];
      return entry ? substitute(entry.message, substitutions) : browserT(key, substitutions);
    };
  } catch {
    return browserT;
  }
}

/** The language the options ask for, and its translator. */
export async function chosenLanguage(): Promise<{ lang: Lang; t: Translate }> {
  const options = await readOptions();
  const lang = resolveLanguage(options.language, uiLang());
  return { lang, t: await translatorFor(lang) };
}

/**
 * Glossa's one language service: option → language → translator, for every
 * surface (tooltip and action bar, popup, side panel, library, options, PDF reader).
 *
 * - The language is worked out here and nowhere else: the reader's option
 *   (`auto`, `en`, `ja`; lib/settings.ts), `auto` meaning the language the
 *   browser serves our _locales in (browserLang()).
 * - Strings stay in one place, public/_locales/{en,ja}/messages.json.
 *   browser.i18n speaks only the browser's language and cannot switch, so
 *   for the other language the packaged messages.json is loaded (from the
 *   extension's own files: nothing leaves the machine) and read with
 *   Chrome's substitution rules.
 * - `t(key, substitutions)` is synchronous and always answers in the current
 *   language: code that adds a string adds its key to both messages.json
 *   files and calls t(). Views re-render on onLanguageChange() (Preact pages:
 *   useLanguage() in lib/use-language.ts).
 *
 * Each JavaScript context (a page, the content script's UI, the background)
 * has its own copy of this module and starts it once with startLanguage().
 */
import { browser } from 'wxt/browser';
import type { Bilingual } from './glossary/schema';
import { readOptions, watchOptions, type LanguageOption } from './settings';

export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

/** A translator: the message of `key` in one language, with $1…$9 filled in; the key itself when missing. */
export type Translate = (key: string, substitutions?: string | string[]) => string;

/** The shape of a _locales messages.json file. */
export type Messages = Record<string, { message: string } | undefined>;

/** Loads the messages of a language (the default reads the packaged file; content scripts ask the background). */
export type MessageLoader = (lang: Lang) => Promise<Messages>;

declare module './messaging' {
  interface ProtocolMap {
    /** The packaged messages.json of a language, for the content script's UI (which cannot read the package itself). */
    'bg:getMessages': { request: { lang: Lang }; response: Messages };
  }
}

export const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'ja';

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/**
 * The language the browser serves our _locales in. Read from the sentinel
 * message `i18n_lang` ("en" in en/messages.json, "ja" in ja/): that is the
 * language browser.i18n.getMessage() actually answers in, which
 * getUILanguage() does not always report (Chromium started with --lang=ja
 * serves the ja messages and still reports en-US).
 */
export function browserLang(): Lang {
  try {
    const served = browser.i18n.getMessage('i18n_lang' as never);
    if (isLang(served)) return served;
  } catch {
    // No i18n API (a unit test's fake browser): fall through.
  }
  try {
    return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
  } catch {
    return 'en';
  }
}

/** The language a reader's option asks for: the option itself, or the browser's for `auto`. */
export function languageFor(option: LanguageOption, browserLanguage: Lang): Lang {
  return option === 'auto' ? browserLanguage : option;
}

/** Chrome's substitution rules for $1…$9 and $$ (a missing substitution becomes ""). */
export function substitute(message: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return message.replace(/\$(\$|[1-9])/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
}

/** A translator over loaded messages; keys they lack go to `fallback`. */
export function translator(messages: Messages, fallback: Translate): Translate {
  return (key, substitutions) => {
    const entry = Object.hasOwn(messages, key) ? messages[key] : undefined;
    return entry ? substitute(entry.message, substitutions) : fallback(key, substitutions);
  };
}

/** browser.i18n's translator (the browser's language); the key itself if missing, so a gap shows, not a blank. */
export const browserTranslate: Translate = (key, substitutions) => {
  try {
    return browser.i18n.getMessage(key as never, substitutions) || key;
  } catch {
    return key;
  }
};

/** The packaged messages.json of a language, read from the extension's own files (extension pages, the background). */
export const packagedMessages: MessageLoader = async (lang) => {
  const response = await fetch(browser.runtime.getURL(`/_locales/${lang}/messages.json` as '/'));
  if (!response.ok) throw new Error(`messages.json of ${lang}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
};

// ---------------------------------------------------------------------------
// The service: one current language and translator per JavaScript context.

interface Current {
  lang: Lang;
  t: Translate;
}

let current: Current | undefined;
let loader: MessageLoader = packagedMessages;
const translators = new Map<Lang, Promise<Translate>>();
const listeners = new Set<(lang: Lang) => void>();

function now(): Current {
  current ??= { lang: browserLang(), t: browserTranslate };
  return current;
}

/** The current language. */
export function currentLang(): Lang {
  return now().lang;
}

/** A UI string in the current language (see the module comment). */
export function t(key: string, substitutions?: string | string[]): string {
  return now().t(key, substitutions);
}

/**
 * A translator for any language, loaded once per context: browser.i18n when
 * the browser already speaks it, else the packaged messages (falling back to
 * browser.i18n for a key they lack, and entirely if they cannot be loaded).
 */
export function translatorFor(lang: Lang): Promise<Translate> {
  if (lang === browserLang()) return Promise.resolve(browserTranslate);
  let loading = translators.get(lang);
  if (!loading) {
    loading = loader(lang).then(
      (messages) => translator(messages, browserTranslate),
      () => {
        translators.delete(lang); // try again next time
        return browserTranslate;
      },
    );
    translators.set(lang, loading);
  }
  return loading;
}

/** Makes a language current (once its messages are loaded) and tells every listener. */
export async function setLanguage(wanted: Lang): Promise<void> {
  const translate = await translatorFor(wanted);
  // Messages that could not be loaded leave the browser's: say so, rather than claim `wanted`.
  const lang = translate === browserTranslate ? browserLang() : wanted;
  const changed = now().lang !== lang || now().t !== translate;
  current = { lang, t: translate };
  if (changed) for (const listener of [...listeners]) listener(lang);
}

/** Calls `cb` after every change of language; returns the function that stops it. */
export function onLanguageChange(cb: (lang: Lang) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export interface StartOptions {
  /** How messages.json of a language is loaded (default: the packaged file). */
  loader?: MessageLoader;
  /**
   * An extension page: its <html lang> follows the language, and its title
   * becomes this message.
   */
  page?: { document: Document; titleKey?: string };
}

export interface LanguageService {
  /** Resolves with the first language once its messages are loaded. */
  ready: Promise<Lang>;
  stop(): void;
}

/**
 * Starts the service in this context: reads the option, loads its language
 * and follows later changes of the option live.
 */
export function startLanguage(options: StartOptions = {}): LanguageService {
  if (options.loader) {
    loader = options.loader;
    translators.clear();
  }
  const page = options.page;
  const applyPage = (lang: Lang) => {
    if (!page) return;
    page.document.documentElement.lang = lang;
    if (page.titleKey) page.document.title = t(page.titleKey);
  };
  const stopPage = onLanguageChange(applyPage);
  let latest = 0;
  const follow = async (option: LanguageOption) => {
    const run = ++latest;
    const lang = languageFor(option, browserLang());
    await translatorFor(lang);
    // A quicker later change wins over a slower earlier one.
    if (run === latest) await setLanguage(lang);
    return currentLang();
  };
  const unwatch = watchOptions((value) => void follow(value.language));
  const ready = readOptions()
    .then((value) => follow(value.language))
    .catch(() => currentLang())
    .then((lang) => {
      applyPage(lang);
      return lang;
    });
  return {
    ready,
    stop() {
      unwatch();
      stopPage();
    },
  };
}

/** For tests: forget the current language, loaded translators, listeners and loader. */
export function resetLanguageForTests(): void {
  current = undefined;
  loader = packagedMessages;
  translators.clear();
  listeners.clear();
}

/**
 * The language service (lib/i18n.ts) on WXT's fake browser with real
 * storage items and the real _locales files: the option decides the
 * language, `auto` follows the language the browser serves our messages
 * in, t() answers in that language with Chrome's substitution rules, and a
 * change of the option reaches every listener live. The browser's own
 * i18n is played by the messages.json of the language it "speaks".
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type I18n = typeof import('../../lib/i18n');
type Messages = import('../../lib/i18n').Messages;

const messages = (lang: string): Messages =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));
const EN = messages('en');
const JA = messages('ja');

/** The browser's i18n, speaking `lang` (getUILanguage may say otherwise, as Chromium's --lang does). */
function browserSpeaks(lang: 'en' | 'ja', uiLanguage = 'en-US') {
  const served = lang === 'ja' ? JA : EN;
  const i18n = fakeBrowser.i18n as unknown as Record<string, unknown>;
  i18n.getMessage = (key: string, subs?: string | string[]) => {
    const entry = served[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return entry.message.replace(/\$([1-9])/g, (_: string, n: string) => list[Number(n) - 1] ?? '');
  };
  i18n.getUILanguage = () => uiLanguage;
}

/** Reads the packaged files from disk, counting loads. */
function diskLoader() {
  const loads: string[] = [];
  const loader = async (lang: 'en' | 'ja') => {
    loads.push(lang);
    return messages(lang);
  };
  return { loader, loads };
}

async function load(): Promise<{ i18n: I18n; settings: typeof import('../../lib/settings') }> {
  vi.resetModules();
  const i18n = await import('../../lib/i18n');
  const settings = await import('../../lib/settings');
  return { i18n, settings };
}

beforeEach(() => {
  fakeBrowser.reset();
  browserSpeaks('en');
});

describe('pure parts', () => {
  it('substitutes $1…$9 and $$ as Chrome does', async () => {
    const { i18n } = await load();
    expect(i18n.substitute('$1 of $2 ($$)', ['3', '5'])).toBe('3 of 5 ($)');
    expect(i18n.substitute('only $1', 'one')).toBe('only one');
    expect(i18n.substitute('missing $2', ['a'])).toBe('missing ');
  });

  it('resolves the option: en and ja as chosen, auto as the browser', async () => {
    const { i18n } = await load();
    expect(i18n.languageFor('auto', 'ja')).toBe('ja');
    expect(i18n.languageFor('auto', 'en')).toBe('en');
    expect(i18n.languageFor('en', 'ja')).toBe('en');
    expect(i18n.languageFor('ja', 'en')).toBe('ja');
  });

  it('a translator reads loaded messages and hands unknown keys to its fallback', async () => {
    const { i18n } = await load();
    const t = i18n.translator(JA, (key) => `<${key}>`);
    expect(t('optionsTitle')).toBe('Glossa の設定');
    expect(t('tooltipClaims', '3')).toBe('関連する知見：3件');
    expect(t('noSuchKey')).toBe('<noSuchKey>');
    expect(t('toString')).toBe('<toString>');
  });
});

describe('the browser language', () => {
  it('is the language the browser serves our messages in, even when getUILanguage says otherwise', async () => {
    browserSpeaks('ja', 'en-US');
    const { i18n } = await load();
    expect(i18n.browserLang()).toBe('ja');
  });

  it('falls back to getUILanguage, then English', async () => {
    const { i18n } = await load();
    const api = fakeBrowser.i18n as unknown as Record<string, unknown>;
    api.getMessage = () => '';
    api.getUILanguage = () => 'ja-JP';
    expect(i18n.browserLang()).toBe('ja');
    api.getUILanguage = () => {
      throw new Error('none');
    };
    expect(i18n.browserLang()).toBe('en');
  });
});

describe('the service', () => {
  it('answers in the browser language before it starts, without loading anything', async () => {
    browserSpeaks('ja');
    const { i18n } = await load();
    expect(i18n.currentLang()).toBe('ja');
    expect(i18n.t('optionsTitle')).toBe('Glossa の設定');
    expect(i18n.t('noSuchKey')).toBe('noSuchKey');
  });

  it('follows the option: Japanese in an English browser, from the packaged messages', async () => {
    const { i18n, settings } = await load();
    await settings.updateOptions({ language: 'ja' });
    const { loader, loads } = diskLoader();
    const doc = { documentElement: { lang: '' }, title: '' } as unknown as Document;
    const service = i18n.startLanguage({ loader, page: { document: doc, titleKey: 'optionsTitle' } });
    expect(await service.ready).toBe('ja');
    expect(i18n.currentLang()).toBe('ja');
    expect(i18n.t('optionsTitle')).toBe('Glossa の設定');
    expect(i18n.t('popupShowAllClaims', '12')).toBe('知見をすべて表示（12件）');
    expect(doc.documentElement.lang).toBe('ja');
    expect(doc.title).toBe('Glossa の設定');
    expect(loads).toEqual(['ja']);
    service.stop();
  });

  it('with auto, speaks the browser language and loads nothing', async () => {
    browserSpeaks('ja');
    const { i18n } = await load();
    const { loader, loads } = diskLoader();
    const service = i18n.startLanguage({ loader });
    expect(await service.ready).toBe('ja');
    expect(i18n.t('optionsTitle')).toBe('Glossa の設定');
    expect(loads).toEqual([]);
    service.stop();
  });

  it('changes live when the option changes, telling every listener once per change', async () => {
    const { i18n, settings } = await load();
    const { loader, loads } = diskLoader();
    const doc = { documentElement: { lang: '' }, title: '' } as unknown as Document;
    const service = i18n.startLanguage({ loader, page: { document: doc, titleKey: 'libraryTitle' } });
    expect(await service.ready).toBe('en');
    const heard: string[] = [];
    const stop = i18n.onLanguageChange((lang) => heard.push(`${lang}:${i18n.t('optionsTitle')}`));
    await settings.updateOptions({ language: 'ja' });
    await vi.waitFor(() => expect(heard).toEqual(['ja:Glossa の設定']));
    expect(doc.documentElement.lang).toBe('ja');
    expect(doc.title).toBe(JA.libraryTitle!.message);
    await settings.updateOptions({ language: 'auto' });
    await vi.waitFor(() => expect(heard).toEqual(['ja:Glossa の設定', 'en:Glossa options']));
    // Changing another option does not re-announce the language.
    await settings.updateOptions({ textSize: 130 });
    await settings.updateOptions({ language: 'ja' });
    await vi.waitFor(() => expect(heard).toHaveLength(3));
    expect(loads).toEqual(['ja']); // loaded once, reused
    stop();
    service.stop();
  });

  it('falls back to the browser language when the messages cannot be loaded, and tries again later', async () => {
    const { i18n, settings } = await load();
    await settings.updateOptions({ language: 'ja' });
    let fail = true;
    const service = i18n.startLanguage({
      loader: async (lang) => {
        if (fail) throw new Error('offline');
        return messages(lang);
      },
    });
    expect(await service.ready).toBe('en');
    expect(i18n.t('optionsTitle')).toBe('Glossa options');
    fail = false;
    expect((await i18n.translatorFor('ja'))('optionsTitle')).toBe('Glossa の設定');
    service.stop();
  });
});

/**
 * Settings as versioned WXT storage items, on WXT's fake browser: the
 * existing on/off item is unchanged; options default sensibly, store every
 * change, survive damaged values field by field, record their schema
 * version on first write and run a later version's migration on the values
 * written today.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from '@wxt-dev/storage';
import { CATEGORIES } from '../../lib/glossary/schema';

type Settings = typeof import('../../lib/settings');

/** A fresh copy of the module, as a new extension page would load it (items are defined, and migrated, at load). */
async function load(): Promise<Settings> {
  vi.resetModules();
  return import('../../lib/settings');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('enabledItem', () => {
  it('is on by default and stores a change under local:enabled', async () => {
    const { enabledItem } = await load();
    expect(await enabledItem.getValue()).toBe(true);
    await enabledItem.setValue(false);
    expect(await fakeBrowser.storage.local.get('enabled')).toEqual({ enabled: false });
  });
});

describe('options', () => {
  it('default to every site, the browser language, hover, every category, normal text', async () => {
    const { readOptions, DEFAULT_OPTIONS } = await load();
    expect(await readOptions()).toEqual({
      sites: { pubmed: true, 'pmc-new': true, 'pmc-legacy': true },
      language: 'auto',
      trigger: 'hover',
      modifierKey: 'Alt',
      categories: [...CATEGORIES],
      textSize: 100,
    });
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true);
  });

  it('store each change at once, keep the other fields, and tell watchers', async () => {
    const { updateOptions, readOptions, watchOptions } = await load();
    const seen: unknown[] = [];
    const unwatch = watchOptions((o) => seen.push(o.sites));
    await updateOptions({ sites: { pubmed: true, 'pmc-new': false, 'pmc-legacy': true } });
    await updateOptions({ language: 'ja', textSize: 130 });
    const stored = (await fakeBrowser.storage.local.get('options')).options as Record<string, unknown>;
    expect(stored).toMatchObject({ language: 'ja', textSize: 130, sites: { 'pmc-new': false } });
    expect(await readOptions()).toMatchObject({ language: 'ja', textSize: 130, trigger: 'hover', sites: { 'pmc-new': false } });
    expect(seen).toContainEqual({ pubmed: true, 'pmc-new': false, 'pmc-legacy': true });
    unwatch();
  });

  it('keep every one of several changes made at once (no lost update)', async () => {
    const { updateOptions, readOptions } = await load();
    await Promise.all([
      updateOptions({ language: 'ja' }),
      updateOptions({ textSize: 130 }),
      updateOptions({ trigger: 'click' }),
      updateOptions({ sites: { pubmed: false, 'pmc-new': true, 'pmc-legacy': true } }),
    ]);
    expect(await readOptions()).toMatchObject({ language: 'ja', textSize: 130, trigger: 'click', sites: { pubmed: false } });
  });

  it('replace damaged fields one by one and keep the good ones', async () => {
    await fakeBrowser.storage.local.set({
      options: {
        sites: { pubmed: false, 'pmc-new': 'yes' },
        language: 'fr',
        trigger: 'click',
        categories: ['drug', 'nonsense', 'anatomy'],
        textSize: 42,
      },
    });
    const { readOptions } = await load();
    expect(await readOptions()).toEqual({
      sites: { pubmed: false, 'pmc-new': true, 'pmc-legacy': true },
      language: 'auto',
      trigger: 'click',
      modifierKey: 'Alt',
      categories: ['anatomy', 'drug'],
      textSize: 100,
    });
  });

  it('record schema version 1 on first write, so later migrations run on today’s values', async () => {
    const { updateOptions, optionsItem, OPTIONS_VERSION } = await load();
    expect(OPTIONS_VERSION).toBe(1);
    await updateOptions({ trigger: 'modifier', modifierKey: 'Shift' });
    expect(await optionsItem.getMeta()).toEqual({ v: 1 });

    // A later build defines version 2 of the same item with a migration (here: text size as a factor).
    const v2 = storage.defineItem<Record<string, unknown>>('local:options', {
      version: 2,
      migrations: { 2: (old: Record<string, unknown>) => ({ ...old, textScale: (old.textSize as number) / 100 }) },
    });
    await v2.migrate();
    expect(await v2.getValue()).toMatchObject({ trigger: 'modifier', modifierKey: 'Shift', textSize: 100, textScale: 1 });
    expect(await v2.getMeta()).toEqual({ v: 2 });
  });

  it('resolve the language, the site switch and the category filter', async () => {
    const { resolveLanguage, siteEnabled, categoryEnabled, normalizeOptions } = await load();
    expect(resolveLanguage('auto', 'ja')).toBe('ja');
    expect(resolveLanguage('en', 'ja')).toBe('en');
    const options = normalizeOptions({ sites: { pubmed: false }, categories: ['drug'] });
    expect(siteEnabled(options, 'pubmed')).toBe(false);
    expect(siteEnabled(options, 'pmc-new')).toBe(true);
    expect(categoryEnabled(options, 'drug')).toBe(true);
    expect(categoryEnabled(options, 'anatomy')).toBe(false);
  });
});

/**
 * Settings in browser.storage.local, as versioned WXT storage items
 * (@wxt-dev/storage: typed items with `version` and `migrations`, chosen so
 * later schema changes migrate stored values instead of dropping them).
 *
 * The content script imports this module: keep it free of heavy imports.
 */
import { storage } from '@wxt-dev/storage';
import { CATEGORIES, type Category } from './glossary/categories';
import type { NcbiSiteId, SiteId } from './sites/types';

/** Whether annotation is on. Applied live to open tabs. */
export const enabledItem = storage.defineItem<boolean>('local:enabled', {
  fallback: true,
  version: 1,
});

/** The NCBI designs the options page switches (publisher sites are switched by their host permission: lib/sites/permissions.ts). */
export const SITE_IDS = ['pubmed', 'pmc-new', 'pmc-legacy'] as const satisfies readonly NcbiSiteId[];
export const LANGUAGE_OPTIONS = ['auto', 'en', 'ja'] as const;
export type LanguageOption = (typeof LANGUAGE_OPTIONS)[number];
/** hover: hover, focus or click opens; click: only click (or Enter on a focused term) opens; modifier: hover opens only while the modifier key is held. */
export const TRIGGERS = ['hover', 'click', 'modifier'] as const;
export type Trigger = (typeof TRIGGERS)[number];
export const MODIFIER_KEYS = ['Alt', 'Shift', 'Control'] as const;
export type ModifierKey = (typeof MODIFIER_KEYS)[number];
/** Tooltip text size, percent of the default. */
export const TEXT_SIZES = [90, 100, 115, 130] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
/** Which part of an explanation comes first: the plain-language one (the default) or the expert definition. */
export const CARD_ORDERS = ['plain-first', 'expert-first'] as const;
export type CardOrder = (typeof CARD_ORDERS)[number];

export interface Options {
  /** Annotation on or off per NCBI design. */
  sites: Record<NcbiSiteId, boolean>;
  /** Language of everything Glossa shows: its interface and the explanations (lib/i18n.ts); auto follows the browser. */
  language: LanguageOption;
  trigger: Trigger;
  /** The key held with `trigger: 'modifier'`. */
  modifierKey: ModifierKey;
  /** Categories whose terms are annotated (all by default). */
  categories: Category[];
  /** Tooltip text size in percent (the box grows with it). */
  textSize: TextSize;
  /** Plain words or the expert definition first, in the tooltip and the side panel's cards. */
  cardOrder: CardOrder;
}

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  sites: { pubmed: true, 'pmc-new': true, 'pmc-legacy': true },
  language: 'auto',
  trigger: 'hover',
  modifierKey: 'Alt',
  categories: [...CATEGORIES],
  textSize: 100,
  cardOrder: 'plain-first',
});

/** The options schema's version. Bump it and add a migration below when the shape changes. */
export const OPTIONS_VERSION = 1;

const oneOf = <T>(list: readonly T[], value: unknown, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);

/**
 * A complete, valid Options from whatever is stored: missing or invalid
 * fields take their defaults one by one, so a damaged or partial value
 * (a hand edit, an older build) never loses the fields that are fine.
 */
export function normalizeOptions(raw: unknown): Options {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Options, unknown>>;
  const sites = (typeof value.sites === 'object' && value.sites !== null ? value.sites : {}) as Record<string, unknown>;
  const categories = Array.isArray(value.categories)
    ? CATEGORIES.filter((c) => (value.categories as unknown[]).includes(c))
    : [...DEFAULT_OPTIONS.categories];
  return {
    sites: Object.fromEntries(SITE_IDS.map((id) => [id, typeof sites[id] === 'boolean' ? sites[id] : DEFAULT_OPTIONS.sites[id]])) as Record<
      NcbiSiteId,
      boolean
    >,
    language: oneOf(LANGUAGE_OPTIONS, value.language, DEFAULT_OPTIONS.language),
    trigger: oneOf(TRIGGERS, value.trigger, DEFAULT_OPTIONS.trigger),
    modifierKey: oneOf(MODIFIER_KEYS, value.modifierKey, DEFAULT_OPTIONS.modifierKey),
    categories,
    textSize: oneOf(TEXT_SIZES, value.textSize, DEFAULT_OPTIONS.textSize),
    cardOrder: oneOf(CARD_ORDERS, value.cardOrder, DEFAULT_OPTIONS.cardOrder),
  };
}

/**
 * Migrations from older stored versions, keyed by the version they produce
 * (WXT runs each one from the stored version up to OPTIONS_VERSION once, at
 * start-up). Version 1 is the first schema, so there are none yet; the item
 * still records its version (storage meta `v`) on first write, so a future
 * v2 migration runs on values written today.
 */
export const optionsMigrations: Record<number, (old: unknown) => unknown> = {};

/** The reader's options. Read through readOptions()/watchOptions() to get a normalised value. */
export const optionsItem = storage.defineItem<Options>('local:options', {
  fallback: DEFAULT_OPTIONS as Options,
  version: OPTIONS_VERSION,
  migrations: optionsMigrations,
});

export async function readOptions(): Promise<Options> {
  return normalizeOptions(await optionsItem.getValue());
}

/** Stores a change at once (the options page saves on every change); returns the stored value. */
/** Updates run one after another, so two quick changes never read the same old value and lose one. */
let updates: Promise<unknown> = Promise.resolve();

export function updateOptions(change: Partial<Options>): Promise<Options> {
  const run = updates.then(async () => {
    const next = normalizeOptions({ ...(await readOptions()), ...change });
    await optionsItem.setValue(next);
    return next;
  });
  updates = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with normalised options whenever they change; returns the unwatch function. */
export function watchOptions(cb: (options: Options) => void): () => void {
  return optionsItem.watch((value) => cb(normalizeOptions(value)));
}

/**
 * Whether Glossa annotates on a site under these options. Publisher pages
 * have no switch here: the content script runs there only where the reader
 * granted the site (or asked once), and that is the setting.
 */
export function siteEnabled(options: Options, site: SiteId | undefined): boolean {
  return site === undefined || !Object.hasOwn(options.sites, site) || options.sites[site as NcbiSiteId];
}

/** Whether terms of a category are annotated. */
export function categoryEnabled(options: Options, category: Category): boolean {
  return options.categories.includes(category);
}

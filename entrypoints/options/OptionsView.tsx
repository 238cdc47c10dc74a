/**
 * The options form: sites, language, how explanations open, kinds of terms,
 * text size. Native controls in labelled fieldsets, so every option is
 * reachable and operable with the keyboard and named for screen readers.
 * Render only: values and the change callback are props.
 */
import type { ComponentChildren } from 'preact';
import type { Category } from '../../lib/glossary/schema';
import { LANGUAGE_OPTIONS, MODIFIER_KEYS, SITE_IDS, TEXT_SIZES, TRIGGERS, type Options } from '../../lib/settings';
import type { Translate } from '../popup/strings';

export interface OptionsViewProps {
  lang: 'en' | 'ja';
  options: Options;
  categories: ReadonlyArray<{ id: Category; label: string }>;
  /** Shown after a change was stored. */
  saved: boolean;
  t: Translate;
  onChange: (change: Partial<Options>) => void;
  /** SLOT after the NCBI sites: the publisher sites the reader enabled (components/SiteList.tsx). */
  publisherSites?: ComponentChildren;
}

/** Base font size of the explanation card, for the text-size preview. */
const CARD_FONT_PX = 14;

export function OptionsView({ lang, options, categories, saved, t, onChange, publisherSites }: OptionsViewProps) {
  const toggleCategory = (id: Category, on: boolean) =>
    onChange({ categories: on ? [...options.categories, id] : options.categories.filter((c) => c !== id) });
  return (
    <main class="options" lang={lang}>
      <h1>{t('optionsTitle')}</h1>
      <p class="intro">{t('optionsIntro')}</p>

      <fieldset>
        <legend>{t('optionsSites')}</legend>
        <p class="help">{t('optionsSitesHelp')}</p>
        {SITE_IDS.map((site) => (
          <label key={site} class="choice">
            <input
              type="checkbox"
              name="sites"
              value={site}
              checked={options.sites[site]}
              onChange={(e) => onChange({ sites: { ...options.sites, [site]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(`site_${site.replace(/-/g, '_')}`)}
          </label>
        ))}
      </fieldset>

      {publisherSites}

      <fieldset>
        <legend>{t('optionsLanguage')}</legend>
        {LANGUAGE_OPTIONS.map((language) => (
          <label key={language} class="choice">
            <input
              type="radio"
              name="language"
              value={language}
              checked={options.language === language}
              onChange={() => onChange({ language })}
            />
            {t(`language_${language}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsTrigger')}</legend>
        {TRIGGERS.map((trigger) => (
          <label key={trigger} class="choice">
            <input
              type="radio"
              name="trigger"
              value={trigger}
              checked={options.trigger === trigger}
              onChange={() => onChange({ trigger })}
            />
            {t(`trigger_${trigger}`)}
          </label>
        ))}
        <label class="choice indented">
          {t('optionsModifierKey')}
          <select
            name="modifierKey"
            value={options.modifierKey}
            disabled={options.trigger !== 'modifier'}
            onChange={(e) => onChange({ modifierKey: (e.currentTarget as HTMLSelectElement).value as Options['modifierKey'] })}
          >
            {MODIFIER_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`key_${key}`)}
              </option>
            ))}
          </select>
        </label>
        <p class="help">{t('optionsTriggerHelp')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <div class="categories">
          {categories.map(({ id, label }) => (
            <label key={id} class="choice">
              <input
                type="checkbox"
                name="categories"
                value={id}
                checked={options.categories.includes(id)}
                onChange={(e) => toggleCategory(id, (e.currentTarget as HTMLInputElement).checked)}
              />
              {label}
            </label>
          ))}
        </div>
        <p class="buttons">
          <button type="button" data-categories="all" onClick={() => onChange({ categories: categories.map((c) => c.id) })}>
            {t('optionsSelectAll')}
          </button>
          <button type="button" data-categories="none" onClick={() => onChange({ categories: [] })}>
            {t('optionsSelectNone')}
          </button>
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsTextSize')}</legend>
        {TEXT_SIZES.map((size) => (
          <label key={size} class="choice">
            <input
              type="radio"
              name="textSize"
              value={String(size)}
              checked={options.textSize === size}
              onChange={() => onChange({ textSize: size })}
            />
            <span style={{ fontSize: `${(CARD_FONT_PX * size) / 100}px` }}>{t(`textSize_${size}`)}</span>
          </label>
        ))}
      </fieldset>

      <p role="status" class="saved">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}

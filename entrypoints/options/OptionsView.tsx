/**
 * The options form: sites, language, how explanations open, kinds of terms,
 * text size, order of an explanation. Native controls in labelled
 * fieldsets, so every option is reachable and operable with the keyboard
 * and named for screen readers; each control carries
 * data-glossa-setting="<option name>" (the testability contract). Render
 * only: values and the change callback are props.
 */
import type { ComponentChildren } from 'preact';
import type { Category } from '../../lib/glossary/schema';
import { CARD_ORDERS, LANGUAGE_OPTIONS, MODIFIER_KEYS, SITE_IDS, TEXT_SIZES, TRIGGERS, type Options } from '../../lib/settings';
import type { Translate } from '../../lib/i18n';

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
              data-glossa-setting="sites"
              value={site}
              checked={options.sites[site]}
              onChange={(e) => onChange({ sites: { ...options.sites, [site]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(`site_${site.replace(/-/g, '_')}`)}
          </label>
        ))}
      </fieldset>

      {publisherSites}

      <fieldset aria-describedby="language-help">
        <legend>{t('optionsLanguage')}</legend>
        <p class="help" id="language-help">
          {t('options_languageHelp')}
        </p>
        {LANGUAGE_OPTIONS.map((language) => (
          <label key={language} class="choice">
            <input
              type="radio"
              name="language"
              data-glossa-setting="language"
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
              data-glossa-setting="trigger"
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
            data-glossa-setting="modifierKey"
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
                data-glossa-setting="categories"
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

      <fieldset aria-describedby="text-size-help">
        <legend>{t('optionsTextSize')}</legend>
        <p class="help" id="text-size-help">
          {t('options_textSizeHelp')}
        </p>
        {TEXT_SIZES.map((size) => (
          <label key={size} class="choice">
            <input
              type="radio"
              name="textSize"
              data-glossa-setting="textSize"
              value={String(size)}
              checked={options.textSize === size}
              onChange={() => onChange({ textSize: size })}
            />
            <span style={{ fontSize: `${(CARD_FONT_PX * size) / 100}px` }}>{t(`textSize_${size}`)}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('options_cardOrder')}</legend>
        {CARD_ORDERS.map((order) => (
          <label key={order} class="choice">
            <input
              type="radio"
              name="cardOrder"
              data-glossa-setting="cardOrder"
              value={order}
              checked={options.cardOrder === order}
              onChange={() => onChange({ cardOrder: order })}
            />
            {t(`options_cardOrder_${order.replace('-', '_')}`)}
          </label>
        ))}
      </fieldset>

      <p role="status" class="saved">
        {saved ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}

/**
 * The options page's state: reads the stored options, stores every change
 * at once (content scripts watch the item and apply it to open tabs), and
 * redraws in the chosen language as soon as it changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../lib/glossary/schema';
import { normalizeOptions, resolveLanguage, readOptions, updateOptions, watchOptions, type Options } from '../../lib/settings';
import { t as browserT, uiLang, type Lang } from '../../lib/i18n';
import { translatorFor, type Translate } from '../popup/strings';
import { OptionsView } from './OptionsView';
import { SiteList } from '../../components/SiteList';
import { patternHost } from '../../lib/sites/hosts';
import { installedOrigins, useEnabledSites } from './sites';

export function App() {
  const [options, setOptions] = useState<Options>();
  const [lang, setLang] = useState<Lang>(uiLang());
  const [t, setT] = useState<Translate>(() => browserT);
  const [saved, setSaved] = useState(false);
  const enabledSites = useEnabledSites();

  const applyLanguage = async (value: Options) => {
    const next = resolveLanguage(value.language, uiLang());
    const translate = await translatorFor(next);
    setLang(next);
    setT(() => translate);
    document.documentElement.lang = next;
    document.title = translate('optionsTitle');
  };

  useEffect(() => {
    void readOptions().then((value) => {
      setOptions(value);
      void applyLanguage(value);
    });
    // Changes made elsewhere (another options tab) show here too.
    return watchOptions((value) => {
      setOptions(value);
      void applyLanguage(value);
    });
  }, []);

  if (!options) return null;
  return (
    <OptionsView
      lang={lang}
      options={options}
      categories={CATEGORIES.map((id) => ({ id, label: t(`category_${id}`) }))}
      saved={saved}
      t={t}
      publisherSites={
        <SiteList
          sites={enabledSites.sites.map((pattern) => ({
            pattern,
            label: pattern === 'https://*/*' ? t('site_allSites') : patternHost(pattern),
            installed: installedOrigins().includes(pattern),
          }))}
          labels={{
            heading: t('site_listHeading'),
            help: t('site_listHelp'),
            empty: t('site_listEmpty'),
            remove: t('site_remove'),
            removeLabel: (site) => t('site_removeLabel', site),
            installed: t('site_fromInstall'),
          }}
          onRemove={(pattern) => void enabledSites.remove(pattern)}
        />
      }
      onChange={(change) => {
        setSaved(false);
        // Shown at once, so the next click builds on this one; stored in order behind it.
        setOptions((current) => (current ? normalizeOptions({ ...current, ...change }) : current));
        void updateOptions(change).then((value) => {
          setOptions(value);
          setSaved(true);
          if (change.language) void applyLanguage(value);
        });
      }}
    />
  );
}

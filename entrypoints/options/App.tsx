/**
 * The options page's state: reads the stored options, stores every change
 * at once (content scripts watch the item and apply it to open tabs). The
 * page speaks the reader's language through the language service
 * (lib/i18n.ts), which redraws it as soon as the language option changes,
 * here or in another options tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../lib/glossary/schema';
import { normalizeOptions, readOptions, updateOptions, watchOptions, type Options } from '../../lib/settings';
import { useLanguage } from '../../lib/use-language';
import { OptionsView } from './OptionsView';
import { SiteList } from '../../components/SiteList';
import { patternHost } from '../../lib/sites/hosts';
import { installedOrigins, useEnabledSites } from './sites';

export function App() {
  const [options, setOptions] = useState<Options>();
  const { lang, t } = useLanguage();
  const [saved, setSaved] = useState(false);
  const enabledSites = useEnabledSites();

  useEffect(() => {
    void readOptions().then(setOptions);
    // Changes made elsewhere (another options tab) show here too.
    return watchOptions(setOptions);
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
        });
      }}
    />
  );
}

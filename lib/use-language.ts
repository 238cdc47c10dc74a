/**
 * The language service (lib/i18n.ts) for Preact views: the current language
 * and its translator, re-rendering the component whenever the language
 * changes (the reader changed the option, here or in another page).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { currentLang, onLanguageChange, t, type Lang, type Translate } from './i18n';

export function useLanguage(): { lang: Lang; t: Translate } {
  const [lang, setLang] = useState<Lang>(currentLang());
  useEffect(() => {
    // A change between the first render and this effect is not missed.
    setLang(currentLang());
    return onLanguageChange(setLang);
  }, []);
  // t reads the service's current translator; a new function per language lets memoised values follow it.
  const translate = useMemo<Translate>(() => (key, substitutions) => t(key, substitutions), [lang]);
  return { lang, t: translate };
}

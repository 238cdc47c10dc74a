/**
 * The popup's state: asks the active tab's content script which terms it
 * found, and turns them into the Popup view's props. For tests and the
 * side panel, `?tab=<id>` names the tab instead of the active one.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupClaim, type PopupStatus, type PopupTerm } from '../../components/Popup';
import { sendToTab, type PageTerms } from '../../lib/messaging';
import { bundled } from '../../lib/glossary/data';
import { indexGlossary } from '../../lib/glossary/index';
import { otherLang, pick, t, uiLang } from '../../lib/i18n';
import { citationLabel, referenceUrl } from '../../lib/links';
import { enabledItem } from '../../lib/settings';
import { relatedClaims } from '../../lib/claims/related';
import type { ArticleIdentity } from '../../lib/sites/types';

/** Claims shown before "show all": the popup stays short (400×600). */
const CLAIMS_SHOWN = 5;

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function describeIdentity(id: ArticleIdentity | undefined): string | undefined {
  if (!id) return undefined;
  return [id.pmid && `PMID ${id.pmid}`, id.pmcid, id.doi && `doi:${id.doi}`].filter(Boolean).join(' · ') || undefined;
}

export function App() {
  const glossary = useMemo(() => indexGlossary(bundled), []);
  const lang = uiLang();
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageTerms | null | undefined>(undefined);
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [showAll, setShowAll] = useState(false);

  const refresh = async (tab: number | undefined) => {
    if (tab === undefined) return setPage(null);
    try {
      setPage(await sendToTab(tab, 'page:getTerms', undefined));
    } catch {
      setPage(null); // No content script answered: not a page Glossa runs on.
    }
  };

  useEffect(() => {
    void targetTab().then((tab) => {
      setTabId(tab);
      void refresh(tab);
    });
  }, []);

  const status: PopupStatus =
    page === undefined ? 'loading' : page === null || !page.supported ? 'unsupported' : !page.article ? 'not-article' : !page.enabled ? 'off' : 'ready';

  const terms: PopupTerm[] = (page?.terms ?? []).flatMap(({ id, count }) => {
    const term = glossary.terms.get(id);
    if (!term) return [];
    return [{ id, count, name: pick(term.name, lang), otherName: pick(term.name, otherLang(lang)), category: t(`category_${term.category}`), position: positions[id] }];
  });

  const claims: PopupClaim[] = relatedClaims(glossary, terms.map((term) => term.id)).map((claim) => ({
    id: claim.id,
    statement: pick(claim.statement, lang),
    direction: t(`direction_${claim.direction}`),
    evidence: t(`evidence_${claim.evidence.replace(/-/g, '_')}`),
    evidenceKind: claim.evidence,
    citations: claim.references.flatMap((rid) => {
      const ref = glossary.references.get(rid);
      return ref ? [{ label: citationLabel(ref), url: referenceUrl(ref) }] : [];
    }),
  }));

  return (
    <Popup
      lang={lang}
      status={status}
      enabled={page?.enabled ?? false}
      identity={describeIdentity(page?.identity)}
      terms={terms}
      claims={claims}
      claimLimit={showAll ? claims.length : CLAIMS_SHOWN}
      labels={{
        title: t('extName'),
        enabled: t('popupEnabled'),
        terms: t('popupTerms'),
        claims: t('popupClaims'),
        noTerms: t('popupNoTerms'),
        noClaims: t('popupNoClaims'),
        unsupported: t('popupUnsupported'),
        notArticle: t('popupNotArticle'),
        off: t('popupOff'),
        loading: t('popupLoading'),
        reveal: t('popupReveal'),
        showAll: t('popupShowAllClaims', String(claims.length)),
      }}
      onShowAll={() => setShowAll(true)}
      onToggle={(enabled) => {
        void enabledItem.setValue(enabled).then(() => setTimeout(() => void refresh(tabId), 150));
      }}
      onReveal={(termId) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, 'page:revealTerm', { termId }).then(({ index, total }) =>
          setPositions((p) => ({ ...p, [termId]: `${index} / ${total}` })),
        );
      }}
    />
  );
}

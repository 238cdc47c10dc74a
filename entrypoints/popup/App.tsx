/**
 * The popup's state: the reading map of the active tab's article. Asks the
 * content script for the terms it found and (lazily, after the first paint)
 * for the article's text, runs claim extraction on it (./paper-claims, a
 * separate chunk with compromise), and turns all of it into the Popup
 * view's props in the reader's language (lib/i18n.ts). For tests and the side
 * panel, `?tab=<id>` names the tab instead of the active one.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupPaperClaim, type PopupStatus, type PopupTerm, type TermGroup } from '../../components/Popup';
import { onMessages, sendToTab, type PageTerms } from '../../lib/messaging';
import type {} from '../../lib/claims/protocol';
import { bundled } from '../../lib/glossary/data';
import { indexGlossary } from '../../lib/glossary/index';
import { pageTermList } from '../../lib/glossary/page-terms';
import { CATEGORIES, type Direction } from '../../lib/glossary/schema';
import { otherLang, pick } from '../../lib/i18n';
import { useLanguage } from '../../lib/use-language';
import { citationLabel, pubmedReviewSearchUrl, termReview } from '../../lib/links';
import { enabledItem, readOptions, siteEnabled, type Options } from '../../lib/settings';
import { rankClaims, shownBeforeMore } from '../../lib/claims/related';
import { claimListLabels, claimView, unverifiedMark } from '../../lib/claims/view';
import type { ArticleIdentity } from '../../lib/sites/types';
import type { FoundClaim } from './paper-claims';
import { HighlightList } from '../../components/HighlightList';
import { colourNames } from '../../lib/highlights/colour-names';
import { watchHighlights } from '../../lib/highlights/store';
import type { PageHighlights } from '../../lib/highlights/protocol';
import { SiteAccess } from '../../components/SiteAccess';
import { useSiteOffer } from './site-access';
import { PdfOffer } from '../../components/PdfOffer';
import { originPattern, readerPath } from '../../lib/pdf/address';

/** Central claims shown before "more": the strongest few (the popup stays short, 400×600). */
const CLAIMS_SHOWN = 3;
/** Paper sentences shown before "show all". */
const PAPER_SHOWN = 8;

type PaperResult = { state: 'loading' } | { state: 'error' } | { state: 'ready'; claims: FoundClaim[] };

async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function describeIdentity(id: ArticleIdentity | undefined): string[] | undefined {
  if (!id) return undefined;
  const parts = [id.pmid && `PMID ${id.pmid}`, id.pmcid, id.doi && `doi:${id.doi}`].filter((p): p is string => !!p);
  return parts.length ? parts : undefined;
}

/** The sentence cut into plain and marked pieces (subject, object). */
function piecesOf(claim: FoundClaim): PopupPaperClaim['pieces'] {
  const marks = (
    [
      ['subject', claim.spans.subject],
      ['object', claim.spans.object],
    ] as const
  )
    .slice()
    .sort((a, b) => a[1][0] - b[1][0]);
  const pieces: PopupPaperClaim['pieces'] = [];
  let at = 0;
  for (const [mark, [start, end]] of marks) {
    if (start < at) continue;
    if (start > at) pieces.push({ text: claim.sentence.slice(at, start) });
    pieces.push({ text: claim.sentence.slice(start, end), mark });
    at = end;
  }
  if (at < claim.sentence.length) pieces.push({ text: claim.sentence.slice(at) });
  return pieces;
}

/** Chrome's sidePanel and Firefox's sidebarAction, whichever the browser has. */
type PanelApi = {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};
const panelApi = browser as unknown as PanelApi;

/**
 * Opens the article's PDF in Glossa's reader. The PDF's origin is asked for
 * from this click (no prompt where Glossa already holds it: NCBI, sites the
 * reader enabled); without it the reader explains and asks again.
 */
function readPdf(pdf: string): void {
  const open = () => {
    void browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(readerPath(pdf)) }).then(() => window.close());
  };
  void browser.permissions.request({ origins: [originPattern(new URL(pdf))] }).then(open, open);
}

export function App() {
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  // Both APIs need the reader's click: open() is called synchronously in the handler.
  const openSidePanel = () => {
    const opening = panelApi.sidebarAction
      ? panelApi.sidebarAction.open()
      : panelApi.sidePanel && windowId !== undefined
        ? panelApi.sidePanel.open({ windowId })
        : undefined;
    void opening?.then(
      () => window.close(),
      () => {},
    );
  };
  const glossary = useMemo(() => indexGlossary(bundled), []);
  const { lang, t } = useLanguage();
  const [options, setOptions] = useState<Options>();
  const [tabId, setTabId] = useState<number>();
  const [page, setPage] = useState<PageTerms | null | undefined>(undefined);
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [showAllPaper, setShowAllPaper] = useState(false);
  const [filter, setFilter] = useState('');
  const [paper, setPaper] = useState<PaperResult>({ state: 'loading' });
  const [paperMessage, setPaperMessage] = useState<string>();
  const [highlights, setHighlights] = useState<PageHighlights | undefined>(undefined);

  useEffect(() => {
    if (tabId === undefined) return;
    const load = () => void sendToTab(tabId, 'page:listHighlights', undefined).then(setHighlights, () => setHighlights(undefined));
    load();
    return watchHighlights(() => load());
  }, [tabId]);

  const refresh = async (tab: number | undefined) => {
    if (tab === undefined) return setPage(null);
    try {
      setPage(await sendToTab(tab, 'page:getTerms', undefined));
    } catch {
      setPage(null); // No content script answered: not a page Glossa runs on.
    }
  };

  // The page tells when its answer changes (a pass ended, annotation stopped): after the switch, late content, options.
  useEffect(() => {
    if (tabId === undefined) return;
    return onMessages({
      'views:pageChanged': (_change, sender) => {
        if (sender.tab?.id === tabId) void refresh(tabId);
      },
    });
  }, [tabId]);

  useEffect(() => {
    void readOptions().then(setOptions);
    void targetTab().then((tab) => {
      setTabId(tab);
      void refresh(tab);
    });
  }, []);

  const siteOffer = useSiteOffer(tabId, page === null, () => void refresh(tabId));
  const siteOff = !!page?.supported && !!options && !siteEnabled(options, page.site);
  const status: PopupStatus =
    page === undefined
      ? 'loading'
      : page === null || !page.supported
        ? 'unsupported'
        : !page.article
          ? 'not-article'
          : siteOff
            ? 'site-off'
            : !page.enabled
              ? 'off'
              : 'ready';

  // Claims in the paper: after the first paint, only once the page is known to be a ready article.
  useEffect(() => {
    if (status !== 'ready' || tabId === undefined) return;
    let cancelled = false;
    setPaper({ state: 'loading' });
    void (async () => {
      try {
        const [{ segments }, { findPaperClaims }] = await Promise.all([
          sendToTab(tabId, 'page:getText', undefined),
          import('./paper-claims'),
        ]);
        const claims = await findPaperClaims(segments);
        if (!cancelled) setPaper({ state: 'ready', claims });
      } catch {
        if (!cancelled) setPaper({ state: 'error' });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [status, tabId]);

  // The same list (and count) as the side panel's (lib/glossary/page-terms.ts).
  const listed = pageTermList(page?.terms ?? [], glossary);
  const terms: PopupTerm[] = listed.flatMap((entry) => {
    if (entry.kind !== 'glossary') return [];
    const { id, count, term } = entry;
    const review = termReview(term, glossary.claims, glossary.references, glossary.passages);
    return [
      {
        id,
        count,
        name: pick(term.name, lang),
        otherName: pick(term.name, otherLang(lang)),
        category: t(`category_${term.category}`),
        position: positions[id],
        review: review ? { url: review.url, label: citationLabel(review.ref) } : undefined,
        pubmedUrl: pubmedReviewSearchUrl(term),
      },
    ];
  });

  // Abbreviations the paper defines itself and our glossary lacks ("paper:<short form>").
  const paperDefined: PopupTerm[] = listed.flatMap((entry) =>
    entry.kind === 'paper'
      ? [
          {
            id: entry.id,
            count: entry.count,
            name: entry.shortForm,
            otherName: entry.definedAs,
            category: t('popupPaperDefined'),
            position: positions[entry.id],
            pubmedUrl: `https://pubmed.ncbi.nlm.nih.gov/?${new URLSearchParams({ term: `"${entry.definedAs.replace(/"/g, '')}"`, filter: 'pubt.review' })}`,
          },
        ]
      : [],
  );
  const groups: TermGroup[] = [
    ...CATEGORIES.flatMap((category) => {
      const inGroup = terms.filter((term) => glossary.terms.get(term.id)?.category === category);
      return inGroup.length ? [{ id: category, label: t(`category_${category}`), terms: inGroup }] : [];
    }),
    ...(paperDefined.length ? [{ id: 'paper', label: t('popupPaperDefined'), terms: paperDefined }] : []),
  ];

  // Ranked by how central their terms are to the page: where each term occurs (title, abstract) and how often.
  const ranked = rankClaims(
    glossary,
    (page?.terms ?? []).filter((term) => glossary.terms.has(term.id)),
  );
  const related = ranked.map((r) => r.claim);
  const filtered = filter ? ranked.filter((r) => r.claim.terms.includes(filter)) : ranked;
  const shownClaims = filtered.map((r) => claimView(r.claim, glossary, lang, t));
  const filterTerms = terms.filter((term) => related.some((c) => c.terms.includes(term.id))).map(({ id, name }) => ({ id, name }));

  const name = (id: string) => {
    const term = glossary.terms.get(id);
    return term ? pick(term.name, lang) : id;
  };
  const directionText = (direction: Direction, negated: boolean) => t(`${negated ? 'negated' : 'direction'}_${direction}`);
  const paperClaims: PopupPaperClaim[] =
    paper.state === 'ready'
      ? paper.claims.map((claim, i) => {
          const summary = `${name(claim.subject)} → ${directionText(claim.direction, claim.negated)} → ${name(claim.object)}`;
          return {
            key: `${i}-${claim.subject}-${claim.object}`,
            pieces: piecesOf(claim),
            sentence: claim.sentence,
            subject: claim.subject,
            object: claim.object,
            summary,
            direction: claim.direction,
            negated: claim.negated,
            comparisons: claim.comparisons.map(({ claim: curated, verdict }) => ({
              verdict,
              verdictLabel: t(`verdict_${verdict}`),
              claim: claimView(curated, glossary, lang, t),
            })),
          };
        })
      : [];

  const claimLabels = {
    condition: (n: string) => t('popupCondition', n),
    openReview: t('popupOpenReview'),
    openReviewAt: t('popupOpenReviewAt'),
    unverified: unverifiedMark(t),
  };

  return (
    <Popup
      lang={lang}
      status={status}
      enabled={page?.enabled ?? false}
      identity={describeIdentity(page?.identity)}
      labels={{
        title: t('extName'),
        enabled: t('popupEnabled'),
        options: t('popupOptions'),
        unsupported: t('popupUnsupported'),
        notArticle: t('popupNotArticle'),
        off: t('popupOff'),
        siteOff: t('popupSiteOff'),
        loading: t('popupLoading'),
        nav: t('popupNavLabel'),
        navTerms: t('popupNavTerms'),
        navClaims: t('popupNavClaims'),
        navPaper: t('popupNavPaper'),
        navHighlights: t('popupNavHighlights'),
        highlights: t('popupHighlights'),
        openSidePanel: t('sidepanelOpen'),
      }}
      terms={{
        groups,
        labels: {
          heading: t('popupTerms'),
          none: t('popupNoTerms'),
          reveal: t('popupReveal'),
          previous: (n) => t('popupPrevious', n),
          next: (n) => t('popupNext', n),
          occurrences: (count) => (count === 1 ? t('popup_occurrencesOne') : t('popupOccurrences', String(count))),
          reviewOf: (n, citation) => t('popupReviewOf', [n, citation]),
          reviewShort: t('popupReviewShort'),
          findReviewsFor: (n) => t('popupFindReviewsFor', n),
          searchShort: t('popupSearchShort'),
        },
      }}
      claims={{
        claims: shownClaims,
        shown: shownBeforeMore(filtered, CLAIMS_SHOWN, !!filter),
        filterTerms,
        filter,
        labels: {
          ...claimLabels,
          heading: t('popupClaims'),
          none: t('popupNoClaims'),
          filter: t('popupFilterLabel'),
          filterAll: t('popupFilterAll'),
          ...claimListLabels(t, !!filter),
        },
      }}
      paper={{
        state: paper.state,
        claims: paperClaims,
        limit: showAllPaper ? paperClaims.length : PAPER_SHOWN,
        message: paperMessage,
        labels: {
          ...claimLabels,
          heading: t('popupPaperClaims'),
          loading: t('popupPaperLoading'),
          none: t('popupPaperNone'),
          error: t('popupPaperError'),
          note: t('popupPaperNote'),
          showSentence: t('popupShowSentence'),
          thisPaper: t('popupThisPaper'),
          curated: t('popupCurated'),
          showAll: t('popupShowAllPaper', String(paperClaims.length)),
        },
      }}
      // The page applies the stored switch and says so ('views:pageChanged'); the map follows.
      onToggle={(enabled) => void enabledItem.setValue(enabled)}
      highlights={
        highlights?.article ? (
          <>
            <HighlightList
              items={highlights.highlights}
              labels={{
                empty: t('popupNoHighlights'),
                notFound: t('highlightNotFound'),
                note: t('highlightNote'),
                reveal: t('highlightReveal'),
                colours: colourNames(),
              }}
              onSelect={(id) => {
                if (tabId !== undefined) void sendToTab(tabId, 'page:scrollToHighlight', { id });
              }}
            />
            <button
              type="button"
              class="open-library"
              data-action="open-library"
              onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') })}
            >
              {t('popupOpenLibrary')}
            </button>
          </>
        ) : undefined
      }
      pdf={page?.pdf ? <PdfOffer label={t('pdf_readPdf')} help={t('pdf_readPdfHelp')} onRead={() => readPdf(page.pdf!)} /> : undefined}
      siteAccess={
        siteOffer ? (
          <SiteAccess
            state={siteOffer.state}
            labels={{
              offer: t('site_offer', siteOffer.host),
              enable: t('site_enable'),
              enableHelp: t('site_enableHelp', siteOffer.host),
              readOnce: t('site_readOnce'),
              readOnceHelp: t('site_readOnceHelp'),
              reading: t('site_reading'),
              denied: t('site_denied'),
              failed: t('site_failed'),
            }}
            onEnable={siteOffer.enable}
            onReadOnce={siteOffer.readOnce}
          />
        ) : undefined
      }
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenSidePanel={panelApi.sidebarAction || panelApi.sidePanel ? openSidePanel : undefined}
      onReveal={(termId) => {
        if (tabId === undefined) return;
        void sendToTab(tabId, 'page:revealTerm', { termId }).then(({ index, total }) =>
          setPositions((p) => ({ ...p, [termId]: `${index} / ${total}` })),
        );
      }}
      onPrevious={(termId) => {
        if (tabId === undefined) return;
        sendToTab(tabId, 'page:revealTermPrevious', { termId })
          .then(({ index, total }) => setPositions((p) => ({ ...p, [termId]: `${index} / ${total}` })))
          .catch(() => undefined); // An older content script without 'previous': nothing to do.
      }}
      onFilter={(termId) => setFilter(termId)}
      onShowSentence={(claim) => {
        if (tabId === undefined) return;
        setPaperMessage(undefined);
        sendToTab(tabId, 'page:revealText', { text: claim.sentence })
          .then(({ found }) => setPaperMessage(found ? undefined : t('popupSentenceNotFound')))
          .catch(() => setPaperMessage(t('popupSentenceNotFound')));
      }}
      onShowAllPaper={() => setShowAllPaper(true)}
    />
  );
}

/**
 * The side panel: follows the active tab (or the tab named by `?tab=<id>`),
 * asks its content script which glossary terms the page has, lights them on
 * the mechanism map and lists them. Two tabs, the map first, so each is
 * reachable at once; the term list and its count are the popup's
 * (lib/glossary/page-terms.ts). Holds the map's state (lib/mechanism/
 * state.ts) and turns the glossary, claims and map data into the props of
 * the render-only components, in the reader's language (lib/i18n.ts, live).
 * Everything is bundled: nothing is fetched.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { TermCard } from '../../components/TermCard';
import { MechanismPanel, type ExportFormat } from '../../components/MechanismPanel';
import { MechanismEdgeDetail } from '../../components/MechanismDetail';
import { bundled } from '../../lib/glossary/data';
import { indexGlossary } from '../../lib/glossary/index';
import { termCard } from '../../lib/glossary/cards';
import { otherLang, pick, translatorFor, type Lang, type Translate } from '../../lib/i18n';
import { useLanguage } from '../../lib/use-language';
import { pageTermList } from '../../lib/glossary/page-terms';
import { readOptions, watchOptions, type CardOrder } from '../../lib/settings';
import { sendToTab, type PageTerms } from '../../lib/messaging';
import { mechanismMap } from '../../lib/mechanism/data';
import { litNodes } from '../../lib/mechanism/lit';
import { buildMapView } from '../../lib/mechanism/view';
import { initialMapState, mapReducer, type OpenItem } from '../../lib/mechanism/state';
import { textAlternative } from '../../lib/mechanism/text';
import { claimSources, figureSources, reviewFor, sourceIndex } from '../../lib/mechanism/sources';
import { exportSvg } from '../../lib/mechanism/export-svg';
import { download } from '../../lib/download';
import { svgToPng } from '../../lib/mechanism/png';
import type { ArticleIdentity } from '../../lib/sites/types';
import { followTab } from './active-tab';
import { exportText, mapStrings, panelLabels } from './labels';
import { TermsList } from './TermsList';
import { Identifiers } from '../../components/Identifier';
import { RelatedClaims } from './RelatedClaims';
import { claimChips, evidenceLegend, termEvidence, unverifiedMark } from '../../lib/claims/view';
import { TermEvidence } from '../../components/Evidence';

/**
 * When to ask the page again after the tab changed or loaded (ms): the
 * content script annotates long pages in slices, so the first answer may
 * come before the pass ends.
 */
const ASK_AGAIN_MS = [0, 700, 2000, 5000];

type Status = 'loading' | 'unsupported' | 'not-article' | 'off' | 'ready';

function statusOf(page: PageTerms | null | undefined): Status {
  if (page === undefined) return 'loading';
  if (page === null || !page.supported) return 'unsupported';
  if (!page.article) return 'not-article';
  if (!page.enabled) return 'off';
  return 'ready';
}

type Tab = 'map' | 'terms';
const TABS: Tab[] = ['map', 'terms'];

const STATUS_TEXT: Record<Exclude<Status, 'ready'>, string> = {
  loading: 'popupLoading',
  unsupported: 'popupUnsupported',
  'not-article': 'popupNotArticle',
  off: 'popupOff',
};

function identifiers(id: ArticleIdentity | undefined): string[] {
  if (!id) return [];
  return [id.pmid && `PMID ${id.pmid}`, id.pmcid, id.doi && `doi:${id.doi}`].filter((p): p is string => !!p);
}

function describeIdentity(id: ArticleIdentity | undefined): string | undefined {
  return identifiers(id).join(' · ') || undefined;
}

/** The page terms of the tab the panel follows, asked again a few times after each change. */
function usePageTerms(): PageTerms | null | undefined {
  const [page, setPage] = useState<PageTerms | null | undefined>(undefined);
  const timers = useRef<number[]>([]);

  useEffect(() => {
    let current: number | undefined;
    const ask = (tab: number) =>
      sendToTab(tab, 'page:getTerms', undefined).then(
        (answer) => tab === current && setPage(answer),
        // No content script answered: not a page Glossa runs on.
        () => tab === current && setPage(null),
      );
    const schedule = (tab: number | undefined) => {
      for (const id of timers.current) clearTimeout(id);
      timers.current = tab === undefined ? [] : ASK_AGAIN_MS.map((ms) => window.setTimeout(() => void ask(tab), ms));
    };
    const stop = followTab(location.search, {
      onTab: (tab) => {
        current = tab;
        setPage(tab === undefined ? null : undefined);
        schedule(tab);
      },
      onLoaded: (tab) => schedule(tab),
    });
    const onVisible = () => document.visibilityState === 'visible' && current !== undefined && void ask(current);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      schedule(undefined);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  return page;
}

/** The reader's choice of what comes first in a card. */
function useCardOrder(): CardOrder {
  const [order, setOrder] = useState<CardOrder>('plain-first');
  useEffect(() => {
    void readOptions().then((o) => setOrder(o.cardOrder));
    return watchOptions((o) => setOrder(o.cardOrder));
  }, []);
  return order;
}

export function App() {
  const glossary = useMemo(() => indexGlossary(bundled), []);
  const sources = useMemo(() => sourceIndex(glossary), [glossary]);
  const { lang: uiLang, t } = useLanguage();
  const strings = useMemo(mapStrings, [uiLang]);
  const labels = useMemo(panelLabels, [uiLang]);
  const order = useCardOrder();
  /** A card switched to the other language by its own button (until the option changes). */
  const [switched, setSwitched] = useState<{ lang: Lang; t: Translate }>();
  useEffect(() => setSwitched(undefined), [uiLang]);
  const lang = switched?.lang ?? uiLang;
  const [tab, setTab] = useState<Tab>('map');
  const [message, setMessage] = useState<string>();
  const page = usePageTerms();
  const status = statusOf(page);

  // Navigation needs only the geometry, the same in every view and language.
  const reducer = useMemo(
    () => mapReducer(buildMapView(mechanismMap, glossary, { lang: 'en', view: 'healthy', lit: new Set(), strings })),
    [glossary, strings],
  );
  const [state, dispatch] = useReducer(reducer, initialMapState);

  const pageTerms = status === 'ready' ? page!.terms : [];
  const lit = useMemo(
    () =>
      litNodes(
        mechanismMap,
        pageTerms.map((term) => term.id),
      ),
    [page, status],
  );
  const view = useMemo(
    () => buildMapView(mechanismMap, glossary, { lang, view: state.view, lit, strings }),
    [glossary, lang, state.view, lit, strings],
  );
  const textItems = useMemo(() => textAlternative(view), [view]);
  const onMap = useMemo(() => new Set(mechanismMap.nodes.map((n) => n.term)), []);

  const openTerm = (id: string) => dispatch({ type: 'open', item: onMap.has(id) ? { kind: 'node', id } : { kind: 'term', id } });
  const listed = status === 'ready' ? pageTermList(pageTerms, glossary) : [];

  const detail = renderDetail(state.open);

  function renderDetail(open: OpenItem | undefined) {
    if (!open) return undefined;
    const close = () => dispatch({ type: 'close' });
    if (open.kind === 'edge') {
      const edge = view.edges.find((e) => e.id === open.id);
      if (!edge) return undefined;
      const name = (id: string) => view.nodes.find((n) => n.term === id)?.name ?? id;
      return (
        <MechanismEdgeDetail
          lang={lang}
          edgeId={edge.id}
          title={`${name(edge.from)} → ${name(edge.to)}`}
          label={edge.label}
          summary={edge.summary}
          claims={claimSources(edge.claims, sources).map(({ claim, citations }) => ({
            id: claim.id,
            statement: pick(claim.statement, lang),
            chips: claimChips(claim, glossary, lang, t),
            citations,
          }))}
          review={(() => {
            const review = reviewFor(edge.claims, sources);
            return review?.url ? { url: review.url, label: review.label } : undefined;
          })()}
          labels={{
            claims: t('mapEdgeClaims'),
            openReview: t('tooltipOpenReview'),
            close: t('tooltipClose'),
            unverified: unverifiedMark(t),
            legend: evidenceLegend(t),
          }}
          onClose={close}
        />
      );
    }
    const card = termCard(glossary, open.id);
    const tr = switched?.t ?? t;
    const other = otherLang(lang);
    if (!card) {
      // An abbreviation the paper defines itself: the paper's definition, no empty sections.
      const paper = listed.find((entry) => entry.id === open.id && entry.kind === 'paper');
      if (paper?.kind !== 'paper') return undefined;
      return (
        <TermCard
          lang={uiLang}
          otherLang={otherLang(uiLang)}
          name={paper.shortForm}
          category={t('tooltip_paperCategory')}
          definition={t('tooltip_paperDefinedAs', [paper.shortForm, paper.definedAs])}
          order={order}
          related={[]}
          pinned
          labels={{
            definition: t('tooltip_paperDefinitionLabel'),
            plain: t('tooltipPlain'),
            related: t('tooltipRelated'),
            openReview: t('tooltipOpenReview'),
            switchLang: '',
            close: t('tooltipClose'),
          }}
          onRelated={openTerm}
          onClose={close}
        />
      );
    }
    return (
      <TermCard
        lang={lang}
        otherLang={other}
        name={pick(card.name, lang)}
        otherName={pick(card.name, other)}
        category={tr(`category_${card.category}`)}
        definition={pick(card.definition, lang)}
        plain={pick(card.plain, lang)}
        order={order}
        related={card.related.map((r) => ({ id: r.id, name: pick(r.name, lang) }))}
        claims={card.claimCount ? tr('tooltipClaims', String(card.claimCount)) : undefined}
        evidence={<TermEvidence data={termEvidence(card.claimEvidence, tr)} />}
        review={card.review}
        pinned
        labels={{
          definition: tr('tooltipDefinition'),
          plain: tr('tooltipPlain'),
          related: tr('tooltipRelated'),
          openReview: tr('tooltipOpenReview'),
          switchLang: tr(other === 'ja' ? 'switchToJapanese' : 'switchToEnglish'),
          close: tr('tooltipClose'),
        }}
        onSwitchLang={() => {
          void translatorFor(other).then((translate) => setSwitched(other === uiLang ? undefined : { lang: other, t: translate }));
        }}
        onRelated={openTerm}
        onClose={close}
      />
    );
  }

  const onExport = (format: ExportFormat) => {
    setMessage(undefined);
    const viewName = state.view === 'chronic' ? t('mapViewChronic') : t('mapViewHealthy');
    const svg = exportSvg(view, exportText(viewName, describeIdentity(page?.identity)), figureSources(view.edges, sources));
    const name = `glossa-mechanism-map-${state.view}`;
    if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`);
    svgToPng(svg).then(
      (png) => download(png, `${name}.png`),
      (error: unknown) => setMessage(t('mapExportFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? at + 1 : e.key === 'ArrowLeft' ? at - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -2;
    if (next === -2) return;
    e.preventDefault();
    const chosen = TABS[(next + TABS.length) % TABS.length];
    setTab(chosen);
    document.getElementById(`tab-${chosen}`)?.focus();
  };

  return (
    <main class="sidepanel" lang={uiLang}>
      <header>
        <h1>{t('extName')}</h1>
        {identifiers(page?.identity).length ? (
          <p class="identity">
            <Identifiers ids={identifiers(page?.identity)} />
          </p>
        ) : null}
      </header>
      <div role="status" class="status">
        {status !== 'ready' ? t(STATUS_TEXT[status]) : null}
      </div>
      <div class="tabs" role="tablist" aria-label={t('panel_tabs')} onKeyDown={onTabKey}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            class="tab"
            data-glossa-panel-tab={name}
            aria-selected={tab === name}
            aria-controls={`tabpanel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {name === 'map' ? t('panel_tabMap') : t('sidepanelTermsHeading')}
            {name === 'terms' && status === 'ready' ? ' ' : null}
            {name === 'terms' && status === 'ready' ? <span class="count">{listed.length}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="tabpanel-terms" aria-labelledby="tab-terms" hidden={tab !== 'terms'}>
        {status === 'ready' ? (
          <TermsList
            terms={listed.map((entry) => ({
              id: entry.id,
              count: entry.count,
              name: entry.kind === 'glossary' ? pick(entry.term.name, uiLang) : entry.shortForm,
              onMap: onMap.has(entry.id),
            }))}
            labels={{
              none: t('popupNoTerms'),
              onMap: t('mapOnMap'),
              occurrences: (n) => (n === 1 ? t('popup_occurrencesOne') : t('popupOccurrences', String(n))),
            }}
            onSelect={(id) => {
              openTerm(id);
              setTab('map');
            }}
          />
        ) : null}
      </div>
      <div role="tabpanel" id="tabpanel-map" aria-labelledby="tab-map" hidden={tab !== 'map'}>
        <MechanismPanel
          view={view}
          state={state}
          textItems={textItems}
          detail={detail}
          message={message}
          labels={labels}
          onView={(name) => dispatch({ type: 'view', view: name })}
          onText={(on) => dispatch({ type: 'text', on })}
          onExport={onExport}
          onFocusItem={(item) => dispatch({ type: 'focus', item })}
          onOpen={(item) => dispatch({ type: 'open', item })}
          onKey={(key) => dispatch({ type: 'key', key })}
        />
        {status === 'ready' ? <RelatedClaims glossary={glossary} terms={pageTerms} lang={lang} /> : null}
      </div>
    </main>
  );
}

/**
 * The side panel: follows the active tab (or the tab named by `?tab=<id>`),
 * asks its content script which glossary terms the page has, lists them and
 * lights them on the mechanism map. Holds the map's state (lib/mechanism/
 * state.ts) and turns the glossary, claims and map data into the props of
 * the render-only components. Everything is bundled: nothing is fetched.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { TermCard } from '../../components/TermCard';
import { MechanismPanel, type ExportFormat } from '../../components/MechanismPanel';
import { MechanismEdgeDetail } from '../../components/MechanismDetail';
import { bundled } from '../../lib/glossary/data';
import { indexGlossary } from '../../lib/glossary/index';
import { termCard } from '../../lib/glossary/cards';
import { otherLang, pick, t, uiLang, type Lang } from '../../lib/i18n';
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

const STATUS_TEXT: Record<Exclude<Status, 'ready'>, string> = {
  loading: 'popupLoading',
  unsupported: 'popupUnsupported',
  'not-article': 'popupNotArticle',
  off: 'popupOff',
};

function describeIdentity(id: ArticleIdentity | undefined): string | undefined {
  if (!id) return undefined;
  return [id.pmid && `PMID ${id.pmid}`, id.pmcid, id.doi && `doi:${id.doi}`].filter(Boolean).join(' · ') || undefined;
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

export function App() {
  const glossary = useMemo(() => indexGlossary(bundled), []);
  const sources = useMemo(() => sourceIndex(glossary), [glossary]);
  const strings = useMemo(mapStrings, []);
  const labels = useMemo(panelLabels, []);
  const [lang, setLang] = useState<Lang>(uiLang());
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
            direction: t(`direction_${claim.direction}`),
            evidence: t(`evidence_${claim.evidence.replace(/-/g, '_')}`),
            evidenceKind: claim.evidence,
            citations,
          }))}
          review={(() => {
            const review = reviewFor(edge.claims, sources);
            return review?.url ? { url: review.url, label: review.label } : undefined;
          })()}
          labels={{ claims: t('mapEdgeClaims'), openReview: t('tooltipOpenReview'), close: t('tooltipClose') }}
          onClose={close}
        />
      );
    }
    const card = termCard(glossary, open.id);
    if (!card) return undefined;
    const other = otherLang(lang);
    return (
      <TermCard
        lang={lang}
        otherLang={other}
        name={pick(card.name, lang)}
        otherName={pick(card.name, other)}
        category={t(`category_${card.category}`)}
        definition={pick(card.definition, lang)}
        plain={pick(card.plain, lang)}
        related={card.related.map((r) => ({ id: r.id, name: pick(r.name, lang) }))}
        claimCount={card.claimCount}
        review={card.review}
        pinned
        labels={{
          definition: t('tooltipDefinition'),
          plain: t('tooltipPlain'),
          related: t('tooltipRelated'),
          claims: t('tooltipClaims', String(card.claimCount)),
          openReview: t('tooltipOpenReview'),
          switchLang: lang === 'en' ? t('switchToJapanese') : t('switchToEnglish'),
          close: t('tooltipClose'),
        }}
        onSwitchLang={() => setLang(other)}
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

  return (
    <main class="sidepanel" lang={lang}>
      <header>
        <h1>{t('extName')}</h1>
        {describeIdentity(page?.identity) ? <p class="identity">{describeIdentity(page?.identity)}</p> : null}
      </header>
      <div role="status" class="status">
        {status !== 'ready' ? t(STATUS_TEXT[status]) : null}
      </div>
      {status === 'ready' ? (
        <TermsList
          terms={pageTerms.flatMap(({ id, count }) => {
            const term = glossary.terms.get(id);
            return term ? [{ id, count, name: pick(term.name, lang), onMap: onMap.has(id) }] : [];
          })}
          labels={{ heading: t('sidepanelTermsHeading'), none: t('popupNoTerms'), onMap: t('mapOnMap') }}
          onSelect={openTerm}
        />
      ) : null}
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
    </main>
  );
}

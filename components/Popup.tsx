/**
 * The popup's view: the reading map of the current article. A header with
 * the on/off switch and a link to the options, one status line, a section
 * index, then Terms on this page, Related claims, Claims in this paper and
 * a slot for Highlights. Render only: data and actions are props.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Lang } from '../lib/i18n';
import { Identifiers } from './Identifier';
import { ReadingMapTerms, type ReadingMapTermsProps } from './ReadingMapTerms';
import { ReadingMapClaims, type ReadingMapClaimsProps } from './ReadingMapClaims';
import { ReadingMapPaper, type ReadingMapPaperProps } from './ReadingMapPaper';

export type { PopupTerm, TermGroup } from './ReadingMapTerms';
export type { PopupClaim } from './ReadingMapClaims';
export type { PopupPaperClaim } from './ReadingMapPaper';

export type PopupStatus = 'loading' | 'unsupported' | 'not-article' | 'off' | 'site-off' | 'ready';

export interface PopupLabels {
  title: string;
  enabled: string;
  options: string;
  unsupported: string;
  notArticle: string;
  off: string;
  siteOff: string;
  loading: string;
  nav: string;
  navTerms: string;
  navClaims: string;
  navPaper: string;
  navHighlights: string;
  highlights: string;
  openSidePanel: string;
}

export interface PopupProps {
  lang: Lang;
  status: PopupStatus;
  enabled: boolean;
  /** The article's identifiers, e.g. ["PMID 123", "PMC456", "doi:10.1000/xyz"]. */
  identity?: string[];
  labels: PopupLabels;
  terms: Omit<ReadingMapTermsProps, 'onReveal' | 'onPrevious'>;
  claims: Omit<ReadingMapClaimsProps, 'onFilter'>;
  paper: Omit<ReadingMapPaperProps, 'onShowSentence' | 'onShowAll'>;
  /**
   * SLOT for the Highlights section (components/HighlightList.tsx, built
   * separately): rendered under its own heading when given; the section
   * and its index entry are left out when undefined.
   */
  highlights?: ComponentChildren;
  /** SLOT under the article's identifiers where the page links its PDF: "Read the PDF with Glossa" (components/PdfOffer.tsx). */
  pdf?: ComponentChildren;
  /** SLOT under the status line on a page Glossa does not read: offers to read its site (components/SiteAccess.tsx). */
  siteAccess?: ComponentChildren;
  onToggle: (enabled: boolean) => void;
  onOpenOptions: () => void;
  /** Opens the side panel (reading map and mechanism map); absent where the browser has none. */
  onOpenSidePanel?: () => void;
  onReveal: ReadingMapTermsProps['onReveal'];
  onPrevious: ReadingMapTermsProps['onPrevious'];
  onFilter: ReadingMapClaimsProps['onFilter'];
  onShowSentence: ReadingMapPaperProps['onShowSentence'];
  onShowAllPaper: ReadingMapPaperProps['onShowAll'];
}

export function Popup(props: PopupProps) {
  const { labels } = props;
  const ready = props.status === 'ready';
  // Section jumps land below the sticky header, however tall it is (it wraps on long identifiers).
  const top = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const header = top.current;
    if (!header) return;
    const apply = () => document.documentElement.style.setProperty('--top-height', `${header.offsetHeight}px`);
    apply();
    const observer = new ResizeObserver(apply);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return (
    <main class="popup" lang={props.lang}>
      <header class="top" ref={top}>
        <div class="title-row">
          <h1>{labels.title}</h1>
          {props.onOpenSidePanel ? (
            <button type="button" class="panel-link" data-glossa-open-sidepanel="" onClick={props.onOpenSidePanel}>
              {labels.openSidePanel}
            </button>
          ) : null}
          <button type="button" class="options-link" onClick={props.onOpenOptions}>
            {labels.options}
          </button>
          {props.status !== 'unsupported' ? (
            <label class="switch">
              <input
                type="checkbox"
                // biome-ignore lint/a11y/useAriaPropsForRole: a native checkbox exposes its checked state to the switch role
                role="switch"
                checked={props.enabled}
                data-glossa-toggle=""
                onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
              />
              {labels.enabled}
            </label>
          ) : null}
        </div>
        {props.identity?.length ? (
          <p class="identity">
            <Identifiers ids={props.identity} />
          </p>
        ) : null}
        {props.pdf ?? null}
        {ready ? (
          <nav class="map-nav" aria-label={labels.nav}>
            <a href="#map-terms">{labels.navTerms}</a>
            <a href="#map-claims">{labels.navClaims}</a>
            <a href="#map-paper">{labels.navPaper}</a>
            {props.highlights !== undefined ? <a href="#map-highlights">{labels.navHighlights}</a> : null}
          </nav>
        ) : null}
      </header>
      <div role="status" class="status">
        {props.status === 'loading' ? labels.loading : null}
        {props.status === 'unsupported' ? labels.unsupported : null}
        {props.status === 'not-article' ? labels.notArticle : null}
        {props.status === 'off' ? labels.off : null}
        {props.status === 'site-off' ? labels.siteOff : null}
      </div>
      {props.status === 'unsupported' && props.siteAccess !== undefined ? props.siteAccess : null}
      {ready ? (
        <>
          <ReadingMapTerms {...props.terms} onReveal={props.onReveal} onPrevious={props.onPrevious} />
          <ReadingMapClaims {...props.claims} onFilter={props.onFilter} />
          <ReadingMapPaper {...props.paper} onShowSentence={props.onShowSentence} onShowAll={props.onShowAllPaper} />
          {props.highlights !== undefined ? (
            <section id="map-highlights" class="map-section" aria-labelledby="highlights-heading">
              <h2 id="highlights-heading">{labels.highlights}</h2>
              {props.highlights}
            </section>
          ) : null}
        </>
      ) : null}
    </main>
  );
}

// @vitest-environment happy-dom
/**
 * Hostile glossary data rendered by the real views: the term card (tooltip,
 * components/TermCard.tsx) and the popup (components/Popup.tsx), with every
 * string prop set to each payload. Whatever the payload, the rendered DOM has
 * exactly the elements and attribute names it has for harmless data, no
 * event attribute, no script-capable element, and the payload appears as
 * text (or as a literal attribute value) unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { TermCard, type TermCardProps } from '../../components/TermCard';
import { Popup, type PopupProps } from '../../components/Popup';
import type { PopupClaim } from '../../components/ReadingMapClaims';
import { DANGEROUS_TAGS, PAYLOADS, eventAttributes, hrefs, isSafeLink, structure } from './payloads';

const BENIGN = 'benign text';
const REVIEW_URL = 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/';
const SEARCH_URL = 'https://pubmed.ncbi.nlm.nih.gov/?term=kcc2&filter=pubt.review';

function termCardProps(s: string): TermCardProps {
  return {
    lang: 'en',
    otherLang: 'ja',
    name: s,
    otherName: `${s} (ja)`,
    category: s,
    definition: s,
    plain: s,
    order: 'plain-first',
    related: [{ id: s, name: s }],
    claims: s,
    review: { url: REVIEW_URL, label: s },
    pinned: true,
    labels: { definition: s, plain: s, related: s, openReview: s, switchLang: s, close: s },
    onSwitchLang: () => undefined,
    onRelated: () => undefined,
    onClose: () => undefined,
  };
}

function popupClaim(s: string): PopupClaim {
  return {
    id: s,
    statement: s,
    chips: {
      direction: { direction: 'increases', subject: s, verb: s, object: s, explanation: s },
      evidence: { kind: 'animal-model', label: s, explanation: s, steps: 2, total: 4 },
    },
    conditions: [s],
    citations: [{ label: s, url: REVIEW_URL }, { label: s }],
    review: { url: REVIEW_URL, passage: true },
  };
}

function popupProps(s: string): PopupProps {
  const claimLabels = { condition: () => s, openReview: s, openReviewAt: s, unverified: { label: s, explanation: s } };
  const legend = { title: s, claim: s, intro: s, items: [{ kind: 'review' as const, label: s, explanation: s, steps: 1, total: 4 }] };
  return {
    lang: 'en',
    status: 'ready',
    enabled: true,
    identity: [s],
    labels: {
      title: s,
      enabled: s,
      options: s,
      unsupported: s,
      notArticle: s,
      off: s,
      siteOff: s,
      loading: s,
      nav: s,
      navTerms: s,
      navClaims: s,
      navPaper: s,
      navHighlights: s,
      highlights: s,
      openSidePanel: s,
    },
    terms: {
      groups: [
        {
          id: s,
          label: s,
          terms: [
            {
              id: s,
              name: s,
              otherName: s,
              category: s,
              count: 2,
              position: s,
              review: { url: REVIEW_URL, label: s },
              pubmedUrl: SEARCH_URL,
            },
          ],
        },
      ],
      labels: {
        heading: s,
        none: s,
        reveal: s,
        previous: () => s,
        next: () => s,
        occurrences: () => s,
        reviewOf: () => s,
        reviewShort: s,
        findReviewsFor: () => s,
        searchShort: s,
      },
    },
    claims: {
      claims: [popupClaim(s)],
      shown: 1,
      filterTerms: [{ id: s, name: s }],
      filter: '',
      labels: {
        ...claimLabels,
        heading: s,
        none: s,
        filter: s,
        filterAll: s,
        intro: s,
        ranked: s,
        legend,
        more: () => s,
        fewer: s,
        moreShown: () => s,
        noneCentral: () => s,
      },
    },
    paper: {
      state: 'ready',
      claims: [
        {
          key: s,
          pieces: [{ text: s, mark: 'subject' }, { text: s }, { text: s, mark: 'object' }],
          sentence: s,
          subject: s,
          object: s,
          summary: s,
          direction: s,
          negated: true,
          comparisons: [{ verdict: 'conflicts', verdictLabel: s, claim: popupClaim(s) }],
        },
      ],
      limit: 5,
      message: s,
      labels: { ...claimLabels, heading: s, loading: s, none: s, error: s, note: s, showSentence: s, thisPaper: s, curated: s, showAll: s },
    },
    onToggle: () => undefined,
    onOpenOptions: () => undefined,
    onOpenSidePanel: () => undefined,
    onReveal: () => undefined,
    onPrevious: () => undefined,
    onFilter: () => undefined,
    onShowSentence: () => undefined,
    onShowAllPaper: () => undefined,
  };
}

function mount(vnode: preact.ComponentChild): HTMLElement {
  const host = document.createElement('div');
  document.body.appendChild(host);
  render(vnode, host);
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The checks shared by both views. */
function expectInert(host: HTMLElement, benign: HTMLElement, payload: string) {
  // Identifiers get <wbr> break points at their slashes and dots: inert, and not part of the comparison.
  const withoutBreaks = (el: HTMLElement) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const wbr of copy.querySelectorAll('wbr')) wbr.remove();
    return copy;
  };
  expect(structure(withoutBreaks(host))).toEqual(structure(withoutBreaks(benign)));
  expect(eventAttributes(host)).toEqual([]);
  expect([...host.querySelectorAll('*')].filter((el) => DANGEROUS_TAGS.has(el.tagName))).toEqual([]);
  for (const url of hrefs(host)) {
    if (!url.startsWith('#')) expect(isSafeLink(url), url).toBe(true);
  }
  // The payload is there as text: the DOM's text holds it verbatim (the parser never saw it).
  const texts: string[] = [];
  const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
  expect(texts.filter((t) => t === payload || t.includes(payload)).length).toBeGreaterThan(0);
}

describe('term card with hostile glossary data', () => {
  const benign = mount(<TermCard {...termCardProps(BENIGN)} />);
  const benignCopy = benign.cloneNode(true) as HTMLElement;

  it.each(PAYLOADS.map((p) => [p.name, p.text]))('%s: renders as inert text', (_, payload) => {
    const host = mount(<TermCard {...termCardProps(payload)} />);
    expectInert(host, benignCopy, payload);
    // Values set as attributes stay literal attribute values.
    expect(host.querySelector('button.chip')!.getAttribute('data-term')).toBe(payload);
    expect(host.querySelector('a.review')!.getAttribute('title')).toBe(payload);
    expect(host.querySelector('a.review')!.getAttribute('href')).toBe(REVIEW_URL);
    expect(host.querySelector('.definition')!.textContent).toContain(payload);
  });
});

describe('popup with hostile glossary data', () => {
  const benignCopy = mount(<Popup {...popupProps(BENIGN)} />).cloneNode(true) as HTMLElement;

  it.each(PAYLOADS.map((p) => [p.name, p.text]))('%s: renders as inert text', (_, payload) => {
    const host = mount(<Popup {...popupProps(payload)} />);
    expectInert(host, benignCopy, payload);
    expect(host.querySelector('.identity')!.textContent).toBe(payload);
    // The chips' names and explanations are text: the direction chip names subject and object, its explanation is the element it describes itself with.
    const chip = host.querySelector('button.gl-chip.direction')!;
    expect(chip.textContent).toContain(payload);
    expect(host.querySelector(`[id="${chip.getAttribute('aria-describedby')}"]`)!.textContent).toBe(payload);
  });

  it('has at least 30 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(30);
  });
});

/**
 * The pieces that explain a curated claim's evidence, for any view that
 * lists claims (popup, side panel, the tooltip, the mechanism map's link
 * details): a chip that explains itself on hover, on keyboard focus and on
 * click (ExplainedChip), the evidence chip with its step on the scale, the
 * direction chip that names subject and object, the legend of the scale
 * with what a claim is, a term's claims counted by evidence kind, and the
 * "not verified" mark of a citation without a checked identifier.
 *
 * An explanation is an element the chip names with aria-describedby, so
 * screen readers read it with the chip whether or not it is shown (it has
 * no role="tooltip": inside the page's tooltip that role belongs to the
 * tooltip itself, the testability contract's `[data-glossa-ui="tooltip"]
 * [role="tooltip"]`); it shows while the pointer is over the chip or the
 * explanation, while the chip has focus, or after a click, and Escape hides
 * it. Floating UI keeps it inside the viewport. Render only: texts come in
 * as props (lib/claims/view.ts builds them).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { Direction, Evidence } from '../lib/glossary/schema';
import { OWNS_ESCAPE_ATTR } from '../lib/tooltip/owns-escape';

/** Leaving the chip for its explanation crosses a small gap: wait this long before hiding. */
const HIDE_DELAY_MS = 200;

export interface ExplainedChipProps {
  /** Classes of the chip (the button). */
  class: string;
  explanation: string;
  children: ComponentChildren;
  /** Data attributes and the like for the chip. */
  attrs?: Record<string, string>;
}

export function ExplainedChip(props: ExplainedChipProps) {
  const id = `gl-tip-${useId()}`;
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const chip = useRef<HTMLButtonElement>(null);
  const tip = useRef<HTMLSpanElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const open = !dismissed && (hovered || focused || pinned);

  useLayoutEffect(() => {
    const anchor = chip.current;
    const floating = tip.current;
    if (!open || !anchor || !floating) return;
    return autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [offset(4), flip({ padding: 6 }), shift({ padding: 6 })],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }, [open]);
  useEffect(() => () => clearTimeout(hideTimer.current), []);

  const enter = () => {
    clearTimeout(hideTimer.current);
    setHovered(true);
  };
  const leave = () => {
    clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => {
      setHovered(false);
      setDismissed(false);
    }, HIDE_DELAY_MS);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the pointer may move from the chip onto its explanation without closing it (WCAG 1.4.13); keyboard users get it on focus
    <span class="gl-chip-wrap" onMouseEnter={enter} onMouseLeave={leave}>
      <button
        ref={chip}
        type="button"
        class={`gl-chip ${props.class}`}
        aria-describedby={id}
        // While the explanation shows, Escape is ours: the page's tooltip around the chip stays (lib/tooltip/controller.ts).
        {...{ [OWNS_ESCAPE_ATTR]: open ? '' : undefined }}
        {...props.attrs}
        onFocus={() => {
          setFocused(true);
          setDismissed(false);
        }}
        onBlur={() => {
          setFocused(false);
          setPinned(false);
          setDismissed(false);
        }}
        onClick={() => {
          setDismissed(false);
          setPinned((p) => !(p && open));
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          // The explanation closes first; a second Escape reaches the page (and closes a tooltip around it).
          e.stopPropagation();
          setPinned(false);
          setDismissed(true);
        }}
      >
        {props.children}
      </button>
      <span ref={tip} id={id} class="gl-chip-tip" data-open={open ? 'true' : 'false'}>
        {props.explanation}
      </span>
    </span>
  );
}

/** The filled and empty steps of a kind on the scale (drawn, not read: the label and explanation say it). */
export function EvidenceSteps({ steps, total }: { steps: number; total: number }) {
  return (
    <span class="gl-steps" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} class={i < steps ? 'gl-step on' : 'gl-step'} />
      ))}
    </span>
  );
}

export interface EvidenceChipData {
  kind: Evidence;
  label: string;
  explanation: string;
  steps: number;
  total: number;
}

export function EvidenceChip({ evidence, count }: { evidence: EvidenceChipData; count?: { text: string; label: string } }) {
  return (
    <ExplainedChip
      class={`evidence evidence-${evidence.kind}`}
      explanation={evidence.explanation}
      attrs={{ 'data-evidence': evidence.kind }}
    >
      <EvidenceSteps steps={evidence.steps} total={evidence.total} />
      <span class="gl-chip-label">{evidence.label}</span>
      {count ? (
        <>
          <span class="gl-chip-count" aria-hidden="true">
            {count.text}
          </span>
          <span class="gl-sr-only">{count.label}</span>
        </>
      ) : null}
    </ExplainedChip>
  );
}

export interface DirectionChipData {
  direction: Direction;
  subject: string;
  verb: string;
  object: string;
  explanation: string;
}

/** "Subject → verb → object", with the sentence it stands for as its explanation. */
export function DirectionChip({ data }: { data: DirectionChipData }) {
  return (
    <ExplainedChip
      class={`direction direction-${data.direction}`}
      explanation={data.explanation}
      attrs={{ 'data-direction': data.direction }}
    >
      <span class="gl-subject">{data.subject}</span>
      <span class="gl-arrow" aria-hidden="true">
        {' → '}
      </span>
      <span class="gl-verb">{data.verb}</span>
      <span class="gl-arrow" aria-hidden="true">
        {' → '}
      </span>
      <span class="gl-object">{data.object}</span>
    </ExplainedChip>
  );
}

export interface ClaimChipsData {
  direction: DirectionChipData;
  evidence: EvidenceChipData;
}

/** A claim's direction and evidence chips, then any further chips (conditions). */
export function ClaimChips({ chips, children }: { chips: ClaimChipsData; children?: ComponentChildren }) {
  return (
    <p class="meta">
      <DirectionChip data={chips.direction} />
      <EvidenceChip evidence={chips.evidence} />
      {children}
    </p>
  );
}

export interface EvidenceLegendData {
  /** The legend's summary line, e.g. "How strong is the evidence?" */
  title: string;
  /** What a claim is, in one sentence (left out where the list above already says it). */
  claim?: string;
  intro: string;
  /** The scale, strongest first. */
  items: EvidenceChipData[];
}

/**
 * The legend of the evidence scale, folded in a disclosure (a native
 * details/summary: keyboard-operable and announced as expandable).
 */
export function EvidenceLegend({ legend, open }: { legend: EvidenceLegendData; open?: boolean }) {
  return (
    <details class="gl-legend" data-glossa-evidence-legend="" open={open}>
      <summary>{legend.title}</summary>
      {legend.claim ? <p class="gl-legend-claim">{legend.claim}</p> : null}
      <p class="gl-legend-intro">{legend.intro}</p>
      <ol class="gl-legend-scale">
        {legend.items.map((item) => (
          <li key={item.kind} data-evidence={item.kind}>
            <span class={`gl-legend-kind evidence evidence-${item.kind}`}>
              <EvidenceSteps steps={item.steps} total={item.total} />
              <span class="gl-chip-label">{item.label}</span>
            </span>{' '}
            <span class="gl-legend-text">{item.explanation}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** What a claim is: the one plain sentence shown above a list of claims. */
export function ClaimIntro({ text }: { text: string }) {
  return <p class="gl-claim-intro">{text}</p>;
}

export interface TermEvidenceData {
  /** "Evidence behind the 5 claims about this term" */
  heading: string;
  counts: Array<{ evidence: EvidenceChipData; count: { text: string; label: string } }>;
  legend: EvidenceLegendData;
}

/** A term's claims counted by kind of evidence, strongest kind first, with the legend (the tooltip's claims section). */
export function TermEvidence({ data }: { data: TermEvidenceData }) {
  if (!data.counts.length) return null;
  return (
    <div class="gl-term-evidence" data-glossa-term-evidence="">
      <p class="gl-term-evidence-heading">{data.heading}</p>
      <p class="meta">
        {data.counts.map(({ evidence, count }) => (
          <EvidenceChip key={evidence.kind} evidence={evidence} count={count} />
        ))}
      </p>
      <EvidenceLegend legend={data.legend} />
    </div>
  );
}

/** The mark after a citation whose record has no verified PMID, PMCID or DOI. */
export function UnverifiedMark({ label, explanation }: { label: string; explanation: string }) {
  return (
    <ExplainedChip class="unverified" explanation={explanation} attrs={{ 'data-unverified': '' }}>
      {label}
    </ExplainedChip>
  );
}

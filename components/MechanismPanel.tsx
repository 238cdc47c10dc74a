/**
 * The mechanism panel of the side panel: the healthy / chronic-pain switch,
 * the caption in plain words (with, in the chronic-pain view, the numbered
 * list of the links that change), the map or its text alternative, the
 * details of the node or link chosen (right under the map, never over it),
 * a legend and the export buttons. Render only: the view model,
 * state and details come in as props, actions go out through callbacks.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { EvidenceClass } from '../lib/mechanism/evidence';
import type { MapItem } from '../lib/mechanism/navigation';
import type { EdgeKind, MapViewName } from '../lib/mechanism/schema';
import type { MapState } from '../lib/mechanism/state';
import type { TextItem } from '../lib/mechanism/text';
import type { MapView } from '../lib/mechanism/view';
import { MechanismMap } from './MechanismMap';
import { MechanismText } from './MechanismText';

export interface MechanismPanelLabels {
  title: string;
  aria: string;
  viewLabel: string;
  healthy: string;
  chronic: string;
  hint: string;
  showText: string;
  showMap: string;
  textTitle: string;
  exportSvg: string;
  exportPng: string;
  onPage: string;
  people: string;
  animalsOnly: string;
  legendTitle: string;
  /** Heading of the numbered list of links that change in chronic pain. */
  changesTitle: string;
  legend: { kinds: Record<EdgeKind, string>; evidence: Record<EvidenceClass, string>; lit: string };
}

export type ExportFormat = 'svg' | 'png';

export interface MechanismPanelProps {
  view: MapView;
  state: MapState;
  textItems: TextItem[];
  /** The card of the open node or link. */
  detail?: ComponentChildren;
  /** A message after an export failed. */
  message?: string;
  labels: MechanismPanelLabels;
  onView: (view: MapViewName) => void;
  onText: (on: boolean) => void;
  onExport: (format: ExportFormat) => void;
  onFocusItem: (item: MapItem) => void;
  onOpen: (item: MapItem) => void;
  onKey: (key: string) => void;
}

const DETAIL_ID = 'mechanism-detail';
const HINT_ID = 'mechanism-hint';
const GLYPHS: Record<EdgeKind, string> = { inhibits: '⊣', facilitates: '→', modulates: '•', switches: '⇄' };

export function MechanismPanel(props: MechanismPanelProps) {
  const { labels, view, state } = props;
  // Opened details come into view below the map (they never lie over it).
  const detailRef = useRef<HTMLElement>(null);
  const openKey = state.open ? `${state.open.kind}:${state.open.id}` : '';
  useEffect(() => {
    if (openKey) detailRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [openKey]);
  return (
    <section class="mechanism" aria-labelledby="mechanism-heading" lang={view.lang}>
      <div class="mechanism-head">
        <h2 id="mechanism-heading">{labels.title}</h2>
        <div class="views" role="radiogroup" aria-label={labels.viewLabel}>
          {(['healthy', 'chronic'] as const).map((name) => (
            <label key={name} class={state.view === name ? 'checked' : undefined}>
              <input
                type="radio"
                name="mechanism-view"
                value={name}
                data-glossa-view={name}
                checked={state.view === name}
                onChange={() => props.onView(name)}
              />
              {name === 'healthy' ? labels.healthy : labels.chronic}
            </label>
          ))}
        </div>
      </div>
      <p class="caption-summary">{view.caption.summary}</p>
      {view.changes.length ? (
        <div class="changes">
          <p class="changes-title" id="mechanism-changes">
            {labels.changesTitle}
          </p>
          <ol aria-labelledby="mechanism-changes">
            {view.changes.map((c) => (
              <li key={c.edgeId} value={c.n} data-change={c.change} data-edge={c.edgeId}>
                {c.text}
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {state.text ? (
        <MechanismText
          items={props.textItems}
          labels={{ title: labels.textTitle, onPage: labels.onPage }}
          onOpenEdge={(id) => props.onOpen({ kind: 'edge', id, origin: view.edges.find((e) => e.id === id)?.from ?? '' })}
        />
      ) : (
        <>
          <MechanismMap
            view={view}
            focus={state.focus}
            open={state.open}
            moves={state.moves}
            label={labels.aria}
            describedBy={HINT_ID}
            detailId={DETAIL_ID}
            onFocusItem={props.onFocusItem}
            onOpen={props.onOpen}
            onKey={props.onKey}
          />
          <p id={HINT_ID} class="hint">
            {labels.hint}
          </p>
        </>
      )}

      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the details (which holds buttons and links) closes them */}
      <section
        ref={detailRef}
        id={DETAIL_ID}
        class="detail"
        aria-live="polite"
        hidden={!props.detail}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onKey('Escape');
        }}
      >
        {props.detail}
      </section>

      <ul class="legend" aria-label={labels.legendTitle}>
        {(Object.keys(labels.legend.kinds) as EdgeKind[]).map((kind) => (
          <li key={kind} class={`legend-kind kind-${kind}`}>
            <span class="swatch" aria-hidden="true">
              {GLYPHS[kind]}
            </span>
            {labels.legend.kinds[kind]}
          </li>
        ))}
        {(Object.keys(labels.legend.evidence) as EvidenceClass[]).map((kind) => (
          <li key={kind} class={`legend-evidence evidence-${kind}`}>
            <span class="line" aria-hidden="true" />
            {labels.legend.evidence[kind]}
          </li>
        ))}
        <li class="legend-lit">
          <span class="lit-swatch" aria-hidden="true" />
          {labels.legend.lit}
        </li>
      </ul>

      <div class="caption-evidence">
        <p class="people">
          <strong>{labels.people}</strong> {view.caption.people}
        </p>
        <p class="animals">
          <strong>{labels.animalsOnly}</strong> {view.caption.animalsOnly}
        </p>
      </div>

      <div class="actions">
        <button type="button" data-glossa-text-toggle="" aria-pressed={state.text} onClick={() => props.onText(!state.text)}>
          {state.text ? labels.showMap : labels.showText}
        </button>
        <button type="button" data-glossa-export="svg" onClick={() => props.onExport('svg')}>
          {labels.exportSvg}
        </button>
        <button type="button" data-glossa-export="png" onClick={() => props.onExport('png')}>
          {labels.exportPng}
        </button>
      </div>
      {props.message ? (
        <p role="alert" class="message">
          {props.message}
        </p>
      ) : null}
    </section>
  );
}

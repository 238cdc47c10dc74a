// @vitest-environment happy-dom
/**
 * The map's components in happy-dom, wired to the real state reducer as the
 * side panel wires them: lit nodes, the chronic-pain view, the keyboard path
 * along edges, Enter and Escape, the one-click text alternative, the export
 * buttons, and a link's details.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useReducer } from 'preact/hooks';
import { MechanismPanel, type ExportFormat, type MechanismPanelLabels } from '../../../components/MechanismPanel';
import { MechanismEdgeDetail } from '../../../components/MechanismDetail';
import { initialMapState, mapReducer } from '../../../lib/mechanism/state';
import { textAlternative } from '../../../lib/mechanism/text';
import { litNodes } from '../../../lib/mechanism/lit';
import { mechanismMap } from '../../../lib/mechanism/data';
import { DEMO_TERMS, exportText, msg, view } from './fixtures';

const labels: MechanismPanelLabels = {
  title: msg('mapTitle'),
  aria: msg('mapAria'),
  viewLabel: msg('mapViewLabel'),
  healthy: msg('mapViewHealthy'),
  chronic: msg('mapViewChronic'),
  hint: msg('mapHint'),
  showText: msg('mapShowText'),
  showMap: msg('mapShowMap'),
  textTitle: msg('mapTextTitle'),
  exportSvg: msg('mapExportSvg'),
  exportPng: msg('mapExportPng'),
  onPage: msg('mapOnPage'),
  people: msg('mapPeople'),
  animalsOnly: msg('mapAnimalsOnly'),
  changesTitle: 'What changes',
  legendTitle: msg('mapLegend'),
  legend: exportText.legend,
};

const reducer = mapReducer(view());
const exported: ExportFormat[] = [];

/** The panel with its state, as entrypoints/sidepanel/App.tsx holds it. */
function Panel({ lit }: { lit: ReadonlySet<string> }) {
  const [state, dispatch] = useReducer(reducer, initialMapState);
  const v = view({ view: state.view, lit });
  return (
    <MechanismPanel
      view={v}
      state={state}
      textItems={textAlternative(v)}
      detail={state.open ? <p data-open={`${state.open.kind}:${state.open.id}`}>{state.open.id}</p> : undefined}
      labels={labels}
      onView={(name) => dispatch({ type: 'view', view: name })}
      onText={(on) => dispatch({ type: 'text', on })}
      onExport={(format) => exported.push(format)}
      onFocusItem={(item) => dispatch({ type: 'focus', item })}
      onOpen={(item) => dispatch({ type: 'open', item })}
      onKey={(key) => dispatch({ type: 'key', key })}
    />
  );
}

let root: HTMLElement;
const $ = <T extends Element = Element>(selector: string) => root.querySelector<T>(selector);
const $$ = (selector: string) => [...root.querySelectorAll(selector)];
const active = () => {
  const el = document.activeElement;
  return el?.getAttribute('data-glossa-node') ?? el?.getAttribute('data-glossa-edge') ?? el?.nodeName;
};
const press = async (key: string) => {
  await act(() => {
    (document.activeElement ?? root).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
};
const click = async (el: Element | null) => {
  expect(el).not.toBeNull();
  await act(() => {
    el!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
};

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  exported.length = 0;
  await act(() => render(<Panel lit={litNodes(mechanismMap, DEMO_TERMS)} />, root));
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('MechanismPanel', () => {
  it('draws every node with its term id and accessible name, lit while on the page', () => {
    const nodes = $$('[data-glossa-node]');
    expect(nodes.length).toBe(mechanismMap.nodes.length);
    for (const n of nodes) {
      expect(n.getAttribute('role')).toBe('button');
      expect(n.getAttribute('aria-label')!.length).toBeGreaterThan(3);
    }
    const lit = $$('[data-glossa-node][data-lit="true"]')
      .map((n) => n.getAttribute('data-glossa-node'))
      .sort();
    expect(lit).toEqual(['chloride', 'dnic', 'htr3', 'kcc2', 'off-cells', 'on-cells', 'pag', 'rvm']);
    expect($('[data-glossa-node="insular-cortex"]')!.hasAttribute('data-lit')).toBe(false);
    expect($('[data-glossa-node="insular-cortex"]')!.getAttribute('class')).toContain('dim');
    expect($$('[data-glossa-edge]').every((e) => (e.getAttribute('aria-label') ?? '').includes('→'))).toBe(true);
    // One tab stop.
    expect($$('svg [tabindex="0"]').length).toBe(1);
  });

  it('redraws the edges for chronic pain and changes the caption', async () => {
    const width = (id: string) => Number($(`[data-glossa-edge="${id}"] path.line`)!.getAttribute('stroke-width'));
    const marker = (id: string) => $(`[data-glossa-edge="${id}"] path.line`)!.getAttribute('marker-end');
    const before = { kcc2: width('kcc2-chloride'), htr3: width('nrm-htr3'), people: $('.caption-evidence .people')!.textContent };
    expect(marker('nrm-dorsal-horn-switch')).toBe('url(#glossa-bar-switches)');
    const chronic = $<HTMLInputElement>('[data-glossa-view="chronic"]')!;
    await act(() => {
      chronic.checked = true;
      chronic.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('svg.mechanism-map')!.getAttribute('class')).toContain('view-chronic');
    expect(width('kcc2-chloride')).toBeLessThan(before.kcc2);
    expect(width('nrm-htr3')).toBeGreaterThan(before.htr3);
    expect(marker('nrm-dorsal-horn-switch')).toBe('url(#glossa-arrow-switches)');
    expect($('[data-glossa-edge="kcc2-chloride"]')!.getAttribute('data-change')).toBe('weaker');
    expect($('.caption-evidence .people')!.textContent).not.toBe(before.people);
    // Still lit.
    expect($('[data-glossa-node="kcc2"]')!.getAttribute('data-lit')).toBe('true');
  });

  it('walks along edges with the arrow keys; Enter opens, Escape closes and returns', async () => {
    const pfc = $<SVGElement>('[data-glossa-node="prefrontal-cortex"]')!;
    await act(() => pfc.focus());
    expect(active()).toBe('prefrontal-cortex');
    await press('ArrowDown');
    expect(active()).toBe('pfc-pag');
    expect($('[data-glossa-edge="pfc-pag"]')!.getAttribute('tabindex')).toBe('0');
    await press('ArrowDown');
    expect(active()).toBe('pag');
    await press('ArrowDown');
    await press('ArrowDown');
    expect(active()).toBe('rvm');
    await press('Enter');
    expect($('[data-open]')!.getAttribute('data-open')).toBe('node:rvm');
    expect($('#mechanism-detail')!.hasAttribute('hidden')).toBe(false);
    expect($('[data-glossa-node="rvm"]')!.getAttribute('aria-expanded')).toBe('true');
    await press('Escape');
    expect($('[data-open]')).toBeNull();
    expect($('#mechanism-detail')!.hasAttribute('hidden')).toBe(true);
    expect(active()).toBe('rvm');
    // A click on a link opens its details too.
    await click($('[data-glossa-edge="srd-dnic"]'));
    expect($('[data-open]')!.getAttribute('data-open')).toBe('edge:srd-dnic');
  });

  it('shows the text alternative in one click, and the map again', async () => {
    const toggle = $('[data-glossa-text-toggle]')!;
    expect(toggle.textContent).toBe(labels.showText);
    await click(toggle);
    expect($('svg.mechanism-map')).toBeNull();
    expect($$('ol[data-glossa-text] > li').length).toBe(mechanismMap.nodes.length);
    expect($('ol[data-glossa-text] > li[data-term="kcc2"]')!.textContent).toContain('(on this page)');
    // A link in the list opens its details.
    await click($('ol[data-glossa-text] button[data-edge="kcc2-chloride"]'));
    expect($('[data-open]')!.getAttribute('data-open')).toBe('edge:kcc2-chloride');
    await click($('[data-glossa-text-toggle]'));
    expect($('svg.mechanism-map')).not.toBeNull();
  });

  it('asks for SVG and PNG exports', async () => {
    await click($('[data-glossa-export="svg"]'));
    await click($('[data-glossa-export="png"]'));
    expect(exported).toEqual(['svg', 'png']);
  });
});

describe('MechanismEdgeDetail', () => {
  it("lists a link's claims with citations and the review, and closes", async () => {
    const onClose = vi.fn();
    const host = document.createElement('div');
    await act(() =>
      render(
        <MechanismEdgeDetail
          lang="en"
          edgeId="srd-dnic"
          title="SRD → DNIC"
          label="In rats, DNIC needs the SRD, not the RVM"
          summary="dampens pain; evidence from animals only; claims: 1"
          claims={[
            {
              id: 'c1',
              statement: '<b>not html</b>',
              chips: {
                direction: { direction: 'increases', subject: 'SRD', verb: 'increases', object: 'DNIC', explanation: 'SRD increases DNIC' },
                evidence: { kind: 'animal-model', label: 'Animal studies', explanation: 'In rats or mice.', steps: 2, total: 4 },
              },
              citations: [{ label: 'Le Bars D 1992', url: 'https://pubmed.ncbi.nlm.nih.gov/1/' }, { label: 'No link' }],
            },
          ]}
          review={{ url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC1/', label: 'Review 2020' }}
          labels={{
            claims: 'Claims behind this link',
            openReview: 'Open the related review',
            close: 'Close',
            unverified: { label: 'not verified', explanation: 'No checked identifier.' },
            legend: { title: 'How strong is the evidence?', claim: 'A claim is…', intro: 'Kinds:', items: [] },
          }}
          onClose={onClose}
        />,
        host,
      ),
    );
    expect(host.querySelector('[data-claim="c1"] .statement')!.textContent).toBe('<b>not html</b>');
    expect(host.querySelector('b')).toBeNull();
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://pubmed.ncbi.nlm.nih.gov/1/',
      'https://pmc.ncbi.nlm.nih.gov/articles/PMC1/',
    ]);
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    await act(() => host.querySelector<HTMLButtonElement>('button.close')!.click());
    expect(onClose).toHaveBeenCalledOnce();
  });
});

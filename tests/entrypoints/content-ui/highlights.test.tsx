// @vitest-environment happy-dom
/**
 * The page's highlight code as the content script runs it (startHighlights:
 * placement, the action bar, editing, storage), in happy-dom on the demo
 * article with WXT's fake browser storage. These tests drive the action bar
 * the way a fast reader (or a loaded machine) can: typing into the note the
 * moment its editor opens, saving a note right after picking a colour or
 * right after making the highlight, clicking elsewhere with a note half
 * typed. Whatever the timing, what was typed ends up saved or kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startHighlights, type HighlightsApi } from '../../../entrypoints/content-ui/highlights';
import { pubmed } from '../../../lib/sites/pubmed';
import { allHighlights } from '../../../lib/highlights/store';
import type { HighlightRecord } from '../../../lib/highlights/model';

// A path, not a URL: happy-dom replaces the global URL class.
const DEMO = readFileSync(join(import.meta.dirname, '../../../demo/pubmed-demo.html'), 'utf8');
const QUOTE = 'Descending pain modulation from the periaqueductal gray';

let ctx: ContentScriptContext;
let life: AbortController;
let api: HighlightsApi;
let barChanges: boolean[];

beforeEach(async () => {
  fakeBrowser.reset();
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://pubmed.ncbi.nlm.nih.gov/glossa-demo/');
  const parsed = new DOMParser().parseFromString(DEMO, 'text/html');
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  ctx = new ContentScriptContext('test');
  life = new AbortController();
  barChanges = [];
  api = await startHighlights({ ctx, adapter: pubmed, signal: life.signal, onBarChange: (open) => barChanges.push(open) });
});

afterEach(() => {
  life.abort();
  ctx.abort();
  document.body.replaceChildren();
});

/** The action bar's shadow root, once it is on the page. */
function bar(): ShadowRoot | null {
  return document.querySelector('[data-glossa-ui="actions"]')?.shadowRoot ?? null;
}

const inBar = <T extends Element = HTMLElement>(selector: string): T | null => bar()?.querySelector<T>(selector) ?? null;

async function waitFor<T>(get: () => T | null | undefined | false): Promise<T> {
  let value: T | null | undefined | false;
  await vi.waitFor(
    () => {
      value = get();
      if (!value) throw new Error('not yet');
    },
    { timeout: 5000, interval: 5 },
  );
  return value as T;
}

/** Selects `text` (within one text node) in the abstract and lets the selection settle: the bar opens. */
async function selectAndOpenBar(text: string): Promise<void> {
  const p = [...document.querySelectorAll('#eng-abstract p')].find((el) => (el.textContent ?? '').replace(/\s+/g, ' ').includes(text))!;
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      break;
    }
  }
  api.checkSelection();
  await waitFor(() => inBar('[data-glossa-action="highlight"][data-colour="green"]'));
}

/** Types into a field of the bar as an input event does: the value, then `input`. */
function type(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const click = (el: Element | null) => (el as HTMLElement).click();

/** What storage holds, once it holds what `done` expects. */
async function storedWhen(done: (records: HighlightRecord[]) => boolean): Promise<HighlightRecord[]> {
  let records: HighlightRecord[] = [];
  await vi.waitFor(
    async () => {
      records = await allHighlights();
      if (!done(records)) throw new Error(`stored: ${JSON.stringify(records.map((r) => [r.colour, r.note, r.tags]))}`);
    },
    { timeout: 5000, interval: 10 },
  );
  return records;
}

describe('the action bar on the page', () => {
  it('choosing a colour makes the highlight and keeps the bar open on it, with note and delete', async () => {
    await selectAndOpenBar(QUOTE);
    click(inBar('[data-colour="green"]'));
    const id = (await waitFor(() => document.querySelector('[data-glossa-highlight]')))!.getAttribute('data-glossa-highlight')!;
    expect(inBar('.gl-bar')?.getAttribute('data-mode')).toBe('edit');
    expect(inBar('[data-colour="green"]')?.getAttribute('aria-pressed')).toBe('true');
    expect(inBar('[data-glossa-action="delete"]')).not.toBeNull();
    expect(inBar('[role="status"]')?.textContent).not.toBe('');
    const [record] = await storedWhen((r) => r.length === 1);
    expect(record).toMatchObject({ id, colour: 'green', quote: { exact: QUOTE } });
    expect(barChanges).toEqual([true]);
  });

  it('keeps a note typed the moment its editor opens, before anything else has run', async () => {
    await selectAndOpenBar(QUOTE);
    click(inBar('[data-colour="green"]'));
    await storedWhen((r) => r.length === 1);
    click(inBar('[data-glossa-action="note"]'));
    // The editor is there at once, and takes the text in the same task.
    type(inBar<HTMLTextAreaElement>('[data-glossa-field="note"]')!, 'Definition used in the paper');
    // Whatever runs after a paint (effects, timers) must not reset it.
    await new Promise((r) => setTimeout(r, 150));
    expect(inBar<HTMLTextAreaElement>('[data-glossa-field="note"]')!.value).toBe('Definition used in the paper');
    type(inBar<HTMLInputElement>('[data-glossa-field="tags"]')!, 'anhedonia, definition');
    click(inBar('[data-glossa-action="save-note"]'));
    const [record] = await storedWhen((r) => r[0]?.tags.length === 2);
    expect(record).toMatchObject({ note: 'Definition used in the paper', tags: ['anhedonia', 'definition'] });
  });

  it('a note saved right after making the highlight, and a colour changed meanwhile, are all saved', async () => {
    await selectAndOpenBar(QUOTE);
    // "Add note" on a selection makes the highlight and opens the editor; nothing waits for storage.
    click(inBar('[data-glossa-action="note"]'));
    type(inBar<HTMLTextAreaElement>('[data-glossa-field="note"]')!, 'Typed before the highlight was stored');
    click(inBar('[data-glossa-action="save-note"]'));
    click(inBar('[data-colour="pink"]'));
    click(inBar('[data-glossa-action="note"]'));
    type(inBar<HTMLInputElement>('[data-glossa-field="tags"]')!, 'pag');
    click(inBar('[data-glossa-action="save-note"]'));
    click(inBar('[data-colour="blue"]'));
    const [record] = await storedWhen((r) => r[0]?.colour === 'blue' && r[0].tags.length === 1);
    expect(record).toMatchObject({ colour: 'blue', note: 'Typed before the highlight was stored', tags: ['pag'] });
    // The page shows what is stored.
    expect(document.querySelector('[data-glossa-highlight]')?.getAttribute('data-colour')).toBe('blue');
    expect(document.querySelector('[data-glossa-note]')).not.toBeNull();
  });

  it('a bar closed by a click elsewhere keeps the typed note; the highlight opens again with it', async () => {
    await selectAndOpenBar(QUOTE);
    click(inBar('[data-glossa-action="note"]'));
    type(inBar<HTMLTextAreaElement>('[data-glossa-field="note"]')!, 'Half a thought');
    const elsewhere = document.querySelector('#eng-abstract p:nth-of-type(3)')!;
    elsewhere.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    await waitFor(() => !inBar('.gl-bar'));
    elsewhere.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, button: 0 }));
    const mark = document.querySelector('[data-glossa-highlight]')!;
    mark.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    mark.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, button: 0 }));
    const note = await waitFor(() => inBar<HTMLTextAreaElement>('[data-glossa-field="note"]'));
    expect(note.value).toBe('Half a thought');
    expect(inBar('[role="status"]')?.textContent).not.toBe('');
    const [record] = await storedWhen((r) => r.length === 1);
    expect(record.note).toBe('');
  });
});

describe('when the page is given back', () => {
  it('takes every highlight mark off the page, leaving the text as it was, and keeps the saved highlight', async () => {
    const before = document.querySelector('#eng-abstract')!.innerHTML;
    await selectAndOpenBar(QUOTE);
    click(inBar('[data-colour="green"]'));
    await storedWhen((r) => r.length === 1);
    expect(document.querySelectorAll('[data-glossa-highlight]').length).toBeGreaterThan(0);
    life.abort();
    expect(document.querySelectorAll('[data-glossa-highlight]').length).toBe(0);
    expect(document.querySelector('#eng-abstract')!.innerHTML).toBe(before);
    expect(await allHighlights()).toHaveLength(1);
  });
});

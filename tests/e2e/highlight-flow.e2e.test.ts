/**
 * Highlighting that never loses work, end to end in real Chromium on the
 * demo article, with real mouse drags and keys (page.mouse, page.keyboard):
 * - choosing a colour keeps the bar open on the new highlight; note and tags
 *   follow in the same bar, all by keyboard;
 * - a highlight with a note shows a note marker and says so to screen readers;
 * - Escape in a note with unsaved text asks before discarding it; a click
 *   elsewhere keeps the draft for the next time the highlight is opened;
 * - term tooltips stay closed while a selection is dragged (even when it
 *   pauses or ends on a term) and while the bar is open;
 * - drags that start in the middle of a term select as usual, with and
 *   without that term's tooltip open;
 * - term underlines stay visible inside a highlight (measured in pixels).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { clearStoredHighlights, DEMO_URL, highlightedText, openArticle, startHarness, storedHighlights, type Harness } from './harness';

let h: Harness;
let page: Page;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

beforeEach(async () => {
  await clearStorage();
  page = await openArticle(h, DEMO_URL);
});
afterEach(async () => {
  await page?.close();
});

const BAR = '[data-glossa-ui="actions"]';
const bar = (selector: string): Locator => page.locator(`${BAR} ${selector}`);
const tooltip = (): Locator => page.locator('[data-glossa-ui="tooltip"] [role="tooltip"]');
/** Longer than the tooltip's hover delay (300 ms) with room to spare: a tooltip that was going to open has opened. */
const REST_MS = 1000;

const stored = () => storedHighlights(h);
const clearStorage = () => clearStoredHighlights(h);

/** The box of the first term with this text in the abstract's first paragraph. */
async function termBox(text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const term = page.locator('#eng-abstract p').first().locator('[data-glossa-term]', { hasText: text }).first();
  const box = await term.boundingBox();
  expect(box, `term "${text}"`).not.toBeNull();
  return box!;
}

const middle = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** A mouse drag in small steps, as a hand makes it; optionally resting on a point on the way. */
async function drag(from: { x: number; y: number }, to: { x: number; y: number }, rest?: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  if (rest) {
    await page.mouse.move(rest.x, rest.y, { steps: 8 });
    await page.waitForTimeout(REST_MS);
  }
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

const selectionText = () => page.evaluate(() => getSelection()!.toString().replace(/\s+/g, ' ').trim());
const highlightText = (id: string) => highlightedText(page, id);
const highlightIds = () =>
  page.evaluate(() => [
    ...new Set([...document.querySelectorAll('[data-glossa-highlight]')].map((m) => m.getAttribute('data-glossa-highlight')!)),
  ]);
/** What has focus inside the bar: its data-glossa-action or data-glossa-field. */
const focusedInBar = () =>
  page.evaluate(() => {
    const active = document.querySelector('[data-glossa-ui="actions"]')?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('data-glossa-action') ?? active.getAttribute('data-glossa-field') ?? active.tagName) : null;
  });

/** Drags over "modulation from the periaqueductal gray (PAG)" and waits for the bar. */
async function selectPhrase(): Promise<string> {
  const from = await termBox('Descending pain modulation');
  const to = await termBox('PAG');
  await drag({ x: from.x + from.width * 0.75, y: from.y + from.height / 2 }, { x: to.x + to.width + 3, y: to.y + to.height / 2 });
  await bar('[data-colour="green"]').waitFor();
  return selectionText();
}

describe('colour, note and tags in one flow', () => {
  it('choosing a colour keeps the bar open on the new highlight; note and tags follow by keyboard', async () => {
    const selected = await selectPhrase();
    await bar('[data-colour="green"]').click();
    await page.waitForSelector('[data-glossa-highlight]');
    const [id] = await highlightIds();
    expect(await highlightText(id)).toBe(selected);
    // Still open, now as the highlight's bar, with the colour chosen and the choice announced.
    expect(await bar('.gl-bar').getAttribute('data-mode')).toBe('edit');
    expect(await bar('[data-colour="green"]').getAttribute('aria-pressed')).toBe('true');
    expect(await bar('[data-glossa-action="delete"]').count()).toBe(1);
    expect(await bar('[role="status"]').textContent()).toMatch(/green/i);
    // Keyboard from here: Tab past the other colours to "Add note", Enter opens the editor with focus in the note.
    expect(await focusedInBar()).toBe('highlight');
    for (let i = 0; i < 10 && (await focusedInBar()) !== 'note'; i++) await page.keyboard.press('Tab');
    expect(await focusedInBar()).toBe('note');
    await page.keyboard.press('Enter');
    await expect.poll(focusedInBar).toBe('note');
    expect(await bar('textarea[data-glossa-field="note"]').count()).toBe(1);
    await page.keyboard.type('Where the descending pathway starts');
    await page.keyboard.press('Tab');
    expect(await focusedInBar()).toBe('tags');
    await page.keyboard.type('pag, anatomy');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored())[0]?.note).toBe('Where the descending pathway starts');
    expect((await stored())[0]).toMatchObject({ id, colour: 'green', tags: ['pag', 'anatomy'] });
    // The bar stays, shows the note, says it is saved, and focus is back on the note button.
    await expect.poll(() => bar('[data-glossa-saved-note]').textContent()).toContain('Where the descending pathway starts');
    expect(await bar('[role="status"]').textContent()).toMatch(/saved/i);
    expect(await focusedInBar()).toBe('note');
    // Escape closes the bar and puts focus on the highlight.
    await page.keyboard.press('Escape');
    await expect.poll(() => bar('.gl-bar').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-glossa-highlight'))).toBe(id);
  });

  it('a highlight with a note shows a note marker and describes itself with the note; one without shows none', async () => {
    await selectPhrase();
    await bar('[data-colour="blue"]').click();
    await page.waitForSelector('[data-glossa-highlight]');
    const [id] = await highlightIds();
    expect(await page.locator('[data-glossa-note]').count()).toBe(0);
    await bar('[data-glossa-action="note"]').click();
    await bar('[data-glossa-field="note"]').fill('Check the figure');
    await bar('[data-glossa-action="save-note"]').click();
    const marker = page.locator(`[data-glossa-highlight="${id}"][data-glossa-note]`);
    await marker.waitFor();
    // The marker is drawn (a glyph in a badge), after the highlight's last piece.
    const drawn = await marker.evaluate((el) => {
      const after = getComputedStyle(el, '::after');
      const marks = [...document.querySelectorAll(`[data-glossa-highlight="${CSS.escape(el.getAttribute('data-glossa-highlight')!)}"]`)];
      return { content: after.content, display: after.display, last: marks[marks.length - 1] === el };
    });
    expect(drawn.content).toContain('✎');
    expect(drawn.display).toBe('inline-block');
    expect(drawn.last).toBe(true);
    // Announced: the highlight's tab stop is a mark described with its note.
    const first = page.locator(`[data-glossa-highlight="${id}"]`).first();
    expect(await first.getAttribute('role')).toBe('mark');
    expect(await first.getAttribute('tabindex')).toBe('0');
    expect(await first.getAttribute('aria-description')).toContain('Check the figure');
    // After a reload, placed from storage, it still has them.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator(`[data-glossa-highlight="${id}"][data-glossa-note]`).waitFor();
    expect(await page.locator(`[data-glossa-highlight="${id}"]`).first().getAttribute('aria-description')).toContain('Check the figure');
  });
});

describe('a typed note is never lost', () => {
  /** Makes a highlight and opens its note editor. */
  async function editorOnNewHighlight(): Promise<string> {
    await selectPhrase();
    await bar('[data-colour="yellow"]').click();
    await page.waitForSelector('[data-glossa-highlight]');
    await bar('[data-glossa-action="note"]').click();
    await expect.poll(focusedInBar).toBe('note');
    return (await highlightIds())[0];
  }

  it('keys typed the moment "Add note" is clicked go into the note, and note and tags are saved together', async () => {
    const id = await (async () => {
      await selectPhrase();
      await bar('[data-colour="yellow"]').click();
      await page.waitForSelector('[data-glossa-highlight]');
      return (await highlightIds())[0];
    })();
    // No wait between the click and the keys: the editor must already hold focus.
    await bar('[data-glossa-action="note"]').click();
    await page.keyboard.type('Definition used in the paper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('anhedonia, definition');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored())[0]?.tags).toEqual(['anhedonia', 'definition']);
    expect((await stored())[0]).toMatchObject({ id, note: 'Definition used in the paper' });
  });

  it('Escape in a note with typed text asks first; Escape again keeps editing; "Discard" discards', async () => {
    await editorOnNewHighlight();
    await page.keyboard.type('An unsaved thought');
    await page.keyboard.press('Escape');
    const question = bar('[role="alertdialog"]');
    await question.waitFor();
    expect(await question.textContent()).toMatch(/discard/i);
    expect(await focusedInBar()).toBe('keep-editing');
    expect(await bar('[data-glossa-field="note"]').inputValue()).toBe('An unsaved thought');
    // Escape (or "Keep editing") goes back to the note, text intact.
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    expect(await focusedInBar()).toBe('note');
    expect(await bar('[data-glossa-field="note"]').inputValue()).toBe('An unsaved thought');
    await page.keyboard.type(', continued');
    await page.keyboard.press('Escape');
    await question.waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedInBar()).toBe('discard-note');
    await page.keyboard.press('Enter');
    await expect.poll(() => bar('[data-glossa-field="note"]').count()).toBe(0);
    expect(await bar('[role="status"]').textContent()).toMatch(/discarded/i);
    expect((await stored())[0].note).toBe('');
  });

  it('Escape in an empty note closes the editor at once', async () => {
    await editorOnNewHighlight();
    await page.keyboard.press('Escape');
    await expect.poll(() => bar('[data-glossa-field="note"]').count()).toBe(0);
    expect(await bar('[role="alertdialog"]').count()).toBe(0);
    expect(await focusedInBar()).toBe('note');
  });

  it('a click elsewhere closes the bar but keeps the typed note: the highlight opens again with it', async () => {
    const id = await editorOnNewHighlight();
    await page.keyboard.type('Half a thought');
    const elsewhere = await page.locator('#eng-abstract p').nth(2).boundingBox();
    await page.mouse.click(elsewhere!.x + 40, elsewhere!.y + elsewhere!.height - 4);
    await expect.poll(() => bar('.gl-bar').count()).toBe(0);
    await page.locator(`[data-glossa-highlight="${id}"]`).first().click();
    await expect.poll(() => bar('[data-glossa-field="note"]').count()).toBe(1);
    expect(await bar('[data-glossa-field="note"]').inputValue()).toBe('Half a thought');
    expect(await bar('[role="status"]').textContent()).toMatch(/unsaved/i);
    await bar('[data-glossa-action="save-note"]').click();
    await expect.poll(async () => (await stored())[0]?.note).toBe('Half a thought');
  });
});

describe('term tooltips while highlighting', () => {
  it('stay closed while a drag pauses on a term and after it ends on one, and while the bar is open', async () => {
    const start = await termBox('periaqueductal gray');
    const pause = await termBox('rostral ventromedial medulla');
    const end = await termBox('RVM');
    await drag(middle(start), middle(end), middle(pause));
    // The pointer rests on the term the drag ended on.
    await page.mouse.move(middle(end).x + 1, middle(end).y);
    await bar('[data-colour="green"]').waitFor();
    await page.waitForTimeout(REST_MS);
    expect(await tooltip().isVisible()).toBe(false);
    // With the bar open, hovering another term opens nothing either.
    const other = await termBox('Serotonin');
    await page.mouse.move(middle(other).x, middle(other).y, { steps: 4 });
    await page.waitForTimeout(REST_MS);
    expect(await tooltip().isVisible()).toBe(false);
    // Once the bar is closed, the same hover opens the tooltip again.
    await page.keyboard.press('Escape');
    await expect.poll(() => bar('.gl-bar').count()).toBe(0);
    await page.mouse.move(5, 5);
    await page.mouse.move(middle(other).x, middle(other).y, { steps: 4 });
    await expect.poll(() => tooltip().isVisible()).toBe(true);
  });

  it('a drag that starts and ends inside one term selects part of it, without pinning its tooltip', async () => {
    const term = await termBox('rostral ventromedial medulla');
    await drag(
      { x: term.x + term.width * 0.3, y: term.y + term.height / 2 },
      { x: term.x + term.width * 0.8, y: term.y + term.height / 2 },
    );
    await bar('[data-colour="green"]').waitFor();
    await page.mouse.move(5, 5);
    await page.waitForTimeout(REST_MS);
    expect(await tooltip().isVisible()).toBe(false);
    const selected = await selectionText();
    expect(selected.length).toBeGreaterThan(3);
    expect('rostral ventromedial medulla').toContain(selected);
  });
});

describe('drags that start in the middle of a term', () => {
  /** Drags from the middle of "periaqueductal gray" to just past "RVM"; checks the selection, the bar and the highlight. */
  async function dragFromTermMiddle(): Promise<void> {
    const start = await termBox('periaqueductal gray');
    const end = await termBox('RVM');
    await drag(middle(start), { x: end.x + end.width + 2, y: end.y + end.height / 2 });
    await bar('[data-colour="pink"]').waitFor();
    const selected = await selectionText();
    // From inside the term, not its start, through to the end of the drag.
    expect(selected).toMatch(/^[a-z]+ gray \(PAG\) and the rostral ventromedial medulla \(RVM/);
    expect(selected.startsWith('periaqueductal')).toBe(false);
    await page.mouse.move(5, 5);
    expect(await tooltip().isVisible()).toBe(false);
    await bar('[data-colour="pink"]').click();
    await page.waitForSelector('[data-glossa-highlight]');
    const [id] = await highlightIds();
    expect(await highlightText(id)).toBe(selected);
  }

  it('with no tooltip open', async () => {
    await dragFromTermMiddle();
  });

  it('with the term’s tooltip open from hovering it', async () => {
    const start = await termBox('periaqueductal gray');
    await page.mouse.move(middle(start).x, middle(start).y, { steps: 4 });
    await expect.poll(() => tooltip().isVisible()).toBe(true);
    await dragFromTermMiddle();
  });

  it('with the term’s tooltip pinned by a click', async () => {
    const start = await termBox('periaqueductal gray');
    await page.mouse.click(middle(start).x, middle(start).y);
    await expect.poll(() => tooltip().isVisible()).toBe(true);
    expect(await page.locator('[data-glossa-ui="tooltip"] [role="tooltip"][data-pinned="true"]').count()).toBe(1);
    await dragFromTermMiddle();
  });
});

describe('term underlines inside a highlight', () => {
  /**
   * How much of a term's dotted underline still reads as dotted: in a
   * screenshot of the term (decoded by the browser itself, in a canvas), the
   * rows where the underline's blue dots (#2563eb) are, and in each of them
   * the share of the pixels between the dots that are light (page or
   * highlight background). A highlight line drawn over the dots fills the
   * gaps with its dark edge colour; the lowest share over the rows is returned.
   */
  async function dottedness(box: { x: number; y: number; width: number; height: number }): Promise<number> {
    const png = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height + 6 } });
    return page.evaluate(async (data) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const c = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      c.drawImage(bitmap, 0, 0);
      const { data: px, width, height } = c.getImageData(0, 0, bitmap.width, bitmap.height);
      let lowest = Number.POSITIVE_INFINITY;
      for (let y = 0; y < height; y++) {
        let blue = 0;
        let light = 0;
        for (let x = 0; x < width; x++) {
          const [r, g, b] = [px[(y * width + x) * 4], px[(y * width + x) * 4 + 1], px[(y * width + x) * 4 + 2]];
          if (b - r > 60 && b - g > 30) blue++;
          else if (r + g + b > 500) light++;
        }
        if (blue >= 10) lowest = Math.min(lowest, light / (width - blue));
      }
      return Number.isFinite(lowest) ? lowest : 0;
    }, png.toString('base64'));
  }

  it('stay visible: the blue underline of each term is still drawn on the highlight', async () => {
    const terms = ['periaqueductal gray', 'rostral ventromedial medulla'];
    await page.mouse.move(5, 5);
    const plain = await Promise.all((await Promise.all(terms.map(termBox))).map(dottedness));
    // Highlight from inside "Descending pain modulation" to past "RVM": both terms inside.
    const from = await termBox('Descending pain modulation');
    const end = await termBox('RVM');
    await drag({ x: from.x + from.width * 0.75, y: from.y + from.height / 2 }, { x: end.x + end.width + 3, y: end.y + end.height / 2 });
    await bar('[data-colour="green"]').click();
    await page.waitForSelector('[data-glossa-highlight]');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const inside = await page.evaluate((terms) => {
      const marks = [...document.querySelectorAll('[data-glossa-highlight]')];
      return terms.map((t) => marks.some((m) => m.closest('[data-glossa-term]')?.textContent === t));
    }, terms);
    expect(inside).toEqual([true, true]);
    const after = await Promise.all((await Promise.all(terms.map(termBox))).map(dottedness));
    for (const [i, term] of terms.entries()) {
      // Without a highlight most of each underline row is gaps between dots.
      expect(plain[i], `underline of "${term}" without a highlight`).toBeGreaterThan(0.5);
      // Inside the highlight the dots keep light gaps: the highlight's own line does not run through them.
      expect(after[i], `underline of "${term}" inside the highlight`).toBeGreaterThan(plain[i] * 0.6);
    }
  });
});

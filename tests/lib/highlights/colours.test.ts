/**
 * The highlight colours: at least four, named in both languages, with
 * accessible contrast (WCAG 2 relative luminance): body text on every
 * background at least 7:1 (AAA), and the underline that marks a highlight
 * without relying on hue at least 3:1 against the white page (non-text
 * contrast, WCAG 1.4.11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOURS, PALETTE } from '../../../lib/highlights/model';
import { HIGHLIGHT_STYLE } from '../../../entrypoints/content-ui/highlight-style';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

const en = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8'));
const ja = JSON.parse(readFileSync(new URL('../../../public/_locales/ja/messages.json', import.meta.url), 'utf8'));

describe('highlight colours', () => {
  it('offers at least four named colours, in English and Japanese', () => {
    expect(COLOURS.length).toBeGreaterThanOrEqual(4);
    for (const c of COLOURS) {
      expect(en[`colour_${c}`]?.message, c).toBeTruthy();
      expect(ja[`colour_${c}`]?.message, c).toBeTruthy();
    }
  });

  it.each(COLOURS)('%s keeps NCBI body text at 7:1 or more and its underline at 3:1 or more on white', (c) => {
    expect(contrast(PALETTE[c].background, '#212121')).toBeGreaterThanOrEqual(7);
    expect(contrast(PALETTE[c].background, '#000000')).toBeGreaterThanOrEqual(7);
    expect(contrast(PALETTE[c].edge, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('applies the colour through CSS custom properties per data-colour', () => {
    for (const c of COLOURS)
      expect(HIGHLIGHT_STYLE).toContain(
        `glossa-mark[data-colour="${c}"] { --glossa-hl-bg: ${PALETTE[c].background}; --glossa-hl-edge: ${PALETTE[c].edge}; }`,
      );
    expect(HIGHLIGHT_STYLE).toMatch(/background-color: var\(--glossa-hl-bg/);
  });
});

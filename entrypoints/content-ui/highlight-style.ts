/**
 * The page-level style of highlight wrappers: the colour comes in through
 * the --glossa-hl-bg and --glossa-hl-edge custom properties set per
 * data-colour. Added to the page only when the first highlight is shown.
 */
import { COLOURS, PALETTE } from '../../lib/highlights/model';

export const HIGHLIGHT_STYLE = `
glossa-mark {
  background-color: var(--glossa-hl-bg, ${PALETTE.yellow.background});
  box-shadow: inset 0 -2px 0 var(--glossa-hl-edge, ${PALETTE.yellow.edge});
  border-radius: 2px;
  cursor: pointer;
}
${COLOURS.map((c) => `glossa-mark[data-colour="${c}"] { --glossa-hl-bg: ${PALETTE[c].background}; --glossa-hl-edge: ${PALETTE[c].edge}; }`).join('\n')}
glossa-mark:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
glossa-mark[data-glossa-flash] { outline: 3px solid #1d4ed8; outline-offset: 2px; }
@media (forced-colors: active) {
  glossa-mark { background-color: Mark; color: MarkText; box-shadow: none; }
}
`;

export function addHighlightStyle(doc: Document): HTMLStyleElement {
  const existing = doc.querySelector<HTMLStyleElement>('style[data-glossa-ui="highlight-style"]');
  if (existing) return existing;
  const style = doc.createElement('style');
  style.setAttribute('data-glossa-ui', 'highlight-style');
  style.textContent = HIGHLIGHT_STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

/**
 * The page-level style of highlight wrappers: the colour comes in through
 * the --glossa-hl-bg and --glossa-hl-edge custom properties set per
 * data-colour. The darker edge line is a bottom border one pixel below the
 * wrapper's text box (inline padding and borders leave the line layout
 * alone), not a shadow inside it: the dotted underline of a term inside a
 * highlight, drawn just below the text, keeps its gaps and stays visible. A highlight with a note ends in a
 * note marker (a pencil in a badge: a shape, not a colour alone; screen
 * readers get the note from the wrapper's aria-description, lib/highlights/wrap.ts).
 * Added to the page only when the first highlight is shown.
 */
import { COLOURS, PALETTE } from '../../lib/highlights/model';
import { NOTE_ATTR } from '../../lib/highlights/wrap';

export const HIGHLIGHT_STYLE = `
glossa-mark {
  background-color: var(--glossa-hl-bg, ${PALETTE.yellow.background});
  padding-bottom: 1px;
  border-bottom: 2px solid var(--glossa-hl-edge, ${PALETTE.yellow.edge});
  border-radius: 2px;
  cursor: pointer;
}
glossa-mark[${NOTE_ATTR}]::after {
  content: "\\270E";
  content: "\\270E" / "";
  display: inline-block;
  margin-left: 0.15em;
  padding: 0 0.2em;
  font: 600 0.75em/1.3 system-ui, sans-serif;
  font-style: normal;
  vertical-align: 0.35em;
  color: #fff;
  background: var(--glossa-hl-edge, ${PALETTE.yellow.edge});
  border-radius: 0.35em;
  user-select: none;
}
${COLOURS.map((c) => `glossa-mark[data-colour="${c}"] { --glossa-hl-bg: ${PALETTE[c].background}; --glossa-hl-edge: ${PALETTE[c].edge}; }`).join('\n')}
glossa-mark:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
glossa-mark[data-glossa-flash] { outline: 3px solid #1d4ed8; outline-offset: 2px; }
@media (forced-colors: active) {
  glossa-mark { background-color: Mark; color: MarkText; }
  glossa-mark[${NOTE_ATTR}]::after { background: CanvasText; color: Canvas; forced-color-adjust: none; }
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

/**
 * The page-level style of term wrappers. It lives in one <style> element
 * marked as our UI, added when annotation starts and removed when it stops.
 */
export const PAGE_STYLE = `
glossa-term {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-color: #2563eb;
  text-decoration-thickness: 1.5px;
  text-underline-offset: 0.18em;
  cursor: help;
}
/* The paper's own abbreviations (not our glossary): present, but quieter — a paper may define dozens. */
glossa-term[data-glossa-term^="paper:"] { text-decoration-color: #9ca3af; text-decoration-thickness: 1px; }
a glossa-term { cursor: pointer; }
glossa-term:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; border-radius: 2px; }
glossa-term[data-glossa-flash] { background: #fde68a; color: #111; transition: background 0.6s; }
@media (prefers-color-scheme: dark) {
  glossa-term { text-decoration-color: #93c5fd; }
}
`;

export function addPageStyle(doc: Document): HTMLStyleElement {
  const style = doc.createElement('style');
  style.setAttribute('data-glossa-ui', 'style');
  style.textContent = PAGE_STYLE;
  (doc.head ?? doc.documentElement).appendChild(style);
  return style;
}

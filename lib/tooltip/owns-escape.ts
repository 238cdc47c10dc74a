/**
 * Marks an element inside the tooltip that handles Escape itself while the
 * attribute is set (an open chip explanation, components/Evidence.tsx): the
 * tooltip controller then leaves that Escape alone, so the first Escape
 * closes the inner thing and the next one the tooltip.
 */
export const OWNS_ESCAPE_ATTR = 'data-glossa-owns-escape';

/** The benchmark's generated article (scripts/bench/generate.mjs): a PMC (new design) page. */
export function article(seed?: number): { html: string; words: number };
export const ARTICLE_URL: string;

/**
 * Markdown export: per article its title, citation and links (PMID, PMCID,
 * DOI), then each highlight as a blockquote with its colour name, section,
 * tags and note. Text from pages and notes is escaped so it cannot turn
 * into Markdown structure (headings, links, HTML) in the export.
 */
import { citationText, doiUrl, pmcUrl, pubmedUrl } from './article';
import type { ArticleGroup } from './library';
import type { ColourName } from './model';

export interface MarkdownLabels {
  heading: string;
  /** "Exported 2026-11-26 · 3 articles · 7 highlights" (already filled in). */
  summary: string;
  untitled: string;
  colour: string;
  section: string;
  tags: string;
  note: string;
  colours: Record<ColourName, string>;
}

/**
 * Backslash-escapes what would be Markdown structure: emphasis, code,
 * links, HTML, tables and entities anywhere; headings, list markers and
 * rules at the start of a line. Ordinary punctuation stays readable.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|~])/g, '\\$1')
    .replace(/&(#?\w+;)/g, '\\&$1')
    .replace(
      /^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s)|(\d+)([.)])(?=\s)|=+\s*$|-+\s*$)/,
      (_m, space: string, marker: string, digits?: string, dot?: string) => (digits ? `${space}${digits}\\${dot}` : `${space}\\${marker}`),
    );
}

/** Each line of `s` as a blockquote line. */
function blockquote(s: string): string {
  return s
    .split('\n')
    .map((line) => `> ${escapeMarkdown(line)}`.trimEnd())
    .join('\n');
}

export function toMarkdown(groups: readonly ArticleGroup[], labels: MarkdownLabels): string {
  const out: string[] = [`# ${escapeMarkdown(labels.heading)}`, '', labels.summary, ''];
  for (const group of groups) {
    const a = group.article;
    out.push(`## ${escapeMarkdown(a.title ?? labels.untitled)}`, '');
    const citation = citationText(a);
    if (citation) out.push(escapeMarkdown(citation), '');
    const links = [
      a.pmid && `PMID: [${a.pmid}](${pubmedUrl(a.pmid)})`,
      a.pmcid && `PMCID: [${a.pmcid}](${pmcUrl(a.pmcid)})`,
      a.doi && `DOI: [${escapeMarkdown(a.doi)}](${doiUrl(a.doi)})`,
      !a.pmid && !a.pmcid && !a.doi && a.url && /^https:\/\//.test(a.url) ? `<${a.url}>` : undefined,
    ].filter(Boolean);
    if (links.length) out.push(links.join(' · '), '');
    for (const h of group.highlights) {
      out.push(blockquote(h.quote.exact), '');
      const meta = [`${labels.colour}: ${labels.colours[h.colour]}`];
      if (h.section) meta.push(`${labels.section}: ${escapeMarkdown(h.section)}`);
      if (h.tags.length) meta.push(`${labels.tags}: ${h.tags.map(escapeMarkdown).join(', ')}`);
      out.push(meta.join(' · '), '');
      if (h.note) out.push(`${labels.note}: ${h.note.split('\n').map(escapeMarkdown).join('  \n')}`, '');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

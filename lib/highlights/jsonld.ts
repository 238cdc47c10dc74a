/**
 * Highlights as W3C Web Annotations (https://www.w3.org/TR/annotation-model/)
 * in JSON-LD: one Annotation per highlight, gathered in an
 * AnnotationCollection with a single AnnotationPage. The note is a
 * TextualBody with purpose "commenting", each tag one with purpose
 * "tagging"; the colour is the target's styleClass with its CSS in the
 * annotation's stylesheet; the target's source is the article's PMC,
 * PubMed or DOI address, with selectors TextQuoteSelector and
 * TextPositionSelector. What the model has no term for (identifiers,
 * section, page layout) is in the "glossa:" namespace.
 */
import { articleUrl } from './article';
import { PALETTE, type ArticleRef, type HighlightRecord } from './model';

export const GLOSSA_NS = 'https://glossa-reader.org/ns#';
export const CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { glossa: GLOSSA_NS }] as const;
export const STYLE_PREFIX = 'glossa-';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id as an IRI: UUIDs become urn:uuid:…, imported IRIs stay as they were. */
export const iriOf = (id: string) => (UUID.test(id) ? `urn:uuid:${id}` : id);
/** The record id of an annotation IRI. */
export const idOfIri = (iri: string) => (/^urn:uuid:/i.test(iri) && UUID.test(iri.slice(9)) ? iri.slice(9).toLowerCase() : iri);

function articleJson(a: ArticleRef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['pmid', 'pmcid', 'doi', 'fingerprint', 'title', 'url'] as const) if (a[key]) out[`glossa:${key}`] = a[key];
  const c = a.citation;
  if (c?.authors) out['glossa:authors'] = c.authors;
  if (c?.year) out['glossa:year'] = c.year;
  if (c?.journal) out['glossa:journal'] = c.journal;
  return out;
}

export function toAnnotation(r: HighlightRecord): Record<string, unknown> {
  const body: Array<Record<string, unknown>> = [];
  if (r.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: r.note, format: 'text/plain' });
  for (const tag of r.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  const selector: Array<Record<string, unknown>> = [
    { type: 'TextQuoteSelector', exact: r.quote.exact, prefix: r.quote.prefix, suffix: r.quote.suffix },
  ];
  if (r.position)
    selector.push({
      type: 'TextPositionSelector',
      start: r.position.start,
      end: r.position.end,
      'glossa:layout': r.position.layout,
      ...(r.position.page ? { 'glossa:page': r.position.page } : {}),
    });
  const target: Record<string, unknown> = {
    type: 'SpecificResource',
    source: articleUrl(r.article) ?? r.article.url,
    styleClass: `${STYLE_PREFIX}${r.colour}`,
    selector,
    'glossa:article': articleJson(r.article),
  };
  if (r.section) target['glossa:section'] = r.section;
  const annotation: Record<string, unknown> = {
    id: iriOf(r.id),
    type: 'Annotation',
    motivation: r.note ? 'commenting' : 'highlighting',
    created: r.created,
    modified: r.modified,
  };
  if (body.length) annotation.body = body;
  annotation.target = target;
  annotation.stylesheet = {
    type: 'CssStylesheet',
    value: `.${STYLE_PREFIX}${r.colour} { background-color: ${PALETTE[r.colour].background}; }`,
  };
  return annotation;
}

/** All live highlights as one AnnotationCollection. */
export function toCollection(records: readonly HighlightRecord[], generated: string, id: string): Record<string, unknown> {
  const items = records.filter((r) => !r.deleted).map(toAnnotation);
  return {
    '@context': CONTEXT,
    id: iriOf(id),
    type: 'AnnotationCollection',
    label: 'Glossa highlights',
    total: items.length,
    generated,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * Drug entries say no more than their sources: each cites at least one record
 * with a verified identifier, ends with the line that approvals differ by
 * country and a doctor or pharmacist decides (in both languages), and names no
 * brand and states no approval, which no checked record supports.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../../../lib/glossary/data';
import type { Term } from '../../../lib/glossary/schema';

const refs = new Map(bundled.references.map((r) => [r.id, r]));
const drugs = bundled.terms.filter((t) => t.category === 'drug');

const CLOSING = {
  en: [/Approvals and uses differ by country; whether (it|one) suits you\b[^.]* is for your doctor or pharmacist to decide with you\.$/],
  ja: [/承認の状況や使い方は国によって異なります。自分に合うかどうか[^。]*は、医師や薬剤師と相談して決めてください。$/],
};

/** Brand names once written in drug texts (and since removed), approval statements, trademark signs. */
const FORBIDDEN = [
  /[®™]/,
  /\bbrand name/i,
  /\bapproved\b/i,
  /\blicen[cs]ed\b/i,
  /\bFDA\b/,
  /商品名/,
  /承認されて/,
  /承認を受け/,
  /発売されて/,
  /\b(Cymbalta|Toledomin|Savella|Ixel|Effexor|Elavil|Pamelor|Aventyl|Lyrica|Neurontin|Zofran|Navoban|Prozac|Ketalar|Ultram|Narcan|Catapres)\b/i,
  /サインバルタ|トレドミン|イフェクサー|トリプタノール|ノリトレン|リリカ|ガバペン(?!チ)|タリージェ|ゾフラン|イリボー|ロキソニン|プロザック/,
];

const texts = (t: Term) => [t.name.en, t.name.ja, t.definition.en, t.definition.ja, t.plain.en, t.plain.ja];

describe('drug entries', () => {
  it('are there to check', () => {
    expect(drugs.length).toBeGreaterThan(20);
  });

  it.each(drugs.map((t) => [t.id, t] as const))('%s cites a reference with a verified identifier', (_id, term) => {
    const verified = (term.references ?? []).filter((id) => {
      const ref = refs.get(id);
      return ref && (ref.pmid || ref.pmcid || ref.doi);
    });
    expect(verified, `${term.id} cites no record with a verified PMID, PMCID or DOI`).not.toEqual([]);
  });

  it.each(drugs.map((t) => [t.id, t] as const))('%s ends its plain text with the closing line in both languages', (_id, term) => {
    for (const pattern of CLOSING.en) expect(term.plain.en).toMatch(pattern);
    for (const pattern of CLOSING.ja) expect(term.plain.ja).toMatch(pattern);
  });

  it.each(drugs.map((t) => [t.id, t] as const))('%s names no brand and states no approval', (_id, term) => {
    for (const text of texts(term)) for (const pattern of FORBIDDEN) expect(text, `${term.id}: ${pattern}`).not.toMatch(pattern);
  });
});

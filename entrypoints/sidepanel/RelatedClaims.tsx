/**
 * The side panel's related claims: the same ranked, folded list as the
 * popup's (components/ReadingMapClaims.tsx), with what a claim is, the
 * evidence legend and explained chips, for the terms of the tab the panel
 * follows.
 */
import { useState } from 'preact/hooks';
import { ReadingMapClaims, type PopupClaim } from '../../components/ReadingMapClaims';
import type { GlossaryIndex } from '../../lib/glossary/index';
import { pick, t, type Lang } from '../../lib/i18n';
import { rankClaims, shownBeforeMore, type PageTermCount } from '../../lib/claims/related';
import { claimListLabels, claimView } from '../../lib/claims/view';

/** Central claims shown before "more". */
const CLAIMS_SHOWN = 3;

export function RelatedClaims({ glossary, terms, lang }: { glossary: GlossaryIndex; terms: readonly PageTermCount[]; lang: Lang }) {
  const [filter, setFilter] = useState('');
  const ranked = rankClaims(
    glossary,
    terms.filter((term) => glossary.terms.has(term.id)),
  );
  const filtered = filter ? ranked.filter((r) => r.claim.terms.includes(filter)) : ranked;
  const claims: PopupClaim[] = filtered.map(({ claim }) => claimView(claim, glossary, lang, t));
  const filterTerms = terms.flatMap(({ id }) => {
    const term = glossary.terms.get(id);
    return term && ranked.some((r) => r.claim.terms.includes(id)) ? [{ id, name: pick(term.name, lang) }] : [];
  });
  return (
    <ReadingMapClaims
      sectionId="panel-claims"
      claims={claims}
      shown={shownBeforeMore(filtered, CLAIMS_SHOWN, !!filter)}
      filterTerms={filterTerms}
      filter={filter}
      labels={{
        condition: (n) => t('popupCondition', n),
        openReview: t('popupOpenReview'),
        openReviewAt: t('popupOpenReviewAt'),
        heading: t('popupClaims'),
        none: t('popupNoClaims'),
        filter: t('popupFilterLabel'),
        filterAll: t('popupFilterAll'),
        ...claimListLabels(t, !!filter),
      }}
      onFilter={setFilter}
    />
  );
}

/**
 * Claims in the article, for the popup's "Claims in this paper": runs the
 * compromise-based extractor over the article's text and compares each
 * claim with the curated ones. The popup loads this module with import(),
 * so compromise is a separate chunk fetched after the first paint.
 */
import { ClaimExtractor, type PaperClaim } from '../../lib/claims/extract';
import { compareWithCurated, type Comparison } from '../../lib/claims/compare';
import { bundled } from '../../lib/glossary/data';

export interface FoundClaim extends PaperClaim {
  comparisons: Comparison[];
}

let extractor: ClaimExtractor | undefined;

export async function findPaperClaims(segments: readonly string[]): Promise<FoundClaim[]> {
  extractor ??= new ClaimExtractor(bundled.terms);
  const claims = await extractor.extractAsync(segments);
  return claims.map((claim) => ({ ...claim, comparisons: compareWithCurated(claim, bundled.claims) }));
}

/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { pageSegments } from '../../../lib/claims/page-text';
import { collectSegments, GENERIC_EXCLUDE } from '../../../lib/annotate/segments';
import { findTextRange } from '../../../lib/claims/reveal';

describe('page text for the popup', () => {
  it('reads through our wrappers and across a hidden inline element; the annotator does not join across it', () => {
    document.body.innerHTML =
      '<main><p>Loss of <glossa-term data-glossa-term="kcc2">KCC2</glossa-term> <span hidden>(hidden)</span>reduces inhibition.<br>Next line</p>' +
      '<div data-glossa-ui="tooltip">our UI</div><p aria-hidden="true">not shown</p></main>';
    const main = document.querySelector('main')!;
    expect(pageSegments([main], '')).toEqual(['Loss of KCC2 reduces inhibition.', 'Next line']);
    expect(collectSegments(main, GENERIC_EXCLUDE).map((s) => s.text)).toEqual(['Loss of ', 'reduces inhibition.', 'Next line']);
  });
});

describe('citation markers in the page text', () => {
  it('leaves them out of the popup’s text, and finds its sentence again, as well as one read from the DOM', () => {
    document.body.innerHTML =
      '<main><p>Descending inhibition from the thalamus<a href="#r1" class="usa-link"><sup>1</sup></a>,<a href="#r2" class="usa-link"><sup>2</sup></a> reduces pain.</p></main>';
    const main = document.querySelector('main')!;
    expect(pageSegments([main], '')).toEqual(['Descending inhibition from the thalamus reduces pain.']);
    expect(findTextRange(document, [main], '', 'from the thalamus reduces pain.')?.toString()).toBe('from the thalamus1,2 reduces pain.');
    expect(findTextRange(document, [main], '', 'the thalamus1,2 reduces')?.toString()).toBe('the thalamus1,2 reduces');
  });
});

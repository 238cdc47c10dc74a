/** @vitest-environment happy-dom */
/**
 * The normalised root text and its map back to the DOM: selectors from
 * ranges and ranges from selectors, through term wrappers, excluded
 * subtrees, whitespace and zero-width characters.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextIndex, endPoint, isSpace, normaliseQuote, offsetInNode, rangeOf, startPoint } from '../../../lib/highlights/text';
import { describeRange, selectorsAt } from '../../../lib/highlights/describe';

function setBody(html: string): Element[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('.root')];
}

function rangeOver(el: Element, text: string): Range {
  // A range over the first occurrence of `text` in el's text nodes (may span nodes).
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const all = nodes.map((n) => n.data).join('');
  const at = all.indexOf(text);
  if (at < 0) throw new Error(`no ${text}`);
  const range = document.createRange();
  let pos = 0;
  for (const n of nodes) {
    if (at >= pos && at <= pos + n.data.length && range.startContainer === document) range.setStart(n, at - pos);
    if (at + text.length >= pos && at + text.length <= pos + n.data.length) {
      range.setEnd(n, at + text.length - pos);
      break;
    }
    pos += n.data.length;
  }
  // setStart may not have run when the start is in the first node.
  if (range.startContainer === document) range.setStart(nodes[0], at);
  return range;
}

describe('text index', () => {
  it('collapses whitespace, drops zero-width characters and separates blocks by one space', () => {
    const roots = setBody(`<div class="root"><h2>Abstract</h2>
      <p>  Serotonin\u00a0(5-HT)\u200b takes
         part.</p><p>Descending\u200afacilitation</p></div>`);
    const index = buildTextIndex(roots);
    expect(index.text).toBe('Abstract Serotonin (5-HT) takes part. Descending facilitation');
  });

  it('reads through term and highlight wrappers and inline elements, and skips excluded subtrees', () => {
    const roots = setBody(
      `<div class="root"><div class="goto">Go to:</div><p>5-HT<sub>3</sub> and <glossa-term data-glossa-term="kcc2">KCC2</glossa-term>,` +
        ` <glossa-mark data-glossa-highlight="x">marked</glossa-mark> text<span hidden>secret</span>.</p>` +
        `<script>var x = 1;</script><div data-glossa-ui="actions">ui</div></div>`,
    );
    const index = buildTextIndex(roots, '.goto');
    expect(index.text).toBe('5-HT3 and KCC2, marked text.');
  });

  it('gives the same text whether or not terms are wrapped', () => {
    const plain = buildTextIndex(setBody('<p class="root">the KCC2, and 5-HT3.</p>')).text;
    const wrapped = buildTextIndex(
      setBody('<p class="root">the <glossa-term>KCC2</glossa-term>, and <glossa-term>5-HT</glossa-term><glossa-term>3</glossa-term>.</p>'),
    ).text;
    expect(wrapped).toBe(plain);
  });

  it('records headings, including the one just before a root', () => {
    const roots = setBody('<h2>Abstract</h2><div class="root"><p>First.</p></div><div class="root"><h2>Methods</h2><p>Second.</p></div>');
    const index = buildTextIndex(roots);
    expect(index.headings).toEqual([
      { at: 0, text: 'Abstract' },
      { at: 7, text: 'Methods' },
    ]);
  });

  it('treats as space exactly what \\s matches (the BOM is dropped instead)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 0xfeff) continue;
      expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    }
  });

  it('normalises quotes from elsewhere the same way', () => {
    expect(normaliseQuote('  a\u00a0\n b\u200bc ')).toBe('a bc');
    expect(normaliseQuote(' a  b ', true)).toBe(' a b ');
  });
});

describe('selectors from ranges and back', () => {
  it('describes a selection spanning inline elements and a term wrapper, then maps it back to the same text', () => {
    const roots = setBody(
      `<div class="root"><h2>Results</h2><p>Loss of the chloride exporter <i>KCC</i>2 turned <glossa-term>serotonergic</glossa-term>   inhibition
       into facilitation in mice.</p></div>`,
    );
    const index = buildTextIndex(roots);
    const range = rangeOver(roots[0], 'exporter KCC');
    range.setEnd(range.endContainer, range.endOffset); // spans "exporter " + <i>KCC</i>
    const extended = document.createRange();
    extended.setStart(range.startContainer, range.startOffset);
    const tail = roots[0].querySelector('p')!.lastChild as Text; // "   inhibition\n into facilitation in mice."
    extended.setEnd(tail, tail.data.indexOf('inhibition') + 'inhibition'.length);
    const sel = describeRange(index, extended, 'pmc-new')!;
    expect(sel.quote.exact).toBe('exporter KCC2 turned serotonergic inhibition');
    expect(sel.quote.prefix).toBe('Results Loss of the chloride ');
    expect(sel.quote.suffix).toBe(' into facilitation in mice.');
    expect(sel.section).toBe('Results');
    expect(index.text.slice(sel.position!.start, sel.position!.end)).toBe(sel.quote.exact);
    const back = rangeOf(index, sel.position!.start, sel.position!.end, document)!;
    expect(back.toString().replace(/\s+/g, ' ')).toBe('exporter KCC2 turned serotonergic inhibition');
  });

  it('keeps 32 characters of context and trims spaces at the edges of a selection', () => {
    const roots = setBody(`<p class="root">${'a'.repeat(50)} quoted words ${'b'.repeat(50)}</p>`);
    const index = buildTextIndex(roots);
    const start = index.text.indexOf(' quoted');
    const sel = selectorsAt(index, start, start + ' quoted words '.length, 'pubmed')!;
    expect(sel.quote.exact).toBe('quoted words');
    expect(sel.quote.prefix).toBe(`${'a'.repeat(31)} `);
    expect(sel.quote.suffix).toBe(` ${'b'.repeat(31)}`);
  });

  it('clips a selection that starts outside the roots to the article text', () => {
    setBody('<header id="h">Site header</header><p class="root">Article text here.</p>');
    const roots = [...document.querySelectorAll('.root')];
    const index = buildTextIndex(roots);
    const range = document.createRange();
    range.setStart(document.getElementById('h')!.firstChild!, 2);
    const text = roots[0].firstChild as Text;
    range.setEnd(text, 'Article text'.length);
    expect(describeRange(index, range, 'pubmed')!.quote.exact).toBe('Article text');
  });

  it('returns nothing for a selection with no article text', () => {
    setBody('<header id="h">Site header</header><p class="root">Article.</p>');
    const index = buildTextIndex([...document.querySelectorAll('.root')]);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('h')!);
    expect(describeRange(index, range, 'pubmed')).toBeUndefined();
  });

  it('maps offsets inside collapsed whitespace consistently', () => {
    const roots = setBody('<p class="root">one   two</p>');
    const index = buildTextIndex(roots);
    const node = roots[0].firstChild as Text;
    expect(offsetInNode(index, node, 3)).toBe(3);
    expect(offsetInNode(index, node, 5)).toBe(4);
    expect(offsetInNode(index, node, 6)).toBe(4);
    expect(index.text.slice(4)).toBe('two');
  });
});

describe('text index consistency (property)', () => {
  const word = fc.constantFrom('a', 'KCC2', '5-HT', 'β', ' ', '  ', '\n  ', '\u00a0', '\u200b', '\u00ad', '\u200a', ',', '.');
  const text = fc.array(word, { minLength: 0, maxLength: 6 }).map((ws) => ws.join(''));
  const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
      fc
        .tuple(fc.constantFrom('p', 'div', 'span', 'i', 'sub', 'glossa-term', 'li', 'h3'), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
      fc.constant('<br>'),
      fc.constant('<span class="skip">hidden words</span>'),
      fc.constant('<div class="skip">a hidden block</div>'),
    ),
  })).node;

  it('maps every offset of the text to the character that produced it and back', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (kids) => {
        document.body.innerHTML = `<div class="root">${kids.join('')}</div>`;
        const index = buildTextIndex([...document.querySelectorAll('.root')], '.skip');
        const t = index.text;
        expect(t).not.toMatch(/^ | $| {2}/);
        expect(t).not.toMatch(/[\u00a0\u200b\u00ad\u200a]/);
        for (let o = 0; o < t.length; o++) {
          const s = startPoint(index, o)!;
          expect(s, `start ${o}`).toBeDefined();
          const ch = s.node.data[s.offset];
          if (t[o] === ' ') expect(/\s/.test(ch) || (ch !== undefined && o > 0)).toBe(true);
          else {
            expect(ch).toBe(t[o]);
            expect(offsetInNode(index, s.node, s.offset)).toBe(o);
          }
          const e = endPoint(index, o + 1)!;
          expect(e, `end ${o + 1}`).toBeDefined();
          if (t[o] !== ' ') expect(e.node.data[e.offset - 1]).toBe(t[o]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

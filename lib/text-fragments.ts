/**
 * URL text fragments (WICG "URL Fragment Text Directives"): the
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` part of a link that makes
 * the browser scroll to a passage and highlight it. Building one, parsing one
 * back the way the spec does, and finding one in plain text the way a
 * browser does (whole words, case-insensitive, whitespace collapsed), so data
 * can be checked against the text it was copied from. Pure; no DOM.
 */
import type { TextDirective } from './glossary/schema';

/**
 * Percent-encodes one term of a text directive (spec §3.3.1): everything
 * encodeURIComponent encodes, and also "-", which the syntax uses for
 * prefix-/-suffix. "&" and "," are encoded by encodeURIComponent already; the
 * characters it leaves (letters, digits and ! ' ( ) * . _ ~) are all allowed
 * unencoded by the spec's grammar.
 */
export function encodeTextDirectivePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** Whitespace collapsed to single spaces, trimmed: how a browser compares text. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The `text=…` directive for `d` (without the leading `#:~:`); terms are whitespace-collapsed. */
export function textDirective(d: TextDirective): string {
  const part = (s: string) => encodeTextDirectivePart(collapse(s));
  const terms = [
    d.prefix ? `${part(d.prefix)}-` : undefined,
    part(d.textStart),
    d.textEnd ? part(d.textEnd) : undefined,
    d.suffix ? `-${part(d.suffix)}` : undefined,
  ];
  return `text=${terms.filter(Boolean).join(',')}`;
}

/** The fragment `#:~:text=…` for `d`; "" when it has no start. */
export function textFragment(d: TextDirective | undefined): string {
  return d && collapse(d.textStart) ? `#:~:${textDirective(d)}` : '';
}

/** `url` with the text fragment for `d` (replacing any fragment it had); `url` unchanged without one. */
export function withTextFragment(url: string, d: TextDirective | undefined): string {
  const fragment = textFragment(d);
  return fragment ? url.split('#')[0] + fragment : url;
}

/**
 * Parses the text directives of a URL's fragment as the spec does ("parse a
 * text directive"): the part after `:~:`, split on "&" into directives, each
 * `text=` one split on "," into 1–4 non-empty terms, a first term ending in
 * "-" being the prefix and a last one starting with "-" the suffix, then one
 * or two terms left for start and end, each percent-decoded. A directive
 * that does not parse is left out, as browsers ignore it. Also returns the
 * raw terms, so a caller can check that no delimiter is left unencoded.
 */
export function parseTextFragment(urlOrHash: string): Array<TextDirective & { raw: string[] }> {
  const hash = urlOrHash.includes('#') ? urlOrHash.slice(urlOrHash.indexOf('#') + 1) : urlOrHash;
  const at = hash.indexOf(':~:');
  if (at < 0) return [];
  const out: Array<TextDirective & { raw: string[] }> = [];
  for (const directive of hash.slice(at + 3).split('&')) {
    if (!directive.startsWith('text=')) continue;
    const raw = directive.slice('text='.length).split(',');
    if (raw.length < 1 || raw.length > 4 || raw.some((t) => t === '')) continue;
    const tokens = [...raw];
    const parsed: Partial<TextDirective> = {};
    try {
      if (tokens[0].endsWith('-') && tokens.length > 1) parsed.prefix = decodeURIComponent(tokens.shift()!.slice(0, -1));
      if (tokens[tokens.length - 1].startsWith('-') && tokens.length > 1) parsed.suffix = decodeURIComponent(tokens.pop()!.slice(1));
      if (tokens.length < 1 || tokens.length > 2) continue;
      parsed.textStart = decodeURIComponent(tokens[0]);
      if (tokens[1] !== undefined) parsed.textEnd = decodeURIComponent(tokens[1]);
    } catch {
      continue;
    }
    if (parsed.prefix === '' || parsed.suffix === '' || !parsed.textStart) continue;
    out.push({ ...(parsed as TextDirective), raw });
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** Index of `needle` in `text` at or after `from`, case-insensitive, at word boundaries at both ends; -1 if none. */
function findWord(text: string, needle: string, from: number): number {
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = hay.indexOf(n, from); i >= 0; i = hay.indexOf(n, i + 1)) {
    const before = text[i - 1];
    const after = text[i + n.length];
    if ((!before || !WORD.test(before) || !WORD.test(n[0])) && (!after || !WORD.test(after) || !WORD.test(n[n.length - 1]))) return i;
  }
  return -1;
}

export interface FragmentMatch {
  /** Offsets in the whitespace-collapsed text of the highlighted range (start of textStart to end of textEnd). */
  start: number;
  end: number;
  /** The highlighted text. */
  text: string;
}

/**
 * Where a browser would land for `d` in `text`: the first place, searching
 * from the top, where prefix (if any) is followed by only whitespace and then
 * textStart, textEnd comes after it, and the suffix (if any) follows textEnd
 * after only whitespace; terms match whole words, case-insensitively, with
 * whitespace collapsed. A simplified model of the spec's algorithm over
 * plain text (the browser works on the rendered DOM, word boundaries by
 * ICU), good enough to check data against the text it was copied from.
 */
export function findTextFragment(text: string, d: TextDirective): FragmentMatch | undefined {
  const t = collapse(text);
  const prefix = d.prefix && collapse(d.prefix);
  const start = collapse(d.textStart);
  const end = d.textEnd && collapse(d.textEnd);
  const suffix = d.suffix && collapse(d.suffix);
  let from = 0;
  for (;;) {
    let s: number;
    if (prefix) {
      const p = findWord(t, prefix, from);
      if (p < 0) return undefined;
      from = p + 1;
      let q = p + prefix.length;
      if (t[q] === ' ') q++;
      if (findWord(t, start, q) !== q) continue;
      s = q;
    } else {
      s = findWord(t, start, from);
      if (s < 0) return undefined;
      from = s + 1;
    }
    let e = s + start.length;
    if (end) {
      const at = findWord(t, end, e);
      if (at < 0) return undefined;
      e = at + end.length;
    }
    if (suffix) {
      let q = e;
      if (t[q] === ' ') q++;
      if (findWord(t, suffix, q) !== q) continue;
    }
    return { start: s, end: e, text: t.slice(s, e) };
  }
}

/**
 * Hostile strings for the security tests: markup and script, event
 * attributes, javascript:/data: and other URLs, attribute and template
 * breakouts, entities and encodings, bidi overrides, odd code points, very
 * long strings, and look-alikes of Glossa's own markup. Each is placed in
 * glossary data, in page text and in link identifiers; all must stay inert
 * text.
 */
export interface Payload {
  name: string;
  text: string;
}

const LONG = 100_000;

export const PAYLOADS: readonly Payload[] = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'svg onload', text: '<svg onload=alert(1)>' },
  { name: 'iframe javascript:', text: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'attribute breakout, double quote', text: '"><script>alert(document.cookie)</script>' },
  { name: 'attribute breakout, single quote', text: "'><img src=x onerror=alert(1)>" },
  { name: 'event attribute breakout', text: 'x" onmouseover="alert(1)" data-x="' },
  { name: 'bare event attribute', text: 'onfocus=alert(1) autofocus' },
  { name: 'anchor javascript:', text: '<a href="javascript:alert(1)">click</a>' },
  { name: 'javascript: URL', text: 'javascript:alert(1)' },
  { name: 'javascript: URL, mixed case, tab', text: 'JaVa\tScRiPt:alert(1)' },
  { name: 'javascript: URL after spaces', text: '  \u0001javascript:alert(1)' },
  { name: 'data: URL, HTML', text: 'data:text/html,<script>alert(1)</script>' },
  { name: 'data: URL, base64', text: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'vbscript: URL', text: 'vbscript:msgbox(1)' },
  { name: 'style tag', text: '<style>*{display:none!important}</style>' },
  { name: 'link stylesheet', text: '<link rel=stylesheet href=https://evil.example/x.css>' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: 'object data:', text: '<object data="data:text/html,<script>alert(1)</script>"></object>' },
  { name: 'div onclick', text: '<div onclick="alert(1)">x</div>' },
  { name: 'math mXSS', text: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'template', text: '<template><script>alert(1)</script></template>' },
  { name: 'comment', text: '<!--<img src=x onerror=alert(1)>-->' },
  { name: 'CDATA', text: '<![CDATA[<script>alert(1)</script>]]>' },
  { name: 'noscript breakout', text: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'textarea breakout', text: '</textarea><script>alert(1)</script>' },
  { name: 'template injection', text: "{{constructor.constructor('alert(1)')()}}" },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is the literal text of a template
  { name: 'template literal', text: '${alert(1)}' },
  { name: 'escaped entities stay literal', text: '&lt;script&gt;alert(1)&lt;/script&gt;' },
  { name: 'numeric entities stay literal', text: '&#x3C;img src=x onerror=alert(1)&#x3E;' },
  { name: 'percent-encoded markup', text: '%3Cscript%3Ealert(1)%3C%2Fscript%3E' },
  { name: 'RTL override', text: '\u202Egnp.exe\u202C KCC2' },
  { name: 'RTL override before a URL', text: '\u202Ejavascript:alert(1)' },
  { name: 'bidi isolates and marks', text: '\u2066\u2067\u2068isolate\u2069\u200F\u200E\u061C' },
  { name: 'null byte', text: '\u0000<script>alert(1)</script>' },
  { name: 'lone surrogates', text: '\uD800\uDFFF\uDBFF' },
  { name: 'combining marks', text: 'Z\u0334\u0321\u0322\u0347a\u0338l\u0337g\u0336o\u0335' },
  { name: 'off-site URL', text: 'https://evil.example/' },
  { name: 'protocol-relative URL', text: '//evil.example/x' },
  { name: 'look-alike host', text: 'https://pubmed.ncbi.nlm.nih.gov.evil.example/' },
  { name: 'userinfo host trick', text: 'https://evil.example@pubmed.ncbi.nlm.nih.gov/' },
  { name: 'backslash host trick', text: '\\\\evil.example\\share' },
  { name: 'path traversal', text: '../../../../evil' },
  { name: 'fragment and query', text: '10.1000/xyz?x=<script>#"onload="' },
  { name: 'fake Glossa wrapper', text: '<glossa-term data-glossa-term="kcc2" tabindex="0">fake</glossa-term>' },
  { name: 'fake Glossa UI', text: '<div data-glossa-ui="tooltip" role="tooltip">spoof</div>' },
  { name: 'very long text', text: 'A'.repeat(LONG) },
  { name: 'very long markup', text: '<b>'.repeat(LONG / 3) },
  { name: 'very long word with a term', text: `${'x'.repeat(LONG)} KCC2 ${'y'.repeat(LONG)}` },
];

/** Element names that must never appear in what Glossa renders or adds. */
export const DANGEROUS_TAGS = new Set([
  'SCRIPT',
  'IMG',
  'SVG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'STYLE',
  'LINK',
  'META',
  'MATH',
  'TEMPLATE',
  'BASE',
  'FORM',
  'NOSCRIPT',
  'TEXTAREA',
]);

/** The element structure under `root`: tag names and attribute names in document order (values left out). */
export function structure(root: Element | DocumentFragment | ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].map(
    (el) =>
      `${el.tagName}[${[...el.attributes]
        .map((a) => a.name)
        .sort()
        .join(',')}]`,
  );
}

/** Attributes named on… (event handlers) anywhere under `root`. */
export function eventAttributes(root: Element | DocumentFragment | ShadowRoot): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`),
  );
}

/** Every link target under `root`. */
export function hrefs(root: Element | DocumentFragment | ShadowRoot): string[] {
  return [...root.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')].map(
    (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '',
  );
}

export const LINK_HOSTS = ['pmc.ncbi.nlm.nih.gov', 'pubmed.ncbi.nlm.nih.gov', 'doi.org'];

/** https on PubMed, PMC or doi.org, written in printable ASCII only (everything else percent-encoded). */
export function isSafeLink(url: string): boolean {
  if (!/^[\x21-\x7e]+$/.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && LINK_HOSTS.includes(u.hostname) && u.username === '' && u.password === '' && u.port === '';
  } catch {
    return false;
  }
}

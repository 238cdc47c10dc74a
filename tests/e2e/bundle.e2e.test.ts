/**
 * The built extension: manifest permissions stay minimal, and compromise
 * (build-time and lazy NLP only) never enters the content script bundle.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PackedMatchData } from '../../lib/match/packed';
import { matchData } from '../../lib/glossary/match-data';

const out = new URL('../../.output/chrome-mv3/', import.meta.url);

describe('built Chrome extension', () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', out), 'utf8'));
  const content = readFileSync(new URL('content-scripts/content.js', out));

  it('asks for storage, the context menu, scripting, activeTab and the side panel, on the three NCBI hosts; other secure sites only when the reader enables them, and a PDF’s site only when the reader opens it', () => {
    // Each one explained in the README ("Permissions").
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab', 'sidePanel']);
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://pmc.ncbi.nlm.nih.gov/*',
      'https://pubmed.ncbi.nlm.nih.gov/*',
      'https://www.ncbi.nlm.nih.gov/pmc/*',
    ]);
    // A publisher site (https), or the site of a PDF opened in the reader (https or http), one at a time.
    expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The publisher sites' content script is registered at run time, not listed.
    expect(manifest.content_scripts.flatMap((c: { js: string[] }) => c.js)).toEqual(['content-scripts/content.js']);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
  });

  it('keeps the content script within 40 KB gzipped; its UI (web-accessible only on the article hosts) and match data (also on the sites a reader may enable) are separate files', () => {
    const ui = readFileSync(new URL('content-ui.js', out));
    expect(gzipSync(content, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
    // Preact (marked by the build's guard against dangerouslySetInnerHTML) and the action bar live in the UI.
    const marker = /dangerouslySetInnerHTML is disabled in Glossa|glossa-actions/g;
    expect(content.toString('utf8').match(marker)).toBeNull();
    expect(new Set(ui.toString('utf8').match(marker))).toEqual(
      new Set(['dangerouslySetInnerHTML is disabled in Glossa', 'glossa-actions']),
    );
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['content-ui.js'],
        matches: ['https://pubmed.ncbi.nlm.nih.gov/*', 'https://pmc.ncbi.nlm.nih.gov/*', 'https://www.ncbi.nlm.nih.gov/*'],
        use_dynamic_url: true,
      },
      { resources: ['match.bin'], matches: ['https://*/*'], use_dynamic_url: true },
    ]);
  });

  it('carries no glossary data in the content script: it reads the packed match data (match.bin) of the bundled glossary', () => {
    const bin = readFileSync(new URL('match.bin', out));
    const packed = new PackedMatchData(bin.buffer.slice(bin.byteOffset, bin.byteOffset + bin.length));
    expect(packed.terms).toBe(matchData.terms.length);
    expect(packed.forms).toBe(matchData.forms.length);
    // A form of the glossary is in match.bin, not in the script.
    const form = matchData.forms.find(([text]) => text.length > 12)![0];
    expect(content.toString('utf8')).not.toContain(form);
  });

  it('keeps compromise out of the content script', () => {
    const text = content.toString('utf8');
    // Marker strings from compromise's own source.
    expect(text).not.toMatch(/compromise|toPlural|nlp\.plugin|\.verbs\(\)/);
    console.log(`content script: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);
    const publisher = readFileSync(new URL('content-scripts/publisher.js', out));
    expect(publisher.toString('utf8')).not.toMatch(/compromise|toPlural|nlp\.plugin|\.verbs\(\)/);
    console.log(
      `publisher sites' content script: ${(publisher.length / 1024).toFixed(1)} KB, ${(gzipSync(publisher).length / 1024).toFixed(1)} KB gzipped`,
    );
  });
});

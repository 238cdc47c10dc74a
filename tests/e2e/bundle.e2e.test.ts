/**
 * The built extension: manifest permissions stay minimal, and compromise
 * (build-time and lazy NLP only) never enters the content script bundle.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const out = new URL('../../.output/chrome-mv3/', import.meta.url);

describe('built Chrome extension', () => {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', out), 'utf8'));
  const content = readFileSync(new URL('content-scripts/content.js', out));

  it('asks for storage, the context menu and the side panel only, on the three NCBI hosts only', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'sidePanel']);
    expect([...manifest.host_permissions].sort()).toEqual([
      'https://pmc.ncbi.nlm.nih.gov/*',
      'https://pubmed.ncbi.nlm.nih.gov/*',
      'https://www.ncbi.nlm.nih.gov/pmc/*',
    ]);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.default_locale).toBe('en');
  });

  it('keeps compromise out of the content script', () => {
    const text = content.toString('utf8');
    // Marker strings from compromise's own source.
    expect(text).not.toMatch(/compromise|toPlural|nlp\.plugin|\.verbs\(\)/);
    console.log(`content script: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped`);
  });
});

/**
 * The note editor's draft (lib/highlights/note-draft.ts): what saving
 * writes, when Escape asks before discarding, and drafts kept when the bar
 * closes.
 */
import { describe, expect, it } from 'vitest';
import { changes, draftOf, escapeAction, hasUnsavedText, NoteDrafts, patchOf } from '../../../lib/highlights/note-draft';
import { parseTags, tagsText } from '../../../lib/highlights/tags';

const empty = { note: '', tags: [] as string[] };
const saved = { note: 'Definition used in the paper', tags: ['anhedonia', 'definition'] };

describe('tags as typed', () => {
  it('splits on commas, trims, drops empties and repeats; joins back', () => {
    expect(parseTags(' a, b ,, c, a ')).toEqual(['a', 'b', 'c']);
    expect(parseTags('')).toEqual([]);
    expect(tagsText(['a', 'b'])).toBe('a, b');
  });
});

describe('a note draft', () => {
  it('starts from what is saved and saves trimmed text and parsed tags', () => {
    expect(draftOf(saved)).toEqual({ note: 'Definition used in the paper', tags: 'anhedonia, definition' });
    expect(patchOf({ note: '  new note\n', tags: 'x, y, x' })).toEqual({ note: 'new note', tags: ['x', 'y'] });
  });

  it('changes what is saved only when the trimmed note or the tags differ', () => {
    expect(changes(draftOf(saved), saved)).toBe(false);
    expect(changes({ note: 'Definition used in the paper  ', tags: 'anhedonia,definition' }, saved)).toBe(false);
    expect(changes({ note: 'Definition', tags: 'anhedonia, definition' }, saved)).toBe(true);
    expect(changes({ note: 'Definition used in the paper', tags: 'anhedonia' }, saved)).toBe(true);
  });

  it('Escape asks before throwing away typed text, and closes when nothing would be lost', () => {
    expect(escapeAction({ note: 'typed', tags: '' }, empty)).toBe('ask');
    expect(escapeAction({ note: '', tags: 'tag' }, empty)).toBe('ask');
    expect(escapeAction({ note: '', tags: '' }, empty)).toBe('close');
    expect(escapeAction({ note: '   ', tags: '' }, empty)).toBe('close');
    // Unchanged: the note is saved, nothing is lost.
    expect(escapeAction(draftOf(saved), saved)).toBe('close');
    // Emptied: closing keeps the saved note, nothing typed is lost.
    expect(escapeAction({ note: '', tags: '' }, saved)).toBe('close');
    expect(escapeAction({ note: 'Definition used in the paper, edited', tags: 'anhedonia, definition' }, saved)).toBe('ask');
    expect(hasUnsavedText({ note: 'x', tags: '' }, empty)).toBe(true);
  });
});

describe('the drafts of a page', () => {
  it('opens with the saved note, or with a kept draft that still holds unsaved text', () => {
    const drafts = new NoteDrafts();
    expect(drafts.open('h1', empty)).toEqual({ draft: { note: '', tags: '' }, kept: false });
    drafts.edit('h1', { note: 'half a thought', tags: '' });
    expect(drafts.hasUnsaved('h1', empty)).toBe(true);
    // The bar closed and opened again: the draft comes back.
    expect(drafts.open('h1', empty)).toEqual({ draft: { note: 'half a thought', tags: '' }, kept: true });
    // Saved meanwhile (the record now holds it): nothing unsaved, the editor starts from the record.
    const now = { note: 'half a thought', tags: [] };
    expect(drafts.hasUnsaved('h1', now)).toBe(false);
    expect(drafts.open('h1', now)).toEqual({ draft: { note: 'half a thought', tags: '' }, kept: false });
    drafts.drop('h1');
    expect(drafts.get('h1')).toBeUndefined();
    expect(drafts.hasUnsaved('h1', empty)).toBe(false);
  });
});

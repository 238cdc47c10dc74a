/**
 * What the reader types into a highlight's note and tags, kept apart from
 * the editor that shows it, so that nothing typed is lost: not when the
 * editor is drawn again, not when the bar closes because the reader clicked
 * elsewhere (the draft comes back when the highlight is opened again), and
 * not on Escape, which asks before throwing away text that is not saved.
 * The editor's view is drawn from the draft; the draft is the one copy.
 */
import type { HighlightRecord } from './model';
import { parseTags, tagsText } from './tags';

/** The editor's fields as typed (tags as one comma-separated text). */
export interface NoteDraft {
  note: string;
  tags: string;
}

type Saved = Pick<HighlightRecord, 'note' | 'tags'>;

export const draftOf = (saved: Saved): NoteDraft => ({ note: saved.note, tags: tagsText(saved.tags) });

/** What saving the draft writes. */
export function patchOf(draft: NoteDraft): { note: string; tags: string[] } {
  return { note: draft.note.trim(), tags: parseTags(draft.tags) };
}

/** Whether saving the draft would change what is saved. */
export function changes(draft: NoteDraft, saved: Saved): boolean {
  const patch = patchOf(draft);
  return patch.note !== saved.note || patch.tags.join('\n') !== saved.tags.join('\n');
}

/** Whether closing the editor now would throw typed text away: it differs from what is saved and is not empty. */
export function hasUnsavedText(draft: NoteDraft, saved: Saved): boolean {
  return changes(draft, saved) && (draft.note.trim() !== '' || draft.tags.trim() !== '');
}

/** What Escape in the editor does: close it (nothing would be lost) or ask first. */
export function escapeAction(draft: NoteDraft, saved: Saved): 'close' | 'ask' {
  return hasUnsavedText(draft, saved) ? 'ask' : 'close';
}

/** The drafts of one page, by highlight id. */
export class NoteDrafts {
  private readonly drafts = new Map<string, NoteDraft>();

  /**
   * The draft to open the editor with: the one kept from before when it
   * still holds unsaved text (`kept`), else the saved note and tags.
   */
  open(id: string, saved: Saved): { draft: NoteDraft; kept: boolean } {
    const kept = this.drafts.get(id);
    if (kept && hasUnsavedText(kept, saved)) return { draft: kept, kept: true };
    const draft = draftOf(saved);
    this.drafts.set(id, draft);
    return { draft, kept: false };
  }

  get(id: string): NoteDraft | undefined {
    return this.drafts.get(id);
  }

  /** Records what was typed. */
  edit(id: string, draft: NoteDraft): void {
    this.drafts.set(id, draft);
  }

  /** Whether a highlight has a kept draft with unsaved text. */
  hasUnsaved(id: string, saved: Saved): boolean {
    const draft = this.drafts.get(id);
    return !!draft && hasUnsavedText(draft, saved);
  }

  /** Forgets a draft: saved, discarded by the reader, or its highlight deleted. */
  drop(id: string): void {
    this.drafts.delete(id);
  }
}

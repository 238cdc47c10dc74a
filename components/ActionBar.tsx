/**
 * The selection action bar: one button per highlight colour, "add note",
 * "copy quote with citation", and for an existing highlight "delete"; the
 * highlight's saved note; the note and tags editor; a status line that
 * screen readers announce. Choosing a colour for a selection keeps the bar
 * open on the new highlight, so note and tags are one step away.
 *
 * Render only, and controlled: the editor shows `editor.draft` and reports
 * every keystroke through onDraft (only the field that changed), so what was
 * typed lives with the caller (lib/highlights/note-draft.ts) and survives
 * the bar being drawn again or closed. Escape anywhere in the bar goes to
 * onEscape; the caller decides (close the editor, ask before discarding
 * typed text, or close the bar). Focus moves with the flow: into the note
 * field when the editor opens, to "keep editing" when asked, back to the
 * note button when the editor closes.
 * Buttons carry the testability contract's data-glossa-action attributes.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ColourName } from '../lib/highlights/model';
import type { NoteDraft } from '../lib/highlights/note-draft';

export interface BarColour {
  name: ColourName;
  label: string;
  background: string;
  edge: string;
}

export interface ActionBarLabels {
  /** The whole bar (buttons, saved note, editor). */
  bar: string;
  /** Its row of buttons. */
  toolbar: string;
  /** "Highlight in $1", filled per colour by the caller. */
  highlightIn: Record<ColourName, string>;
  note: string;
  editNote: string;
  copy: string;
  remove: string;
  editor: string;
  noteField: string;
  tagsField: string;
  tagsHint: string;
  save: string;
  cancel: string;
  close: string;
  discardQuestion: string;
  keepEditing: string;
  discard: string;
}

export interface ActionBarProps {
  mode: 'create' | 'edit';
  colours: BarColour[];
  /** The highlight's colour (edit mode). */
  current?: ColourName;
  /** The highlight's saved note and tags (edit mode), shown while the editor is closed. */
  saved?: { note: string; tags: string[] };
  /** The open editor: its draft, and whether Escape is asking before discarding it. */
  editor?: { draft: NoteDraft; asking?: boolean };
  /** A short message in the bar, announced ("Note saved."). */
  status?: string;
  labels: ActionBarLabels;
  /** Focus the first control when shown (opened from the keyboard). */
  autoFocus?: boolean;
  onColour: (colour: ColourName) => void;
  onNote: () => void;
  onCopy: () => void;
  onDelete?: () => void;
  /** A field of the editor changed. */
  onDraft: (change: Partial<NoteDraft>) => void;
  onSaveNote: () => void;
  onCancelNote: () => void;
  onEscape: () => void;
  onKeepEditing: () => void;
  onDiscardNote: () => void;
  onClose: () => void;
}

export function ActionBar(props: ActionBarProps) {
  const { labels, editor } = props;
  const firstRef = useRef<HTMLButtonElement>(null);
  const noteButtonRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const editorOpen = !!editor;
  const asking = !!editor?.asking;
  const previous = useRef({ editorOpen: false, asking: false, mounted: false });

  // Layout effects run as the change is drawn: focus is where the reader expects it before the next key.
  useLayoutEffect(() => {
    const was = previous.current;
    if (!was.mounted) {
      if (editorOpen) noteRef.current?.focus();
      else if (props.autoFocus) firstRef.current?.focus();
    } else if (asking && !was.asking) keepRef.current?.focus();
    else if (editorOpen && (!was.editorOpen || (was.asking && !asking))) noteRef.current?.focus();
    // The editor closes from its own buttons or keys: focus stays in the bar rather than falling to the page.
    else if (!editorOpen && was.editorOpen) noteButtonRef.current?.focus();
    previous.current = { editorOpen, asking, mounted: true };
  }, [editorOpen, asking]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    e.preventDefault();
    props.onEscape();
  };

  const savedNote = !editorOpen && props.saved?.note ? props.saved.note : '';
  const savedTags = !editorOpen ? (props.saved?.tags ?? []) : [];

  return (
    <div class="gl-bar" role="dialog" aria-label={labels.bar} onKeyDown={onKeyDown} data-mode={props.mode}>
      <div class="gl-row" role="toolbar" aria-label={labels.toolbar}>
        {props.colours.map((c, i) => (
          <button
            key={c.name}
            ref={i === 0 ? firstRef : undefined}
            type="button"
            class="gl-swatch"
            data-glossa-action="highlight"
            data-colour={c.name}
            aria-label={labels.highlightIn[c.name]}
            aria-pressed={props.mode === 'edit' ? props.current === c.name : undefined}
            title={labels.highlightIn[c.name]}
            style={{ '--sw-bg': c.background, '--sw-edge': c.edge }}
            onClick={() => props.onColour(c.name)}
          >
            <span class="gl-swatch-label">{c.label}</span>
          </button>
        ))}
        <span class="gl-sep" aria-hidden="true" />
        <button
          type="button"
          ref={noteButtonRef}
          class="gl-action"
          data-glossa-action="note"
          aria-expanded={editorOpen}
          onClick={props.onNote}
        >
          {props.saved?.note ? labels.editNote : labels.note}
        </button>
        <button type="button" class="gl-action" data-glossa-action="copy" onClick={props.onCopy}>
          {labels.copy}
        </button>
        {props.onDelete ? (
          <button type="button" class="gl-action gl-danger" data-glossa-action="delete" onClick={props.onDelete}>
            {labels.remove}
          </button>
        ) : null}
        <button
          type="button"
          class="gl-close"
          data-glossa-action="close"
          aria-label={labels.close}
          title={labels.close}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      {savedNote || savedTags.length ? (
        <div class="gl-saved" data-glossa-saved-note="">
          {savedNote ? (
            <p class="gl-note">
              <span class="gl-visually-hidden">{labels.noteField}: </span>
              {savedNote}
            </p>
          ) : null}
          {savedTags.length ? (
            <p class="gl-meta">
              <span class="gl-visually-hidden">{labels.tagsField}: </span>
              {savedTags.map((tag) => (
                <span key={tag} class="gl-tag">
                  #{tag}
                </span>
              ))}
            </p>
          ) : null}
        </div>
      ) : null}
      {editor ? (
        <form
          class="gl-editor"
          aria-label={labels.editor}
          onSubmit={(e) => {
            e.preventDefault();
            props.onSaveNote();
          }}
        >
          <label class="gl-field">
            <span>{labels.noteField}</span>
            <textarea
              ref={noteRef}
              rows={3}
              value={editor.draft.note}
              data-glossa-field="note"
              onInput={(e) => props.onDraft({ note: (e.currentTarget as HTMLTextAreaElement).value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  props.onSaveNote();
                }
              }}
            />
          </label>
          <label class="gl-field">
            <span>{labels.tagsField}</span>
            <input
              type="text"
              value={editor.draft.tags}
              data-glossa-field="tags"
              aria-describedby="gl-tags-hint"
              onInput={(e) => props.onDraft({ tags: (e.currentTarget as HTMLInputElement).value })}
            />
            <small id="gl-tags-hint">{labels.tagsHint}</small>
          </label>
          {editor.asking ? (
            <div class="gl-confirm" role="alertdialog" aria-labelledby="gl-discard-question" data-glossa-confirm="discard-note">
              <p id="gl-discard-question">{labels.discardQuestion}</p>
              <div class="gl-row gl-end">
                <button
                  type="button"
                  ref={keepRef}
                  class="gl-action gl-primary"
                  data-glossa-action="keep-editing"
                  onClick={props.onKeepEditing}
                >
                  {labels.keepEditing}
                </button>
                <button type="button" class="gl-action gl-danger" data-glossa-action="discard-note" onClick={props.onDiscardNote}>
                  {labels.discard}
                </button>
              </div>
            </div>
          ) : (
            <div class="gl-row gl-end">
              <button type="button" class="gl-action" data-glossa-action="cancel-note" onClick={props.onCancelNote}>
                {labels.cancel}
              </button>
              <button type="submit" class="gl-action gl-primary" data-glossa-action="save-note">
                {labels.save}
              </button>
            </div>
          )}
        </form>
      ) : null}
      <p class="gl-status" role="status">
        {props.status ?? ''}
      </p>
    </div>
  );
}

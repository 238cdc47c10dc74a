/**
 * The selection action bar: one button per highlight colour, "add note",
 * "copy quote with citation", and in edit mode (an existing highlight)
 * "delete"; an inline note and tags editor; a status line for messages such
 * as "copied" or "storage full". Render only: state and actions are props.
 * Buttons carry the testability contract's data-glossa-action attributes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ColourName } from '../lib/highlights/model';

export interface BarColour {
  name: ColourName;
  label: string;
  background: string;
  edge: string;
}

export interface ActionBarLabels {
  toolbar: string;
  /** "Highlight: $1", filled per colour by the caller. */
  highlightIn: Record<ColourName, string>;
  note: string;
  copy: string;
  remove: string;
  noteField: string;
  tagsField: string;
  tagsHint: string;
  save: string;
  cancel: string;
  close: string;
}

export interface ActionBarProps {
  mode: 'create' | 'edit';
  colours: BarColour[];
  /** The highlight's colour (edit mode). */
  current?: ColourName;
  /** Whether the note editor is open, with its starting values. */
  editor?: { note: string; tags: string[] };
  labels: ActionBarLabels;
  /** Focus the first control when shown (opened from the keyboard). */
  autoFocus?: boolean;
  onColour: (colour: ColourName) => void;
  onNote: () => void;
  onCopy: () => void;
  onDelete?: () => void;
  onSaveNote: (note: string, tags: string[]) => void;
  onCancelNote: () => void;
  onClose: () => void;
}

/** "a, b ,, c" → ["a", "b", "c"] */
export const parseTags = (s: string): string[] => [
  ...new Set(
    s
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

export function ActionBar(props: ActionBarProps) {
  const { labels } = props;
  const first = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState(props.editor?.note ?? '');
  const [tags, setTags] = useState(props.editor?.tags.join(', ') ?? '');
  const editorOpen = !!props.editor;

  useEffect(() => {
    setNote(props.editor?.note ?? '');
    setTags(props.editor?.tags.join(', ') ?? '');
    if (editorOpen) noteRef.current?.focus();
  }, [editorOpen]);

  useEffect(() => {
    if (props.autoFocus && !editorOpen) first.current?.focus();
  }, [props.autoFocus]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (editorOpen) props.onCancelNote();
      else props.onClose();
    }
  };

  return (
    <div class="gl-bar" role="toolbar" aria-label={labels.toolbar} onKeyDown={onKeyDown} data-mode={props.mode}>
      <div class="gl-row">
        {props.colours.map((c, i) => (
          <button
            key={c.name}
            ref={i === 0 ? first : undefined}
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
        <button type="button" class="gl-action" data-glossa-action="note" aria-expanded={editorOpen} onClick={props.onNote}>
          {labels.note}
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
      {props.editor ? (
        <form
          class="gl-editor"
          onSubmit={(e) => {
            e.preventDefault();
            props.onSaveNote(note.trim(), parseTags(tags));
          }}
        >
          <label class="gl-field">
            <span>{labels.noteField}</span>
            <textarea
              ref={noteRef}
              rows={3}
              value={note}
              data-glossa-field="note"
              onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  props.onSaveNote(note.trim(), parseTags(tags));
                }
              }}
            />
          </label>
          <label class="gl-field">
            <span>{labels.tagsField}</span>
            <input
              type="text"
              value={tags}
              data-glossa-field="tags"
              aria-describedby="gl-tags-hint"
              onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            />
            <small id="gl-tags-hint">{labels.tagsHint}</small>
          </label>
          <div class="gl-row gl-end">
            <button type="button" class="gl-action" onClick={props.onCancelNote}>
              {labels.cancel}
            </button>
            <button type="submit" class="gl-action gl-primary" data-glossa-action="save-note">
              {labels.save}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

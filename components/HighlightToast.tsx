/**
 * A short message at the bottom of the page ("Highlight deleted — Undo",
 * "Copied", "Storage full: not saved"), announced to screen readers.
 * Render only.
 */
export interface HighlightToastProps {
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; onClick: () => void };
  closeLabel: string;
  onClose: () => void;
}

export function HighlightToast(props: HighlightToastProps) {
  return (
    <div class={`gl-toast gl-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'} data-glossa-toast={props.kind}>
      <span class="gl-toast-text">{props.text}</span>
      {props.action ? (
        <button type="button" class="gl-action gl-primary" data-glossa-action="undo" onClick={props.action.onClick}>
          {props.action.label}
        </button>
      ) : null}
      <button type="button" class="gl-close" aria-label={props.closeLabel} title={props.closeLabel} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}

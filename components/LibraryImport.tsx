/**
 * The import report: what a file would add and update, what is kept
 * because the local copy is newer, and every rejected item with its
 * reasons; nothing is written until "Import" is pressed. Render only.
 */
export interface LibraryImportProps {
  fileName: string;
  /** A refused file: the message only. */
  error?: string;
  counts?: { add: number; update: number; kept: number; rejected: number; total: number };
  rejected: Array<{ key: string; where: string; quote?: string; reasons: string[] }>;
  labels: {
    title: string;
    add: string;
    update: string;
    kept: string;
    rejected: string;
    confirm: string;
    cancel: string;
    nothing: string;
  };
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function LibraryImport(props: LibraryImportProps) {
  const { labels, counts } = props;
  const writable = !!counts && counts.add + counts.update > 0;
  return (
    <section class="import-report" aria-labelledby="import-title" data-import-report="">
      <h2 id="import-title">{labels.title}</h2>
      {props.error ? (
        <p class="error" role="alert" data-import-error="">
          {props.error}
        </p>
      ) : null}
      {counts ? (
        <ul class="import-counts">
          <li data-count-add={counts.add}>{labels.add}</li>
          <li data-count-update={counts.update}>{labels.update}</li>
          <li data-count-kept={counts.kept}>{labels.kept}</li>
          <li data-count-rejected={counts.rejected}>{labels.rejected}</li>
        </ul>
      ) : null}
      {props.rejected.length ? (
        <ol class="rejected" data-rejected={props.rejected.length}>
          {props.rejected.map((r) => (
            <li key={r.key}>
              <span class="where">{r.where}</span>
              {r.quote ? <q>{r.quote}</q> : null}
              <ul>
                {r.reasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      ) : null}
      {counts && !writable ? <p>{labels.nothing}</p> : null}
      <div class="buttons">
        <button type="button" onClick={props.onCancel}>
          {labels.cancel}
        </button>
        {writable ? (
          <button type="button" class="primary" data-action="confirm-import" disabled={props.busy} onClick={props.onConfirm}>
            {labels.confirm}
          </button>
        ) : null}
      </div>
    </section>
  );
}

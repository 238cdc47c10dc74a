/**
 * The library page's view: every article with highlights (title, citation,
 * identifiers with links back to PubMed, PMC and doi.org, count, last
 * change), a search box over quotes, notes and tags, export and import
 * buttons, the import report, and per highlight its colour, quote, note and
 * tags with edit and delete. Render only: data and actions are props.
 */
import { useState } from 'preact/hooks';
import type { ColourName } from '../lib/highlights/model';
import { parseTags, tagsText } from '../lib/highlights/tags';
import type { HighlightView } from '../lib/highlights/view';
import { LibraryImport, type LibraryImportProps } from './LibraryImport';

export interface LibraryArticle {
  key: string;
  title: string;
  citation?: string;
  links: Array<{ label: string; url: string }>;
  count: number;
  lastChangeLabel: string;
  highlights: HighlightView[];
}

export interface LibraryLabels {
  title: string;
  search: string;
  searchPlaceholder: string;
  exportMarkdown: string;
  exportJsonLd: string;
  importFile: string;
  empty: string;
  noMatch: string;
  /** "3 highlights" per article, filled by the caller. */
  count: (n: number) => string;
  lastChange: string;
  edit: string;
  remove: string;
  save: string;
  cancel: string;
  note: string;
  tags: string;
  tagsHint: string;
  colour: string;
  section: string;
  close: string;
  summary: string;
  /** A record's time as the reader reads it ("2 Mar 2026, 10:00"). */
  time: (iso: string) => string;
}

export interface LibraryViewProps {
  articles: LibraryArticle[];
  /** Whether there are highlights at all (to tell "none yet" from "no match"). */
  hasAny: boolean;
  query: string;
  colours: Array<{ name: ColourName; label: string; background: string; edge: string }>;
  labels: LibraryLabels;
  importer?: LibraryImportProps;
  message?: { kind: 'info' | 'error'; text: string; action?: { label: string; onClick: () => void } };
  onQuery: (q: string) => void;
  onExportMarkdown: () => void;
  onExportJsonLd: () => void;
  onImportFile: (file: File) => void;
  onUpdate: (id: string, patch: { note?: string; tags?: string[]; colour?: ColourName }) => void;
  onDelete: (id: string) => void;
  onDismissMessage: () => void;
}

function HighlightRow(props: { h: HighlightView } & Pick<LibraryViewProps, 'colours' | 'labels' | 'onUpdate' | 'onDelete'>) {
  const { h, labels } = props;
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(h.note);
  const [tags, setTags] = useState(tagsText(h.tags));
  const colour = props.colours.find((c) => c.name === h.colour)!;
  return (
    <li class="hl" data-highlight={h.id} style={{ '--hl-bg': colour.background, '--hl-edge': colour.edge }}>
      <blockquote class="quote">{h.exact}</blockquote>
      <div class="hl-meta">
        <label class="colour">
          <span>{labels.colour}</span>
          <select
            value={h.colour}
            data-action="colour"
            onChange={(e) => props.onUpdate(h.id, { colour: (e.currentTarget as HTMLSelectElement).value as ColourName })}
          >
            {props.colours.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {h.section ? (
          <span class="section">
            {labels.section}: {h.section}
          </span>
        ) : null}
        <span class="modified">{labels.time(h.modified)}</span>
      </div>
      {editing ? (
        <form
          class="edit"
          onSubmit={(e) => {
            e.preventDefault();
            props.onUpdate(h.id, { note: note.trim(), tags: parseTags(tags) });
            setEditing(false);
          }}
        >
          <label>
            <span>{labels.note}</span>
            <textarea rows={3} value={note} data-field="note" onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          <label>
            <span>{labels.tags}</span>
            <input type="text" value={tags} data-field="tags" onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)} />
            <small>{labels.tagsHint}</small>
          </label>
          <div class="buttons">
            <button type="button" onClick={() => setEditing(false)}>
              {labels.cancel}
            </button>
            <button type="submit" class="primary" data-action="save">
              {labels.save}
            </button>
          </div>
        </form>
      ) : (
        <>
          {h.note ? <p class="note">{h.note}</p> : null}
          {h.tags.length ? (
            <p class="tags">
              {h.tags.map((tag) => (
                <span key={tag} class="tag">
                  #{tag}
                </span>
              ))}
            </p>
          ) : null}
          <div class="buttons">
            <button
              type="button"
              data-action="edit"
              onClick={() => {
                setNote(h.note);
                setTags(tagsText(h.tags));
                setEditing(true);
              }}
            >
              {labels.edit}
            </button>
            <button type="button" class="danger" data-action="delete" onClick={() => props.onDelete(h.id)}>
              {labels.remove}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

export function LibraryView(props: LibraryViewProps) {
  const { labels } = props;
  return (
    <main class="library">
      <header class="top">
        <h1>{labels.title}</h1>
        <p class="summary">{labels.summary}</p>
        <div class="tools">
          <label class="search">
            <span class="visually-hidden">{labels.search}</span>
            <input
              type="search"
              data-action="search"
              placeholder={labels.searchPlaceholder}
              value={props.query}
              onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <button type="button" data-action="export-markdown" onClick={props.onExportMarkdown} disabled={!props.hasAny}>
            {labels.exportMarkdown}
          </button>
          <button type="button" data-action="export-jsonld" onClick={props.onExportJsonLd} disabled={!props.hasAny}>
            {labels.exportJsonLd}
          </button>
          <label class="button import">
            {labels.importFile}
            <input
              type="file"
              accept=".jsonld,.json,application/ld+json,application/json"
              data-action="import"
              onChange={(e) => {
                const input = e.currentTarget as HTMLInputElement;
                const file = input.files?.[0];
                if (file) props.onImportFile(file);
                input.value = '';
              }}
            />
          </label>
        </div>
      </header>
      {props.message ? (
        <div
          class={`message ${props.message.kind}`}
          role={props.message.kind === 'error' ? 'alert' : 'status'}
          data-message={props.message.kind}
        >
          <span>{props.message.text}</span>
          {props.message.action ? (
            <button type="button" class="primary" data-action="undo" onClick={props.message.action.onClick}>
              {props.message.action.label}
            </button>
          ) : null}
          <button type="button" class="close" aria-label={labels.close} title={labels.close} onClick={props.onDismissMessage}>
            ×
          </button>
        </div>
      ) : null}
      {props.importer ? <LibraryImport {...props.importer} /> : null}
      {!props.hasAny ? <p class="empty">{labels.empty}</p> : !props.articles.length ? <p class="empty">{labels.noMatch}</p> : null}
      <ul class="articles">
        {props.articles.map((a) => (
          <li key={a.key} class="article" data-article={a.key}>
            <article aria-labelledby={`t-${a.key}`}>
              <h2 id={`t-${a.key}`}>
                {a.links[0] ? (
                  <a href={a.links[0].url} target="_blank" rel="noopener noreferrer">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
              </h2>
              {a.citation ? <p class="citation">{a.citation}</p> : null}
              <p class="ids">
                {a.links.map((l) => (
                  <a key={l.url} href={l.url} target="_blank" rel="noopener noreferrer">
                    {l.label}
                  </a>
                ))}
                <span class="count" data-count={a.count}>
                  {labels.count(a.count)}
                </span>
                <span class="last">
                  {labels.lastChange}: {a.lastChangeLabel}
                </span>
              </p>
              <ul class="highlights">
                {a.highlights.map((h) => (
                  <HighlightRow
                    key={`${h.id}:${h.modified}`}
                    h={h}
                    colours={props.colours}
                    labels={labels}
                    onUpdate={props.onUpdate}
                    onDelete={props.onDelete}
                  />
                ))}
              </ul>
            </article>
          </li>
        ))}
      </ul>
    </main>
  );
}

/**
 * The library page's state: all highlights from storage (kept live through
 * storage change events), grouped by article and searched; edits, deletes
 * with undo, exports (Markdown and W3C JSON-LD as file downloads) and the
 * two-step import (validate and show the report, then write everything in
 * one go). Turns it into the LibraryView's props.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LibraryView, type LibraryArticle, type LibraryLabels } from '../../components/LibraryView';
import type { LibraryImportProps } from '../../components/LibraryImport';
import { download } from '../../lib/download';
import { t } from '../../lib/i18n';
import { citationText, doiUrl, pmcUrl, pubmedUrl } from '../../lib/highlights/article';
import { groupByArticle, searchGroups, type ArticleGroup } from '../../lib/highlights/library';
import { toCollection } from '../../lib/highlights/jsonld';
import { toMarkdown } from '../../lib/highlights/markdown';
import { applyImport, planImport, type FileError, type ImportPlan, type RejectReason } from '../../lib/highlights/import';
import { COLOURS, PALETTE, newId, nowIso, type ColourName, type HighlightRecord } from '../../lib/highlights/model';
import {
  allHighlights,
  allRecords,
  deleteHighlight,
  restoreHighlight,
  StorageWriteError,
  updateHighlight,
  watchHighlights,
  type HighlightPatch,
} from '../../lib/highlights/store';

type Message = { kind: 'info' | 'error'; text: string; action?: { label: string; onClick: () => void } };

const colourLabel = (c: ColourName) => t(`colour_${c}`);
const colours = COLOURS.map((name) => ({ name, label: colourLabel(name), ...PALETTE[name] }));

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function linksOf(group: ArticleGroup): LibraryArticle['links'] {
  const a = group.article;
  const links: LibraryArticle['links'] = [];
  if (a.pmcid) links.push({ label: `PMC: ${a.pmcid}`, url: pmcUrl(a.pmcid) });
  if (a.pmid) links.push({ label: `PubMed: ${a.pmid}`, url: pubmedUrl(a.pmid) });
  if (a.doi) links.push({ label: `DOI: ${a.doi}`, url: doiUrl(a.doi) });
  if (!links.length && a.url && /^https:\/\//.test(a.url)) links.push({ label: a.url, url: a.url });
  return links;
}

const today = () => new Date().toISOString().slice(0, 10);

const REASON_KEYS: Record<RejectReason, string> = {
  'not-annotation': 'importReasonNotAnnotation',
  'no-id': 'importReasonNoId',
  'duplicate-id': 'importReasonDuplicateId',
  'no-quote': 'importReasonNoQuote',
  'no-article': 'importReasonNoArticle',
  'bad-time': 'importReasonBadTime',
  'too-long': 'importReasonTooLong',
  'bad-field': 'importReasonBadField',
};
const FILE_ERROR_KEYS: Record<FileError, string> = {
  'not-json': 'importErrorNotJson',
  'no-annotations': 'importErrorNoAnnotations',
  'too-many': 'importErrorTooMany',
};

function storageMessage(error: unknown): string {
  return t(error instanceof StorageWriteError && error.quota ? 'highlightStorageFull' : 'highlightStorageError');
}

export function App() {
  const [records, setRecords] = useState<HighlightRecord[] | undefined>(undefined);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<Message>();
  const [importing, setImporting] = useState<{ fileName: string; plan?: ImportPlan; error?: FileError; busy: boolean }>();

  const reload = () => void allHighlights().then(setRecords);
  useEffect(() => {
    reload();
    return watchHighlights(() => reload());
  }, []);

  const groups = useMemo(() => groupByArticle(records ?? []), [records]);
  const shown = useMemo(() => searchGroups(groups, query), [groups, query]);

  const articles: LibraryArticle[] = shown.map((g) => ({
    key: g.key,
    title: g.article.title ?? t('libraryUntitled'),
    citation: citationText(g.article) || undefined,
    links: linksOf(g),
    count: g.highlights.length,
    lastChangeLabel: formatTime(g.lastChange),
    highlights: g.highlights.map((h) => ({
      id: h.id,
      exact: h.quote.exact,
      note: h.note,
      tags: h.tags,
      colour: h.colour,
      section: h.section,
      modified: h.modified,
      modifiedLabel: formatTime(h.modified),
    })),
  }));

  const total = records?.length ?? 0;
  const labels: LibraryLabels = {
    title: t('libraryTitle'),
    search: t('librarySearch'),
    searchPlaceholder: t('librarySearchPlaceholder'),
    exportMarkdown: t('libraryExportMarkdown'),
    exportJsonLd: t('libraryExportJsonLd'),
    importFile: t('libraryImport'),
    empty: t('libraryEmpty'),
    noMatch: t('libraryNoMatch'),
    count: (n) => t('libraryCount', String(n)),
    lastChange: t('libraryLastChange'),
    edit: t('libraryEdit'),
    remove: t('highlightDelete'),
    save: t('highlightSave'),
    cancel: t('highlightCancel'),
    note: t('highlightNote'),
    tags: t('highlightTags'),
    tagsHint: t('highlightTagsHint'),
    colour: t('libraryColour'),
    section: t('librarySection'),
    close: t('highlightClose'),
    summary: t('librarySummary', [String(groups.length), String(total)]),
  };

  const update = async (id: string, patch: HighlightPatch) => {
    try {
      await updateHighlight(id, patch);
    } catch (error) {
      setMessage({ kind: 'error', text: storageMessage(error) });
    }
  };

  const remove = async (id: string) => {
    try {
      const old = await deleteHighlight(id);
      if (!old) return;
      setMessage({
        kind: 'info',
        text: t('highlightDeleted'),
        action: {
          label: t('highlightUndo'),
          onClick: () =>
            void restoreHighlight(old).then(
              () => setMessage(undefined),
              (error: unknown) => setMessage({ kind: 'error', text: storageMessage(error) }),
            ),
        },
      });
    } catch (error) {
      setMessage({ kind: 'error', text: storageMessage(error) });
    }
  };

  const exportMarkdown = () => {
    const live = groups;
    const count = live.reduce((n, g) => n + g.highlights.length, 0);
    const md = toMarkdown(live, {
      heading: t('exportHeading'),
      summary: t('exportSummary', [today(), String(live.length), String(count)]),
      untitled: t('libraryUntitled'),
      colour: t('libraryColour'),
      section: t('librarySection'),
      tags: t('highlightTags'),
      note: t('highlightNote'),
      colours: Object.fromEntries(COLOURS.map((c) => [c, colourLabel(c)])) as Record<ColourName, string>,
    });
    download(new Blob([md], { type: 'text/markdown' }), `glossa-highlights-${today()}.md`);
  };

  const exportJsonLd = () => {
    const collection = toCollection(records ?? [], nowIso(), newId());
    download(
      new Blob([`${JSON.stringify(collection, null, 2)}\n`], { type: 'application/ld+json' }),
      `glossa-highlights-${today()}.jsonld`,
    );
  };

  const chooseFile = async (file: File) => {
    setMessage(undefined);
    const text = await file.text();
    const plan = planImport(text, await allRecords());
    if ('error' in plan) setImporting({ fileName: file.name, error: plan.error, busy: false });
    else setImporting({ fileName: file.name, plan, busy: false });
  };

  const confirmImport = async () => {
    if (!importing?.plan) return;
    setImporting({ ...importing, busy: true });
    try {
      const written = await applyImport(importing.plan);
      setImporting(undefined);
      setMessage({ kind: 'info', text: t('importDone', String(written)) });
    } catch (error) {
      setImporting(undefined);
      setMessage({ kind: 'error', text: `${t('importFailed')} ${storageMessage(error)}` });
    }
  };

  let importer: LibraryImportProps | undefined;
  if (importing) {
    const plan = importing.plan;
    importer = {
      fileName: importing.fileName,
      error: importing.error ? t(FILE_ERROR_KEYS[importing.error]) : undefined,
      counts: plan && {
        add: plan.add.length,
        update: plan.update.length,
        kept: plan.keptLocal.length,
        rejected: plan.rejected.length,
        total: plan.total,
      },
      rejected: (plan?.rejected ?? []).map((r) => ({
        key: `${r.index}`,
        where: t('importItem', [String(r.index + 1), r.id ?? '—']),
        quote: r.quote,
        reasons: r.reasons.map((x) => (x.path ? `${t(REASON_KEYS[x.reason])} (${x.path})` : t(REASON_KEYS[x.reason]))),
      })),
      labels: {
        title: t('importTitle', importing.fileName),
        add: t('importAdd', String(plan?.add.length ?? 0)),
        update: t('importUpdate', String(plan?.update.length ?? 0)),
        kept: t('importKept', String(plan?.keptLocal.length ?? 0)),
        rejected: t('importRejected', String(plan?.rejected.length ?? 0)),
        confirm: t('importConfirm', String((plan?.add.length ?? 0) + (plan?.update.length ?? 0))),
        cancel: t('highlightCancel'),
        nothing: t('importNothing'),
      },
      busy: importing.busy,
      onConfirm: () => void confirmImport(),
      onCancel: () => setImporting(undefined),
    };
  }

  if (records === undefined) return <main class="library" aria-busy="true" />;
  return (
    <LibraryView
      articles={articles}
      hasAny={total > 0}
      query={query}
      colours={colours}
      labels={labels}
      importer={importer}
      message={message}
      onQuery={setQuery}
      onExportMarkdown={exportMarkdown}
      onExportJsonLd={exportJsonLd}
      onImportFile={(file) => void chooseFile(file)}
      onUpdate={(id, patch) => void update(id, patch)}
      onDelete={(id) => void remove(id)}
      onDismissMessage={() => setMessage(undefined)}
    />
  );
}

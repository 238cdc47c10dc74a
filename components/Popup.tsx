/**
 * The popup's view: the terms on the page with counts, their related
 * claims, and the on/off switch. Render only: data and actions are props.
 */
import type { Lang } from '../lib/i18n';

export interface PopupTerm {
  id: string;
  name: string;
  otherName: string;
  category: string;
  count: number;
  /** "2 / 5" after the reader has jumped to an occurrence. */
  position?: string;
}

export interface PopupClaim {
  id: string;
  statement: string;
  direction: string;
  evidence: string;
  /** The evidence kind's id, for styling. */
  evidenceKind: string;
  citations: Array<{ label: string; url?: string }>;
}

export type PopupStatus = 'loading' | 'unsupported' | 'not-article' | 'off' | 'ready';

export interface PopupProps {
  lang: Lang;
  status: PopupStatus;
  enabled: boolean;
  identity?: string;
  terms: PopupTerm[];
  claims: PopupClaim[];
  /** How many claims to show before "show all". */
  claimLimit: number;
  labels: Record<
    | 'title' | 'enabled' | 'terms' | 'claims' | 'noTerms' | 'noClaims' | 'unsupported' | 'notArticle'
    | 'off' | 'loading' | 'reveal' | 'showAll',
    string
  >;
  onToggle: (enabled: boolean) => void;
  onReveal: (termId: string) => void;
  onShowAll: () => void;
}

export function Popup(props: PopupProps) {
  const { labels } = props;
  return (
    <main class="popup" lang={props.lang}>
      <header>
        <h1>{labels.title}</h1>
        {props.status !== 'unsupported' ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={props.enabled}
              data-glossa-toggle=""
              onChange={(e) => props.onToggle((e.currentTarget as HTMLInputElement).checked)}
            />
            {labels.enabled}
          </label>
        ) : null}
      </header>
      {props.identity ? <p class="identity">{props.identity}</p> : null}
      <div role="status" class="status">
        {props.status === 'loading' ? labels.loading : null}
        {props.status === 'unsupported' ? labels.unsupported : null}
        {props.status === 'not-article' ? labels.notArticle : null}
        {props.status === 'off' ? labels.off : null}
      </div>
      {props.status === 'ready' ? (
        <>
          <section aria-labelledby="terms-heading">
            <h2 id="terms-heading">
              {labels.terms} <span class="count">{props.terms.length}</span>
            </h2>
            {props.terms.length ? (
              <ul class="terms">
                {props.terms.map((term) => (
                  <li key={term.id}>
                    <button
                      type="button"
                      class="term"
                      data-term={term.id}
                      title={labels.reveal}
                      onClick={() => props.onReveal(term.id)}
                    >
                      <span class="term-name">{term.name}</span>
                      <span class="term-other">{term.otherName}</span>
                      <span class="term-category">{term.category}</span>
                      <span class="term-count" aria-label={`× ${term.count}`}>
                        {term.position ?? `× ${term.count}`}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="empty">{labels.noTerms}</p>
            )}
          </section>
          <section aria-labelledby="claims-heading">
            <h2 id="claims-heading">
              {labels.claims} <span class="count">{props.claims.length}</span>
            </h2>
            {props.claims.length ? (
              <ul class="claims">
                {props.claims.slice(0, props.claimLimit).map((claim) => (
                  <li key={claim.id} class="claim" data-claim={claim.id}>
                    <p class="statement">{claim.statement}</p>
                    <p class="meta">
                      <span class="direction">{claim.direction}</span>
                      <span class={`evidence evidence-${claim.evidenceKind}`}>{claim.evidence}</span>
                    </p>
                    <p class="citations">
                      {claim.citations.map((c, i) =>
                        c.url ? (
                          <a key={i} href={c.url} target="_blank" rel="noopener noreferrer">
                            {c.label}
                          </a>
                        ) : (
                          <span key={i}>{c.label}</span>
                        ),
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="empty">{labels.noClaims}</p>
            )}
            {props.claims.length > props.claimLimit ? (
              <button type="button" class="show-all" onClick={props.onShowAll}>
                {labels.showAll}
              </button>
            ) : null}
          </section>
        </>
      ) : null}
    </main>
  );
}

/**
 * The popup's offer on a page Glossa does not read: read papers on this
 * site (the browser asks for the site's permission, which is the lasting
 * setting), or read this page only (activeTab: nothing lasts). Render only:
 * the actions are props, and "enable" must call permissions.request
 * synchronously from the click (the browser requires the reader's gesture).
 */
export type SiteAccessState = 'idle' | 'reading' | 'denied' | 'failed';

export interface SiteAccessProps {
  state: SiteAccessState;
  labels: {
    offer: string;
    enable: string;
    enableHelp: string;
    readOnce: string;
    readOnceHelp: string;
    reading: string;
    denied: string;
    failed: string;
  };
  onEnable: () => void;
  onReadOnce: () => void;
}

export function SiteAccess({ state, labels, onEnable, onReadOnce }: SiteAccessProps) {
  const busy = state === 'reading';
  const message = state === 'reading' ? labels.reading : state === 'denied' ? labels.denied : state === 'failed' ? labels.failed : '';
  return (
    <section class="site-access" aria-labelledby="site-access-offer">
      <p id="site-access-offer">{labels.offer}</p>
      <div class="site-access-choice">
        <button
          type="button"
          class="primary"
          data-glossa-site-action="enable"
          aria-describedby="site-access-enable-help"
          disabled={busy}
          onClick={onEnable}
        >
          {labels.enable}
        </button>
        <p id="site-access-enable-help" class="help">
          {labels.enableHelp}
        </p>
      </div>
      <div class="site-access-choice">
        <button
          type="button"
          data-glossa-site-action="read-once"
          aria-describedby="site-access-once-help"
          disabled={busy}
          onClick={onReadOnce}
        >
          {labels.readOnce}
        </button>
        <p id="site-access-once-help" class="help">
          {labels.readOnceHelp}
        </p>
      </div>
      <p role="status" class="site-access-status">
        {message}
      </p>
    </section>
  );
}

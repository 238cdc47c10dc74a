/**
 * The publisher sites the reader enabled (the host permissions Glossa
 * holds beyond NCBI), each with a button that removes it. Render only:
 * the list and the remove action are props.
 */
export interface SiteListProps {
  /** `installed`: granted by the manifest at install, which only the browser's extension settings can take back. */
  sites: ReadonlyArray<{ pattern: string; label: string; installed?: boolean }>;
  labels: { heading: string; help: string; empty: string; remove: string; removeLabel: (site: string) => string; installed: string };
  onRemove: (pattern: string) => void;
}

export function SiteList({ sites, labels, onRemove }: SiteListProps) {
  return (
    <fieldset class="site-list" data-glossa-setting="publisher-sites">
      <legend>{labels.heading}</legend>
      <p class="help">{labels.help}</p>
      {sites.length ? (
        <ul>
          {sites.map(({ pattern, label, installed }) => (
            <li key={pattern} data-glossa-site={pattern}>
              <span class="site-name">{label}</span>
              {installed ? (
                <span class="site-installed">{labels.installed}</span>
              ) : (
                <button
                  type="button"
                  data-glossa-site-action="remove"
                  aria-label={labels.removeLabel(label)}
                  onClick={() => onRemove(pattern)}
                >
                  {labels.remove}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{labels.empty}</p>
      )}
    </fieldset>
  );
}

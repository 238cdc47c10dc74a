/**
 * The mechanism map's text alternative: the same content as an ordered list,
 * from the brain down to the spinal cord; under each area, the links that
 * leave it (with what they do and the evidence) and the areas that reach it.
 * Render only.
 */
import type { TextItem } from '../lib/mechanism/text';

export interface MechanismTextProps {
  items: TextItem[];
  labels: { title: string; onPage: string };
  /** Opens a link's details (its claims). */
  onOpenEdge: (edgeId: string) => void;
}

export function MechanismText(props: MechanismTextProps) {
  return (
    <section class="map-text" aria-labelledby="map-text-heading">
      <h3 id="map-text-heading">{props.labels.title}</h3>
      <ol data-glossa-text="">
        {props.items.map((item) => {
          const out = item.links.filter((l) => l.direction === 'out');
          const into = item.links.filter((l) => l.direction === 'in');
          return (
            <li key={item.term} data-term={item.term} class={item.lit ? 'lit' : undefined}>
              <strong>{item.name}</strong>
              {item.lit ? <span class="lit-tag"> ({props.labels.onPage})</span> : null}
              {into.length ? <span class="from"> ← {into.map((l) => l.other).join(', ')}</span> : null}
              {out.length ? (
                <ul>
                  {out.map((l) => (
                    <li key={l.edgeId}>
                      <button type="button" class="link" data-edge={l.edgeId} onClick={() => props.onOpenEdge(l.edgeId)}>
                        {l.text}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

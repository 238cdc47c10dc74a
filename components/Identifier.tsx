/** An article identifier (PMID, PMCID, DOI) for the popup and the side panel. Render only. */

/**
 * An identifier that wraps only at sensible points: after a slash or before a
 * dot, hyphen or underscore of a DOI, never inside a run of digits.
 */
export function Identifier({ text }: { text: string }) {
  const pieces = text.split(/(?<=\/)|(?=[._-][^\d])/);
  return (
    <span class="identifier">
      {pieces.map((piece, i) => (
        <>
          {i ? <wbr /> : null}
          {piece}
        </>
      ))}
    </span>
  );
}

/** Identifiers separated by middle dots, each wrapping only at its own break points. */
export function Identifiers({ ids }: { ids: string[] }) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i ? ' · ' : null}
          <Identifier text={id} />
        </>
      ))}
    </>
  );
}

/**
 * Runs a costly step over a list a slice of time at a time, yielding to the
 * page between slices (one task each), so a long search never holds the
 * main thread. The approximate search of highlights that did not anchor by
 * position or exact quote runs this way (entrypoints/content-ui/highlight-placement.ts).
 */

export interface SlicedOptions {
  /** Time budget of one slice. */
  sliceMs: number;
  /** Checked before every slice: true stops the run (the page changed, the feature stopped). */
  stopped: () => boolean;
  now?: () => number;
  /** Runs a function in a later task (default setTimeout 0). */
  later?: (fn: () => void) => void;
}

export interface SlicedResult<R> {
  results: R[];
  /** Time spent in the step itself, summed over slices. */
  spentMs: number;
}

/**
 * Calls `step` on each item, at least one per slice, and collects what it
 * returns (undefined is left out). Resolves with the results, or with
 * undefined when stopped.
 */
export function runSliced<T, R>(
  items: readonly T[],
  step: (item: T) => R | undefined,
  options: SlicedOptions,
): Promise<SlicedResult<R> | undefined> {
  const now = options.now ?? (() => performance.now());
  const later = options.later ?? ((fn: () => void) => void setTimeout(fn, 0));
  const results: R[] = [];
  let i = 0;
  let spentMs = 0;
  return new Promise((resolve) => {
    const slice = () => {
      if (options.stopped()) return resolve(undefined);
      const start = now();
      do {
        const result = step(items[i++]);
        if (result !== undefined) results.push(result);
      } while (i < items.length && now() - start < options.sliceMs);
      spentMs += now() - start;
      if (i < items.length) later(slice);
      else resolve({ results, spentMs });
    };
    if (!items.length) resolve({ results, spentMs });
    else later(slice);
  });
}

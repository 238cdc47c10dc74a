/**
 * Work written as a generator of steps (`yield` between steps, the result
 * returned at the end) can be run at once, or a step at a time by a caller
 * that yields to the page in between. One place for both loops.
 */

/** Runs every step at once; returns the result. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps, awaiting `pause` after each (it yields to the page when
 * the slice has run its time); `pause` answering false stops the run, and
 * then the result is `{ stopped: true }`.
 */
export async function drive<T>(
  steps: Generator<void, T>,
  pause: () => Promise<boolean>,
): Promise<{ stopped: false; value: T } | { stopped: true }> {
  for (;;) {
    const step = steps.next();
    if (step.done) return { stopped: false, value: step.value };
    if (!(await pause())) return { stopped: true };
  }
}

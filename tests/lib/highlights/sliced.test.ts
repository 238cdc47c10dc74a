/**
 * The time-sliced loop of the approximate search (lib/highlights/sliced.ts),
 * on a fake clock and a hand-run task queue: slices keep to their budget,
 * each slice makes progress, results come back in order, and a stop is
 * obeyed between slices.
 */
import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../lib/highlights/sliced';

/** A clock each step advances, and a queue of "later" tasks run by hand. */
function harness(stepMs: number) {
  let clock = 0;
  const tasks: Array<() => void> = [];
  return {
    now: () => clock,
    later: (fn: () => void) => tasks.push(fn),
    tick: () => {
      clock += stepMs;
    },
    runTasks: () => {
      let slices = 0;
      while (tasks.length) {
        tasks.shift()!();
        slices++;
      }
      return slices;
    },
  };
}

describe('runSliced', () => {
  it('runs the steps a slice of time at a time, yielding between slices, and keeps the results in order', async () => {
    const h = harness(3);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const done = runSliced(
      items,
      (i) => {
        h.tick();
        return i % 2 ? undefined : i * 10;
      },
      { sliceMs: 8, stopped: () => false, now: h.now, later: h.later },
    );
    // 3 ms a step, 8 ms a slice: three steps per slice, so four slices.
    expect(h.runTasks()).toBe(4);
    expect(await done).toEqual({ results: [0, 20, 40, 60, 80], spentMs: 30 });
  });

  it('makes progress even when one step is longer than a slice', async () => {
    const h = harness(20);
    const step = (i: number) => {
      h.tick();
      return i;
    };
    const done = runSliced([1, 2, 3], step, { sliceMs: 8, stopped: () => false, now: h.now, later: h.later });
    expect(h.runTasks()).toBe(3);
    expect((await done)?.results).toEqual([1, 2, 3]);
  });

  it('stops between slices when asked, with no result', async () => {
    const h = harness(5);
    let stop = false;
    const seen: number[] = [];
    const done = runSliced(
      [1, 2, 3, 4, 5, 6],
      (i) => {
        h.tick();
        seen.push(i);
        if (i === 2) stop = true;
        return i;
      },
      { sliceMs: 8, stopped: () => stop, now: h.now, later: h.later },
    );
    h.runTasks();
    expect(await done).toBeUndefined();
    expect(seen).toEqual([1, 2]);
  });

  it('an empty list is done at once', async () => {
    expect(await runSliced([], () => 1, { sliceMs: 8, stopped: () => false })).toEqual({ results: [], spentMs: 0 });
  });
});

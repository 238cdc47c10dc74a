import { describe, expect, it } from 'vitest';
import { drive, finish } from '../../lib/steps';

function* counting(log: string[]): Generator<void, number> {
  for (let i = 0; i < 3; i++) {
    log.push(`step ${i}`);
    yield;
  }
  return 42;
}

describe('steps', () => {
  it('finish runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(finish(counting(log))).toBe(42);
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });

  it('drive pauses after each step and returns the result', async () => {
    const log: string[] = [];
    const result = await drive(counting(log), async () => {
      log.push('pause');
      return true;
    });
    expect(result).toEqual({ stopped: false, value: 42 });
    expect(log).toEqual(['step 0', 'pause', 'step 1', 'pause', 'step 2', 'pause']);
  });

  it('drive stops when the pause says so, running no further step', async () => {
    const log: string[] = [];
    let pauses = 0;
    const result = await drive(counting(log), async () => ++pauses < 2);
    expect(result).toEqual({ stopped: true });
    expect(log).toEqual(['step 0', 'step 1']);
  });
});

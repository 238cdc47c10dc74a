/**
 * Aho–Corasick automaton over UTF-16 code units: all patterns are found in
 * one left-to-right scan, so the cost grows with the text, not with the
 * number of patterns.
 */
export interface Hit {
  /** Index of the pattern in the array given to the constructor. */
  pattern: number;
  start: number;
  /** Exclusive. */
  end: number;
}

export class Automaton {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Patterns ending at each state (own only). */
  private readonly out: Array<number[] | undefined> = [undefined];
  /** Nearest state on the fail chain that has outputs, or -1. */
  private dict: Int32Array = new Int32Array(1);
  private readonly lengths: number[];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let state = 0;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let target = this.next[state].get(code);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.out.push(undefined);
          this.next[state].set(code, target);
        }
        state = target;
      }
      (this.out[state] ??= []).push(index);
    });
    this.link();
  }

  get states(): number {
    return this.next.length;
  }

  private link(): void {
    const n = this.next.length;
    this.fail = new Int32Array(n);
    this.dict = new Int32Array(n).fill(-1);
    const queue: number[] = [];
    for (const target of this.next[0].values()) queue.push(target);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, target] of this.next[state]) {
        let f = this.fail[state];
        while (f > 0 && !this.next[f].has(code)) f = this.fail[f];
        const candidate = this.next[f].get(code);
        this.fail[target] = candidate !== undefined && candidate !== target ? candidate : 0;
        const ft = this.fail[target];
        this.dict[target] = this.out[ft] ? ft : this.dict[ft];
        queue.push(target);
      }
    }
  }

  /** Every occurrence of every pattern in `text`, in order of end position. */
  search(text: string): Hit[] {
    const hits: Hit[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let target = this.next[state].get(code);
      while (target === undefined && state > 0) {
        state = this.fail[state];
        target = this.next[state].get(code);
      }
      state = target ?? 0;
      for (let s = this.out[state] ? state : this.dict[state]; s > 0; s = this.dict[s]) {
        for (const pattern of this.out[s]!) {
          hits.push({ pattern, start: i + 1 - this.lengths[pattern], end: i + 1 });
        }
      }
    }
    return hits;
  }
}

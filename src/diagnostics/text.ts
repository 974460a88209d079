import type { Position, Range } from './diagnostic.js';

/**
 * Maps offsets in a text to 1-based line/column positions. The line starts are found once per
 * file, on the first lookup; lookups are a binary search over them.
 */
export class LineMap {
  /** Line starts, computed on first use (most linted files never need a position). */
  #starts: number[] | undefined;
  readonly #text: string;
  readonly length: number;

  constructor(text: string) {
    this.#text = text;
    this.length = text.length;
  }

  private get starts(): number[] {
    if (this.#starts) return this.#starts;
    const text = this.#text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return (this.#starts = starts);
  }

  /** Position of an offset (clamped into the text). */
  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1, offset: o };
  }

  /** Range of `[start, end)`. */
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    const i = Math.max(0, Math.min(line - 1, this.starts.length - 1));
    return this.starts[i]!;
  }

  /** Number of lines. */
  get lineCount(): number {
    return this.starts.length;
  }
}

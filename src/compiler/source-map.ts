/**
 * Source maps of compiled artifacts: JSON Pointer (RFC 6901) → the DSL range that produced the
 * value. Lookups fall back to the nearest recorded ancestor (style guideline 12).
 */

import type { SourceLocation } from './types.js';

/** The JSON Pointer of a path (`['on_http_request', 0, 'actions']` → `/on_http_request/0/actions`). */
export function pointerOf(path: readonly (string | number)[]): string {
  let s = '';
  for (const seg of path) s += '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1');
  return s;
}

/**
 * The location recorded for `path`, or for its nearest recorded ancestor. With `file`, only
 * entries in that file count (used when a document can only point into one file).
 */
export function locateInMap(map: ReadonlyMap<string, SourceLocation>, path: readonly (string | number)[], file?: string): SourceLocation | undefined {
  const ptrs: string[] = [''];
  let s = '';
  for (const seg of path) {
    s += '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1');
    ptrs.push(s);
  }
  for (let i = ptrs.length - 1; i >= 0; i--) {
    const hit = map.get(ptrs[i]!);
    if (hit && (file === undefined || hit.file === file)) return hit;
  }
  return undefined;
}

/**
 * A map whose keys under `prefix` are served by another map (with the prefix removed): the
 * source map of `<name>.json` shares the policy's entries with `<name>.policy.yaml` instead of
 * copying them.
 */
export class PrefixedMap<V> implements ReadonlyMap<string, V> {
  constructor(
    private readonly own: ReadonlyMap<string, V>,
    private readonly prefix: string,
    private readonly inner: ReadonlyMap<string, V>,
  ) {}

  get(key: string): V | undefined {
    if (key.startsWith(this.prefix) && (key.length === this.prefix.length || key[this.prefix.length] === '/')) {
      const rest = key.slice(this.prefix.length);
      if (rest !== '') {
        const v = this.inner.get(rest);
        if (v !== undefined) return v;
      }
    }
    return this.own.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    let n = this.own.size;
    for (const k of this.inner.keys()) if (k !== '' && !this.own.has(this.prefix + k)) n++;
    return n;
  }

  *entries(): MapIterator<[string, V]> {
    yield* this.own.entries();
    for (const [k, v] of this.inner) if (k !== '' && !this.own.has(this.prefix + k)) yield [this.prefix + k, v];
  }

  *keys(): MapIterator<string> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/**
 * A map filled on first use: `fill` runs once, when the map is first read. The source maps of a
 * fleet's policies hold hundreds of thousands of pointers and are read only to place a
 * diagnostic (or by a caller that asks), so building them lazily saves the work and the memory.
 */
export class LazyMap<V> implements ReadonlyMap<string, V> {
  private map: Map<string, V> | undefined;
  private fills: ((map: Map<string, V>) => void)[] = [];

  /** Adds a step that writes entries (steps run in order; later entries win). */
  defer(fill: (map: Map<string, V>) => void): void {
    if (this.map) fill(this.map);
    else this.fills.push(fill);
  }

  private get filled(): Map<string, V> {
    if (!this.map) {
      const map = new Map<string, V>();
      for (const f of this.fills) f(map);
      this.fills = [];
      this.map = map;
    }
    return this.map;
  }

  get(key: string): V | undefined {
    return this.filled.get(key);
  }

  has(key: string): boolean {
    return this.filled.has(key);
  }

  get size(): number {
    return this.filled.size;
  }

  entries(): MapIterator<[string, V]> {
    return this.filled.entries();
  }

  keys(): MapIterator<string> {
    return this.filled.keys();
  }

  values(): MapIterator<V> {
    return this.filled.values();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.filled) fn(v, k, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.filled.entries();
  }
}

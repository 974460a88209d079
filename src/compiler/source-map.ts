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

/**
 * A one-line code frame: the source line of a range's start and an underline below it.
 *
 *     3 |       - type: deny
 *       |         ^^^^
 */

import type { Range } from '../../src/diagnostics/diagnostic.js';
import { safeChar, type Paint } from './ansi.js';

/** Widest slice of a long line shown around the start of the range (minified JSON, long expressions). */
const WINDOW = 120;
const LEAD = 40;

/** Lines of the frame (without trailing newlines), or none when the range is outside the text. */
export function codeFrame(text: string, range: Range, p: Paint): string[] {
  const { start, end } = range;
  const lineStart = start.offset - (start.column - 1);
  if (lineStart < 0 || lineStart > text.length) return [];
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  const line = text.slice(lineStart, lineEnd);
  if (text.length === 0) return [];
  const from = start.column - 1;
  let to = end.line === start.line ? end.column - 1 : line.length;
  to = Math.min(Math.max(to, from + 1), Math.max(line.length, from + 1));

  let sliceStart = 0;
  let sliceEnd = line.length;
  if (line.length > WINDOW) {
    sliceStart = Math.max(0, Math.min(from - LEAD, line.length - WINDOW));
    sliceEnd = Math.min(line.length, sliceStart + WINDOW);
  }
  let shown = sliceStart > 0 ? '…' : '';
  let under = sliceStart > 0 ? ' ' : '';
  for (let i = sliceStart; i < sliceEnd; i++) {
    const c = line[i]!;
    const vis = c === '\t' ? '\t' : safeChar(c);
    shown += vis;
    const mark = i >= from && i < to;
    under += c === '\t' ? (mark ? '^' : '\t') : (mark ? '^' : ' ').repeat(vis.length);
  }
  if (sliceEnd < line.length) shown += '…';
  // A range at the end of the line (a missing value) still gets one caret.
  if (from >= line.length || from >= sliceEnd) under += '^';
  under = under.replace(/\s+$/, '');
  const no = String(start.line);
  const gutter = ' '.repeat(no.length);
  return [`${p.dim(`${no} |`)} ${shown}`.replace(/\s+$/, ''), `${p.dim(`${gutter} |`)} ${p.red(under.trimStart() === '' ? '^' : under)}`];
}

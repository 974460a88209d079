/**
 * A line diff in unified style (`@@ -a,b +c,d @@` hunks with context), for showing traffic
 * policy changes in plans. Pure; no colours.
 */

/** One line of a diff. */
export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

/** Longest-common-subsequence line diff. Falls back to "all removed, all added" for huge inputs. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffLine[] {
  // Trim the common prefix and suffix first: policy edits are usually local.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = a.slice(0, start).map((text) => ({ op: ' ' as const, text }));
  const ma = a.slice(start, endA);
  const mb = b.slice(start, endB);
  const n = ma.length;
  const m = mb.length;
  if (n * m > 16_000_000) {
    for (const text of ma) out.push({ op: '-', text });
    for (const text of mb) out.push({ op: '+', text });
  } else {
    // lcs[i][j] = LCS length of ma[i..] and mb[j..]
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = ma[i] === mb[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (ma[i] === mb[j]) {
        out.push({ op: ' ', text: ma[i]! });
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) out.push({ op: '-', text: ma[i++]! });
      else out.push({ op: '+', text: mb[j++]! });
    }
    while (i < n) out.push({ op: '-', text: ma[i++]! });
    while (j < m) out.push({ op: '+', text: mb[j++]! });
  }
  for (const text of a.slice(endA)) out.push({ op: ' ', text });
  return out;
}

/**
 * Unified diff text of `before` and `after` (split on newlines; `''` is no lines at all), with `context` unchanged
 * lines around each change (default 3). Empty string when they are equal. No `---`/`+++`
 * header unless `labels` are given.
 */
export function unifiedDiff(before: string, after: string, options: { context?: number; labels?: [string, string] } = {}): string {
  if (before === after) return '';
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  const lines = diffLines(a, b);
  const ctx = options.context ?? 3;
  const changed = lines.map((l, i) => (l.op !== ' ' ? i : -1)).filter((i) => i >= 0);
  if (changed.length === 0) return '';
  // Group changes whose context windows touch.
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] <= 2 * ctx + 1) last[1] = i;
    else groups.push([i, i]);
  }
  const out: string[] = [];
  if (options.labels) out.push(`--- ${options.labels[0]}`, `+++ ${options.labels[1]}`);
  // Line numbers (1-based) of each diff line in a and b.
  const posA: number[] = [];
  const posB: number[] = [];
  let na = 0;
  let nb = 0;
  for (const l of lines) {
    posA.push(na + 1);
    posB.push(nb + 1);
    if (l.op !== '+') na++;
    if (l.op !== '-') nb++;
  }
  for (const [first, last] of groups) {
    const from = Math.max(0, first - ctx);
    const to = Math.min(lines.length - 1, last + ctx);
    const slice = lines.slice(from, to + 1);
    const countA = slice.filter((l) => l.op !== '+').length;
    const countB = slice.filter((l) => l.op !== '-').length;
    const startA = countA === 0 ? posA[from]! - 1 : posA[from]!;
    const startB = countB === 0 ? posB[from]! - 1 : posB[from]!;
    out.push(`@@ -${startA},${countA} +${startB},${countB} @@`);
    for (const l of slice) out.push(l.op + l.text);
  }
  return out.join('\n');
}

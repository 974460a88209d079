/**
 * Recognising unreplaced placeholders in documentation-style examples: `<YOUR_AUTHTOKEN>`,
 * `{your webhook secret}`, `YOUR_IP`, `$NGROK_DOMAIN`, `... certificate ...`. Used by the
 * `placeholder` rule, and by rules that should not judge a value that is only a placeholder
 * (`inline-secret`, `forward-internal-target`).
 *
 * Only clear placeholders count: HTML tags (`<h1>`), RE2 named groups (`(?P<host>…)`), CEL
 * interpolation (`${…}`) and regex references (`$1`) are not placeholders.
 *
 * @internal
 */

const HTML_TAGS = new Set(
  'a abbr b body br button center code div em footer form h1 h2 h3 h4 h5 h6 head header hr html i img input label li link main meta nav ol p pre script section small span strong style svg table tbody td th title tr u ul'.split(' '),
);

/** Words that mark an angle- or brace-bracketed text as a placeholder. */
const MARKER = /\byour\b|your[-_]|[-_ ]here\b|\binsert\b|\breplace\b/i;

/** A placeholder found in a string: the matched text and its offset. */
export interface PlaceholderMatch {
  text: string;
  index: number;
}

function angle(s: string): PlaceholderMatch | undefined {
  const re = /<([^<>\n]{1,80})>/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const inner = m[1]!.trim();
    const before = s.slice(Math.max(0, m.index - 2), m.index);
    // RE2 named groups: (?P<name>…) and (?<name>…).
    if (before.endsWith('?P') || before.endsWith('(?')) continue;
    if (inner.startsWith('!') || inner.startsWith('/') || inner.startsWith('=')) continue;
    const tag = /^([a-zA-Z][a-zA-Z0-9]*)(\s|$)/.exec(inner)?.[1];
    if (tag && HTML_TAGS.has(tag.toLowerCase())) continue;
    if (MARKER.test(inner) || /^[A-Z][A-Z0-9_-]*[A-Z0-9]$/.test(inner) || /^[A-Z][A-Z0-9_-]*(\s[A-Za-z0-9_-]+)+$/.test(inner)) {
      return { text: m[0], index: m.index };
    }
  }
  return undefined;
}

function brace(s: string): PlaceholderMatch | undefined {
  const re = /\{([A-Za-z][A-Za-z0-9 '_.-]{0,80})\}/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index > 0 && s[m.index - 1] === '$') continue;
    const inner = m[1]!;
    // A single lower-case word in braces inside a longer text could be a template of some other
    // tool; whole values (`{password}`) and marked words (`{your key}`) are placeholders.
    if (MARKER.test(inner) || inner.includes(' ') || m[0] === s.trim() || /[:@/]/.test(s)) return { text: m[0], index: m.index };
  }
  return undefined;
}

function capsWord(s: string): PlaceholderMatch | undefined {
  const m = /\bYOUR[_-][A-Z0-9_-]*[A-Z0-9]\b/.exec(s);
  return m ? { text: m[0], index: m.index } : undefined;
}

function shellVar(s: string): PlaceholderMatch | undefined {
  const m = /(?<![\\$\w])\$\{?([A-Z][A-Z0-9]*_[A-Z0-9_]*|[A-Z]{3,}[A-Z0-9]*)\}?/.exec(s);
  return m ? { text: m[0], index: m.index } : undefined;
}

function ellipsis(s: string): PlaceholderMatch | undefined {
  if (s.trim() === '...' || s.trim() === '…') return { text: s.trim(), index: s.indexOf(s.trim()) };
  const m = /\.\.\.\s*[A-Za-z][A-Za-z ]{0,40}?\s*\.\.\./.exec(s);
  return m ? { text: m[0], index: m.index } : undefined;
}

const placeholderCache = new Map<string, PlaceholderMatch | null>();

/** The first clear placeholder in a string, if any (memoised: fleets repeat their strings). */
export function findPlaceholder(s: string): PlaceholderMatch | undefined {
  if (!MAY_HOLD_PLACEHOLDER.test(s)) return undefined;
  let v = placeholderCache.get(s);
  if (v === undefined) {
    v = findPlaceholderOf(s) ?? null;
    if (placeholderCache.size > 20_000) placeholderCache.clear();
    placeholderCache.set(s, v);
  }
  return v ?? undefined;
}

/**
 * What every placeholder form needs: `<` (angle), `{` and a letter (brace), `YOUR` (caps word),
 * `$` (shell variable), `...`/`…` (ellipsis). Strings without any of them (JSON text such as
 * the `metadata` strings tpc writes, `{"managed-by":…}`, included) skip the cache and the scans.
 */
const MAY_HOLD_PLACEHOLDER = /[<$\u2026]|\{[A-Za-z]|\.\.\.|YOUR/;

/** {@link findPlaceholder} without the quick pre-check and the cache (for tests). @internal */
export function findPlaceholderOf(s: string): PlaceholderMatch | undefined {
  const found = [angle(s), brace(s), capsWord(s), shellVar(s), ellipsis(s)].filter((x): x is PlaceholderMatch => x !== undefined);
  if (found.length === 0) return undefined;
  return found.reduce((a, b) => (b.index < a.index ? b : a));
}

/**
 * A placeholder in a secret-valued field, where stronger hints apply: besides
 * {@link findPlaceholder}, an upper-case identifier (`AUTHTOKEN_CREATED_IN_STEP_1`) or a value
 * naming "your" (`your-authtoken`) is a placeholder, never a real credential.
 */
export function findSecretPlaceholder(s: string): PlaceholderMatch | undefined {
  const p = findPlaceholder(s);
  if (p) return p;
  const t = s.trim();
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(t)) return { text: t, index: s.indexOf(t) };
  if (/(^|[^a-z])your([^a-z]|$)|[-_ ]here$/i.test(t)) return { text: t, index: s.indexOf(t) };
  return undefined;
}

/** True when a whole value refers to an environment variable (`$NGROK_AUTHTOKEN`, `${X}`, `%X%`). */
export function isEnvReference(s: string): boolean {
  return /^\s*(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|%[A-Za-z_][A-Za-z0-9_]*%)\s*$/.test(s);
}

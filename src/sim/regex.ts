/**
 * The regular-expression replacements of `redirect` and `url-rewrite`: RE2 patterns and Go
 * replacement templates (`$1`, `${1}`, `$name`), as ngrok's Go runtime applies them.
 *
 * The pattern is checked with RE2 (`@bufbuild/re2`), then run with a JavaScript RegExp, which
 * picks the same leftmost-first match for the common subset. Constructs where the two engines
 * differ (inline flags, `\z`, `\Q…\E`, POSIX classes, Unicode classes, `\C`) are refused, so the
 * caller reports `unknown` rather than guessing.
 */

import { RE2JS } from '@bufbuild/re2';

/** A compiled pattern, or why it cannot be used. */
export type Pattern = { ok: true; re: RegExp } | { ok: false; error: string };

const cache = new Map<string, Pattern>();

/** Compiles an RE2 pattern for replacement. Never throws. */
export function compilePattern(source: string): Pattern {
  let hit = cache.get(source);
  if (hit) return hit;
  hit = compileUncached(source);
  if (cache.size > 1000) cache.clear();
  cache.set(source, hit);
  return hit;
}

function compileUncached(source: string): Pattern {
  try {
    RE2JS.compile(source);
  } catch (e) {
    return { ok: false, error: `'${source}' is not a valid RE2 pattern (${e instanceof Error ? e.message : String(e)})` };
  }
  if (/\(\?[a-zA-Z]/.test(source.replace(/\(\?P?<[A-Za-z_]/g, '')) || /\\[zQECpP]|\[\[:/.test(source)) {
    return { ok: false, error: `the pattern '${source}' uses RE2 syntax the simulator does not reproduce` };
  }
  try {
    return { ok: true, re: new RegExp(source.replace(/\(\?P</g, '(?<'), 'g') };
  } catch (e) {
    return { ok: false, error: `the pattern '${source}' uses RE2 syntax the simulator does not reproduce` };
  }
}

/** Expands a Go replacement template against one match. */
export function expandTemplate(template: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c !== '$') {
      out += c;
      continue;
    }
    const rest = template.slice(i + 1);
    if (rest.startsWith('$')) {
      out += '$';
      i += 1;
      continue;
    }
    let name: string | undefined;
    let len = 0;
    const braced = /^\{([A-Za-z0-9_]+)\}/.exec(rest);
    if (braced) {
      name = braced[1]!;
      len = braced[0].length;
    } else {
      const bare = /^[A-Za-z0-9_]+/.exec(rest);
      if (bare) {
        name = bare[0];
        len = bare[0].length;
      }
    }
    if (name === undefined) {
      out += '$';
      continue;
    }
    i += len;
    if (/^\d+$/.test(name)) out += m[Number(name)] ?? '';
    else out += m.groups?.[name] ?? '';
  }
  return out;
}

/** Every match of the pattern in `text` (non-overlapping, as Go finds them). */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex++;
    if (out.length > 1000) break;
  }
  re.lastIndex = 0;
  return out;
}

/** Replaces every match (Go's `ReplaceAllString`). */
export function replaceAll(re: RegExp, text: string, template: string): string {
  let out = '';
  let last = 0;
  for (const m of allMatches(re, text)) {
    out += text.slice(last, m.index) + expandTemplate(template, m);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

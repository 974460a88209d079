/**
 * CEL interpolation in action config strings: `"Hello ${actions.ngrok.oauth.identity.name}!"`.
 *
 * A placeholder runs from `${` to the matching `}`. Braces inside the expression nest (map
 * literals), and CEL string literals may contain `}` (or `{`), so the scanner understands
 * CEL's quoting: '…', "…", '''…''', """…""", raw r'…' strings and backslash escapes.
 *
 * One ngrok doc example writes JSON-escaped quotes inside a placeholder
 * (`'{ "user": "${req.headers[\"x-user-id\"]}" }'`). How ngrok treats `\"` there is
 * unverified; tpc accepts it (unescaping `\"` and `\'` outside string literals) with an
 * `expression-syntax` warning.
 */

import { analyzeExpression, type AnalyzeOptions, type ExprIssue } from './analyze.js';
import { scanAst } from './ast.js';
import { lookupGlobalFunction, lookupNamespaced, lookupVariable } from './catalog.js';
import { parseEnvironment } from './env.js';

/** A literal stretch of the string. `start`/`end` are offsets into the whole string. */
export interface TextSegment {
  kind: 'text';
  text: string;
  start: number;
  end: number;
}

/** A `${…}` placeholder. `start`/`end` cover the whole placeholder including `${` and `}`. */
export interface ExprSegment {
  kind: 'expr';
  /** The expression (with `\"` unescaped when `escapedQuotes`). */
  expr: string;
  start: number;
  end: number;
  /** Offset of the expression text (just after `${`). */
  exprStart: number;
  /** The placeholder used `\"`/`\'` outside CEL strings (see the module comment). */
  escapedQuotes?: boolean;
}

export type TemplateSegment = TextSegment | ExprSegment;

/** Result of {@link parseTemplate}. */
export interface ParsedTemplate {
  segments: TemplateSegment[];
  issues: ExprIssue[];
}

interface ScanResult {
  /** Offset of the closing `}`, or -1 when unterminated. */
  close: number;
  escapedQuotes: boolean;
}

/** Scans a CEL expression starting at `i` up to the `}` that closes the placeholder. */
function scanPlaceholder(s: string, i: number): ScanResult {
  let depth = 0;
  let escapedQuotes = false;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return { close: i, escapedQuotes };
      depth--;
      i++;
    } else if (c === '"' || c === "'") {
      const raw = i > 0 && (s[i - 1] === 'r' || s[i - 1] === 'R') && !/[A-Za-z0-9_]/.test(s[i - 2] ?? '');
      i = skipString(s, i, raw, false);
      if (i < 0) return { close: -1, escapedQuotes };
    } else if (c === '\\' && (s[i + 1] === '"' || s[i + 1] === "'")) {
      // JSON-style escaped quote outside a CEL string: a string delimited by \" … \"
      escapedQuotes = true;
      i = skipString(s, i + 1, false, true);
      if (i < 0) return { close: -1, escapedQuotes };
    } else {
      i++;
    }
  }
  return { close: -1, escapedQuotes };
}

/** Returns the offset after the string literal opening at `i`, or -1 when unterminated. */
function skipString(s: string, i: number, raw: boolean, escapedDelimiter: boolean): number {
  const q = s[i]!;
  const triple = !escapedDelimiter && s[i + 1] === q && s[i + 2] === q;
  let j = i + (triple ? 3 : 1);
  while (j < s.length) {
    const c = s[j]!;
    if (escapedDelimiter) {
      if (c === '\\' && s[j + 1] === q) return j + 2;
      if (c === '\\') {
        j += 2;
        continue;
      }
      j++;
      continue;
    }
    if (c === '\\' && !raw) {
      j += 2;
      continue;
    }
    if (c === q) {
      if (!triple) return j + 1;
      if (s[j + 1] === q && s[j + 2] === q) return j + 3;
    }
    if (!triple && (c === '\n' || c === '\r')) return -1;
    j++;
  }
  return -1;
}

/** Replaces `\"`/`\'` that stand outside CEL string literals by plain quotes. */
function unescapeQuotes(expr: string): string {
  return expr.replace(/\\(["'])/g, '$1');
}

const templateCache = new Map<string, ParsedTemplate>();

/**
 * Splits a config string into literal text and `${…}` placeholders. Never throws; an
 * unterminated placeholder becomes an `expression-syntax` issue (the rest is text).
 * The result is cached per string and frozen.
 */
export function parseTemplate(s: string): ParsedTemplate {
  if (typeof s !== 'string') return { segments: [], issues: [] };
  const cached = templateCache.get(s);
  if (cached) return cached;
  const segments: TemplateSegment[] = [];
  const issues: ExprIssue[] = [];
  let textStart = 0;
  let i = s.indexOf('${');
  while (i >= 0) {
    const r = scanPlaceholder(s, i + 2);
    if (r.close < 0) {
      issues.push({
        code: 'expression-syntax',
        severity: 'error',
        message: "Unterminated '${': the placeholder has no matching '}'.",
        start: i,
        end: s.length,
      });
      break;
    }
    if (i > textStart) segments.push({ kind: 'text', text: s.slice(textStart, i), start: textStart, end: i });
    const raw = s.slice(i + 2, r.close);
    const seg: ExprSegment = { kind: 'expr', expr: r.escapedQuotes ? unescapeQuotes(raw) : raw, start: i, end: r.close + 1, exprStart: i + 2 };
    if (r.escapedQuotes) seg.escapedQuotes = true;
    segments.push(seg);
    if (raw.trim() === '') {
      issues.push({ code: 'expression-syntax', severity: 'error', message: "Empty placeholder '${}'.", start: i, end: r.close + 1 });
    }
    textStart = r.close + 1;
    i = s.indexOf('${', textStart);
  }
  if (textStart < s.length) segments.push({ kind: 'text', text: s.slice(textStart), start: textStart, end: s.length });
  for (const seg of segments) Object.freeze(seg);
  for (const x of issues) Object.freeze(x);
  const result = Object.freeze({ segments: Object.freeze(segments), issues: Object.freeze(issues) }) as ParsedTemplate;
  if (templateCache.size > 10_000) templateCache.clear();
  templateCache.set(s, result);
  return result;
}

/**
 * Analyses every `${…}` of a config string (as non-bool expressions unless `mustBeBool` is
 * given), with offsets mapped back into `s`. Never throws.
 */
export function analyzeTemplate(s: string, options: AnalyzeOptions = {}): ExprIssue[] {
  const parsed = parseTemplate(s);
  const issues = parsed.issues.map((x) => ({ ...x }));
  const opts: AnalyzeOptions = { ...options, mustBeBool: options.mustBeBool ?? false };
  for (const seg of parsed.segments) {
    if (seg.kind !== 'expr' || seg.expr.trim() === '') continue;
    const found = analyzeExpression(seg.expr, opts);
    if (seg.escapedQuotes) {
      issues.push({
        code: 'expression-syntax',
        severity: 'warning',
        message: 'The placeholder uses backslash-escaped quotes (\\"); ngrok may not unescape them. Use single quotes inside ${…}.',
        start: seg.start,
        end: seg.end,
      });
      // offsets in the unescaped text no longer match `s`; report on the whole placeholder
      for (const x of found) issues.push({ ...x, start: seg.start, end: seg.end });
      continue;
    }
    for (const x of found) issues.push({ ...x, start: x.start + seg.exprStart, end: x.end + seg.exprStart });
  }
  issues.sort((a, b) => a.start - b.start || a.end - b.end);
  return issues;
}

/**
 * True when a value without `${}` looks like a CEL expression reading ngrok variables or
 * calling ngrok functions (`req.headers["x-user-id"]`, `conn.client_ip`,
 * `getReqHeader('x')[0]`): in an interpolating field such a value is taken literally.
 */
export function looksLikeBareCel(s: string): boolean {
  if (typeof s !== 'string' || s.includes('${')) return false;
  const t = s.trim();
  if (t === '' || t.length > 2000 || !/^[A-Za-z_!(]/.test(t)) return false;
  try {
    const parsed = parseEnvironment().parse(t);
    const scan = scanAst(parsed.ast, t);
    const knownVar = scan.variables.some((v) => v.path.length > 1 && lookupVariable(v.path).kind === 'known');
    const ngrokCall = scan.calls.some(
      (c) =>
        (c.kind === 'global' && lookupGlobalFunction(c.name).some((f) => !f.standard)) ||
        (c.kind === 'namespace' && lookupNamespaced(c.name).length > 0),
    );
    const unknownVar = scan.variables.some((v) => lookupVariable(v.path).kind === 'unknown');
    return (knownVar || ngrokCall) && !unknownVar;
  } catch {
    return false;
  }
}

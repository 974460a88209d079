/**
 * Keeps secrets out of printed output. A finding that a secret is written literally
 * (`inline-secret`, or TPC2070 in a `.tpc` file) points at the secret itself, and printers
 * quote source text (code frames, ESLint's `source`/`output`), so every printer first masks the
 * text of those ranges, wherever else it appears in any file, with asterisks of the same length
 * (columns stay right).
 */
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FormatContext } from './types.js';

/** Codes whose range is a secret value. */
export const SECRET_CODES: ReadonlySet<string> = new Set(['inline-secret', 'TPC2070']);

/** The secret values the diagnostics point at (at least 4 characters; shorter ones are not masked globally). */
export function secretValues(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const d of diagnostics) {
    if (!SECRET_CODES.has(d.code)) continue;
    const text = sources.get(d.file);
    if (text === undefined) continue;
    let v = text.slice(d.range.start.offset, d.range.end.offset).trim();
    if (/^(["']).*\1$/s.test(v)) v = v.slice(1, -1);
    if (v.length >= 4) out.add(v);
    // Multi-line values (a PEM key): mask each line on its own too.
    for (const line of v.split('\n')) if (line.trim().length >= 8) out.add(line.trim());
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** `text` with every occurrence of each secret replaced by asterisks. */
export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(s.replace(/[^\n]/g, '*'));
  return out;
}

/** The context with secret values masked in `sources` and `fixed`. */
export function redactContext(diagnostics: readonly Diagnostic[], ctx: FormatContext): FormatContext {
  const secrets = secretValues([...diagnostics, ...(ctx.redact ?? [])], ctx.sources);
  if (secrets.length === 0) return ctx;
  const mask = (m: ReadonlyMap<string, string>) => new Map([...m].map(([k, v]) => [k, maskText(v, secrets)] as const));
  return { ...ctx, sources: mask(ctx.sources), ...(ctx.fixed ? { fixed: mask(ctx.fixed) } : {}) };
}

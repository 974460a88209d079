/**
 * Keeping secrets out of text. Every string the API client lets out (error messages, `msg`,
 * details, causes, events) goes through {@link redact} first.
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[REDACTED]';

const BEARER_RE = /(\bbearer\s+)[^\s"',;]+/gi;

/**
 * Removes `secrets` (every occurrence) and anything that follows `Bearer ` from `text`.
 * Secrets shorter than 4 characters are ignored (replacing them would garble ordinary text).
 */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length >= 4) out = out.split(s).join(REDACTED);
  }
  return out.replace(BEARER_RE, `$1${REDACTED}`);
}

/**
 * A copy of an error (and its `cause` chain, up to 8 deep) whose `message`, `stack` and
 * string `code` have the secrets removed. Other properties are not copied: undici errors can
 * carry request objects, and those hold headers.
 */
export function redactError(e: unknown, secrets: readonly string[], depth = 0): Error {
  if (!(e instanceof Error)) return new Error(redact(String(e), secrets));
  const copy = new Error(redact(e.message, secrets));
  copy.name = e.name;
  copy.stack = redact(e.stack ?? `${e.name}: ${e.message}`, secrets);
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = redact(code, secrets);
  if (e.cause !== undefined && depth < 8) copy.cause = redactError(e.cause, secrets, depth + 1);
  return copy;
}

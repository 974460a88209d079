/**
 * Shared state of one compilation: diagnostics, file access, display names.
 * @internal
 */

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { createDiagnostic, type Diagnostic, type Range, type RelatedInformation } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import { editDistance } from '../ngrok/schema.js';
import type { CompileOptions, SourceLocation } from './types.js';
import { Interner, RuleInterner } from '../ngrok/immutable.js';

/** Reads a UTF-8 file from disk (a byte-order mark dropped); throws the file system's error when it cannot. */
export function readTextFile(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads a UTF-8 file from disk; undefined when it cannot. */
export function readFromDisk(path: string): string | undefined {
  try {
    return readTextFile(path);
  } catch {
    return undefined;
  }
}

/** A file system error code in words. */
function describeIoCode(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code ?? 'unreadable';
}

/** Why a file could not be read (best effort, for messages). */
export function unreadableReason(path: string): string {
  try {
    readFileSync(path);
    return 'it is not readable text';
  } catch (e) {
    return describeIoCode((e as NodeJS.ErrnoException).code);
  }
}

/** One compilation's context. */
export class Context {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources = new Map<string, string>();
  readonly mainFile: string;
  private readonly mainDir: string;
  private readonly read: (path: string) => string | undefined;
  private readonly displayCache = new Map<string, string>();
  readonly fromDisk: boolean;
  /** File system error codes of files the reader failed on. */
  private readonly readErrors = new Map<string, string>();
  /** One shared frozen object per distinct generated action (a fleet repeats them per site). */
  readonly actions = new Interner();
  /** One shared frozen rule per distinct rule made of shared actions (every rule but a forward). */
  readonly rules = new RuleInterner();

  constructor(options: CompileOptions) {
    this.mainFile = options.file ?? '<input>';
    this.mainDir = resolve(dirname(this.mainFile));
    this.read = options.readFile ?? readFromDisk;
    this.fromDisk = options.readFile === undefined;
  }

  /** Reads a file (relative paths as given), remembering its text for code frames. */
  readFile(path: string): string | undefined {
    const cached = this.sources.get(path);
    if (cached !== undefined) return cached;
    let text: string | undefined;
    try {
      text = this.read(path);
    } catch (e) {
      // A reader that throws the file system's error tells why (see reason()).
      const code = (e as NodeJS.ErrnoException | undefined)?.code;
      if (typeof code === 'string') this.readErrors.set(path, code);
      text = undefined;
    }
    if (typeof text !== 'string') return undefined;
    this.sources.set(path, text);
    return text;
  }

  /** Why `path` could not be read. */
  reason(path: string): string {
    if (this.fromDisk) return unreadableReason(path);
    return describeIoCode(this.readErrors.get(path) ?? 'ENOENT');
  }

  /** A path relative to the file that mentions it (absolute paths stay). */
  resolvePath(fromFile: string, path: string): string {
    if (isAbsolute(path)) return path;
    const dir = dirname(fromFile);
    return dir === '.' ? join(path) : join(dir, path);
  }

  /** Identity of a file for cycle and duplicate detection. */
  fileKey(path: string): string {
    return resolve(path);
  }

  /**
   * Name of a file in generated artifacts: relative to the main file's folder, with `/`,
   * so output does not depend on the working directory.
   */
  display(file: string): string {
    let d = this.displayCache.get(file);
    if (d === undefined) {
      d = file.startsWith('<') ? file : relative(this.mainDir, resolve(file)) || file;
      if (sep !== '/') d = d.split(sep).join('/');
      this.displayCache.set(file, d);
    }
    return d;
  }

  /** `<display>:<line>` of a location. */
  where(loc: SourceLocation): string {
    return `${this.display(loc.file)}:${loc.range.start.line}`;
  }

  report(msg: MessageTemplate, loc: SourceLocation | { file: string; range?: Range }, args: (string | number)[], extra: { hint?: string; related?: RelatedInformation[] } = {}): void {
    this.diagnostics.push(
      createDiagnostic({
        code: msg.code,
        severity: msg.severity,
        message: formatMessage(msg.template, args),
        file: loc.file,
        ...(loc.range ? { range: loc.range } : {}),
        ...(extra.hint ? { hint: extra.hint } : {}),
        ...(extra.related ? { related: extra.related } : {}),
      }),
    );
  }

  hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }
}

/** The closest candidate by edit distance (within a third of the length, at least 1), or undefined. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = Math.max(1, Math.floor(name.length / 3));
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD || (d === bestD && best !== undefined && c < best)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= limit ? best : undefined;
}

/** `Did you mean 'x'?` or undefined. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const s = nearest(name, candidates);
  return s === undefined ? undefined : `Did you mean '${s}'?`;
}

/** Related information pointing at a location. */
export function relatedAt(loc: SourceLocation, message: string): RelatedInformation {
  return { message, file: loc.file, range: loc.range };
}

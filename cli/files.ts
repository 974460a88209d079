/**
 * Turns the paths given to `tpc lint` into files: plain files (linted whatever their extension),
 * folders (searched recursively for `*.yml`, `*.yaml`, `*.json` and `*.tpc`, skipping
 * `node_modules`, `.git` and `dist`) and glob patterns (`*`, `**`, `?`, `[abc]`, `{a,b}`;
 * shells usually expand globs themselves, quoted ones are expanded here). `-` is standard input.
 *
 * Node 20 has no stable glob (`fs.glob` is Node 22; `path.matchesGlob` prints an
 * ExperimentalWarning), so the small matcher below does the job.
 */

import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { formatMessage } from '../src/diagnostics/messages.js';
import { CliError } from './io.js';
import { FileMessages } from './messages.js';


/** Names of files a folder or glob search picks. */
export const LINTABLE = /\.(?:ya?ml|json|tpc)$/i;

/**
 * Files never linted, even when named (pre-commit passes every staged `*.json`): tooling JSON
 * that is never ngrok configuration, and whose `version` key would make it look like an agent
 * config.
 */
export const SKIP_FILES = /^(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|tpc\.config\.json|tpc-baseline\.json|jsconfig\.json|tsconfig(?:\.[^/]*)?\.json)$/;

/** Folders a search never enters. */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist']);

/** A file to lint. */
export interface FileEntry {
  /** Path shown in output: relative to the working directory when inside it (with `/`), else absolute. */
  display: string;
  /** Absolute path. */
  abs: string;
  /** True when the file was named itself (not found in a folder or by a glob pattern). */
  named?: boolean;
}

/** Options of {@link expandPaths}. */
export interface ExpandOptions {
  cwd: string;
  /** Glob patterns of files to skip (from the config's `ignore`). */
  ignore?: readonly string[];
  /** Folder the `ignore` patterns are relative to (the config file's folder; default `cwd`). */
  ignoreBase?: string;
  /** Absolute paths a search skips (the config and baseline files in use). */
  exclude?: ReadonlySet<string>;
}

/** Throws a usage error from a catalogue entry. */
function fail(msg: { code: string; template: string }, ...args: string[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

/** True when a path has glob syntax. */
export function hasMagic(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

/** Translates a glob to an anchored regular expression over `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `**` matches everything below.
          if (glob[i + 2] === '/') {
            re += '(?:[^/]*/)*';
            i += 3;
          } else {
            re += '.*';
            i += 2;
          }
          continue;
        }
        re += '[^/]*';
        i += 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, close);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        re += `[${negate ? '^' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
        i = close + 1;
        continue;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else if (c === '\\' && i + 1 < glob.length) {
      re += glob[i + 1]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i += 2;
      continue;
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    i++;
  }
  while (braces-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

/** `/`-separated form of a path. */
function posix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The display form of an absolute path. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '.';
  if (rel.startsWith('..') || isAbsolute(rel)) return abs;
  return posix(rel);
}

/** Builds the ignore test for a set of patterns. */
export function ignoreMatcher(patterns: readonly string[], base: string): (abs: string) => boolean {
  if (patterns.length === 0) return () => false;
  const tests = patterns.map((raw) => {
    const pat = raw.replace(/^\.\//, '').replace(/\/+$/, '');
    return { re: globToRegExp(pat), anywhere: !pat.includes('/') };
  });
  return (abs) => {
    const rel = posix(relative(base, abs));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const segs = rel.split('/');
    for (let n = 1; n <= segs.length; n++) {
      const prefix = segs.slice(0, n).join('/');
      for (const t of tests) {
        if (t.re.test(prefix)) return true;
        if (t.anywhere && t.re.test(segs[n - 1]!)) return true;
      }
    }
    return false;
  };
}

/**
 * True for a folder written by `tpc compile` (it holds a `manifest.json` from generator tpc).
 * Found while walking a folder, such output is skipped: `tpc compile` linted it already, and
 * next to its `.tpc` source every internal URL would be seen twice. Named explicitly
 * (`tpc lint out/`), it is linted.
 */
async function isCompiledOutput(dir: string): Promise<boolean> {
  try {
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { generator?: unknown };
    return m.generator === 'tpc';
  } catch {
    return false;
  }
}

async function walk(dir: string, out: string[], isIgnored: (abs: string) => boolean, exclude: ReadonlySet<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    fail(FileMessages.unreadable, dir, ioReason(e));
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const abs = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (SKIP_DIRS.has(ent.name) || isIgnored(abs) || (await isCompiledOutput(abs))) continue;
      await walk(abs, out, isIgnored, exclude);
    } else if (ent.isFile() || ent.isSymbolicLink()) {
      if (!LINTABLE.test(ent.name) || SKIP_FILES.test(ent.name) || exclude.has(abs)) continue;
      if (ent.isSymbolicLink()) {
        // Follow links to files only; linked folders could loop.
        const st = await stat(abs).catch(() => undefined);
        if (!st?.isFile()) continue;
      }
      out.push(abs);
    }
  }
}

/** A short reason for an I/O error (`no such file`, `permission denied`, …). */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ENOTDIR':
      return 'not a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

/** The folder part of a glob before its first segment with glob syntax. */
function globBase(pattern: string): string {
  const segs = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segs) {
    if (hasMagic(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segs.length) fixed.pop();
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.');
}

/**
 * Expands paths, folders and globs (not `-`) into files, deduplicated, in a stable order:
 * arguments in the order given, folder contents sorted by name. Throws {@link CliError} (exit 2)
 * for a missing path, a glob that matches nothing, or a folder with nothing to lint.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<FileEntry[]> {
  const { cwd } = options;
  const isIgnored = ignoreMatcher(options.ignore ?? [], options.ignoreBase ?? cwd);
  const exclude = options.exclude ?? new Set<string>();
  const seen = new Set<string>();
  const out: FileEntry[] = [];
  const push = (abs: string, named = false) => {
    if (seen.has(abs) || isIgnored(abs)) return;
    seen.add(abs);
    out.push({ abs, display: displayPath(abs, cwd), ...(named ? { named } : {}) });
  };
  for (const raw of patterns) {
    const pattern = posix(raw);
    const abs = resolve(cwd, raw);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') fail(FileMessages.unreadable, raw, ioReason(e));
    }
    if (st?.isFile()) {
      if (!SKIP_FILES.test(basename(abs))) push(abs, true);
      continue;
    }
    if (st?.isDirectory()) {
      const found: string[] = [];
      await walk(abs, found, isIgnored, exclude);
      if (found.length === 0 && !isIgnored(abs)) fail(FileMessages.emptyFolder, raw);
      for (const f of found) push(f);
      continue;
    }
    if (st) fail(FileMessages.unreadable, raw, 'not a file or folder');
    if (!hasMagic(pattern)) fail(FileMessages.noSuchPath, raw);
    const base = globBase(pattern);
    const baseAbs = resolve(cwd, base);
    const re = globToRegExp(pattern.replace(/^\.\//, ''));
    const found: string[] = [];
    const baseSt = await stat(baseAbs).catch(() => undefined);
    if (baseSt?.isDirectory()) await walk(baseAbs, found, isIgnored, exclude);
    const matched = found.filter((f) => {
      const rel = isAbsolute(pattern) ? posix(f) : posix(relative(cwd, f));
      return re.test(rel);
    });
    if (matched.length === 0) fail(FileMessages.noMatch, raw);
    for (const f of matched) push(f);
  }
  return out;
}

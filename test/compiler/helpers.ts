/**
 * Helpers for compiler tests: compile in-memory file sets, read artifacts back.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { compile } from '../../src/compiler/index.js';
import type { CompileOptions, CompileResult } from '../../src/compiler/index.js';

export const repoRoot = resolve(import.meta.dirname, '../..');

/** A PEM certificate usable as a CA file in tests. */
export const TEST_CA = readFileSync(join(repoRoot, 'examples/clinic-fleet/certs/clinic-ca.pem'), 'utf8');

/**
 * Compiles `files[main]` with every other entry of `files` readable (paths as the compiler
 * resolves them: relative to the folder of the file that mentions them).
 */
export function compileFiles(files: Record<string, string>, main = 'main.tpc', options: Omit<CompileOptions, 'file' | 'readFile'> = {}): CompileResult {
  return compile(files[main]!, { ...options, file: main, readFile: (p) => files[p.replace(/\\/g, '/')] });
}

/** Compiles one source (plus optional extra files). */
export function compileText(text: string, extra: Record<string, string> = {}, options: Omit<CompileOptions, 'file' | 'readFile'> = {}): CompileResult {
  return compileFiles({ 'main.tpc': text, 'certs/ca.pem': TEST_CA, ...extra }, 'main.tpc', options);
}

/** The policy of `<site>/endpoints/<name>.policy.yaml`, parsed. */
export function policyOf(r: CompileResult, site: string, name: string): Record<string, unknown> {
  const text = r.files.get(`${site}/endpoints/${name}.policy.yaml`);
  if (text === undefined) throw new Error(`no policy ${site}/${name}; files: ${[...r.files.keys()].join(', ')}; diagnostics: ${r.diagnostics.map((d) => d.message).join(' | ')}`);
  return parseYaml(text) as Record<string, unknown>;
}

/** A parsed YAML output file. */
export function yamlOf(r: CompileResult, path: string): Record<string, unknown> {
  const text = r.files.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return parseYaml(text) as Record<string, unknown>;
}

/** `code line:col message` of every diagnostic, for compact assertions. */
export function summary(r: CompileResult): string[] {
  return r.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}:${d.column} ${d.message}`);
}

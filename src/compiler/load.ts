/**
 * Loading a program: the main file and, depth first, every file it imports (paths relative to
 * the importing file). A file imported twice is loaded once; an import that leads back to a
 * file still being loaded is a cycle (TPC2002).
 * @internal
 */

import { hasErrors } from '../diagnostics/diagnostic.js';
import type { ImportStatement, Program, TopLevelStatement } from '../dsl/ast.js';
import { parse } from '../dsl/index.js';
import type { Context } from './context.js';
import { CompilerMessages as M } from './messages.js';

/** A top-level statement with the file it came from. */
export interface LoadedStatement {
  stmt: TopLevelStatement;
  file: string;
}

/** The loaded program. */
export interface LoadedProgram {
  /** Every top-level statement of every file, imports spliced in where they are imported. */
  statements: LoadedStatement[];
  /** Parsed files by path. */
  programs: Map<string, Program>;
  /** True when some file had parse errors (the compiler stops then). */
  parseErrors: boolean;
}

/** Parses the main text and its imports. Never throws. */
export function loadProgram(ctx: Context, mainText: string): LoadedProgram {
  const out: LoadedProgram = { statements: [], programs: new Map(), parseErrors: false };
  const loaded = new Set<string>();
  const stack: { key: string; file: string }[] = [];
  ctx.sources.set(ctx.mainFile, mainText);

  const visit = (file: string, text: string): void => {
    const key = ctx.fileKey(file);
    loaded.add(key);
    stack.push({ key, file });
    const { ast, diagnostics } = parse(text, { file });
    ctx.diagnostics.push(...diagnostics);
    if (hasErrors(diagnostics)) out.parseErrors = true;
    out.programs.set(file, ast);
    for (const stmt of ast.statements) {
      if (stmt.kind === 'Import') importFile(file, stmt);
      else out.statements.push({ stmt, file });
    }
    stack.pop();
  };

  const importFile = (from: string, stmt: ImportStatement): void => {
    const loc = { file: from, range: stmt.path.range };
    if (stmt.path.value === undefined) {
      const name = stmt.path.parts.find((p) => p.kind === 'Interpolation');
      ctx.report(M.parameterOutsideTemplate, { file: from, range: name?.range ?? stmt.path.range }, [name?.kind === 'Interpolation' ? name.name : '']);
      return;
    }
    const target = ctx.resolvePath(from, stmt.path.value);
    const key = ctx.fileKey(target);
    const onStack = stack.findIndex((s) => s.key === key);
    if (onStack >= 0) {
      const chain = [...stack.slice(onStack).map((s) => ctx.display(s.file)), ctx.display(target)].join(' → ');
      ctx.report(M.importCycle, loc, [stmt.path.value, chain]);
      return;
    }
    if (loaded.has(key)) return;
    const text = ctx.readFile(target);
    if (text === undefined) {
      ctx.report(M.importUnreadable, loc, [stmt.path.value, ctx.reason(target)]);
      return;
    }
    visit(target, text);
  };

  visit(ctx.mainFile, mainText);
  return out;
}

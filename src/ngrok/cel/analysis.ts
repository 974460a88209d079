/**
 * The static-analysis part of the CEL layer as one module, for callers that load it on demand:
 * the lint rules import it only when a linted file has expressions or `${…}` interpolations,
 * because cel-js and the catalog cost start-up time that a policy without expressions need not
 * pay (see `src/rules/lib/cel.ts`).
 */

export { analyzeExpression } from './analyze.js';
export { analyzeTemplate, parseTemplate } from './interpolation.js';
export { scanAst } from './ast.js';
export { parseEnvironment } from './env.js';

/**
 * tpc's CEL layer: the ngrok variable/function catalog, static analysis of expressions and
 * `${…}` templates, and evaluation for the simulator. The rest of tpc imports CEL only from
 * here; nothing else imports cel-js.
 */

export {
  ACTION_RESULT_NAMESPACE,
  FUNCTIONS,
  NAMESPACES,
  PHASE_NAMES,
  VARIABLE_TREE,
  arities,
  listVariables,
  lookupGlobalFunction,
  lookupMethod,
  lookupNamespaced,
  lookupVariable,
  phaseLetter,
} from './catalog.js';
export type { FunctionInfo, FunctionKind, PhaseLetter, PhaseName, VariableInfo, VariableLookup, VariableNode } from './catalog.js';
export { analyzeExpression } from './analyze.js';
export type { AnalyzeOptions, ExprIssue, ExprIssueCode } from './analyze.js';
export { analyzeTemplate, looksLikeBareCel, parseTemplate } from './interpolation.js';
export type { ExprSegment, ParsedTemplate, TemplateSegment, TextSegment } from './interpolation.js';
export { compileExpression, evaluateExpression, evaluateTemplateValue, renderTemplate } from './evaluate.js';
export type { CompiledExpression, EvalResult } from './evaluate.js';
export { prepareActivation, toCelValue, urlFields } from './activation.js';
export type { Activation, PreparedActivation, StringWithFields } from './activation.js';
export { inCidrRange, inCidrRanges, isPrivateIp, parseCidr, parseIp } from './ip.js';
export { celCatalogMarkdown } from './docs.js';

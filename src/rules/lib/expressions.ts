/**
 * Every CEL expression of a workspace, analysed once and shared by the expression rules
 * (`expression-syntax`, `unknown-variable`, `variable-phase`, `email-suffix`) and `cidr`:
 * rule `expressions[]`, raw-CEL config fields (`rate-limit.bucket_key[]`,
 * `http-request.retry_condition`) and every `${…}` interpolation in action config strings.
 *
 * Each site knows what ran before it in its phase (names set by `set-vars`, action types), so
 * the analyzer can tell a `vars.x` that is never set from one set earlier.
 *
 * Finding the sites needs no CEL; analysing them does. Rules that use the sites name
 * {@link prepareExpressions} as their `prepare` step: it loads the CEL analyzer only when the
 * workspace has a site.
 *
 * @internal
 */

import type { Range } from '../../diagnostics/diagnostic.js';
import type { AnalyzeOptions, ExprIssue } from '../../ngrok/cel/analyze.js';
import type { PhaseName } from '../../ngrok/cel/catalog.js';
import { isImmutable, memoisedStringSearch } from '../../ngrok/immutable.js';
import { scalarOffsetMap, type Path, type SourceDocument } from '../../ngrok/load.js';
import { eachRule, isObject, type PolicyRef, type Workspace } from '../workspace.js';
import { celAnalysis, loadCelAnalysis, type CelAnalysis } from './cel.js';
import { ownedMemo } from './owned-memo.js';

/** One analysed string. */
export interface ExprSite {
  policy: PolicyRef;
  doc: SourceDocument;
  /** Path of the string value in `doc.value`. */
  path: Path;
  /** The string as written (the whole template for interpolations). */
  text: string;
  /** `expression`: a rule expression; `raw`: a raw-CEL config field; `template`: a string with `${…}`. */
  kind: 'expression' | 'raw' | 'template';
  phase: string;
  /** Action type for config strings. */
  actionType?: string;
  issues: ExprIssue[];
}

const PHASE_NAMES: ReadonlySet<string> = new Set(['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound']);

/** Variables that only `http-request.retry_condition` sees (reference §2.9). */
const RETRY_ROOTS = /^(attempts|last_attempt)\b/;

/** A site found, not yet analysed: how to analyse it. */
interface PendingSite extends Omit<ExprSite, 'issues'> {
  /** A rule expression: analysed with these options (no closure per site: a fleet has thousands). */
  opts?: AnalyzeOptions;
  /** Anything else: how to analyse it. */
  analyze?(cel: CelAnalysis): ExprIssue[];
}

// Kept on the workspace (see owned-memo.ts for why not in a WeakMap).
const pendingCache = ownedMemo<Workspace, PendingSite[]>('pending expression sites');
const cache = ownedMemo<Workspace, ExprSite[]>('expression sites');

/** Every expression site of the workspace, not analysed (cached per workspace; needs no CEL). */
function pendingSites(ws: Workspace): PendingSite[] {
  return pendingCache(ws, () => {
    const sites: PendingSite[] = [];
    for (const policy of ws.policies) collect(policy, sites);
    return sites;
  });
}

/** The `prepare` step of rules that use {@link expressionSites}: loads the CEL analyzer when there is anything to analyse. */
export async function prepareExpressions(ws: Workspace): Promise<void> {
  if (pendingSites(ws).length > 0) await loadCelAnalysis();
}

/** Every expression site of the workspace, analysed (cached per workspace). */
export function expressionSites(ws: Workspace): ExprSite[] {
  return cache(ws, () => {
    const pending = pendingSites(ws);
    const cel = pending.length > 0 ? celAnalysis() : undefined;
    // Built field by field (a rest/spread copy is several times slower before the JIT optimises it).
    return pending.map((p) => {
      const issues = p.opts ? cel!.analyzeExpression(p.text, p.opts) : p.analyze!(cel!);
      const site: ExprSite = { policy: p.policy, doc: p.doc, path: p.path, text: p.text, kind: p.kind, phase: p.phase, issues };
      if (p.actionType !== undefined) site.actionType = p.actionType;
      return site;
    });
  });
}

/**
 * What ran before a site in its phase: names set by `set-vars` and action types. States are shared
 * by every policy linted in this process (a fleet's policies run the same actions in the same
 * order), each with its analysis options, so an expression met again in the same state is
 * analysed with the same options object and its result is found without rebuilding a key
 * (src/ngrok/cel/analyze.ts remembers results per options object). States are never changed:
 * adding a name or a type moves to another state.
 */
interface State {
  setVars: ReadonlySet<string>;
  priorActions: ReadonlySet<string>;
  /** Options by phase (undefined: not an entry phase), for bool expressions and for any value. */
  bool: Map<PhaseName | undefined, AnalyzeOptions>;
  any: Map<PhaseName | undefined, AnalyzeOptions>;
  /** The state after adding a `set-vars` name, and after an action type. */
  afterVar: Map<string, State>;
  afterAction: Map<string, State>;
}

function newState(setVars: ReadonlySet<string>, priorActions: ReadonlySet<string>): State {
  states++;
  return { setVars, priorActions, bool: new Map(), any: new Map(), afterVar: new Map(), afterAction: new Map() };
}

/** States made so far; past {@link MAX_STATES} the graph starts again (it only saves work). */
let states = 0;
const MAX_STATES = 10_000;
let initial = newState(new Set(), new Set());

function step(edges: Map<string, State>, key: string, make: () => State): State {
  let to = edges.get(key);
  if (!to) {
    to = make();
    edges.set(key, to);
  }
  return to;
}

interface Context {
  phase: PhaseName | undefined;
  state: State;
}

function options(ctx: Context, mustBeBool: boolean): AnalyzeOptions {
  const byPhase = mustBeBool ? ctx.state.bool : ctx.state.any;
  let opts = byPhase.get(ctx.phase);
  if (!opts) {
    const made: AnalyzeOptions = { mustBeBool, setVars: ctx.state.setVars, priorActions: ctx.state.priorActions };
    if (ctx.phase) made.phase = ctx.phase;
    // Frozen: the analyzer then remembers its results per options object.
    opts = Object.freeze(made);
    byPhase.set(ctx.phase, opts);
  }
  return opts;
}

function addSetVar(ctx: Context, name: string): void {
  const { setVars, priorActions } = ctx.state;
  if (setVars.has(name)) return;
  ctx.state = step(ctx.state.afterVar, name, () => newState(new Set(setVars).add(name), priorActions));
}

function addPriorAction(ctx: Context, type: string): void {
  const { setVars, priorActions } = ctx.state;
  if (priorActions.has(type)) return;
  ctx.state = step(ctx.state.afterAction, type, () => newState(setVars, new Set(priorActions).add(type)));
}

/**
 * True when a string somewhere inside a value holds `${`; a compiled fleet shares one frozen
 * action between its sites (src/ngrok/immutable.ts), so each of those is searched once.
 */
const holdsInterpolation = memoisedStringSearch((s) => s.includes('${'));

function collect(policy: PolicyRef, out: PendingSite[]): void {
  if (states > MAX_STATES) {
    states = 0;
    initial = newState(new Set(), new Set());
  }
  const contexts = new Map<string, Context>();
  for (const site of eachRule(policy)) {
    let ctx = contexts.get(site.phase);
    if (!ctx) {
      ctx = { phase: PHASE_NAMES.has(site.phase) ? (site.phase as PhaseName) : undefined, state: initial };
      contexts.set(site.phase, ctx);
    }
    const c = ctx;
    const exprs = site.rule['expressions'];
    if (Array.isArray(exprs)) {
      for (let i = 0; i < exprs.length; i++) {
        const e: unknown = exprs[i];
        if (typeof e !== 'string') continue;
        out.push({ policy, doc: policy.doc, phase: site.phase, path: [...site.path, 'expressions', i], text: e, kind: 'expression', opts: options(c, true) });
      }
    }
    const actions = site.rule['actions'];
    if (!Array.isArray(actions)) continue;
    for (let j = 0; j < actions.length; j++) {
      const action: unknown = actions[j];
      if (!isObject(action)) continue;
      const type = typeof action['type'] === 'string' ? action['type'] : undefined;
      const config = action['config'];
      // A shared, frozen config without `${…}` (most generated actions) holds no site; skip it
      // before allocating anything for it (rate-limit and http-request have raw CEL fields, and
      // set-vars names variables that later sites read).
      const plain = isObject(config) && type !== 'rate-limit' && type !== 'http-request' && type !== 'set-vars' && isImmutable(config) && !holdsInterpolation(config);
      if (isObject(config) && !plain) {
        const configPath = [...site.path, 'actions', j, 'config'];
        const push = (path: Path, text: string, kind: ExprSite['kind'], analyze: PendingSite['analyze']) => {
          const s: PendingSite = { policy, doc: policy.doc, phase: site.phase, path, text, kind, analyze };
          if (type) s.actionType = type;
          out.push(s);
        };
        if (type === 'rate-limit' && Array.isArray(config['bucket_key'])) {
          config['bucket_key'].forEach((k, i) => {
            if (typeof k !== 'string') return;
            const opts = options(c, false);
            push([...configPath, 'bucket_key', i], k, 'raw', (cel) => cel.analyzeExpression(k, opts));
          });
        }
        if (type === 'http-request' && typeof config['retry_condition'] === 'string') {
          const text = config['retry_condition'];
          const opts = options(c, true);
          push([...configPath, 'retry_condition'], text, 'raw', (cel) =>
            cel.analyzeExpression(text, opts).filter((x) => !(x.code === 'unknown-variable' && RETRY_ROOTS.test(text.slice(x.start)))),
          );
        }
        // Strings with `${…}` anywhere below `value`; `path` is reused (push/pop) and copied on a hit.
        const templates = (value: unknown, path: (string | number)[]): void => {
          if (isImmutable(value) && !holdsInterpolation(value)) return;
          if (typeof value === 'string') {
            if (value.includes('${')) {
              const opts = options(c, false);
              push([...path], value, 'template', (cel) => cel.analyzeTemplate(value, opts));
            }
          } else if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
              path.push(i);
              templates(value[i], path);
              path.pop();
            }
          } else if (isObject(value)) {
            for (const k of Object.keys(value)) {
              path.push(k);
              templates(value[k], path);
              path.pop();
            }
          }
        };
        for (const key of Object.keys(config)) {
          if ((type === 'rate-limit' && key === 'bucket_key') || (type === 'http-request' && key === 'retry_condition')) continue;
          const value = config[key];
          if (type === 'set-vars' && key === 'vars' && Array.isArray(value)) {
            // Later items may read earlier ones.
            for (let i = 0; i < value.length; i++) {
              const item: unknown = value[i];
              templates(item, [...configPath, 'vars', i]);
              if (isObject(item)) for (const name of Object.keys(item)) addSetVar(c, name);
            }
            continue;
          }
          templates(value, [...configPath, key]);
        }
      }
      if (type) addPriorAction(c, type);
    }
  }
}

/**
 * The file range of `[start, end)` inside the string at `path`, when the string's source maps
 * character by character (plain, quoted with simple escapes, literal block); otherwise the
 * range of the whole value.
 */
export function expressionRange(doc: SourceDocument, path: Path, value: string, start: number, end: number): Range {
  const s = doc.span(path);
  if (s) {
    const map = scalarOffsetMap(doc.text, s.start, s.end, value);
    if (map && map.length >= value.length && value.length > 0) {
      const a = start < map.length ? map[start]! : map[map.length - 1]! + 1;
      const b = end <= start ? a : end - 1 < map.length ? map[end - 1]! + 1 : map[map.length - 1]! + 1;
      return doc.lineMap.range(a, Math.max(a, b));
    }
  }
  return doc.locate(path);
}

/**
 * Reports the issues of every expression site whose code is a key of `codes`, under the
 * message id it maps to (templates are `{{message}}`), with the analyzer's severity.
 */
export function reportExpressionIssues<M extends string>(
  ctx: { workspace: Workspace; report(r: { messageId: M; data: Record<string, string>; doc: SourceDocument; path: Path; range: Range; severity: 'error' | 'warning' }): void },
  codes: Partial<Record<ExprIssue['code'], M>>,
): void {
  for (const site of expressionSites(ctx.workspace)) {
    for (const issue of site.issues) {
      const messageId = codes[issue.code];
      if (!messageId) continue;
      ctx.report({
        messageId,
        data: { message: issue.message },
        doc: site.doc,
        path: site.path,
        range: expressionRange(site.doc, site.path, site.text, issue.start, issue.end),
        severity: issue.severity,
      });
    }
  }
}

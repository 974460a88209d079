/**
 * Running expectations (from `.tpc` test blocks or an expectations file) through the
 * simulator, and the coverage of policies they leave.
 */

import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { PHASES, type Phase } from '../ngrok/types.js';
import { describeOutcome, outcomeClass } from './outcome.js';
import { prepareEndpoint, urlKey } from './prepare.js';
import { indexWorld, simulatePrepared } from './simulate.js';
import type { Outcome, SimRequest, TraceStep, World } from './types.js';

/** What a test expects. */
export interface Expected {
  result: 'allow' | 'deny' | 'login';
  /** HTTP status of a refusal. */
  status?: number;
}

/** One expectation, ready to run. */
export interface TestCase {
  /** The expectation as written. */
  name: string;
  /** Where it is written. */
  file?: string;
  range?: Range;
  /** The site it runs for (template tests run once per site). */
  site?: string;
  /** URL of the endpoint the request arrives at; undefined when the target is not exposed. */
  endpoint: string | undefined;
  request: SimRequest;
  expect: Expected;
  /** For `allow`: the internal endpoint that must be reached. */
  target?: string;
  /** A problem with the test itself; it fails with this. */
  problem?: Diagnostic;
  /** What the runner chose for the test (e.g. an address for an unspecified source). */
  notes?: string[];
}

/** The result of one test. */
export interface TestResult {
  test: TestCase;
  passed: boolean;
  /** Undefined when the test could not run (see `test.problem`). */
  outcome?: Outcome;
  trace: TraceStep[];
  /** Why it failed. */
  message?: string;
}

/** One rule or action no test exercised. */
export interface Unexercised {
  phase: Phase;
  rule: number;
  ruleName?: string;
  /** Set for an action that never ran (in a rule that did match). */
  action?: number;
  type?: string;
}

/** Coverage of one endpoint's policy. */
export interface PolicyCoverage {
  endpoint: string;
  label?: string;
  rules: number;
  rulesMatched: number;
  actions: number;
  actionsRun: number;
  unexercised: Unexercised[];
}

/** What a run of tests gives. */
export interface TestRun {
  results: TestResult[];
  passed: number;
  failed: number;
  /** Set when asked for. */
  coverage?: PolicyCoverage[];
}

function expectedText(e: Expected, target?: string): string {
  if (e.result === 'deny') return e.status !== undefined ? `deny ${e.status}` : 'deny';
  if (e.result === 'allow' && target) return `allow (reaching ${target})`;
  return e.result;
}

/** Undefined when the outcome meets the expectation, else why not. */
export function checkExpectation(expect: Expected, outcome: Outcome, target?: string): string | undefined {
  const cls = outcomeClass(outcome);
  const got = describeOutcome(outcome);
  const want = expectedText(expect, target);
  if (outcome.result === 'unknown') return `expected ${want}, but the simulator cannot tell: ${outcome.reason}`;
  if (expect.result === 'allow') {
    if (cls !== 'allow') return `expected ${want}, got: ${got}`;
    if (target !== undefined && outcome.result === 'forwarded' && urlKey(outcome.target) !== urlKey(target)) return `expected ${want}, got: ${got}`;
    return undefined;
  }
  if (expect.result === 'login') return cls === 'login' ? undefined : `expected ${want}, got: ${got}`;
  if (cls !== 'deny') return `expected ${want}, got: ${got}`;
  if (expect.status !== undefined) {
    const status = outcome.result === 'rejected' || outcome.result === 'responded' ? outcome.status : undefined;
    if (status !== expect.status) return `expected ${want}, got: ${got}`;
  }
  return undefined;
}

/** Runs every case in `world`. Never throws. */
export function runTests(cases: readonly TestCase[], world: World, options: { coverage?: boolean } = {}): TestRun {
  const index = indexWorld(world);
  const results: TestResult[] = [];
  for (const test of cases) {
    if (test.problem) {
      results.push({ test, passed: false, trace: [], message: test.problem.message });
      continue;
    }
    let outcome: Outcome;
    let trace: TraceStep[];
    if (test.endpoint === undefined) {
      outcome = { result: 'rejected', by: 'not exposed' };
      trace = [{ kind: 'result', endpoint: '', depth: 0, message: 'the service has no public exposure, so no request from outside reaches it' }];
    } else {
      const key = urlKey(test.endpoint);
      const ep = index.byUrl.get(key ?? '')?.[0] ?? (world.endpoints ?? []).find((e) => e.url === test.endpoint);
      if (!ep) {
        outcome = { result: 'unknown', reason: `no endpoint at ${test.endpoint}` };
        trace = [];
      } else {
        const prepared = 'source' in ep ? ep : prepareEndpoint(ep);
        const r = simulatePrepared(index, prepared, test.request);
        outcome = r.outcome;
        trace = r.trace;
      }
    }
    if (test.notes?.length) trace = [...test.notes.map((n): TraceStep => ({ kind: 'note', endpoint: test.endpoint ?? '', depth: 0, message: n })), ...trace];
    const why = checkExpectation(test.expect, outcome, test.target);
    results.push({ test, passed: why === undefined, outcome, trace, ...(why !== undefined ? { message: why } : {}) });
  }
  const passed = results.filter((r) => r.passed).length;
  const run: TestRun = { results, passed, failed: results.length - passed };
  if (options.coverage) run.coverage = coverage(world, results);
  return run;
}

/** Which rules and actions of each policy in `world` the results exercised. */
export function coverage(world: World, results: readonly { trace: readonly TraceStep[] }[]): PolicyCoverage[] {
  const matched = new Set<string>();
  const ran = new Set<string>();
  for (const r of results)
    for (const s of r.trace) {
      if (s.kind === 'rule' && s.matched === true) matched.add(`${urlKey(s.endpoint)}\0${s.phase}\0${s.rule}`);
      if (s.kind === 'action') ran.add(`${urlKey(s.endpoint)}\0${s.phase}\0${s.rule}\0${s.action}`);
    }
  const out: PolicyCoverage[] = [];
  const seen = new Set<string>();
  for (const e of world.endpoints ?? []) {
    const p = prepareEndpoint(e);
    const key = p.key ?? e.url;
    if (seen.has(key) || !e.policy) continue;
    seen.add(key);
    const cov: PolicyCoverage = { endpoint: e.url, rules: 0, rulesMatched: 0, actions: 0, actionsRun: 0, unexercised: [] };
    if (e.label) cov.label = e.label;
    for (const phase of PHASES) {
      for (const rule of p.phases[phase] ?? []) {
        cov.rules++;
        cov.actions += rule.actions.length;
        const base = { phase, rule: rule.index, ...(rule.name ? { ruleName: rule.name } : {}) };
        if (!matched.has(`${key}\0${phase}\0${rule.index}`)) {
          cov.unexercised.push(base);
          continue;
        }
        cov.rulesMatched++;
        for (const a of rule.actions) {
          if (ran.has(`${key}\0${phase}\0${rule.index}\0${a.index}`)) cov.actionsRun++;
          else cov.unexercised.push({ ...base, action: a.index, type: a.type });
        }
      }
    }
    out.push(cov);
  }
  return out;
}

/**
 * The compiler's proof: for random programs and random requests, simulating the compiled
 * artifacts (`simulate(compile(program))`) gives what the language means (`decide(program)`,
 * computed from the resolved program without the compiler's policy emission) — same class
 * (allow / deny / login), same internal endpoint, same HTTP status, same kind of TLS/TCP refusal.
 *
 * And the property has teeth: with a deliberately broken compiler (security actions moved after
 * `forward-internal`, or `restrict-ips` dropped) `fc.check` finds a counterexample.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import type { CompileResult } from '../../src/compiler/types.js';
import { disagreement } from '../../src/sim/agree.js';
import { prepareDecider, type Decider } from '../../src/sim/decide.js';
import { simulate } from '../../src/sim/simulate.js';
import type { World } from '../../src/sim/types.js';
import { worldFromCompile } from '../../src/sim/world.js';
import { aimedRequests, models, PEMS, printModel, type Aimed, type Model } from './programs.js';

const FILE = 'random.tpc';

interface Compiled {
  source: string;
  result: CompileResult;
  decider: Decider;
}

const cache = new Map<string, Compiled>();

function compiled(m: Model): Compiled {
  const source = printModel(m);
  let c = cache.get(source);
  if (!c) {
    const result = compile(source, { file: FILE, readFile: () => undefined });
    c = { source, result, decider: prepareDecider(source, { file: FILE, readFile: () => undefined, certificateAuthorities: PEMS }) };
    cache.set(source, c);
  }
  return c;
}

type Mutate = (policy: Record<string, unknown>) => Record<string, unknown>;

/** The world of a compilation, optionally with every cloud endpoint policy mutated. */
function worldOf(result: CompileResult, mutate?: Mutate): World {
  if (!mutate) return worldFromCompile(result, PEMS).world;
  const sites = result.sites.map((s) => ({
    ...s,
    endpoints: s.endpoints.map((e) => {
      const policy = mutate(JSON.parse(e.desired.body.traffic_policy) as Record<string, unknown>);
      return { ...e, policy: policy as never, desired: { ...e.desired, body: { ...e.desired.body, traffic_policy: JSON.stringify(policy) } } };
    }),
  }));
  return worldFromCompile({ sites }, PEMS).world;
}

interface Stats {
  programs: number;
  skipped: number;
  runs: number;
  decided: number;
  classes: Record<string, number>;
}

/** The equivalence property over (program, requests), against a possibly broken compiler. */
function equivalence(stats: Stats, mutate?: Mutate) {
  return fc.property(
    models.chain((m) => fc.tuple(fc.constant(m), fc.array(aimedRequests(m), { minLength: 4, maxLength: 8 }))),
    ([m, aimed]: [Model, Aimed[]]) => {
      const c = compiled(m);
      stats.programs++;
      if (c.result.emitSkipped) {
        stats.skipped++;
        fc.pre(false);
      }
      const world = worldOf(c.result, mutate);
      for (const a of aimed) {
        stats.runs++;
        const decision = c.decider.decide(a.site, a.service, a.request);
        const outcome = simulate(a.endpoint, a.request, world, { trace: false }).outcome;
        if (decision.result !== 'unknown') stats.decided++;
        stats.classes[decision.result] = (stats.classes[decision.result] ?? 0) + 1;
        const why = disagreement(decision, outcome);
        if (why !== undefined) {
          throw new Error(`${why}\nrequest to ${a.site}.${a.service} (${a.endpoint}): ${JSON.stringify(a.request)}\nprogram:\n${c.source}`);
        }
      }
    },
  );
}

/** Moves each rule's forward-internal to the front: the security actions now come after it. */
const forwardFirst: Mutate = (policy) => {
  const out: Record<string, unknown> = {};
  for (const [phase, rules] of Object.entries(policy)) {
    out[phase] = (rules as { actions: { type: string }[] }[]).map((r) => {
      const fwd = r.actions.filter((a) => a.type === 'forward-internal');
      return { ...r, actions: [...fwd, ...r.actions.filter((a) => a.type !== 'forward-internal')] };
    });
  }
  return out;
};

/** Drops every restrict-ips action (and rules left empty). */
const dropRestrictIps: Mutate = (policy) => {
  const out: Record<string, unknown> = {};
  for (const [phase, rules] of Object.entries(policy)) {
    out[phase] = (rules as { actions: { type: string }[] }[]).map((r) => ({ ...r, actions: r.actions.filter((a) => a.type !== 'restrict-ips') })).filter((r) => r.actions.length > 0);
  }
  return out;
};

describe('simulate(compile(program)) agrees with decide(program)', () => {
  it('on random programs and requests (at least 500 program × request runs)', () => {
    const stats: Stats = { programs: 0, skipped: 0, runs: 0, decided: 0, classes: {} };
    fc.assert(equivalence(stats), { numRuns: 200 });
    expect(stats.runs).toBeGreaterThanOrEqual(500);
    // The generator makes valid programs; the comparison is meaningful on almost every request.
    expect(stats.skipped).toBeLessThan(stats.programs / 10);
    expect(stats.decided / stats.runs).toBeGreaterThan(0.9);
    // Every class shows up, so the property is not vacuous.
    if (process.env['TPC_SIM_STATS']) console.log(JSON.stringify(stats));
    for (const [cls, min] of [['allow', 20], ['deny', 20], ['login', 5]] as const) expect(stats.classes[cls] ?? 0, cls).toBeGreaterThanOrEqual(min);
  });

  it('catches a compiler that puts security actions after forward-internal', () => {
    const stats: Stats = { programs: 0, skipped: 0, runs: 0, decided: 0, classes: {} };
    const r = fc.check(equivalence(stats, forwardFirst), { numRuns: 200 });
    expect(r.failed).toBe(true);
    if (process.env['TPC_SIM_STATS']) console.log(String(r.errorInstance));
    expect(String(r.errorInstance)).toMatch(/the language (refuses it|sends it to log in)/);
  });

  it('catches a compiler that drops restrict-ips', () => {
    const stats: Stats = { programs: 0, skipped: 0, runs: 0, decided: 0, classes: {} };
    const r = fc.check(equivalence(stats, dropRestrictIps), { numRuns: 200 });
    expect(r.failed).toBe(true);
  });

  it('the unbroken compiler passes the same checks (the mutations are what fail)', () => {
    const stats: Stats = { programs: 0, skipped: 0, runs: 0, decided: 0, classes: {} };
    const r = fc.check(equivalence(stats), { numRuns: 30 });
    expect(r.failed).toBe(false);
  });
});

/**
 * The "no false protected conclusion" claim of `lib/protection.ts` (used by unprotected-tcp and
 * unauthenticated-http), checked against a brute-force run of random policies: whenever the
 * analysis says a forward is covered, every execution that reaches it has passed an effective
 * protection first. Rule guards are treated as independent coin flips (a superset of what real
 * expressions can do), and a forward with `on_error: continue` may succeed or fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/ngrok/load.js';
import { analyzeForwards, type ProtectionKind } from '../../src/rules/lib/protection.js';
import { buildWorkspace } from '../../src/rules/workspace.js';

type Act = 'allow' | 'weak' | 'fwd' | 'fwdContinue' | 'deny' | 'setVars';
interface Rule {
  guarded: boolean;
  actions: Act[];
}

const ACTION_JSON: Record<Act, unknown> = {
  allow: { type: 'restrict-ips', config: { allow: ['10.0.0.0/8'] } },
  weak: { type: 'restrict-ips', config: { enforce: false, allow: ['10.0.0.0/8'] } },
  fwd: { type: 'forward-internal', config: { url: 'tcp://db.internal:5432' } },
  fwdContinue: { type: 'forward-internal', config: { url: 'tcp://db.internal:5432', on_error: 'continue' } },
  deny: { type: 'deny' },
  setVars: { type: 'set-vars', config: { vars: [{ a: '1' }] } },
};

const ruleArb: fc.Arbitrary<Rule> = fc.record({
  guarded: fc.boolean(),
  actions: fc.array(fc.constantFrom<Act>('allow', 'weak', 'fwd', 'fwdContinue', 'deny', 'setVars'), { minLength: 1, maxLength: 4 }),
});

/** Every forward reached (by rule/action index, or 'upstream') and whether it was reached unprotected on some run. */
function simulate(rules: Rule[], agent: boolean): Map<string, boolean> {
  const unprotected = new Map<string, boolean>();
  const note = (key: string, protectedNow: boolean) => unprotected.set(key, (unprotected.get(key) ?? false) || !protectedNow);
  const guards = rules.map((r, i) => i).filter((i) => rules[i]!.guarded);
  const continues: [number, number][] = [];
  rules.forEach((r, i) => r.actions.forEach((a, j) => a === 'fwdContinue' && continues.push([i, j])));
  for (let g = 0; g < 1 << guards.length; g++) {
    for (let c = 0; c < 1 << continues.length; c++) {
      const on = (i: number) => !rules[i]!.guarded || ((g >> guards.indexOf(i)) & 1) === 1;
      const fails = (i: number, j: number) => ((c >> continues.findIndex(([x, y]) => x === i && y === j)) & 1) === 1;
      let prot = false;
      let ended = false;
      for (let i = 0; i < rules.length && !ended; i++) {
        if (!on(i)) continue;
        const acts = rules[i]!.actions;
        for (let j = 0; j < acts.length && !ended; j++) {
          const a = acts[j]!;
          if (a === 'allow') prot = true;
          else if (a === 'deny') ended = true;
          else if (a === 'fwd' || a === 'fwdContinue') {
            note(`${i}:${j}`, prot);
            if (a === 'fwd' || !fails(i, j)) ended = true;
          }
        }
      }
      if (!ended && agent) note('upstream', prot);
    }
  }
  return unprotected;
}

const ACCEPT: ReadonlySet<ProtectionKind> = new Set<ProtectionKind>(['restrict-ips']);

describe('protection analysis', () => {
  it('never concludes "covered" for a forward that some run reaches unprotected', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (rules, agent) => {
        const policy = { on_tcp_connect: rules.map((r) => ({ ...(r.guarded ? { expressions: ['conn.server_port == 1'] } : {}), actions: r.actions.map((a) => ACTION_JSON[a]) })) };
        const text = agent
          ? JSON.stringify({ version: 3, endpoints: [{ name: 'db', url: 'tcp://1.tcp.ngrok.io:20001', upstream: { url: '5432' }, traffic_policy: policy }] })
          : JSON.stringify({ url: 'tcp://1.tcp.ngrok.io:20001', type: 'cloud', traffic_policy: policy });
        const { workspace } = buildWorkspace(loadText(agent ? 'ngrok.json' : 'cloud.json', text).documents);
        const ep = workspace.endpoints[0]!;
        const forwards = analyzeForwards(ep, 'tcp', ACCEPT, false, ep.upstream);
        const truth = simulate(rules, agent);
        for (const f of forwards) {
          const key = f.kind === 'upstream' ? 'upstream' : `${f.site!.ruleIndex}:${f.site!.actionIndex}`;
          if (f.coveredBy.length > 0) expect(truth.get(key), `${key} judged covered`).not.toBe(true);
        }
        // Every forward some run reaches unprotected is reported (none is silently skipped).
        for (const [key, open] of truth) {
          if (!open) continue;
          const f = forwards.find((x) => (x.kind === 'upstream' ? 'upstream' : `${x.site!.ruleIndex}:${x.site!.actionIndex}`) === key);
          expect(f, `${key} reachable but not analysed`).toBeDefined();
          expect(f!.coveredBy).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});

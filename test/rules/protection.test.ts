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
import { analyzeForwards, loginGate, type ProtectionKind } from '../../src/rules/lib/protection.js';
import { buildWorkspace, eachAction } from '../../src/rules/workspace.js';

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

/**
 * The "login, then account check" pattern (`loginGate`), checked the same way against a
 * brute-force run of random HTTPS policies. The model: a request has a path (`/p`, `/q` or
 * another), a session (logged in or not) and an account (allowed or not). A login action ends a
 * request without a session (the redirect to the provider) and otherwise authenticates it and
 * makes its result readable; `url-rewrite` may change the path to anything; header and `rand`
 * conditions are coin flips at every evaluation, and so is reading a login result before that
 * login ran (an account check joined with `rand` rejects only sometimes). Claims: a forward judged covered is never reached unauthenticated, and a forward
 * behind a recognised gate is never reached with an account the check rejects.
 */
type HttpAct = 'oauth' | 'oidc' | 'deny' | 'fwd' | 'rewrite' | 'log';
type Cond = 'P' | 'Q' | 'X' | 'Y' | 'XR' | 'H' | 'R';
interface HttpRule {
  conds: Cond[];
  actions: HttpAct[];
}

const COND_TEXT: Record<Cond, string> = {
  P: "req.url.path == '/p' || req.url.path.startsWith('/p/')",
  Q: "req.url.path == '/q'",
  X: "!(actions.ngrok.oauth.identity.email.lowerAscii().endsWith('@a.example'))",
  Y: "!(actions.ngrok.oidc.identity.email.lowerAscii().endsWith('@a.example'))",
  XR: "!(actions.ngrok.oauth.identity.email.lowerAscii().endsWith('@a.example')) && rand.double() < 0.5",
  H: "req.headers['x-app'][0] == 'p'",
  R: 'rand.double() < 0.5',
};
const HTTP_ACTION_JSON: Record<HttpAct, unknown> = {
  oauth: { type: 'oauth', config: { provider: 'google' } },
  oidc: { type: 'openid-connect', config: { issuer_url: 'https://login.a.example', client_id: 'x', client_secret: 'y' } },
  deny: { type: 'deny' },
  fwd: { type: 'forward-internal', config: { url: 'https://app.internal' } },
  rewrite: { type: 'url-rewrite', config: { from: '/x', to: '/p' } },
  log: { type: 'log' },
};

const condArb = fc.constantFrom<Cond>('P', 'P', 'P', 'Q', 'X', 'X', 'Y', 'XR', 'H', 'R');
const httpRuleArb: fc.Arbitrary<HttpRule> = fc.record({
  conds: fc.uniqueArray(condArb, { maxLength: 3 }),
  actions: fc.array(fc.constantFrom<HttpAct>('oauth', 'oidc', 'deny', 'fwd', 'fwd', 'rewrite', 'log'), { minLength: 1, maxLength: 2 }),
});
/** The pattern itself (login; account check; forward), with another check, rules inserted or conditions edited. */
const gateArb: fc.Arbitrary<HttpRule[]> = fc
  .tuple(
    fc.constantFrom<HttpAct>('oauth', 'oidc'),
    fc.constantFrom<Cond | 'own'>('own', 'own', 'X', 'Y', 'XR', 'H'),
    fc.array(fc.tuple(fc.nat(3), httpRuleArb), { maxLength: 2 }),
    fc.array(fc.tuple(fc.nat(2), fc.uniqueArray(condArb, { maxLength: 3 })), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([login, check, inserts, edits, strongerForward]) => {
    const rules: HttpRule[] = [
      { conds: ['P'], actions: [login] },
      { conds: ['P', check !== 'own' ? check : login === 'oauth' ? 'X' : 'Y'], actions: ['deny'] },
      { conds: strongerForward ? ['P', 'Q'] : ['P'], actions: ['fwd'] },
    ];
    for (const [i, conds] of edits) rules[i] = { ...rules[i]!, conds };
    for (const [at, r] of inserts) rules.splice(at, 0, r);
    return rules;
  });

/** Runs every combination of choices of `run` (depth-first over the choice sequence). */
function everyRun(run: (choose: (n: number) => number) => void): void {
  const stack: number[][] = [[]];
  while (stack.length > 0) {
    const prefix = stack.pop()!;
    let i = 0;
    run((n) => {
      if (i < prefix.length) return prefix[i++]!;
      for (let c = 1; c < n; c++) stack.push([...prefix, c]);
      prefix.push(0);
      i++;
      return 0;
    });
  }
}

/** Per forward (`rule:action`): reached unauthenticated on some run, reached with a rejected account on some run. */
function simulateHttp(rules: HttpRule[]): Map<string, { unauthenticated: boolean; rejected: boolean }> {
  const out = new Map<string, { unauthenticated: boolean; rejected: boolean }>();
  everyRun((choose) => {
    let path = choose(3); // 0: /p, 1: /q, 2: other
    const session = choose(2) === 1;
    const allowed = choose(2) === 1;
    const ran = { oauth: false, oidc: false };
    let authenticated = false;
    const holds = (c: Cond): boolean => {
      switch (c) {
        case 'P':
          return path === 0;
        case 'Q':
          return path === 1;
        case 'X':
          return ran.oauth ? !allowed : choose(2) === 1;
        case 'Y':
          return ran.oidc ? !allowed : choose(2) === 1;
        case 'XR':
          return (ran.oauth ? !allowed : choose(2) === 1) && choose(2) === 1;
        default:
          return choose(2) === 1;
      }
    };
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (!r.conds.every(holds)) continue;
      for (let j = 0; j < r.actions.length; j++) {
        const a = r.actions[j]!;
        if (a === 'oauth' || a === 'oidc') {
          if (!session) return;
          ran[a] = true;
          authenticated = true;
        } else if (a === 'deny') return;
        else if (a === 'rewrite') path = choose(3);
        else if (a === 'fwd') {
          const key = `${i}:${j}`;
          const seen = out.get(key) ?? { unauthenticated: false, rejected: false };
          out.set(key, { unauthenticated: seen.unauthenticated || !authenticated, rejected: seen.rejected || (authenticated && !allowed) });
          return;
        }
      }
    }
  });
  return out;
}

const AUTH: ReadonlySet<ProtectionKind> = new Set<ProtectionKind>(['authentication']);

describe('protection analysis: login, then account check', () => {
  it('never covers a forward that some run reaches unauthenticated, and a recognised gate never lets a rejected account through', () => {
    let gates = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: gateArb, weight: 3 }, { arbitrary: fc.array(httpRuleArb, { minLength: 1, maxLength: 4 }), weight: 1 }), (rules) => {
        const policy = { on_http_request: rules.map((r) => ({ ...(r.conds.length > 0 ? { expressions: r.conds.map((c) => COND_TEXT[c]) } : {}), actions: r.actions.map((a) => HTTP_ACTION_JSON[a]) })) };
        const { workspace } = buildWorkspace(loadText('cloud.json', JSON.stringify({ url: 'https://app.example.com', type: 'cloud', traffic_policy: policy })).documents);
        const ep = workspace.endpoints[0]!;
        const truth = simulateHttp(rules);
        const logins = eachAction(ep.policy!).filter((s) => s.type === 'oauth' || s.type === 'openid-connect');
        for (const f of analyzeForwards(ep, 'https', AUTH, false, undefined)) {
          const key = `${f.site!.ruleIndex}:${f.site!.actionIndex}`;
          const t = truth.get(key);
          if (f.coveredBy.length > 0) expect(t?.unauthenticated, `${key} judged covered`).not.toBe(true);
          if (logins.some((l) => loginGate(l, f.site!))) {
            gates++;
            expect(t?.rejected, `${key} behind a gate`).not.toBe(true);
          }
        }
      }),
      { numRuns: 600 },
    );
    // The generator reaches the pattern often enough to mean something (about 75 per run; the
    // bound is far below that, so random seeds do not make this fail).
    expect(gates).toBeGreaterThan(30);
  });
});

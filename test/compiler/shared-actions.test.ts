/**
 * Identical actions across a fleet are one frozen object (src/ngrok/immutable.ts), and the lint
 * rules that remember facts about such objects must still report each policy's findings at that
 * policy's own source line.
 */
import { describe, expect, it } from 'vitest';
import { lintCompiled } from '../../src/compiler/self-check.js';
import { compileFiles } from './helpers.js';

function list(found: readonly { code: string; line: number; column: number }[], id: string): string[] {
  return found.filter((d) => d.code === id).map((d) => `${d.line}:${d.column}`);
}

describe('findings inside shared actions', () => {
  it('an interpolation with an unknown variable in a shared action is reported in both policies', async () => {
    const text = `group o = ip 10.0.0.0/8
site s1 {
  service a http://10.0.0.1:80
  expose a at https://one.example.com {
    allow o
    action before-forward { type: "add-headers", config: { headers: { "x-who": "\${conn.nonsense}" } } }
  }
}
site s2 {
  service a http://10.0.0.1:80
  expose a at https://two.example.com path /x {
    allow o
    action first { type: "add-headers", config: { headers: { "x-a": "1" } } }
    action before-forward { type: "add-headers", config: { headers: { "x-who": "\${conn.nonsense}" } } }
  }
}
`;
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const shared = (i: number) => (r.sites[i]!.endpoints[0]!.policy.on_http_request ?? []).flatMap((rule) => rule.actions).find((a) => a.type === 'add-headers' && JSON.stringify(a).includes('x-who'));
    expect(shared(1)).toBe(shared(0));
    const found = await lintCompiled(r, 'main.tpc', text);
    const lines = found.filter((d) => d.code === 'unknown-variable' || d.code === 'TPC2084').map((d) => d.line);
    expect(lines).toEqual([6, 14]);
    expect(list(found, 'placeholder')).toEqual([]);
  });

  it('a shared set-vars action without interpolation still names its variables for later expressions', async () => {
    const body = (n: number) => `site s${n} {
  service a http://10.0.0.1:80
  expose a at https://s${n}.example.com {
    allow o
    action first { type: "set-vars", config: { vars: [{ tier: "gold" }] } }
    action first when "vars.tier == 'gold'" { type: "deny", config: { status_code: 429 } }
  }
}
`;
    const text = `group o = ip 10.0.0.0/8\n${body(1)}${body(2)}`;
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const setVars = (i: number) => (r.sites[i]!.endpoints[0]!.policy.on_http_request ?? []).flatMap((rule) => rule.actions).find((a) => a.type === 'set-vars');
    expect(setVars(1)).toBe(setVars(0));
    expect(Object.isFrozen(setVars(0))).toBe(true);
    const found = await lintCompiled(r, 'main.tpc', text);
    expect(found.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });
});

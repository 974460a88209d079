import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ownedMemo } from '../../src/rules/lib/owned-memo.js';
import { buildWorkspace, eachAction, eachRule } from '../../src/rules/workspace.js';
import { loadText } from '../../src/ngrok/load.js';

describe('ownedMemo', () => {
  it('derives a fact once per owner and keeps owners apart', () => {
    let calls = 0;
    const memo = ownedMemo<object, number>('test');
    const a = {};
    const b = {};
    expect(memo(a, () => ++calls)).toBe(1);
    expect(memo(a, () => ++calls)).toBe(1);
    expect(memo(b, () => ++calls)).toBe(2);
    expect(calls).toBe(2);
  });

  it('leaves no trace in the owner that JSON or key listing would see', () => {
    const owner = { x: 1 };
    ownedMemo<object, string>('hidden')(owner, () => 'fact');
    expect(Object.keys(owner)).toEqual(['x']);
    expect(JSON.stringify(owner)).toBe('{"x":1}');
  });

  it('derives the fact again for a frozen owner instead of failing', () => {
    let calls = 0;
    const memo = ownedMemo<object, number>('frozen');
    const owner = Object.freeze({});
    expect(memo(owner, () => ++calls)).toBe(1);
    expect(memo(owner, () => ++calls)).toBe(2);
  });

  it('always returns what a fresh derivation returns (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 30 }), (picks) => {
        const owners = [{}, {}, {}, Object.freeze({}), {}];
        const memo = ownedMemo<object, string>('p');
        for (const i of picks) expect(memo(owners[i]!, () => `owner ${i}`)).toBe(`owner ${i}`);
      }),
    );
  });
});

describe('eachRule / eachAction keep their lists on the policy', () => {
  it('returns the same list for the same policy and a separate one for another workspace', () => {
    const text = 'on_http_request:\n  - actions:\n      - type: deny\n';
    const ws1 = buildWorkspace(loadText('a.yml', text, { kind: 'traffic-policy' }).documents).workspace;
    const ws2 = buildWorkspace(loadText('a.yml', text, { kind: 'traffic-policy' }).documents).workspace;
    const p1 = ws1.policies[0]!;
    expect(eachRule(p1)).toBe(eachRule(p1));
    expect(eachAction(p1)).toBe(eachAction(p1));
    expect(eachAction(p1).map((a) => a.type)).toEqual(['deny']);
    expect(eachAction(ws2.policies[0]!)).not.toBe(eachAction(p1));
    expect(eachAction(ws2.policies[0]!).map((a) => a.actionPath)).toEqual([['on_http_request', 0, 'actions', 0]]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFixes, lint } from '../../src/rules/engine.js';
import { defineRule } from '../../src/rules/rule.js';
import { eachAction } from '../../src/rules/workspace.js';

const denyRule = defineRule({
  id: 'no-deny-test',
  meta: { description: 'Test rule.', severity: 'error', category: 'correctness', recommended: false, requiresReason: true, messages: { found: "Found '{{type}}'." } },
  check(ctx) {
    for (const p of ctx.workspace.policies) {
      for (const a of eachAction(p)) {
        if (a.type === 'deny') ctx.report({ messageId: 'found', data: { type: a.type }, doc: a.policy.doc, path: [...a.actionPath, 'type'] });
      }
    }
  },
});

const policy = `on_http_request:
  - actions:
      - type: deny
`;

describe('engine', () => {
  it('reports at the located path, in every container', async () => {
    const cloud = `url: https://a.example.com\ntype: cloud\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: deny\n`;
    const agent = `version: 3\nendpoints:\n  - name: a\n    url: https://a.internal\n    upstream: { url: 8080 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: deny }]\n`;
    const r = await lint([{ path: 'p.yaml', text: policy }, { path: 'c.yaml', text: cloud }, { path: 'a.yml', text: agent }], { registry: [denyRule] });
    expect(r.diagnostics.map((d) => [d.file, d.line, d.column, d.message])).toEqual([
      ['a.yml', 8, 29, "Found 'deny'."],
      ['c.yaml', 6, 17, "Found 'deny'."],
      ['p.yaml', 3, 15, "Found 'deny'."],
    ]);
  });

  it('honours a suppression with a reason and keeps the finding marked', async () => {
    const text = `on_http_request:\n  - actions:\n      # tpc-disable-next-line no-deny-test -- legacy clinic, ticket 42\n      - type: deny\n`;
    const r = await lint([{ path: 'p.yaml', text }], { registry: [denyRule] });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.suppressed).toEqual({ kind: 'inline', reason: 'legacy clinic, ticket 42' });
  });

  it('refuses a suppression without a reason', async () => {
    const text = `on_http_request:\n  - actions:\n      # tpc-disable-next-line no-deny-test\n      - type: deny\n`;
    const r = await lint([{ path: 'p.yaml', text }], { registry: [denyRule] });
    expect(r.diagnostics.map((d) => [d.code, d.line, d.suppressed])).toEqual([
      ['TPC4002', 3, undefined],
      ['no-deny-test', 4, undefined],
    ]);
  });

  it('warns about a suppression naming no rule (TPC4003) and one that matches nothing (TPC4004)', async () => {
    const text = `on_http_request:\n  - actions:\n      # tpc-disable-next-line no-such-rule -- typo\n      - type: deny\n      # tpc-disable-next-line no-deny-test -- was needed once\n      - type: log\n`;
    const r = await lint([{ path: 'p.yaml', text }], { registry: [denyRule] });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      ['TPC4003', 'warning', 3, 7, "The suppression names 'no-such-rule', which is not a tpc rule."],
      ['no-deny-test', 'error', 4, 15, "Found 'deny'."],
      ['TPC4004', 'warning', 5, 7, "The suppression of 'no-deny-test' matches no finding on the next line; remove it."],
    ]);
  });

  it('warns about a document of no known kind (TPC0009), unless told to ignore such documents', async () => {
    const text = 'name: my-app\nreplicas: 3\n---\non_http_request:\n  - actions: [{ type: deny }]\n';
    const r = await lint([{ path: 'x.yaml', text }], { registry: [denyRule] });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      ['TPC0009', 'warning', 1, 1, 'Could not tell what this document is (not a Traffic Policy, ngrok.yml or cloud endpoint body); it was not linted.'],
      ['no-deny-test', 'error', 5, 23, "Found 'deny'."],
    ]);
    const ignored = await lint([{ path: 'x.yaml', text, unknownKind: 'ignore' }], { registry: [denyRule] });
    expect(ignored.diagnostics.map((d) => d.code)).toEqual(['no-deny-test']);
    // tpc's own manifest.json and acl.json are known to be no ngrok files.
    const manifest = await lint([{ path: 'manifest.json', text: '{"version":1,"generator":"tpc","endpoints":[]}' }], { registry: [denyRule] });
    expect(manifest.diagnostics).toEqual([]);
    const acl = await lint([{ path: 'acl.json', text: JSON.stringify({ description: 'tpc: agent authtoken of site c1', metadata: '{"managed-by":"tpc","site":"c1"}', acl: ['bind:*.c1.internal'] }) }], { registry: [denyRule] });
    expect(acl.diagnostics).toEqual([]);
  });

  it('turns a rule crash into a diagnostic', async () => {
    const bad = defineRule({ ...denyRule, id: 'crashy', check() { throw new Error('boom'); } });
    const r = await lint([{ path: 'p.yaml', text: policy }], { registry: [bad] });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['TPC4001', "Rule 'crashy' failed on this file: boom (this is a bug in tpc)."]]);
  });

  it('reports unreadable files instead of throwing', async () => {
    const r = await lint(['/nonexistent/x.yaml'], { registry: [denyRule] });
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['TPC0013', 'Cannot read the file: no such file.']]);
  });

  it('builds a fix given as a function only when the diagnostic\'s fix is read', async () => {
    const calls: string[] = [];
    const lazy = defineRule({
      ...denyRule,
      id: 'lazy-fix-test',
      check(ctx) {
        for (const p of ctx.workspace.policies) {
          for (const a of eachAction(p)) {
            const path = [...a.actionPath, 'type'];
            const span = a.policy.doc.span(path)!;
            const ok = () => (calls.push('ok'), { description: 'Write allow.', edits: [{ start: span.start, end: span.end, text: 'allow' }] });
            const rejected = () => (calls.push('rejected'), undefined);
            ctx.report({ messageId: 'found', data: { type: String(a.type) }, doc: a.policy.doc, path, fix: ok });
            ctx.report({ messageId: 'found', data: { type: 'again' }, doc: a.policy.doc, path, fix: rejected });
          }
        }
      },
    });
    const r = await lint([{ path: 'p.yaml', text: policy }], { registry: [lazy] });
    expect(calls).toEqual([]);
    const [without, withFix] = r.diagnostics; // sorted by message: 'again' first
    expect(Object.keys(withFix!)).toEqual(['code', 'severity', 'message', 'file', 'line', 'column', 'range', 'fix']);
    expect(withFix!.fix).toEqual({ description: 'Write allow.', edits: [{ start: 44, end: 48, text: 'allow' }] });
    expect(policy.slice(44, 48)).toBe('deny');
    expect(without!.fix).toBeUndefined();
    expect('fix' in without!).toBe(false);
    expect(withFix!.fix).toBe(withFix!.fix);
    expect(calls).toEqual(['ok', 'rejected']);
    const fixed = await lint([{ path: 'p.yaml', text: policy }], { registry: [lazy], fix: true });
    expect(fixed.fixed.get('p.yaml')).toBe(policy.replace('deny', 'allow'));
  });

  it('awaits every active rule\'s prepare before the first check, and reports a failed prepare as a crash', async () => {
    const events: string[] = [];
    const slow = defineRule({
      ...denyRule,
      id: 'slow-prepare',
      async prepare() {
        await new Promise((r) => setTimeout(r, 5));
        events.push('prepared slow');
      },
      check() {
        events.push('checked slow');
      },
    });
    const first = defineRule({ ...denyRule, id: 'first', check: () => void events.push('checked first') });
    const broken = defineRule({ ...denyRule, id: 'broken', prepare: () => Promise.reject(new Error('cannot load')), check: () => void events.push('checked broken') });
    const off = defineRule({ ...denyRule, id: 'off-rule', prepare: async () => void events.push('prepared off'), check: () => void events.push('checked off') });
    const r = await lint([{ path: 'p.yaml', text: policy }], { registry: [first, slow, broken, off], rules: { 'off-rule': 'off' } });
    expect(events).toEqual(['prepared slow', 'checked first', 'checked slow']);
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['TPC4001', "Rule 'broken' failed on this file: cannot load (this is a bug in tpc)."]]);
  });

  it('applies non-overlapping fix groups', () => {
    expect(applyFixes('abcdef', [[{ start: 0, end: 1, text: 'X' }], [{ start: 0, end: 2, text: 'Y' }], [{ start: 4, end: 6, text: '' }]])).toBe('Xbcd');
  });
});

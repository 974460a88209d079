import { describe, expect, it } from 'vitest';
import { decodeBytes, detectKind, loadEmbedded, loadText } from '../../src/ngrok/load.js';

const codes = (r: { diagnostics: { code: string; line: number; column: number }[] }) => r.diagnostics.map((d) => [d.code, d.line, d.column]);

describe('loadText', () => {
  it('locates values and keys, falling back to the nearest ancestor', () => {
    const text = 'on_http_request:\n  - actions:\n      - type: deny\n        config: { status_code: 404 }\n';
    const doc = loadText('p.yaml', text).documents[0]!;
    expect(doc.kind).toBe('traffic-policy');
    const at = (p: (string | number)[], part?: 'key' | 'value') => {
      const r = doc.locate(p, part);
      return [r.start.line, r.start.column, text.slice(r.start.offset, r.end.offset)];
    };
    expect(at(['on_http_request', 0, 'actions', 0, 'type'])).toEqual([3, 15, 'deny']);
    expect(at(['on_http_request', 0, 'actions', 0, 'config', 'status_code'], 'key')).toEqual([4, 19, 'status_code']);
    // A missing member points at its parent's key.
    expect(at(['on_http_request', 0, 'actions', 0, 'config', 'nope'])).toEqual([4, 9, 'config']);
  });

  it('reads several YAML documents from one file', () => {
    const r = loadText('m.yaml', 'on_tcp_connect: []\n---\nversion: 3\nendpoints: []\n');
    expect(r.documents.map((d) => [d.index, d.kind])).toEqual([
      [0, 'traffic-policy'],
      [1, 'agent-config'],
    ]);
  });

  it('reports an expression read as a YAML tag, once, at the tag', () => {
    const r = loadText('t.yaml', "on_http_request:\n  - expressions:\n      - !inCidrRange(conn.client_ip, '1.2.3.4/32')\n    actions: [{ type: deny }]\n");
    expect(codes(r)).toEqual([['TPC0010', 3, 9]]);
  });

  it('turns hostile input into diagnostics', () => {
    expect(codes(loadText('deep.yaml', '['.repeat(50_000)))).toEqual([['TPC0008', 1, 1]]);
    const bomb = 'a: &a [1,2]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(codes(loadText('bomb.yaml', bomb))).toEqual([['TPC0007', 1, 1]]);
    expect(codes(loadText('big.yaml', 'a'.repeat(11 * 1024 * 1024)))).toEqual([['TPC0006', 1, 1]]);
    expect(codes(loadText('bin.yaml', 'ab\0cd'))).toEqual([['TPC0005', 1, 1]]);
    expect(codes(loadText('dup.yaml', 'a: 1\na: 2\n'))).toEqual([['TPC0001', 2, 1]]);
    expect(codes(loadText('bad.json', '{"a": 1,}'))).toEqual([['TPC0002', 1, 9]]);
  });

  it('reports a tab used for indentation once, as the cause, not with the errors it causes on its line', () => {
    const text = 'on_http_request:\n  - actions:\n      - type: forward-internal\n        config: { url: "https://a.internal" }\n\t  - type: deny\n';
    const r = loadText('tab.yaml', text);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([['TPC0001', 5, 1, 'YAML syntax error: Tabs are not allowed as indentation']]);
    // Errors on different lines are each reported.
    expect(codes(loadText('two.yaml', 'a: [1\nb: 2\n\tc: 3\n')).length).toBeGreaterThan(1);
  });

  it('decodes bytes strictly', () => {
    expect(decodeBytes('x', new Uint8Array([0x61, 0xc3, 0x28])).diagnostics.map((d) => d.message)).toEqual([
      'The file is not valid UTF-8 text (first bad byte at offset 1).',
    ]);
    expect(decodeBytes('x', new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).text).toBe('a');
  });
});

describe('loadEmbedded', () => {
  it('maps a block-literal policy string back into the file', () => {
    const text = 'url: https://x.example.com\ntype: cloud\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config:\n            url: https://api.internal\n';
    const outer = loadText('c.yaml', text).documents[0]!;
    const inner = loadEmbedded(outer, ['traffic_policy']).documents[0]!;
    const r = inner.locate(['on_http_request', 0, 'actions', 0, 'config', 'url']);
    expect([r.start.line, r.start.column, text.slice(r.start.offset, r.end.offset)]).toEqual([8, 18, 'https://api.internal']);
  });

  it('maps a JSON-escaped policy string back into the file', () => {
    const text = JSON.stringify({ url: 'https://x.example.com', type: 'cloud', traffic_policy: JSON.stringify({ on_http_request: [{ actions: [{ type: 'deny' }] }] }) });
    const outer = loadText('c.json', text).documents[0]!;
    const inner = loadEmbedded(outer, ['traffic_policy']).documents[0]!;
    const r = inner.locate(['on_http_request', 0, 'actions', 0, 'type']);
    expect(text.slice(r.start.offset, r.end.offset)).toBe('\\"deny\\"');
  });

  it('reports a syntax error inside the string at its place in the file', () => {
    const text = 'url: https://x.example.com\ntype: cloud\ntraffic_policy: |\n  on_http_request:\n    - actions: [\n';
    const outer = loadText('c.yaml', text).documents[0]!;
    const r = loadEmbedded(outer, ['traffic_policy']);
    expect(r.diagnostics[0]!.code).toBe('TPC0012');
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(4);
  });
});

describe('detectKind', () => {
  it.each([
    [{ on_http_request: [] }, 'traffic-policy'],
    [{ inbound: [] }, 'traffic-policy'],
    [{ version: 3, agent: {} }, 'agent-config'],
    [{ version: '2', tunnels: {} }, 'agent-config'],
    [{ url: 'https://a', type: 'cloud', traffic_policy: '{}' }, 'cloud-endpoint'],
    [{ version: '3.8', services: { web: {} } }, 'unknown'],
    [{ version: 1, name: 'x' }, 'unknown'],
    [{ version: 1, generator: 'tpc', endpoints: [{ key: 'a/b', hash: 'sha256:0' }] }, 'unknown'],
    [[1, 2], 'unknown'],
  ])('%j is %s', (value, kind) => {
    expect(detectKind(value)).toBe(kind);
  });
});

import { describe, expect, it } from 'vitest';
import {
  ACTION_RESULT_NAMESPACE,
  arities,
  FUNCTIONS,
  listVariables,
  lookupGlobalFunction,
  lookupMethod,
  lookupNamespaced,
  lookupVariable,
  phaseLetter,
  VARIABLE_TREE,
} from '../../src/ngrok/cel/catalog.js';
import { celCatalogMarkdown } from '../../src/ngrok/cel/docs.js';
import { checkEnvironment, evalEnvironment, missingImplementations } from '../../src/ngrok/cel/env.js';

describe('variable catalog (reference §3.2)', () => {
  it.each([
    ['req.url.path', 'string', ['Q', 'S']],
    ['req.headers', 'map<string, list<string>>', ['Q', 'S']],
    ['res.status_code', 'int', ['S']],
    ['conn.client_ip', 'string', ['T', 'Q', 'S']],
    ['conn.client_ip.geo.location.country_code', 'string', ['T', 'Q', 'S']],
    ['conn.server_ip.is_tor_node', 'bool', ['T', 'Q', 'S']],
    ['conn.bytes_in', 'int', ['Q', 'S']],
    ['conn.tls.client.subject.common_name', 'string', ['T', 'Q', 'S']],
    ['conn.tls.server.validity.not_after', 'google.protobuf.Timestamp', ['T', 'Q', 'S']],
    ['conn.k8s.pod.metadata.namespace', 'string', ['T', 'Q', 'S']],
    ['endpoint.port', 'int', ['T', 'Q', 'S']],
    ['time.now', 'string', ['T', 'Q', 'S']],
    ['actions.ngrok.oidc.identity.email', 'string', ['T', 'Q', 'S']],
    ['actions.ngrok.restrict_ips.matched_cidr', 'string', ['T', 'Q', 'S']],
    ['actions.ngrok.terminate_tls.client.san.dns_names', 'list<string>', ['T', 'Q', 'S']],
  ])('%s: %s in %o', (path, type, phases) => {
    const l = lookupVariable(path.split('.'));
    expect(l.kind).toBe('known');
    if (l.kind !== 'known') return;
    expect(l.node.type).toBe(type);
    expect(l.phases).toEqual(phases);
  });

  it('open maps accept any key; unknown paths say where they fail', () => {
    expect(lookupVariable(['vars', 'anything', 'deeper'])).toMatchObject({ kind: 'known', openTail: true });
    expect(lookupVariable(['req', 'headers', 'x-api-key'])).toMatchObject({ kind: 'known', openTail: true });
    expect(lookupVariable(['req', 'pth'])).toMatchObject({ kind: 'unknown', index: 1 });
    expect(lookupVariable(['request'])).toMatchObject({ kind: 'unknown', index: 0 });
    expect(lookupVariable(['__proto__'])).toMatchObject({ kind: 'unknown', index: 0 });
    expect(lookupVariable(['req', 'constructor'])).toMatchObject({ kind: 'unknown', index: 1 });
  });

  it('string-like variables with sub-fields are marked', () => {
    const withFields = listVariables()
      .filter((v) => v.hasFields)
      .map((v) => v.path);
    expect(withFields).toEqual([
      'conn.client_ip',
      'conn.server_ip',
      'conn.tls.client.issuer',
      'conn.tls.client.subject',
      'conn.tls.client.san',
      'conn.tls.server.issuer',
      'conn.tls.server.subject',
      'conn.tls.server.san',
      'req.content_type',
      'req.url',
      'req.user_agent',
      'res.content_type',
      'actions.ngrok.terminate_tls.client.issuer',
      'actions.ngrok.terminate_tls.client.subject',
      'actions.ngrok.terminate_tls.client.san',
      'actions.ngrok.terminate_tls.server.issuer',
      'actions.ngrok.terminate_tls.server.subject',
      'actions.ngrok.terminate_tls.server.san',
    ]);
  });

  it('every action result namespace exists under actions.ngrok', () => {
    for (const ns of new Set(Object.values(ACTION_RESULT_NAMESPACE))) {
      expect(lookupVariable(['actions', 'ngrok', ns]).kind, ns).toBe('known');
    }
  });

  it('roots are the documented ones', () => {
    expect(Object.keys(VARIABLE_TREE)).toEqual(['conn', 'endpoint', 'req', 'res', 'time', 'vars', 'actions']);
  });

  it('phase letters', () => {
    expect(['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound'].map((p) => phaseLetter(p as never))).toEqual([
      'T',
      'Q',
      'S',
      'E',
      'Q',
      'S',
    ]);
  });
});

describe('function catalog (reference §3.3)', () => {
  it('every non-macro overload is a cel-js built-in or implemented by tpc', () => {
    expect(missingImplementations()).toEqual([]);
  });

  it('both environments build', () => {
    expect(checkEnvironment().check("inCidrRange(conn.client_ip, '10.0.0.0/8')")).toEqual({ valid: true, type: 'bool' });
    expect(evalEnvironment().check("getReqHeader('x')")).toEqual({ valid: true, type: 'list<string>' });
  });

  it.each([
    ['getReqHeader', 'global', ['Q', 'S'], [1]],
    ['getResHeader', 'global', ['S'], [1]],
    ['inCidrRanges', 'global', ['T', 'Q', 'S'], [2]],
    ['size', 'global', ['T', 'Q', 'S'], [1, 1, 1, 1]],
    ['split', 'method', ['T', 'Q', 'S'], [0, 1, 2]],
    ['replace', 'method', ['T', 'Q', 'S'], [2, 3]],
    ['isPrivateIp', 'method', ['T', 'Q', 'S'], [0]],
    ['secrets.get', 'namespace', ['T', 'Q', 'S'], [2]],
    ['hash.sha256', 'namespace', ['T', 'Q', 'S'], [1, 2]],
  ])('%s', (name, kind, phases, arity) => {
    const entries = kind === 'global' ? lookupGlobalFunction(name) : kind === 'method' ? lookupMethod(name) : lookupNamespaced(name);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0]!.phases).toEqual(phases);
    expect(entries.flatMap(arities)).toEqual(arity);
  });

  it('has no duplicate overloads', () => {
    const sigs = FUNCTIONS.filter((f) => f.kind !== 'macro').flatMap((f) => f.overloads);
    expect(new Set(sigs).size).toBe(sigs.length);
  });

  it('renders as Markdown for the docs', () => {
    const md = celCatalogMarkdown();
    expect(md).toContain('| `req.url.path` | string |  | ✓ | ✓ | Path, with the leading `/`. |');
    expect(md).toContain('| `getResHeader()` | function | `getResHeader(string): list<string>` | S |');
    expect(md).toContain('| `conn.ts.end` | timestamp | ✓ | ✓ | ✓ | When the connection ended (appears in a single doc example only). (unverified) |');
  });
});

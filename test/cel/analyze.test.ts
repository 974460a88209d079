import { describe, expect, it } from 'vitest';
import { analyzeExpression, type AnalyzeOptions, type ExprIssue } from '../../src/ngrok/cel/analyze.js';

type Row = [text: string, options: AnalyzeOptions, expected: Array<Pick<ExprIssue, 'code' | 'severity' | 'start' | 'end'>>];

const E = 'error' as const;
const W = 'warning' as const;

function run(rows: Row[]): void {
  it.each(rows)('%s %o', (text, options, expected) => {
    const got = analyzeExpression(text, options).map(({ code, severity, start, end }) => ({ code, severity, start, end }));
    expect(got).toEqual(expected);
  });
}

describe('valid expressions draw no issues', () => {
  run([
    ["req.url.path.startsWith('/api')", { phase: 'on_http_request' }, []],
    ["req.method in ['GET', 'HEAD'] && req.headers['x-api-key'][0] == 'k'", { phase: 'on_http_request' }, []],
    ["inCidrRange(conn.client_ip, '203.0.113.0/24')", { phase: 'on_tcp_connect' }, []],
    ["inCidrRanges(conn.client_ip, ['10.0.0.0/8', '2001:db8::/32'])", { phase: 'on_tcp_connect' }, []],
    ["conn.client_ip.geo.location.country_code == 'US' || 'proxy.anonymous.tor' in conn.client_ip.categories", {}, []],
    ["conn.tls.version == '1.3' && conn.tls.client.subject.common_name == 'clinic'", { phase: 'on_tcp_connect' }, []],
    ["conn.server_port == 443", { phase: 'on_tcp_connect' }, []],
    ['res.status_code >= 500', { phase: 'on_http_response' }, []],
    ["getResHeader('content-type').exists(v, v.contains('json'))", { phase: 'on_http_response' }, []],
    ["hasReqHeader('authorization') && getQueryParam('debug').size() == 0", { phase: 'on_http_request' }, []],
    ["req.headers.exists_one(h, h == 'x-canary')", {}, []],
    ['timestamp(time.now).getHours() >= 8', {}, []],
    ["actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')", { priorActions: new Set(['oauth']) }, []],
    ["actions.ngrok.oidc.identity.email == 'a@b.example'", { priorActions: new Set(['openid-connect']) }, []],
    ["vars.tier == 'gold'", { setVars: new Set(['tier']) }, []],
    ["secrets.get('vault', 'key') == 'x'", {}, []],
    ["req.user_agent.matches('(?i).*bot.*')", {}, []],
    ["'x-forwarded-for' in req.headers", {}, []],
    ['has(req.url.query_params.debug)', {}, []],
    ["vars.models.sort(a, b, a.latency < b.latency).size() > 0", {}, []],
    // res in the event-stream phase: E is unverified, never a phase error
    ['res.status_code == 200', { phase: 'on_event_stream_message' }, []],
    // legacy phase names map to the HTTP phases
    ["req.method == 'GET'", { phase: 'inbound' }, []],
    ['res.status_code == 200', { phase: 'outbound' }, []],
    // bucket_key style: not a bool, not required to be
    ['conn.client_ip', { mustBeBool: false }, []],
    ['vars.anything', {}, []],
    // http-request.retry_condition sees attempts / last_attempt
    ['attempts < 3 && last_attempt.res.status_code >= 500', { extraRoots: new Set(['attempts', 'last_attempt']) }, []],
    ['attempts < 3', {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 8 }]],
  ]);
});

describe('expression-syntax', () => {
  run([
    ["req.url.path.startsWith('/api'", {}, [{ code: 'expression-syntax', severity: E, start: 30, end: 30 }]],
    ["req.method in ['GET',,'HEAD']", {}, [{ code: 'expression-syntax', severity: E, start: 21, end: 22 }]],
    ["'unterminated", {}, [{ code: 'expression-syntax', severity: E, start: 0, end: 13 }]],
    ['[x * 2 for x in l]', {}, [{ code: 'expression-syntax', severity: E, start: 7, end: 10 }]],
    ['var x = 1', {}, [{ code: 'expression-syntax', severity: E, start: 0, end: 3 }]],
    ["req.headers['v'].join(',') == ${vars.test}", {}, [{ code: 'expression-syntax', severity: E, start: 30, end: 31 }]],
    ['', {}, [{ code: 'expression-syntax', severity: E, start: 0, end: 0 }]],
    ['conn.client_ip in [1] @', {}, [{ code: 'expression-syntax', severity: E, start: 22, end: 23 }]],
  ]);

  it('explains interpolation inside a raw expression and Python comprehensions', () => {
    expect(analyzeExpression('${vars.x} == 1')[0]!.message).toBe(
      'Invalid CEL: Unexpected character: $. Rule expressions are raw CEL; write them without ${…}.',
    );
    expect(analyzeExpression('[x * 2 for x in l]')[0]!.message).toContain('CEL has no list comprehensions');
  });

  it('reports absurd nesting as an issue instead of throwing', () => {
    const deep = '('.repeat(5000) + 'true' + ')'.repeat(5000);
    const issues = analyzeExpression(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.code).toBe('expression-syntax');
  });
});

describe('unknown-variable', () => {
  run([
    ["req.pth == '/x'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 7 }]],
    ["req.url.pth.startsWith('/x')", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 11 }]],
    ["req.path.startsWith('/api')", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 8 }]],
    ["req.Method == 'PUT'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 10 }]],
    ["res.StatusCode == '200'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 14 }]],
    ["conn.Geo.CountryCode == 'US'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 20 }]],
    ["request.headers['x-foo'][0] == 'a'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 15 }]],
    ['secrets == 1', {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 7 }]],
    ["foo == 'a'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 3 }]],
    ['[1, 2].all(x, x > y)', {}, [{ code: 'unknown-variable', severity: E, start: 18, end: 19 }]],
    ['not_a_namespace.size() > 0', {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 15 }]],
    ["  req.body.contains('x')", {}, [{ code: 'unknown-variable', severity: E, start: 2, end: 10 }]],
    ["req.method.foo == 'x'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 14 }]],
    ["actions.ngrok.oauth.identity.mail == 'x'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 33 }]],
    ["actions.ngrok.nope.x == 'x'", {}, [{ code: 'unknown-variable', severity: E, start: 0, end: 18 }]],
    // warnings
    ['conn.ts.end > conn.ts.start', {}, [{ code: 'unknown-variable', severity: W, start: 0, end: 11 }]],
    ["vars.tier == 'gold'", { setVars: new Set(['other']) }, [{ code: 'unknown-variable', severity: W, start: 0, end: 9 }]],
    ["vars['tier'] == 'gold'", { setVars: new Set() }, [{ code: 'unknown-variable', severity: W, start: 0, end: 12 }]],
    [
      "actions.ngrok.oauth.identity.email == 'x'",
      { priorActions: new Set(['basic-auth']) },
      [{ code: 'unknown-variable', severity: W, start: 0, end: 34 }],
    ],
  ]);

  it.each([
    ["req.pth == '/x'", "'req.pth' is not an ngrok variable; did you mean 'req.url.path'?"],
    ["req.path == '/x'", "'req.path' is not an ngrok variable; did you mean 'req.url.path'?"],
    ["req.url.paht == '/x'", "'req.url.paht' is not an ngrok variable; did you mean 'req.url.path'?"],
    ["req.Method == 'PUT'", "'req.Method' is not an ngrok variable (CamelCase names are from an old format); did you mean 'req.method'?"],
    ['res.StatusCode == 200', "'res.StatusCode' is not an ngrok variable (CamelCase names are from an old format); did you mean 'res.status_code'?"],
    [
      "conn.Geo.CountryCode == 'US'",
      "'conn.Geo.CountryCode' is not an ngrok variable (CamelCase names are from an old format); did you mean 'conn.geo.country_code'?",
    ],
    ["request.headers['x'][0] == 'a'", "'request.headers' is not an ngrok variable; did you mean 'req.headers'?"],
    ["conn.clientip == '1.2.3.4'", "'conn.clientip' is not an ngrok variable; did you mean 'conn.client_ip'?"],
    [
      "conn.client_ip.geo.country_code == 'US'",
      "'conn.client_ip.geo.country_code' is not an ngrok variable; did you mean 'conn.client_ip.geo.location.country_code'?",
    ],
    ["secrets == 'x'", "'secrets' is not a variable; read secrets with secrets.get('vault', 'name')."],
    ['vars.x == 1', "'vars.x' is not set by any set-vars action that runs before this point."],
  ])('message for %s', (text, message) => {
    expect(analyzeExpression(text, { setVars: new Set() })[0]!.message).toBe(message);
  });
});

describe('variable-phase', () => {
  run([
    ["req.method == 'GET'", { phase: 'on_tcp_connect' }, [{ code: 'variable-phase', severity: E, start: 0, end: 10 }]],
    ['res.status_code == 200', { phase: 'on_http_request' }, [{ code: 'variable-phase', severity: E, start: 0, end: 15 }]],
    ['conn.bytes_in > 10', { phase: 'on_tcp_connect' }, [{ code: 'variable-phase', severity: E, start: 0, end: 13 }]],
    ["getResHeader('x').size() > 0", { phase: 'on_http_request' }, [{ code: 'variable-phase', severity: E, start: 0, end: 17 }]],
    ["hasReqHeader('x')", { phase: 'on_tcp_connect' }, [{ code: 'variable-phase', severity: E, start: 0, end: 17 }]],
    ["true && getQueryParam('a').size() > 0", { phase: 'on_tcp_connect' }, [{ code: 'variable-phase', severity: E, start: 8, end: 26 }]],
  ]);

  it('names the phases in the message', () => {
    expect(analyzeExpression("req.method == 'GET'", { phase: 'on_tcp_connect' })[0]!.message).toBe(
      "'req.method' does not exist in on_tcp_connect; request variables exist in on_http_request and on_http_response.",
    );
    expect(analyzeExpression('res.status_code == 200', { phase: 'on_http_request' })[0]!.message).toBe(
      "'res.status_code' does not exist in on_http_request; response variables exist only in on_http_response.",
    );
    expect(analyzeExpression("getResHeader('x').size() > 0", { phase: 'on_http_request' })[0]!.message).toBe(
      "'getResHeader()' does not exist in on_http_request; it exists only in on_http_response.",
    );
  });
});

describe('unknown-function', () => {
  run([
    ["req.url.includes('/one')", {}, [{ code: 'unknown-function', severity: E, start: 8, end: 16 }]],
    ["req.headers.get('x') == 'y'", {}, [{ code: 'unknown-function', severity: E, start: 12, end: 15 }]],
    ['cel.bind(x, 1, x > 0)', {}, [{ code: 'unknown-function', severity: E, start: 0, end: 8 }]],
    ["base64.foo('x') == 'y'", {}, [{ code: 'unknown-function', severity: E, start: 0, end: 10 }]],
    ["lowercase(req.method) == 'get'", {}, [{ code: 'unknown-function', severity: E, start: 0, end: 9 }]],
    ["b'abc'.hex() == '616263'", {}, [{ code: 'unknown-function', severity: E, start: 7, end: 10 }]],
    ["req.method . toLowerCase() == 'get'", {}, [{ code: 'unknown-function', severity: E, start: 13, end: 24 }]],
  ]);

  it('suggests the ngrok name', () => {
    expect(analyzeExpression("req.url.includes('/one')")[0]!.message).toBe("'.includes()' is not an ngrok CEL function; did you mean '.contains()'?");
    expect(analyzeExpression("req.method.toLowerCase() == 'get'")[0]!.message).toBe("'.toLowerCase()' is not an ngrok CEL function; did you mean '.lower()'?");
    expect(analyzeExpression("inCidrRnge(conn.client_ip, '10.0.0.0/8')")[0]!.message).toBe(
      "'inCidrRnge()' is not an ngrok CEL function; did you mean 'inCidrRange()'?",
    );
  });
});

describe('expression-type', () => {
  run([
    ['req.url.path', {}, [{ code: 'expression-type', severity: E, start: 0, end: 12 }]],
    ['1 + 2', {}, [{ code: 'expression-type', severity: E, start: 0, end: 5 }]],
    ["getReqHeader('x')[0]", {}, [{ code: 'expression-type', severity: E, start: 0, end: 20 }]],
    ['timestamp(time.now)', {}, [{ code: 'expression-type', severity: E, start: 0, end: 19 }]],
    ['conn.client_ip', {}, [{ code: 'expression-type', severity: E, start: 0, end: 14 }]],
    ['inCidrRange(conn.client_ip)', {}, [{ code: 'expression-type', severity: E, start: 0, end: 27 }]],
    ["'abc'.startsWith('a', 'b')", {}, [{ code: 'expression-type', severity: E, start: 6, end: 26 }]],
    // warnings: mismatched operand types
    ["res.status_code < '200'", {}, [{ code: 'expression-type', severity: W, start: 0, end: 23 }]],
    ["!conn.client_ip in ['1.2.3.4']", {}, [{ code: 'expression-type', severity: W, start: 0, end: 15 }]],
    ["'ell' in 'hello'", {}, [{ code: 'expression-type', severity: W, start: 0, end: 16 }]],
    ["req.headers['x-api-key'] == 'k'", {}, [{ code: 'expression-type', severity: W, start: 0, end: 31 }]],
    ["endpoint.port in ['443']", {}, [{ code: 'expression-type', severity: W, start: 0, end: 24 }]],
    ["inCidrRange(conn.server_port, '10.0.0.0/8')", {}, [{ code: 'expression-type', severity: W, start: 0, end: 43 }]],
    ['req.method ? true : false', {}, [{ code: 'expression-type', severity: W, start: 4, end: 10 }]],
    ["getReqHeader('a').exists(h, h)", {}, [{ code: 'expression-type', severity: W, start: 28, end: 29 }]],
    ['has(req)', {}, [{ code: 'expression-type', severity: E, start: 4, end: 7 }]],
    // mixed numeric comparisons are valid CEL
    ['1 == 1.0 && res.status_code < 500.0', {}, []],
    // dynamic values are never blamed
    ['vars.flag', {}, []],
    ["json.decode(vars.body).ok", {}, []],
  ]);

  it('says which type it found', () => {
    expect(analyzeExpression('req.url.path')[0]!.message).toBe('The expression must evaluate to a bool, but it is a string.');
    expect(analyzeExpression('inCidrRange(conn.client_ip)')[0]!.message).toBe("'inCidrRange()' takes 2 arguments, not 1.");
  });
});

describe('regex-syntax', () => {
  run([
    ["req.url.path.matches('(?=a)abc')", {}, [{ code: 'regex-syntax', severity: E, start: 21, end: 31 }]],
    ["matches(req.url.path, '(a)\\\\1')", {}, [{ code: 'regex-syntax', severity: E, start: 22, end: 30 }]],
    ["req.url.path.matches('[z-a]')", {}, [{ code: 'regex-syntax', severity: E, start: 21, end: 28 }]],
    ["req.url.path.matches('(?i)^/API')", {}, []],
    ['req.url.path.matches(vars.pattern)', {}, []],
  ]);
});

describe('email-suffix', () => {
  run([
    [
      "actions.ngrok.oauth.identity.email.endsWith('clinicnet.example')",
      {},
      [{ code: 'email-suffix', severity: W, start: 44, end: 63 }],
    ],
    ["!actions.ngrok.oidc.identity.email.endsWith('clinicnet.example')", {}, [{ code: 'email-suffix', severity: W, start: 44, end: 63 }]],
    ["vars.email.endsWith('bob@clinicnet.example')", {}, [{ code: 'email-suffix', severity: W, start: 20, end: 43 }]],
    ["actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')", {}, []],
    ["actions.ngrok.oauth.identity.email.endsWith('.clinicnet.example')", {}, []],
    ["req.host.endsWith('clinicnet.example')", {}, []],
  ]);

  it('explains the risk', () => {
    expect(analyzeExpression("actions.ngrok.oauth.identity.email.endsWith('clinicnet.example')")[0]!.message).toBe(
      "endsWith('clinicnet.example') also accepts addresses at other domains such as 'evil-clinicnet.example'; check the suffix with a leading '@' ('@clinicnet.example').",
    );
  });
});

import { describe, expect, it } from 'vitest';
import { prepareActivation, toCelValue, type Activation } from '../../src/ngrok/cel/activation.js';
import { compileExpression, evaluateExpression, evaluateTemplateValue, renderTemplate } from '../../src/ngrok/cel/evaluate.js';

/** A request to clinic 1's REST API, as the simulator would describe it. */
const request: Activation = {
  conn: {
    client_ip: { $value: '203.0.113.9', categories: ['proxy.anonymous.tor', 'com.example'], is_on_blocklist: false, geo: { location: { country_code: 'US', is_eu: false } } },
    client_port: 52100,
    server_port: 443,
    server_region: 'eu',
    tls: { version: '1.3', client: { subject: { $value: 'CN=clinic1', common_name: 'clinic1' } } },
  },
  req: {
    method: 'GET',
    url: 'https://clinic1.example:8443/api/patients?id=7&id=8&debug=true',
    host: 'clinic1.example',
    headers: { 'X-Api-Key': 'k1', Authorization: ['Bearer t', 'Bearer u'], 'user-agent': 'curl/8' },
    cookies: { session: 'abc', multi: [{ name: 'multi', value: 'first' }, { name: 'multi', value: 'second' }] },
    content_length: 0,
  },
  endpoint: { host: 'clinic1.example', port: 443, protocol: 'https' },
  time: { now: '2026-11-25T10:20:30Z' },
  vars: { tier: 'gold', n: 3 },
  actions: { ngrok: { oauth: { identity: { email: 'bob@clinicnet.example', name: 'Bob' } } } },
};

const response: Activation = {
  ...request,
  res: { status_code: 503, headers: { 'Content-Type': 'application/json' }, cookies: { sid: 'z' } },
};

function value(text: string, a: Activation = request): unknown {
  const r = evaluateExpression(text, a);
  if (!r.ok) throw new Error(`${text}: ${r.error}`);
  return r.value;
}

function error(text: string, a: Activation = request): string {
  const r = evaluateExpression(text, a);
  if (r.ok) throw new Error(`${text} evaluated to ${String(r.value)}`);
  return r.error;
}

describe('ngrok functions (ngrok.com/docs/traffic-policy/macros)', () => {
  it.each([
    // inCidrRange / inCidrRanges: "false for an invalid CIDR", "invalid CIDRs are ignored"
    ["inCidrRange(conn.client_ip, '203.0.113.0/24')", true],
    ["inCidrRange(conn.client_ip, '203.0.112.0/24')", false],
    ["inCidrRange(conn.client_ip, '203.0.113.0/33')", false],
    ["inCidrRange(conn.client_ip, 'not a cidr')", false],
    ["inCidrRange('2001:db8::1', '2001:db8::/32')", true],
    ["inCidrRange('::ffff:10.1.2.3', '10.0.0.0/8')", true],
    ["inCidrRange('10.1.2.3', '::/0')", false],
    ["inCidrRanges(conn.client_ip, ['bogus', '198.51.100.0/24', '203.0.113.9/32'])", true],
    ["inCidrRanges(conn.client_ip, ['bogus', '198.51.100.0/24'])", false],
    ['inCidrRanges(conn.client_ip, [])', false],
    // request helpers: empty list when absent; header names case-insensitive
    ["getReqHeader('x-api-key')", ['k1']],
    ["getReqHeader('X-API-KEY')", ['k1']],
    ["getReqHeader('authorization')", ['Bearer t', 'Bearer u']],
    ["getReqHeader('absent')", []],
    ["hasReqHeader('User-Agent')", true],
    ["hasReqHeader('absent')", false],
    ["getQueryParam('id')", ['7', '8']],
    ["getQueryParam('ID')", []],
    ["hasQueryParam('debug')", true],
    ["hasQueryParam('absent')", false],
    ["getReqCookie('session').value", 'abc'],
    ["getReqCookie('multi').value", 'first'],
    ["hasReqCookie('session')", true],
    ["hasReqCookie('absent')", false],
    // strings
    ["'MiXeD'.lower()", 'mixed'],
    ["'MiXeD'.upper()", 'MIXED'],
    ["'  x y  '.trim()", 'x y'],
    ["'a,b,,c'.split(',')", ['a', 'b', '', 'c']],
    ["'a,b,c'.split(',', 2)", ['a', 'b,c']],
    ["' a  b '.split()", ['a', 'b']],
    ["'aaa'.replace('a', 'b')", 'bbb'],
    ["'aaa'.replace('a', 'b', 1)", 'baa'],
    ["req.url.path.contains('patients')", true],
    ["req.url.path.startsWith('/api/')", true],
    ["req.url.path.endsWith('/patients')", true],
    ["req.url.path.matches('^/api/[a-z]+$')", true],
    ["req.headers['user-agent'][0].matches('(?i)CURL')", true],
    ["matches(req.method, '^(GET|HEAD)$')", true],
    ['size(req.url.path)', 13n],
    ["'héllo'.size()", 5n],
    ["'abc'.reverse()", 'cba'],
    ["'abc'.charAt(3)", ''],
    ["'%s has %d'.format(['clinic', 3])", 'clinic has 3'],
    ["'10.1.2.3'.isPrivateIp()", true],
    ["'172.31.255.255'.isPrivateIp()", true],
    ["'192.168.0.1'.isPrivateIp()", true],
    ["'203.0.113.9'.isPrivateIp()", false],
    ["'fd00::1'.isPrivateIp()", false],
    ["'nonsense'.isPrivateIp()", false],
    ["'hello'.encodeBase64()", 'aGVsbG8='],
    ["'aGVsbG8='.decodeBase64()", 'hello'],
    ["'a b&c'.escapeUrl()", 'a%20b%26c'],
    ["'a%20b'.unescapeUrl()", 'a b'],
    ["'{\"a\": [1]}'.isJson()", true],
    ["'abc'.sha256()", 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ["'abc'.md5('base64')", 'kAFQmDzST7DWlj99KOF/cg=='],
    ["'abc'.crc32()", '352441c2'],
    ["basic_auth.encode('user', 'pass')", 'Basic dXNlcjpwYXNz'],
    ["url.parse('https://a.example:8443/x?y=1').path", '/x'],
    ["json.decode('{\"tier\": \"gold\"}').tier", 'gold'],
    ["strings.quote('a\"b')", '"a\\"b"'],
    ['lists.range(3)', [0n, 1n, 2n]],
    ['[3, 1, 2].sort()', [1n, 2n, 3n]],
    ["[{'k': 2}, {'k': 1}].sortBy(x, x.k)[0].k", 1n],
    ['[1, [2, [3]]].flatten()', [1n, 2n, [3n]]],
    ['[1, 2, 2, 1].distinct()', [1n, 2n]],
    ['[1, 2, 3, 4].slice(1, 3)', [2n, 3n]],
    ["['a', 'b'].join('-')", 'a-b'],
    ["{'a': 1}.encodeJson()", '{"a":1}'],
    // secrets never reveal anything
    ["secrets.get('clinic-vault', 'api-key')", '<secret:clinic-vault/api-key>'],
    // timestamps: time.now is an RFC 3339 string
    ['timestamp(time.now).getHours()', 10n],
    ["timestamp(time.now).getDayOfWeek('Europe/Paris')", 3n],
    ["timestamp(time.now) > timestamp('2026-01-01T00:00:00Z')", true],
    ["duration('1h30m').getMinutes()", 90n],
  ])('%s → %o', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it('response helpers read res (S only)', () => {
    expect(value("getResHeader('content-type')", response)).toEqual(['application/json']);
    expect(value("hasResHeader('CONTENT-TYPE')", response)).toBe(true);
    expect(value("getResCookie('sid').value", response)).toBe('z');
    expect(value("hasResCookie('nope')", response)).toBe(false);
    expect(error("getResHeader('x')")).toBe('getResHeader() needs the response, which does not exist in this phase');
  });

  it('an absent cookie is an error, not a guess', () => {
    expect(error("getReqCookie('absent').value")).toBe("getReqCookie('absent'): no such cookie");
  });

  it('random functions are reported, not simulated', () => {
    expect(error('rand.double() < 0.2')).toBe('rand.double() is random: the outcome cannot be simulated');
    expect(error('rand.int(0, 9) == 1')).toBe('rand.int() is random: the outcome cannot be simulated');
  });
});

describe('variables', () => {
  it.each([
    ['conn.server_port == 443', true],
    ['conn.server_port + 1', 444n],
    ['conn.client_port > 1024', true],
    ['endpoint.port == 443 && endpoint.protocol == "https"', true],
    ["conn.client_ip == '203.0.113.9'", true],
    ["'proxy.anonymous.tor' in conn.client_ip.categories", true],
    ['conn.client_ip.is_on_blocklist', false],
    ["conn.client_ip.geo.location.country_code == 'US'", true],
    ["conn.tls.client.subject.common_name == 'clinic1'", true],
    ["conn.tls.client.subject == 'CN=clinic1'", true],
    ["conn.tls.version >= '1.2'", true],
    // req.url given as a string: its fields are derived
    ["req.url.path == '/api/patients'", true],
    ["req.url.query == 'id=7&id=8&debug=true'", true],
    ["req.url.query_params['id']", ['7', '8']],
    ['req.url.port == 8443', true],
    ["req.url.scheme == 'https' && req.url.host == 'clinic1.example'", true],
    ["req.url.startsWith('https://clinic1.example')", true],
    ['has(req.url.path)', true],
    ["req.headers['x-api-key'][0] == 'k1'", true],
    ["'authorization' in req.headers", true],
    ["'Authorization' in req.headers", false],
    ["vars.tier == 'gold' && vars.n * 2 == 6", true],
    ["actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')", true],
    ['req.content_length == 0', true],
  ])('%s → %o', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });

  it('a variable of another phase is an error', () => {
    expect(error('res.status_code == 200')).toBe("'res' is not available here (no value was provided for it)");
    expect(value('res.status_code >= 500', response)).toBe(true);
  });

  it('missing sub-fields say so without leaking internal names', () => {
    const a: Activation = { conn: { client_ip: '198.51.100.1' } };
    expect(error("'x' in conn.client_ip.categories", a)).toBe('No such key: client_ip (its sub-fields were not provided)');
    expect(value("inCidrRange(conn.client_ip, '198.51.100.0/24')", a)).toBe(true);
  });
});

describe('compileExpression', () => {
  it('caches by text and reports syntax errors as issues', () => {
    const a = compileExpression("req.method == 'GET'");
    expect(compileExpression("req.method == 'GET'")).toBe(a);
    expect(compileExpression("req.method == 'GET")).toEqual({
      error: { code: 'expression-syntax', severity: 'error', message: 'Invalid CEL: Unterminated string.', start: 14, end: 18 },
    });
  });

  it('evaluates prepared and plain activations alike, many times', () => {
    const c = compileExpression("req.method == 'GET' && inCidrRange(conn.client_ip, '203.0.113.0/24') && getReqHeader('x-api-key')[0] == 'k1'");
    if ('error' in c) throw new Error(c.error.message);
    const prepared = prepareActivation(request);
    for (let i = 0; i < 3; i++) {
      expect(c.evaluate(prepared)).toEqual({ ok: true, value: true });
      expect(c.evaluate(request)).toEqual({ ok: true, value: true });
    }
    expect(c.evaluate({ ...request, req: { ...request.req, method: 'POST' } })).toEqual({ ok: true, value: false });
    expect(c.text).toContain('inCidrRange');
  });

  it('type errors surface at evaluation, not as throws', () => {
    expect(error("1 + 'a'")).toContain('no such overload');
    expect(error('conn.nope')).toBe('No such key: nope');
  });

  it('prepareActivation does not modify its input and is idempotent', () => {
    const input = { conn: { server_port: 443 } };
    const p = prepareActivation(input);
    expect(input.conn.server_port).toBe(443);
    expect(prepareActivation(p)).toBe(p);
    expect(toCelValue({ a: [1, 1.5, 'x'] })).toEqual({ a: [1n, 1.5, 'x'] });
  });
});

describe('templates', () => {
  it('renders and stringifies', () => {
    expect(renderTemplate('Hi ${actions.ngrok.oauth.identity.name} (${conn.client_ip}:${conn.client_port}) at ${timestamp(time.now)}', request)).toEqual({
      ok: true,
      value: 'Hi Bob (203.0.113.9:52100) at 2026-11-25T10:20:30Z',
    });
    expect(renderTemplate('https://${req.host.split(".")[0]}.internal', request)).toEqual({ ok: true, value: 'https://clinic1.internal' });
    expect(renderTemplate('${getReqHeader("authorization")}', request)).toEqual({ ok: true, value: '["Bearer t","Bearer u"]' });
    expect(renderTemplate('${1.5} ${true} ${null}', request)).toEqual({ ok: true, value: '1.5 true null' });
    expect(renderTemplate('no placeholders', request)).toEqual({ ok: true, value: 'no placeholders' });
    expect(renderTemplate('{ "user": "${req.headers[\\"x-api-key\\"][0]}" }', request)).toEqual({ ok: true, value: '{ "user": "k1" }' });
  });

  it('keeps the native type of a lone placeholder (set-vars)', () => {
    expect(evaluateTemplateValue('${conn.server_port}', request)).toEqual({ ok: true, value: 443n });
    expect(evaluateTemplateValue('${getQueryParam("id")}', request)).toEqual({ ok: true, value: ['7', '8'] });
    expect(evaluateTemplateValue('port ${conn.server_port}', request)).toEqual({ ok: true, value: 'port 443' });
  });

  it('fails cleanly', () => {
    expect(renderTemplate('x ${req.host', request)).toEqual({ ok: false, error: "Unterminated '${': the placeholder has no matching '}'." });
    expect(renderTemplate('x ${res.status_code}', request)).toEqual({
      ok: false,
      error: "in '${res.status_code}': 'res' is not available here (no value was provided for it)",
    });
    expect(renderTemplate('x ${req.}', request)).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeTemplate, looksLikeBareCel, parseTemplate } from '../../src/ngrok/cel/interpolation.js';

describe('parseTemplate', () => {
  it('splits text and placeholders with offsets', () => {
    const s = 'Hi ${actions.ngrok.oauth.identity.name}, port ${conn.server_port}!';
    expect(parseTemplate(s)).toEqual({
      segments: [
        { kind: 'text', text: 'Hi ', start: 0, end: 3 },
        { kind: 'expr', expr: 'actions.ngrok.oauth.identity.name', start: 3, end: 39, exprStart: 5 },
        { kind: 'text', text: ', port ', start: 39, end: 46 },
        { kind: 'expr', expr: 'conn.server_port', start: 46, end: 65, exprStart: 48 },
        { kind: 'text', text: '!', start: 65, end: 66 },
      ],
      issues: [],
    });
  });

  it.each([
    // braces inside CEL string literals and map literals do not end the placeholder
    ["${req.headers['}'][0]}", "req.headers['}'][0]"],
    ['${"a}b" + \'c{\'}', '"a}b" + \'c{\''],
    ["${{'a': 1}['a']}", "{'a': 1}['a']"],
    ["${'''x}y'''}", "'''x}y'''"],
    ["${r'\\'}", "r'\\'"],
    ['${"\\"}"}', '"\\"}"'],
    ['${[0, 1].filter(i, i > 0)[0]}', '[0, 1].filter(i, i > 0)[0]'],
  ])('%s has the expression %s', (s, expr) => {
    const t = parseTemplate(s);
    expect(t.issues).toEqual([]);
    expect(t.segments).toHaveLength(1);
    expect(t.segments[0]).toMatchObject({ kind: 'expr', expr, start: 0, end: s.length, exprStart: 2 });
  });

  it('a string without placeholders is one text segment; the empty string has none', () => {
    expect(parseTemplate('https://api.internal').segments).toEqual([{ kind: 'text', text: 'https://api.internal', start: 0, end: 20 }]);
    expect(parseTemplate('').segments).toEqual([]);
    expect(parseTemplate('a $ {b} $x {c}').segments).toHaveLength(1);
  });

  it.each([
    ['abc ${req.host', 4, 14],
    ["${req.headers['x]}", 0, 18],
    ['x ${', 2, 4],
  ])('%s is unterminated', (s, start, end) => {
    expect(parseTemplate(s).issues).toEqual([
      { code: 'expression-syntax', severity: 'error', message: "Unterminated '${': the placeholder has no matching '}'.", start, end },
    ]);
  });

  it('reports an empty placeholder', () => {
    expect(parseTemplate('a${ }b').issues).toEqual([{ code: 'expression-syntax', severity: 'error', message: "Empty placeholder '${}'.", start: 1, end: 5 }]);
  });

  it('accepts JSON-escaped quotes inside a placeholder (ngrok doc example) and unescapes them', () => {
    const s = '{ "user": "${req.headers[\\"x-user-id\\"]}" }';
    const t = parseTemplate(s);
    expect(t.issues).toEqual([]);
    expect(t.segments[1]).toMatchObject({ kind: 'expr', expr: 'req.headers["x-user-id"]', escapedQuotes: true, start: 11, end: 40 });
  });

  it('returns frozen, cached results', () => {
    const a = parseTemplate('x${req.host}');
    expect(parseTemplate('x${req.host}')).toBe(a);
    expect(Object.isFrozen(a.segments)).toBe(true);
  });
});

describe('analyzeTemplate', () => {
  it('maps issue offsets back into the string', () => {
    const s = 'https://${req.hots}.internal/${req.url.pth}';
    expect(analyzeTemplate(s).map(({ code, start, end }) => ({ code, start, end }))).toEqual([
      { code: 'unknown-variable', start: 10, end: 18 },
      { code: 'unknown-variable', start: 31, end: 42 },
    ]);
  });

  it('does not require bool, but checks phases and functions', () => {
    expect(analyzeTemplate('${req.url.path}', { phase: 'on_http_request' })).toEqual([]);
    expect(analyzeTemplate('code ${res.status_code}', { phase: 'on_http_request' })).toMatchObject([{ code: 'variable-phase', start: 7, end: 22 }]);
    expect(analyzeTemplate('${req.host.includes("a")}')).toMatchObject([{ code: 'unknown-function', start: 11, end: 19 }]);
    expect(analyzeTemplate('${.ngrok.geo.country_code}')).toMatchObject([{ code: 'expression-syntax', severity: 'error', start: 2, end: 3 }]);
  });

  it('warns about escaped quotes and reports their issues on the whole placeholder', () => {
    expect(analyzeTemplate('{ "u": "${req.headerz[\\"x\\"]}" }').map(({ code, severity, start, end }) => ({ code, severity, start, end }))).toEqual([
      { code: 'expression-syntax', severity: 'warning', start: 8, end: 29 },
      { code: 'unknown-variable', severity: 'error', start: 8, end: 29 },
    ]);
  });

  it('reports unterminated placeholders', () => {
    expect(analyzeTemplate('${req.host')).toMatchObject([{ code: 'expression-syntax', start: 0, end: 10 }]);
  });
});

describe('looksLikeBareCel', () => {
  it.each([
    ['req.headers["x-user-id"]', true],
    ["req.headers['x-user-id'][0]", true],
    ['conn.client_ip', true],
    ["getReqHeader('x-api')[0]", true],
    ["secrets.get('v', 'k')", true],
    ['json.decode(actions.ngrok.http_request.res.body).tier.value', true],
    ['actions.ngrok.oauth.identity.email', true],
    ['${req.host}', false],
    ['https://api.internal', false],
    ['application/json', false],
    ['Bearer abc', false],
    ['true', false],
    ['example.com', false],
    ['req.example.com', false],
    ['max-age=3600', false],
    ['', false],
    ['no-cache', false],
  ])('%s → %s', (s, expected) => {
    expect(looksLikeBareCel(s)).toBe(expected);
  });
});

/** Formatter tests: canonical layout, comments kept in place, idempotence, errors leave text alone. */
import { describe, expect, it } from 'vitest';
import { format, parse } from '../../src/dsl/index.js';
import { strip } from './helpers.js';

/** Formats and checks the two promises every case keeps: idempotent, same AST. */
function fmt(src: string): string {
  const r = format(src);
  expect(r.diagnostics).toEqual([]);
  const out = r.text!;
  expect(format(out).text).toBe(out);
  expect(strip(parse(out).ast.statements)).toEqual(strip(parse(src).ast.statements));
  return out;
}

const cases: [name: string, input: string, output: string][] = [
  ['empty input', '', ''],
  ['only blank lines', '\n\n\n', ''],
  ['normalises spaces and ends with one newline', 'group   office =ip 10.0.0.0/8 ,  192.0.2.0/24', 'group office = ip 10.0.0.0/8, 192.0.2.0/24\n'],
  ["prints 'ip' only when the list starts with an address", 'group a = office, 10.0.0.0/8\ngroup b = 10.0.0.0/8, office', 'group a = office, 10.0.0.0/8\ngroup b = ip 10.0.0.0/8, office\n'],
  ['splits statements joined by semicolons', 'group a = ip 10.0.0.0/8; group b = a;', 'group a = ip 10.0.0.0/8\ngroup b = a\n'],
  [
    'keeps at most one blank line',
    'group a = ip 10.0.0.0/8\n\n\n\ngroup b = a\ngroup c = a',
    'group a = ip 10.0.0.0/8\n\ngroup b = a\ngroup c = a\n',
  ],
  [
    'indents blocks and expands one-line bodies',
    'site hq { service api http://10.0.0.1:8080\n expose api at https://hq.example { allow office } }',
    'site hq {\n  service api http://10.0.0.1:8080\n  expose api at https://hq.example {\n    allow office\n  }\n}\n',
  ],
  ['drops empty exposure braces', 'site s { expose api at https://a.example {} }', 'site s {\n  expose api at https://a.example\n}\n'],
  ['keeps empty blocks on one line', 'template t() {\n}\ndefaults { }', 'template t() {}\ndefaults {}\n'],
  [
    'puts identity options in canonical order',
    'identity s = jwt jwks "https://a/j" audience "x" issuer "https://a"',
    'identity s = jwt issuer "https://a" audience "x" jwks "https://a/j"\n',
  ],
  [
    'merges repeated list options',
    'identity s = jwt issuer "i" audience "a" jwks "j" audience "b"',
    'identity s = jwt issuer "i" audience "a", "b" jwks "j"\n',
  ],
  [
    'breaks an identity longer than 100 columns, one option per line',
    'identity staff = jwt issuer "https://auth.clinicnet.example" audience "clinic-api" jwks "https://auth.clinicnet.example/.well-known/jwks.json"',
    'identity staff = jwt\n    issuer "https://auth.clinicnet.example"\n    audience "clinic-api"\n    jwks "https://auth.clinicnet.example/.well-known/jwks.json"\n',
  ],
  ['quotes bare URLs given where strings go', 'identity s = jwt issuer https://a.example audience "x" jwks https://a.example/j', 'identity s = jwt issuer "https://a.example" audience "x" jwks "https://a.example/j"\n'],
  ['writes URLs bare when they read back the same', 'site s { service a "http://10.0.0.1:80" }', 'site s {\n  service a http://10.0.0.1:80\n}\n'],
  ['keeps a URL quoted when bare text would not read back', 'site s { service a "http://a b" }', 'site s {\n  service a "http://a b"\n}\n'],
  ['keeps an escaped ${ escaped', 'import "a\\${id}b"', 'import "a\\${id}b"\n'],
  ['re-escapes strings', 'import "tab\\tquote\\"back\\\\slash\\u0001"', 'import "tab\\tquote\\"back\\\\slash\\u0001"\n'],
  ['orders agent settings', 'site s { agent failover region eu bind "*.s.internal" }', 'site s {\n  agent bind "*.s.internal" region eu failover\n}\n'],
  [
    'orders expectation clauses: from cert tls to method path header query expect',
    'test { path /p tls 1.3 query "q" "1" header "h" "v" method GET cert ca1 to a.b from ip 10.0.0.1 expect deny 403 }',
    'test {\n  from ip 10.0.0.1 cert ca1 tls 1.3 to a.b method GET path /p header "h" "v" query "q" "1" expect deny 403\n}\n',
  ],
  [
    'keeps a short action object on one line',
    'defaults { action first {type:"deny",config:{status_code:403,},} }',
    'defaults {\n  action first { type: "deny", config: { status_code: 403 } }\n}\n',
  ],
  [
    'expands a long action object',
    'defaults { action before-forward { type: "rate-limit", config: { name: "per-ip", algorithm: "sliding_window", capacity: 100, rate: "60s", bucket_key: ["conn.client_ip"] } } }',
    'defaults {\n  action before-forward {\n    type: "rate-limit",\n    config: {\n      name: "per-ip",\n      algorithm: "sliding_window",\n      capacity: 100,\n      rate: "60s",\n      bucket_key: ["conn.client_ip"]\n    }\n  }\n}\n',
  ],
  [
    'prints a when condition between the point and the object',
    'defaults { action   first  when\n  "req.method == \'DELETE\'"   {type:"deny"} }',
    'defaults {\n  action first when "req.method == \'DELETE\'" { type: "deny" }\n}\n',
  ],
  [
    'keeps escapes and interpolations of a when condition',
    'template t(id) { expose a at https://x { action response when "req.host == \'${id}\' && req.url.raw_query != \\"\\${x}\\"" { type: "log" } } }',
    'template t(id) {\n  expose a at https://x {\n    action response when "req.host == \'${id}\' && req.url.raw_query != \\"\\${x}\\"" { type: "log" }\n  }\n}\n',
  ],
  [
    'expands a long action object after a when condition',
    'defaults { action first when "req.url.path.startsWith(\'/api/v1/\')" { type: "custom-response", config: { status_code: 503, body: "Down for maintenance" } } }',
    'defaults {\n  action first when "req.url.path.startsWith(\'/api/v1/\')" {\n    type: "custom-response",\n    config: { status_code: 503, body: "Down for maintenance" }\n  }\n}\n',
  ],
  ['quotes keys that are not names', 'defaults { action first { "x y": 1, "a-b": 2, "1st": true } }', 'defaults {\n  action first { "x y": 1, a-b: 2, "1st": true }\n}\n'],
  ['keeps numbers as written', 'defaults { action first { a: 1.50, b: -2e3 } }', 'defaults {\n  action first { a: 1.50, b: -2e3 }\n}\n'],
];

const commentCases: [name: string, input: string, output: string][] = [
  ['own-line comments stay before their statement', '# head\n\n# about a\ngroup a = ip 10.0.0.0/8\n', '# head\n\n# about a\ngroup a = ip 10.0.0.0/8\n'],
  ['end-of-line comments stay at the end of the line', 'group a = ip 10.0.0.0/8   #  two spaces kept inside\n', 'group a = ip 10.0.0.0/8  #  two spaces kept inside\n'],
  [
    'aligns end-of-line comments of consecutive lines',
    'group office = ip 10.0.0.0/8 # a\ngroup b = office # b\n\ngroup c = b # c\n',
    'group office = ip 10.0.0.0/8  # a\ngroup b = office              # b\n\ngroup c = b  # c\n',
  ],
  ['a trailing comment after a block header stays there', 'site s { # the site\n  service a http://a:1\n}', 'site s {  # the site\n  service a http://a:1\n}\n'],
  ['a comment before a closing brace stays inside the block', 'site s {\n  service a http://a:1\n  # last\n}\n', 'site s {\n  service a http://a:1\n  # last\n}\n'],
  ['a comment after a closing brace stays after it', 'site s {\n  service a http://a:1\n} # end\n', 'site s {\n  service a http://a:1\n}  # end\n'],
  ['a comment inside an empty block keeps the braces', 'defaults {\n  # nothing yet\n}\n', 'defaults {\n  # nothing yet\n}\n'],
  [
    'a comment inside a one-line statement moves above it',
    'identity s = jwt issuer "i" # the issuer\n  audience "a" jwks "j"\n',
    '# the issuer\nidentity s = jwt issuer "i" audience "a" jwks "j"\n',
  ],
  ['a comment at the end of the file is kept', 'group a = ip 10.0.0.0/8\n\n# the end', 'group a = ip 10.0.0.0/8\n\n# the end\n'],
  ['comments in tests stay put', 'test {\n  # ops\n  to a.b expect allow # yes\n}\n', 'test {\n  # ops\n  to a.b expect allow  # yes\n}\n'],
];

describe('format', () => {
  it.each(cases)('%s', (_name, input, output) => {
    expect(fmt(input)).toBe(output);
  });

  it.each(commentCases)('comments: %s', (_name, input, output) => {
    expect(fmt(input)).toBe(output);
  });

  it('attaches an end-of-line comment to the last statement on its line', () => {
    expect(fmt('site s { service a http://a:1; service b http://b:1 # about b\n}')).toBe(
      'site s {\n  service a http://a:1\n  service b http://b:1  # about b\n}\n',
    );
  });

  it('returns diagnostics and no text when the source has errors', () => {
    const r = format('group = ip 1.2.3.4\n');
    expect(r.text).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['TPC1010']);
  });

  it('formats an AST directly', () => {
    expect(format(parse('group a=ip 10.0.0.0/8').ast).text).toBe('group a = ip 10.0.0.0/8\n');
  });

  it('uses the file name in diagnostics', () => {
    expect(format('}', { file: 'a.tpc' }).diagnostics[0]!.file).toBe('a.tpc');
  });
});

/**
 * Error tests: each row is one distinct mistake and the single diagnostic it must produce (code,
 * 1-based line and column, exact message, and hint when there is one). Also checks that no chevrotain
 * wording or internal names reach users, and that error recovery keeps one typo to one diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, parse } from '../../src/dsl/index.js';
import type { SiteDecl, TemplateDecl } from '../../src/dsl/ast.js';
import { INTERNALS } from './helpers.js';

type Row = [name: string, source: string, code: string, line: number, column: number, message: string, hint?: string];

const rows: Row[] = [
  ["misspelled statement in an exposure", `template clinic(id) {
  expose api at https://\${id}.example {
    alow office
  }
}`, "TPC1012", 3, 5, "Unknown statement 'alow' in an exposure or defaults block; expected allow, deny, tls min, mtls ca or action.", "Did you mean 'allow'?"],
  ["misspelled top-level keyword", `grup office = ip 203.0.113.0/24`, "TPC1012", 1, 1, "Unknown statement 'grup' at the top level; expected import, group, identity, ca, defaults, template, site, sites or test.", "Did you mean 'group'?"],
  ["misspelled keyword with two letters swapped", `gorup office = ip 203.0.113.0/24`, "TPC1012", 1, 1, "Unknown statement 'gorup' at the top level; expected import, group, identity, ca, defaults, template, site, sites or test.", "Did you mean 'group'?"],
  ["group without a name", `group = ip 1.2.3.4`, "TPC1010", 1, 7, "Expected a group name after 'group', found '='."],
  ["IPv4 octet over 255", `group office = ip 300.1.1.1/24`, "TPC1020", 1, 19, "'300.1.1.1/24' is not a valid IPv4 address or CIDR."],
  ["IPv4 with three parts", `group g = ip 1.2.3/24`, "TPC1020", 1, 14, "'1.2.3/24' is not a valid IPv4 address or CIDR."],
  ["IPv4 with a leading zero", `group g = ip 01.2.3.4`, "TPC1020", 1, 14, "'01.2.3.4' is not a valid IPv4 address or CIDR."],
  ["IPv6 with a triple colon", `group g = ip 2001:db8:::/48`, "TPC1021", 1, 14, "'2001:db8:::/48' is not a valid IPv6 address or CIDR."],
  ["prefix longer than 32 bits", `group g = ip 10.0.0.0/33`, "TPC1022", 1, 14, "The prefix '/33' is longer than the 32 bits of an IPv4 address."],
  ["missing comma in a group", `group g = ip 203.0.113.0/24 office`, "TPC1014", 1, 29, "Unexpected 'office' after '203.0.113.0/24'.", "Separate list items with ','."],
  ["trailing comma in a group", `group g = ip 1.2.3.4,`, "TPC1010", 1, 22, "Expected an IP address, CIDR or group name after ',', found the end of the file."],
  ["unknown identity kind", `identity staff = jwx issuer "x"`, "TPC1010", 1, 18, "Expected 'jwt', 'oauth' or 'oidc' after '=', found 'jwx'.", "Did you mean 'jwt'?"],
  ["misspelled jwt option", `identity staff = jwt isuer "x" audience "y" jwks "z"`, "TPC1015", 1, 22, "Unknown jwt identity option 'isuer'; expected issuer, audience, jwks, header, prefix or algorithms.", "Did you mean 'issuer'?"],
  ["misspelled jwt option on a continuation line", `identity staff = jwt
    isuer "x"
    audience "y"
    jwks "z"`, "TPC1015", 2, 5, "Unknown jwt identity option 'isuer'; expected issuer, audience, jwks, header, prefix or algorithms.", "Did you mean 'issuer'?"],
  ["misspelled oidc option on a continuation line", `identity corp = oidc issuer "https://login.example"
    cient-id env("ID")
    client-secret env("SECRET")`, "TPC1015", 2, 5, "Unknown oidc identity option 'cient-id'; expected issuer, client-id, client-secret, scopes, allow-domain or allow-email.", "Did you mean 'client-id'?"],
  ["misspelled agent setting on a continuation line", `site a {
  agent bind "*.a.internal"
        regon "eu"
  service api http://10.0.0.1:80
}`, "TPC1015", 3, 9, "Unknown agent option 'regon'; expected bind, connect-url, region or failover.", "Did you mean 'region'?"],
  ["string without its opening quote", `identity g = oauth google allow-domain clinicnet.example"`, "TPC1005", 1, 40, 'This string has no opening \'"\': write "clinicnet.example".'],
  ["URL string without its opening quote on a continuation line", `identity staff = jwt
    issuer https://auth.example"
    audience "api"
    jwks "https://auth.example/jwks"`, "TPC1005", 2, 12, 'This string has no opening \'"\': write "https://auth.example".'],
  ["template argument without its opening quote", `site a = clinic(id: "a", db: clinic-b")`, "TPC1005", 1, 30, 'This string has no opening \'"\': write "clinic-b".'],
  ["stray quote after a URL argument (URLs need no quotes)", `site a = clinic(id: "a", db: tcp://1.tcp.ngrok.io:12345")`, "TPC1010", 1, 56, "Expected ',' or ')' after 'tcp://1.tcp.ngrok.io:12345', found \")."],
  ["stray quote after an IP address", `group g = ip 1.2.3.4"`, "TPC1014", 1, 21, 'Unexpected " after \'1.2.3.4\'.'],
  ["exposure without its opening brace", `site a {
  service api http://10.0.0.1:80
  expose api at https://a.example path /api
    allow office
  }
  service db tcp://10.0.0.2:5432
}`, "TPC1010", 4, 5, "Expected '{' after '/api', found 'allow'.", "An exposure's statements go inside '{ … }' after its URL."],
  ["exposure without braces on one line", `site a {
  service api http://10.0.0.1:80
  expose api at https://a.example allow office
}`, "TPC1010", 3, 35, "Expected '{' after 'https://a.example', found 'allow'.", "An exposure's statements go inside '{ … }' after its URL."],
  ["string without its closing quote before the closing parenthesis and a comment", `ca clinic-ca = file("certs/clinic-ca.pem)  # the clinics' CA
group g = ip 1.2.3.4`, "TPC1002", 1, 21, 'This string has no closing \'"\' on its line.', 'Close it after "certs/clinic-ca.pem".'],
  ["parameter reference without its closing brace", `template t(id) {
  service api http://10.0.0.1:80
  expose api at https://\${id.example path /api { allow office }
}`, "TPC1006", 3, 25, "The parameter reference '\${id' is missing a brace: write '\${id}'."],
  ["parameter reference without its opening brace", `template t(db) {
  service x tcp://10.0.0.2:5432
  expose x at $db} { allow office }
}`, "TPC1006", 3, 15, "The parameter reference '$db}' is missing a brace: write '\${db}'."],
  ["jwt identity without issuer", `identity staff = jwt audience "y" jwks "z"`, "TPC1041", 1, 10, "The jwt identity 'staff' needs 'issuer'."],
  ["issuer given twice", `identity staff = jwt issuer "x" issuer "y" audience "a" jwks "j"`, "TPC1040", 1, 33, "'issuer' is given twice in this identity."],
  ["option of another identity kind", `identity i = jwt issuer "a" audience "b" jwks "c" scopes "x"`, "TPC1042", 1, 51, "'scopes' does not apply to a jwt identity."],
  ["prefix without header", `identity i = jwt issuer "a" audience "b" jwks "c" prefix "Bearer "`, "TPC1046", 1, 51, "'prefix' needs a 'header' before it."],
  ["unknown OAuth provider", `identity g = oauth googel`, "TPC1025", 1, 20, "Unknown OAuth provider 'googel'; ngrok offers amazon, facebook, github, gitlab, google, linkedin, microsoft or twitch.", "Did you mean 'google'?"],
  ["oidc identity without client secret", `identity i = oidc issuer "x" client-id env("A")`, "TPC1041", 1, 10, "The oidc identity 'i' needs 'client-secret'."],
  ["env() with an unquoted name", `identity i = oauth google client-id env(X)`, "TPC1010", 1, 41, "Expected an environment variable name in double quotes after '(', found 'X'."],
  ["secret() with one argument", `identity i = oauth google client-secret secret("v")`, "TPC1010", 1, 51, "Expected ',' after \"v\", found ')'."],
  ["ca declaration without =", `ca z env("X")`, "TPC1010", 1, 6, "Expected '=' after 'z', found 'env'."],
  ["statement outside a block", `allow office`, "TPC1012", 1, 1, "Unknown statement 'allow' at the top level; expected import, group, identity, ca, defaults, template, site, sites or test.", "'allow' goes inside an 'expose … { }' or 'defaults { }' block."],
  ["exposure outside a site", `expose x at https://a { allow b }`, "TPC1012", 1, 1, "Unknown statement 'expose' at the top level; expected import, group, identity, ca, defaults, template, site, sites or test.", "'expose' goes inside a 'site' or 'template' block."],
  ["missing public URL", `site a { expose x at { allow b } }`, "TPC1010", 1, 22, "Expected a public URL such as https://app.example.com after 'at', found '{'."],
  ["unsupported service scheme", `site a { service x ftp://a }`, "TPC1032", 1, 20, "Unsupported scheme 'ftp' for a service; use http, https, tcp or tls."],
  ["unsupported exposure scheme", `site a { expose x at gopher://a }`, "TPC1032", 1, 22, "Unsupported scheme 'gopher' for an exposure; use https, http, tcp or tls."],
  ["service without upstream", `site a { service rest-api }`, "TPC1010", 1, 27, "Expected an upstream URL such as http://192.168.1.10:8080 after 'rest-api', found '}'."],
  ["service without a name", `site a { service http://a }`, "TPC1010", 1, 18, "Expected a service name after 'service', found 'http://a'."],
  ["misspelled flag after a statement", `site a { service x http://a on-demnd }`, "TPC1014", 1, 29, "Unexpected 'on-demnd' after 'http://a'.", "Did you mean 'on-demand'?"],
  ["misspelled path keyword", `site a { expose x at https://a pth /api { allow x } }`, "TPC1014", 1, 32, "Unexpected 'pth' after 'https://a'.", "Did you mean 'path'?"],
  ["missing path after path", `site a { expose x at https://a path { allow x } }`, "TPC1010", 1, 37, "Expected a path such as /api after 'path', found '{'."],
  ["missing comma in allow", `site a {
  expose x at https://a.example {
    allow staff office
  }
}`, "TPC1014", 3, 17, "Unexpected 'office' after 'staff'.", "Separate list items with ','."],
  ["empty allow", `site a { expose x at https://a { allow } }`, "TPC1010", 1, 40, "Expected a group or identity name after 'allow', found '}'."],
  ["tls min 1.4", `site a { expose x at https://a { tls min 1.4 } }`, "TPC1023", 1, 42, "'tls min' accepts 1.2 or 1.3, not '1.4'."],
  ["tls without min", `site a { expose x at https://a.example { tls 1.3 } }`, "TPC1010", 1, 46, "Expected 'min' after 'tls', found '1.3'."],
  ["mtls without ca", `site a { expose x at https://a.example { mtls file("x") } }`, "TPC1010", 1, 47, "Expected 'ca' after 'mtls', found 'file'."],
  ["mtls ca without a source", `site a { expose x at https://a.example { mtls ca } }`, "TPC1010", 1, 50, "Expected a CA: a name, file(\"…\"), secret(\"…\", \"…\") or inline PEM text after 'ca', found '}'."],
  ["unknown action point", `site a { expose x at https://a { action befor-forward { type: "deny" } } }`, "TPC1027", 1, 41, "Unknown action point 'befor-forward'; use first, before-forward or response.", "Did you mean 'before-forward'?"],
  ["action without an object", `site a { expose x at https://a { action first "deny" } }`, "TPC1010", 1, 47, "Expected '{' after 'first', found \"deny\"."],
  ["'when' without a condition", `site a { expose x at https://a { action first when { type: "deny" } } }`, "TPC1010", 1, 52, "Expected a CEL expression in double quotes after 'when', found '{'."],
  ["'when' with an unquoted condition", `site a { expose x at https://a { action first when req.method { type: "deny" } } }`, "TPC1010", 1, 52, "Expected a CEL expression in double quotes after 'when', found 'req'."],
  ["'when' with a single-quoted condition", `site a { expose x at https://a { action response when 'res.status_code == 500' { type: "log" } } }`, "TPC1003", 1, 55, 'Strings use double quotes: write "res.status_code == 500".'],
  ["unquoted text in an object", `site a { expose x at https://a { action first { type: deny } } }`, "TPC1030", 1, 55, "'deny' is not a value; quote text as a string, or use true, false or null."],
  ["duplicate key in an object", `site a { expose x at https://a { action first { a: 1, a: 2 } } }`, "TPC1031", 1, 55, "The key 'a' appears twice in this object."],
  ["object entry without colon", `site a { expose x at https://a { action first { type "deny" } } }`, "TPC1010", 1, 54, "Expected ':' after 'type', found \"deny\"."],
  ["object entry without value", `site a { expose x at https://a { action first { type: } } }`, "TPC1010", 1, 55, "Expected a value (a string, number, true, false, null, {…} or […]) after ':', found '}'."],
  ["misspelled agent setting", `site a { agent bnd "x" }`, "TPC1015", 1, 16, "Unknown agent option 'bnd'; expected bind, connect-url, region or failover.", "Did you mean 'bind'?"],
  ["agent without settings", `site a { agent }`, "TPC1010", 1, 16, "Expected an agent setting (bind, connect-url, region or failover) after 'agent', found '}'."],
  ["bind without pattern", `site a { agent bind }`, "TPC1010", 1, 21, "Expected a bind pattern in double quotes after 'bind', found '}'."],
  ["unknown region", `site a { agent region mars }`, "TPC1026", 1, 23, "Unknown region 'mars'; use one of us, us-cal-1, eu, ap, au, in, jp or sa."],
  ["region given twice", `site a { agent region eu region us }`, "TPC1040", 1, 26, "'region' is given twice in this agent statement."],
  ["template missing )", `template clinic(id { }`, "TPC1010", 1, 20, "Expected ',' or ')' after 'id', found '{'."],
  ["template parameter declared twice", `template t(a, a) { }`, "TPC1043", 1, 15, "The parameter 'a' is declared twice."],
  ["template parameter that is a number", `template t(1) {}`, "TPC1010", 1, 12, "Expected a parameter name or ')' after '(', found '1'."],
  ["missing } before the next site", `template t(a) {
  service x http://a
site s = t(a: "x")`, "TPC1011", 3, 1, "Expected '}' to close the block opened on line 1, found 'site'."],
  ["unclosed block at end of file", `site a {`, "TPC1011", 1, 9, "Expected '}' to close the block opened on line 1, found the end of the file."],
  ["stray closing brace", `}`, "TPC1013", 1, 1, "Unexpected '}' at the top level; expected import, group, identity, ca, defaults, template, site, sites or test."],
  ["argument without colon", `site s = t(a "x")`, "TPC1010", 1, 14, "Expected ':' after 'a', found \"x\"."],
  ["argument given twice", `site s = t(a: "1", a: "2")`, "TPC1044", 1, 20, "The argument 'a' is given twice."],
  ["call missing )", `site s = clinic(id: "a"`, "TPC1010", 1, 24, "Expected ',' or ')' after \"a\", found the end of the file."],
  ["text after a site", `site s = clinic(id: "a") extra`, "TPC1014", 1, 26, "Unexpected 'extra' after ')'."],
  ["sites from without using", `sites from "x.csv" clinic`, "TPC1010", 1, 20, "Expected 'using' after \"x.csv\", found 'clinic'."],
  ["another word instead of using", `sites from "x.csv" as clinic`, "TPC1010", 1, 20, "Expected 'using' after \"x.csv\", found 'as'."],
  ["sites without from", `sites "x.csv" using clinic`, "TPC1010", 1, 7, "Expected 'from' after 'sites', found \"x.csv\"."],
  ["misspelled outcome", `test { from ip 1.2.3.4 to a.b expect alow }`, "TPC1010", 1, 38, "Expected 'allow', 'deny' or 'login' after 'expect', found 'alow'.", "Did you mean 'allow'?"],
  ["status after allow", `test { to a.b expect allow 200 }`, "TPC1029", 1, 28, "A status code can only follow 'deny', not 'allow'."],
  ["status out of range", `test { to a.b expect deny 700 }`, "TPC1028", 1, 27, "HTTP status 700 is outside 100–599."],
  ["fractional status", `test { to a.b expect deny 40.5 }`, "TPC1033", 1, 27, "HTTP status '40.5' must be a whole number."],
  ["TLS version 1.4 in a test", `test { tls 1.4 to a.b expect deny }`, "TPC1024", 1, 12, "'1.4' is not a TLS version; use 1.0, 1.1, 1.2 or 1.3."],
  ["tls given twice in an expectation", `test { tls 1.2 tls 1.3 to a.b expect deny }`, "TPC1045", 1, 16, "'tls' is given twice in this expectation."],
  ["expired and invalid together", `test { from jwt staff expired invalid to a.b expect deny }`, "TPC1047", 1, 31, "'invalid' conflicts with 'expired' given before."],
  ["expectation without expect", `test { from ip 1.2.3.4 to a.b }`, "TPC1010", 1, 31, "Expected 'expect' after 'b', found '}'."],
  ["expectation without to", `test { from ip 1.2.3.4 expect allow }`, "TPC1010", 1, 24, "Expected 'to' after '1.2.3.4', found 'expect'."],
  ["ip followed by a name", `test { from ip office to a.b expect allow }`, "TPC1010", 1, 16, "Expected an IP address after 'ip', found 'office'."],
  ["from without a subject", `test { from to a.b expect allow }`, "TPC1010", 1, 13, "Expected who sends the request (ip …, anonymous, jwt NAME, oauth NAME, oidc NAME, or a group name) after 'from', found 'to'."],
  ["target ending in a dot", `test { to a. expect allow }`, "TPC1010", 1, 14, "Expected a service name after '.', found 'expect'."],
  ["import without a file", `import`, "TPC1010", 1, 7, "Expected a file name in double quotes after 'import', found the end of the file."],
  ["unterminated string", `import "unterminated`, "TPC1002", 1, 8, "This string has no closing '\"' on its line.", "Close the string on the same line; write \\n for a line break inside it."],
  ["single-quoted string", `import 'single'`, "TPC1003", 1, 8, "Strings use double quotes: write \"single\"."],
  ["unknown escape", `import "a\\qb"`, "TPC1004", 1, 10, "Unknown escape '\\q' in a string; use \\\\, \\\", \\n, \\t, \\$ or \\uXXXX."],
  ["unexpected character", `group a = ip 1.2.3.4 @ 5.6.7.8`, "TPC1001", 1, 22, "Unexpected character '@'."],
];

describe('one mistake, one precise diagnostic', () => {
  it('the internals guard recognises chevrotain wording and grammar names', () => {
    expect("Expecting token of type --> Identifier <-- but found --> '=' <--").toMatch(INTERNALS);
    expect('Redundant input, expecting EOF but found: }').toMatch(INTERNALS);
    expect('Expected a name in exposeDecl').toMatch(INTERNALS);
    expect("Expected a group name after 'group', found '='.").not.toMatch(INTERNALS);
  });

  it('has at least 30 distinct mistakes, each with its own source', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it.each(rows)('%s', (_name, source, code, line, column, message, hint) => {
    const { diagnostics } = parse(source, { file: 'x.tpc' });
    expect(diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, message: d.message, hint: d.hint }))).toEqual([
      { code, line, column, message, hint },
    ]);
    const d = diagnostics[0]!;
    expect(d.severity).toBe('error');
    expect(d.file).toBe('x.tpc');
    expect(d.range.start.line).toBe(line);
    expect(d.range.start.column).toBe(column);
    expect(d.message).not.toMatch(INTERNALS);
    if (d.hint) expect(d.hint).not.toMatch(INTERNALS);
  });
});

describe('limits', () => {
  it('refuses brackets nested deeper than MAX_NESTING instead of exhausting the stack', () => {
    for (const open of ['{', '[', '(']) {
      const src = 'defaults { action first { a: ' + open.repeat(MAX_NESTING + 10) + ' } }';
      const { ast, diagnostics } = parse(src, { file: 'x.tpc' });
      expect(diagnostics).toEqual([
        expect.objectContaining({
          code: 'TPC1048',
          line: 1,
          column: 'defaults { action first { a: '.length + MAX_NESTING - 1,
          message: `Brackets nest deeper than ${MAX_NESTING} levels here; the file was not parsed.`,
        }),
      ]);
      expect(ast.statements).toEqual([]);
    }
  });

  it('parses nesting up to the limit', () => {
    const depth = MAX_NESTING - 3;
    const src = 'defaults { action first { a: ' + '['.repeat(depth) + ']'.repeat(depth) + ' } }';
    expect(parse(src).diagnostics).toEqual([]);
  });
});

describe('error recovery', () => {
  const fleet = `group office = ip 203.0.113.0/24
identity staff = jwt issuer "https://a.example" audience "api" jwks "https://a.example/jwks"

template clinic(id) {
  service api http://10.0.0.1:8080
  expose api at https://\${id}.example {
    alow office
    allow staff
  }
  expose api at https://\${id}.other.example {
    tls mn 1.3
    allow office
  }
}

site clinic1 = clinic(id: "c1")
site clinic2 = clinic(id: "c2")
site clinic3 { service db tcp://10.0.0.3:5432 }
`;

  it('typos in two exposures give two diagnostics, and later sites still parse', () => {
    const { ast, diagnostics } = parse(fleet, { file: 'fleet.tpc' });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['7:5 TPC1012', '11:9 TPC1010']);
    expect(diagnostics[1]!.message).toBe("Expected 'min' after 'tls', found 'mn'.");
    const names = ast.statements.filter((s): s is SiteDecl => s.kind === 'Site').map((s) => s.name.name);
    expect(names).toEqual(['clinic1', 'clinic2', 'clinic3']);
    const t = ast.statements.find((s): s is TemplateDecl => s.kind === 'Template')!;
    expect(t.body.map((b) => b.kind)).toEqual(['Service', 'Expose', 'Expose']);
    // The statements after each typo are kept.
    expect((t.body[1] as { body: { kind: string }[] }).body.map((b) => b.kind)).toEqual(['Allow']);
    expect((t.body[2] as { body: { kind: string }[] }).body.map((b) => b.kind)).toEqual(['TlsMin', 'Allow']);
  });

  it('a broken statement in one site does not disturb the next', () => {
    const { ast, diagnostics } = parse('site a { service x }\nsite b { service y http://b }\n');
    expect(diagnostics).toHaveLength(1);
    const b = ast.statements[1] as SiteDecl;
    expect(b.name.name).toBe('b');
    expect(b.body).toMatchObject([{ kind: 'Service', name: { name: 'y' } }]);
  });

  it('drops the follow-on error at the token after a reported one, but keeps a second mistake further along the line', () => {
    // Recovery assumes 'using' and then stumbles on 'clinic': one mistake, one diagnostic.
    expect(parse('sites from "x.csv" as clinic\n').diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:20 TPC1010']);
    const two = parse('site a { service api htp//x }  site b { servce x }\n').diagnostics;
    expect(two.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['1:22 TPC1010', '1:41 TPC1012']);
  });

  it('a word on the line after an identity is an option typo only when indented and option-like', () => {
    const head = 'identity staff = jwt issuer "https://a" audience "b" jwks "https://a/j"\n';
    const at = (src: string) => parse(src).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
    expect(at(`${head}    jwsk "https://a/k"\n`)).toEqual(['2:5 TPC1015']);
    // Not indented: a new (misspelled) statement, even when it reads like an option.
    expect(at(`${head}jwsk "https://a/k"\n`)).toEqual(['2:1 TPC1012']);
    // Indented but reading like a statement keyword, or like nothing: a new statement.
    expect(at(`${head}  grup office = ip 1.2.3.4\n`)).toEqual(['2:3 TPC1012']);
    expect(at(`${head}  office = ip 1.2.3.4\n`)).toEqual(['2:3 TPC1012']);
  });

  it('an exposure whose { was forgotten keeps its statements, and the site goes on after its }', () => {
    const { ast, diagnostics } = parse('site a {\n  service api http://10.0.0.1:80\n  expose api at https://a.example\n    allow office\n    deny blocked\n  }\n  service db tcp://10.0.0.2:5432\n}\nsite b { service x http://10.0.0.3:80 }\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:5 TPC1010']);
    const [a, b] = ast.statements as SiteDecl[];
    expect(a!.body.map((s) => s.kind)).toEqual(['Service', 'Expose', 'Service']);
    expect((a!.body[1] as { body: { kind: string }[] }).body.map((s) => s.kind)).toEqual(['Allow', 'Deny']);
    expect(b!.name.name).toBe('b');
  });

  it('marks nodes invented by recovery', () => {
    const { ast } = parse('group = ip 1.2.3.4');
    expect(ast.statements[0]).toMatchObject({ kind: 'Group', name: { name: '', recovered: true } });
  });

  it('an unknown statement swallows a balanced block, not the rest of the file', () => {
    const { ast, diagnostics } = parse('temlate t(a) {\n  service x http://a\n}\ngroup g = ip 10.0.0.0/8\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['TPC1012']);
    expect(diagnostics[0]!.hint).toBe("Did you mean 'template'?");
    expect(ast.statements.map((s) => s.kind)).toEqual(['Group']);
  });

  it('a statement placed in the wrong block ends that block once', () => {
    const { diagnostics } = parse('template t() {\n  expose a at https://a.example {\n    allow x\n    service y http://b\n  }\n}\n');
    expect(diagnostics[0]).toMatchObject({
      code: 'TPC1011',
      line: 4,
      column: 5,
      message: "Expected '}' to close the block opened on line 2, found 'service'.",
    });
  });

  it('never reports two syntax errors at the same place', () => {
    const { diagnostics } = parse('site a { agent bnd "x" }');
    expect(diagnostics).toHaveLength(1);
  });
});

/**
 * Compiler warnings (the output is still written): exact code, message, line and column.
 */
import { describe, expect, it } from 'vitest';
import { compileFiles } from './helpers.js';

const show = (r: ReturnType<typeof compileFiles>) => r.diagnostics.map((d) => `${d.code} ${d.severity} ${d.file}:${d.line}:${d.column} ${d.message}`);

/** The findings of one code: `severity line:column message`, and their related places. */
function findingsOf(r: ReturnType<typeof compileFiles>, code: string): { lines: string[]; related: (string | number)[][][] } {
  const w = r.diagnostics.filter((d) => d.code === code);
  return {
    lines: w.map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`),
    related: w.map((d) => (d.related ?? []).map((x) => [x.message, x.range.start.line, x.range.start.column])),
  };
}

describe('compiler warnings', () => {
  it('TPC2003: a program without sites compiles nothing', () => {
    const r = compileFiles({ 'main.tpc': 'group office = ip 203.0.113.0/24\n' });
    expect(show(r)).toEqual(['TPC2003 warning main.tpc:1:1 The program defines no sites, so nothing is compiled.']);
    expect(r.emitSkipped).toBe(false);
    expect([...r.files.keys()]).toEqual(['manifest.json']);
  });

  it('TPC2024: a template parameter nothing uses (a warning), unless the braces of a site made from the template use it', () => {
    const tpl = 'template t(id, spare) {\n  service api http://10.0.0.1:80\n  agent bind "*.${id}.internal"\n}\n';
    const r = compileFiles({ 'main.tpc': `${tpl}site a = t(id: "a", spare: "b")\n` });
    expect(show(r)).toEqual(["TPC2024 warning main.tpc:1:16 The parameter 'spare' of template 't' is never used, in its body or in the braces of a site made from it."]);
    expect(r.emitSkipped).toBe(false);
    const used = compileFiles({ 'main.tpc': `group o = ip 10.0.0.0/8\n${tpl}site a = t(id: "a", spare: "b") {\n  expose api at https://\${spare}.a.example { allow o }\n}\n` });
    expect(show(used)).toEqual([]);
    expect(used.sites[0]!.endpoints.map((e) => e.url)).toEqual(['https://b.a.example']);
  });

  it('TPC2036: a sites file without rows', () => {
    const r = compileFiles({
      'main.tpc': 'template clinic(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.${id}.internal"\n}\nsites from "sites.csv" using clinic\n',
      'sites.csv': 'id\n',
    });
    expect(show(r)).toEqual([
      'TPC2003 warning main.tpc:1:1 The program defines no sites, so nothing is compiled.',
      "TPC2036 warning main.tpc:5:12 The sites file 'sites.csv' lists no sites.",
    ]);
  });

  it('TPC2057: two different login identities on paths of one host', () => {
    const r = compileFiles({
      'main.tpc': [
        'identity google-staff = oauth google allow-domain "clinicnet.example"',
        'identity gh = oauth github allow-domain "clinicnet.example"',
        'site hq {',
        '  service a http://10.0.0.1:80',
        '  service b http://10.0.0.2:80',
        '  expose a at https://hq.example.com path /a { allow google-staff }',
        '  expose b at https://hq.example.com path /b { allow gh }',
        '}',
        '',
      ].join('\n'),
    });
    expect(findingsOf(r, 'TPC2057')).toEqual({
      lines: ["warning 7:54 'https://hq.example.com' uses two different login identities ('google-staff' and 'gh') on different paths; ngrok may allow only one login action per endpoint."],
      related: [[["'google-staff' is allowed here.", 6, 54]]],
    });
    expect(r.emitSkipped).toBe(false);
  });

  it('TPC2062: an allowed range inside a denied one is left out (deny wins)', () => {
    const r = compileFiles({
      'main.tpc': [
        'group wide = ip 203.0.113.0/24, 198.51.100.0/24',
        'group bad = ip 203.0.113.0/25',
        'group inner = ip 203.0.113.0/26',
        'site hq {',
        '  service a tcp://10.0.0.1:22',
        '  expose a at tcp://1.tcp.ngrok.io:12345 {',
        '    allow inner, wide',
        '    deny bad',
        '  }',
        '}',
        '',
      ].join('\n'),
    });
    expect(findingsOf(r, 'TPC2062')).toEqual({
      lines: ["warning 3:18 '203.0.113.0/26' of group 'inner' is inside '203.0.113.0/25', which group 'bad' denies; deny wins, so it is left out of the allow list."],
      related: [[["'203.0.113.0/25' is denied here.", 2, 16]]],
    });
    expect(r.emitSkipped).toBe(false);
    expect(r.files.get('hq/endpoints/a.policy.yaml')).not.toContain('203.0.113.0/26');
  });
});

/**
 * `tpc import` on the command line: the draft on standard output (or --out), findings and a
 * summary on standard error, exit 0 when everything was expressed, 1 when something was
 * reported, 2 on usage or I/O errors. A compiled fleet folder imports back with nothing reported.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp, tpc } from '../cli/helpers.js';

const agent = `version: 3
agent:
  authtoken: 2abcDEFsecretTOKEN_1234567890
endpoints:
  - name: api
    url: https://api.north.internal
    upstream:
      url: 8080
`;
const cloud = JSON.stringify({
  type: 'cloud',
  url: 'https://api.example.com',
  traffic_policy: JSON.stringify({ on_http_request: [{ actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, { type: 'forward-internal', config: { url: 'https://api.north.internal' } }] }] }),
});
const odd = JSON.stringify({
  type: 'cloud',
  url: 'https://odd.example.com',
  traffic_policy: JSON.stringify({ on_http_request: [{ expressions: ["req.method == 'GET'"], actions: [{ type: 'forward-internal', config: { url: 'https://api.north.internal' } }] }, { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, { type: 'forward-internal', config: { url: 'https://api.north.internal' } }] }] }),
});

function project(): string {
  const dir = tmp();
  mkdirSync(join(dir, 'north'));
  writeFileSync(join(dir, 'north/ngrok.yml'), agent);
  writeFileSync(join(dir, 'north/api.json'), cloud);
  return dir;
}

describe('tpc import (command)', () => {
  it('prints the draft; exit 0 when everything was expressed', async () => {
    const dir = project();
    const r = await tpc(['import', 'north/ngrok.yml', 'north/api.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('group ips-203-0-113-0-24 = ip 203.0.113.0/24\n');
    expect(r.stdout).toContain('site north {\n  service api http://localhost:8080\n');
    expect(r.stdout).toContain('  expose api at https://api.example.com {\n    allow ips-203-0-113-0-24\n  }\n');
    expect(r.stderr.split('\n').at(-2)).toBe('tpc: imported 2 files into 1 site and 1 exposure; everything was expressed.');
    // Notes (info) are printed; the authtoken is never.
    expect(r.stderr).toContain("north/ngrok.yml:3:3  info  'agent.authtoken' was not copied");
    expect(r.stdout + r.stderr).not.toContain('2abcDEFsecretTOKEN_1234567890');
  });

  it('a folder is searched; what cannot be expressed is reported, exit 1, and the draft fails closed', async () => {
    const dir = project();
    writeFileSync(join(dir, 'north/odd.json'), odd);
    const r = await tpc(['import', 'north'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("  north/odd.json:1:89  warning  The rule 'on_http_request[0]' has a condition .tpc cannot state (req.method == 'GET'); the exposure denies every request until you fix it.  TPC7030");
    expect(r.stdout).toContain('  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.\n  expose api at https://odd.example.com\n');
    expect(r.stderr.split('\n').at(-2)).toBe('tpc: imported 3 files into 1 site and 2 exposures; 1 thing could not be expressed, and 1 exposure denies every request until fixed.');
  });

  it('--out writes the draft, which compiles; an existing file needs --force', async () => {
    const dir = project();
    const r = await tpc(['import', 'north', '-o', 'fleet.tpc'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('into 1 site and 1 exposure (fleet.tpc); everything was expressed.');
    const draft = readFileSync(join(dir, 'fleet.tpc'), 'utf8');
    expect(draft.split('\n')[1]).toBe('# Review it, then compile: tpc compile fleet.tpc -o out/');
    const compiled = await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: dir });
    expect(compiled.code).toBe(0);
    expect(await tpc(['import', 'north', '-o', 'fleet.tpc'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: 'fleet.tpc' already exists; pass --force to overwrite it\n" });
    expect((await tpc(['import', 'north', '-o', 'fleet.tpc', '--force'], { cwd: dir })).code).toBe(0);
  });

  it('a compiled fleet imports back with nothing reported', async () => {
    const dir = project();
    const r = await tpc(['import', 'north', '-o', 'fleet.tpc'], { cwd: dir });
    expect(r.code).toBe(0);
    expect((await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: dir })).code).toBe(0);
    const back = await tpc(['import', 'out'], { cwd: dir });
    expect(back.code).toBe(0);
    const code = (t: string) => t.split('\n').filter((l) => !l.trimStart().startsWith('#')).join('\n');
    expect(code(back.stdout)).toBe(code(readFileSync(join(dir, 'fleet.tpc'), 'utf8')));
  });

  it('--format json prints the findings as JSON on standard error', async () => {
    const dir = project();
    writeFileSync(join(dir, 'north/odd.json'), odd);
    const r = await tpc(['import', 'north', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stderr.slice(0, r.stderr.lastIndexOf('\ntpc: ') + 1)) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(report.flatMap((f) => f.messages.map((m) => `${f.filePath.endsWith('odd.json') ? 'odd' : 'other'}:${m.ruleId}:${m.line}`))).toContain('odd:TPC7030:1');
  });

  it('--endpoint gives a Traffic Policy file the URL of its cloud endpoint', async () => {
    const dir = project();
    writeFileSync(join(dir, 'db.policy.yml'), 'on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://api.north.internal\n');
    const r = await tpc(['import', 'north/ngrok.yml', '--endpoint', 'https://db.example.com=db.policy.yml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  # from db.policy.yml\n  expose api at https://db.example.com {\n    allow anyone\n  }\n');
    expect(await tpc(['import', 'north/ngrok.yml', '--endpoint', 'db.policy.yml'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: --endpoint takes <url>=<policy file>, got 'db.policy.yml'\n" });
    // --endpoint alone needs no other file; the policy's forward target is then served by no
    // imported agent, which is reported (exit 1), not a usage error.
    const alone = await tpc(['import', '--endpoint', 'https://db.example.com=db.policy.yml'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain("db.policy.yml:1:1  warning  No rule of 'https://db.example.com' forwards to a service that an imported agent config serves");
    expect(alone.stdout).toContain('# Draft written by tpc import from db.policy.yml.');
    // Without --endpoint a lone policy names no endpoint: reported, exit 1.
    const lone = await tpc(['import', 'north/ngrok.yml', 'db.policy.yml'], { cwd: dir });
    expect(lone.code).toBe(1);
    expect(lone.stderr).toContain('db.policy.yml:1:1  warning  A Traffic Policy file on its own names no endpoint URL, so it was not imported');
  });

  it('usage errors exit 2', async () => {
    const dir = tmp();
    expect(await tpc(['import', 'missing.yml'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot read 'missing.yml': no such file or folder\n" });
    expect(await tpc(['import'], { cwd: dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tpc: nothing to import: give ngrok.yml agent configs, cloud endpoint bodies or folders, or a policy with --endpoint <url>=<policy file>\n',
    });
    writeFileSync(join(dir, 'x.tpc'), '');
    expect(await tpc(['import', 'x.tpc'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: no .yml, .yaml or .json files found in 'x.tpc'\n" });
  });

  it("reads an agent endpoint's traffic_policy_file from next to the named ngrok.yml", async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'clinic1'));
    writeFileSync(join(dir, 'clinic1/ngrok.yml'), 'version: 3\nendpoints:\n  - name: api\n    url: https://api.clinic1.example.com\n    upstream:\n      url: 8080\n    traffic_policy_file: policy.yml\n');
    writeFileSync(join(dir, 'clinic1/policy.yml'), 'on_http_request:\n  - actions:\n      - type: restrict-ips\n        config:\n          allow: [203.0.113.0/24]\n');
    const r = await tpc(['import', 'clinic1/ngrok.yml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  expose api at https://api.clinic1.example.com {\n    allow ips-203-0-113-0-24\n  }\n');
    expect(r.stderr.split('\n').at(-2)).toBe('tpc: imported 2 files into 1 site and 1 exposure; everything was expressed.');
  });
});

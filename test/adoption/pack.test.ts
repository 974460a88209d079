/**
 * The package as users get it: `npm pack` (of the built tree; `npm test` builds first), then
 * `npm install <tarball>` into an empty project from the local npm cache (offline: in CI `npm ci`
 * has just filled it), then the CLI through `npx tpc`, the library and `/testing` from an ES
 * module, a JSON Schema through the `schemas/*` export, and a TypeScript consumer type-checked
 * against the installed declarations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let work: string;
let app: string;
let tarball: string;
let packed: string[];

function run(cmd: string, args: string[], cwd: string, input?: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', input: input ?? '', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect(existsSync(join(repoRoot, 'dist/bin/tpc.js')), 'dist/ is built (npm test runs npm run build first)').toBe(true);
  work = realpathSync(mkdtempSync(join(tmpdir(), 'tpc-pack-')));
  // The build already ran; --ignore-scripts keeps prepack from rebuilding dist/ under other tests.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  const info = (JSON.parse(out) as { filename: string; files: { path: string }[] }[])[0]!;
  tarball = join(work, info.filename);
  packed = info.files.map((f) => f.path).sort();
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }, null, 2));
  let r = run(npm, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  // --offline needs every dependency in the cache; fall back to preferring it.
  if (r.code !== 0) r = run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds only what users need: the library bundle and its declarations, the CLI bundle, schemas, README, LICENSE', () => {
    const top = new Set(packed.map((p) => (p.startsWith('dist/') ? p.split('/').slice(0, 2).join('/') : p.split('/')[0])));
    expect([...top].sort()).toEqual(['LICENSE', 'README.md', 'dist/bin', 'dist/lib', 'dist/src', 'package.json', 'schemas']);
    for (const p of packed) {
      expect(p, p).not.toMatch(/^(test|bench|src|cli|scripts|docs|examples)\//);
      if (p.startsWith('dist/src/')) expect(p, p).toMatch(/\.d\.ts$/);
      if (p.startsWith('dist/lib/')) expect(p, p).toMatch(/\.js$/);
      // The CLI: code-split ES modules, and the one-file CommonJS build `tpc compile` runs.
      if (p.startsWith('dist/bin/')) expect(p, p).toMatch(/\.js$|^dist\/bin\/tpc-all\.cjs$/);
    }
    expect(packed).toContain('dist/lib/index.js');
    expect(packed).toContain('dist/lib/testing.js');
    expect(packed).toContain('dist/src/index.d.ts');
    expect(packed).toContain('dist/src/testing/index.d.ts');
    expect(packed).toContain('dist/bin/tpc.js');
    expect(packed).toContain('dist/bin/tpc-all.cjs');
    expect(packed).toContain('schemas/traffic-policy.schema.json');
    expect(packed).toContain('schemas/agent-config.schema.json');
    expect(packed).toContain('schemas/cloud-endpoint.schema.json');
  });

  it('npx tpc --version and --help work', () => {
    expect(run(npx, ['--no-install', 'tpc', '--version'], app)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = run(npx, ['--no-install', 'tpc', '--help'], app);
    expect(help.code).toBe(0);
    for (const c of ['compile', 'lint', 'test', 'plan', 'apply', 'init', 'import']) expect(help.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('npx tpc lint: a finding exits 1 with the report, a clean policy exits 0', () => {
    writeFileSync(
      join(app, 'policy.yml'),
      'on_http_request:\n  - actions:\n      - type: deny\n      - type: add-headers\n        config:\n          headers:\n            x-a: b\n',
    );
    writeFileSync(join(app, 'clean.yml'), "on_http_request:\n  - expressions:\n      - \"req.url.path.startsWith('/admin')\"\n    actions:\n      - type: deny\n");
    const bad = run(npx, ['--no-install', 'tpc', 'lint', 'policy.yml'], app);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('');
    expect(bad.stdout.split('\n').slice(0, 2)).toEqual([
      'policy.yml',
      "  policy.yml:4:9  error  Action 'add-headers' never runs: it follows 'deny', which ends the rule's phase.  action-after-terminal",
    ]);
    expect(run(npx, ['--no-install', 'tpc', 'lint', 'clean.yml'], app)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('npx tpc compile: the one-file build runs from the installed package, with its code cache', () => {
    writeFileSync(
      join(app, 'fleet.tpc'),
      ['group office = ip 203.0.113.0/24', 'site a {', '  service api http://10.0.0.1:8080', '  expose api at https://a.example.com { allow office }', '}', ''].join('\n'),
    );
    const cache = join(work, 'code-cache');
    const r = spawnSync(npx, ['--no-install', 'tpc', 'compile', 'fleet.tpc', '-o', 'out'], { cwd: app, encoding: 'utf8', timeout: 60_000, env: { ...process.env, TPC_CODE_CACHE_DIR: cache, npm_config_update_notifier: 'false' } });
    expect(r.stderr).toMatch(/^tpc: compiled 1 site and 1 cloud endpoint into out/);
    expect(r.status).toBe(0);
    expect(existsSync(join(app, 'out/a/ngrok.yml'))).toBe(true);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('an ES module imports { lint, compile, simulate, plan }, /testing and a schema, and uses them', () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import * as tpc from 'traffic-policy-compiler';
import { lint, compile, simulate, plan, NgrokClient } from 'traffic-policy-compiler';
import * as testing from 'traffic-policy-compiler/testing';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const schema = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve('traffic-policy-compiler/schemas/traffic-policy.schema.json')), 'utf8'));
const { diagnostics } = await lint([{ path: 'p.yml', text: 'on_http_request:\\n  - actions:\\n      - type: deny\\n      - type: deny\\n' }]);
const source = 'group office = ip 203.0.113.0/24\\nsite a {\\n  service db tcp://10.0.0.1:5432\\n  expose db at tcp://1.tcp.ngrok.io:12345 { allow office }\\n}\\n';
const compiled = compile(source, { file: 'a.tpc' });
const world = { endpoints: compiled.sites.flatMap((s) => [
  ...s.endpoints.map((e) => ({ url: e.url, kind: 'cloud', policy: e.policy })),
  ...s.agentConfig.endpoints.map((e) => ({ url: e.url, kind: 'agent', upstream: String(e.upstream.url) })),
]) };
const inside = simulate('tcp://1.tcp.ngrok.io:12345', { clientIp: '203.0.113.9' }, world).outcome;
const outside = simulate('tcp://1.tcp.ngrok.io:12345', { clientIp: '198.51.100.1' }, world).outcome;
const api = await testing.startFakeNgrokApi();
const planned = await plan({ desired: compiled.manifest.desired, client: new NgrokClient({ apiKey: api.apiKey, baseUrl: api.url }) });
await api.close();
console.log(JSON.stringify({
  library: Object.keys(tpc).sort(),
  testing: Object.keys(testing).sort(),
  schema: schema.$schema,
  lint: diagnostics.map((d) => d.code + '@' + d.line),
  compiled: [...compiled.files.keys()].filter((f) => f.endsWith('ngrok.yml')),
  simulated: [inside.result, outside.result],
  planned: planned.summary,
}));
`,
    );
    const r = run('node', ['use.mjs'], app);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { library: string[]; testing: string[]; schema: string; lint: string[]; compiled: string[]; simulated: string[]; planned: unknown };
    for (const name of LIBRARY_EXPORTS) expect(out.library, name).toContain(name);
    for (const name of TESTING_EXPORTS) expect(out.testing, name).toContain(name);
    expect(out.schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(out.lint).toEqual(['action-after-terminal@4']);
    expect(out.compiled).toEqual(['a/ngrok.yml']);
    expect(out.simulated).toEqual(['forwarded', 'rejected']);
    expect(out.planned).toEqual({ create: 1, update: 0, replace: 0, delete: 0, unchanged: 0 });
  });

  it('a TypeScript consumer type-checks against the installed declarations', () => {
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { compile, importNgrok, lint, NgrokClient, plan, simulate, type CompileResult, type Diagnostic, type LintResult, type Outcome, type Plan, type SimRequest } from 'traffic-policy-compiler';
import { requests, startFakeNgrokApi, type FakeNgrokApi } from 'traffic-policy-compiler/testing';

export async function check(text: string): Promise<Diagnostic[]> {
  const result: LintResult = await lint([{ path: 'policy.yml', text }], { rules: { 'inline-secret': 'error' } });
  return result.diagnostics.filter((d) => d.severity === 'error');
}

export function build(source: string): string[] {
  const result: CompileResult = compile(source, { file: 'fleet.tpc' });
  return [...result.files.keys()];
}

export function where(url: string, request: SimRequest): Outcome['result'] {
  return simulate(url, request, { endpoints: [] }).outcome.result;
}

export async function changes(source: string, apiKey: string, baseUrl: string): Promise<number> {
  const p: Plan = await plan({ desired: compile(source).manifest.desired, client: new NgrokClient({ apiKey, baseUrl }) });
  return p.summary.create + p.summary.update + p.summary.delete;
}

export function draft(text: string): string {
  return importNgrok([{ path: 'ngrok.yml', text }]).source;
}

export const someRequests = requests({ clientIp: '203.0.113.9' });

export async function fake(): Promise<string> {
  const api: FakeNgrokApi = await startFakeNgrokApi();
  const url: string = api.url;
  await api.close();
  return url;
}
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] }, files: ['consumer.ts'] }, null, 2),
    );
    const r = run('node', [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

/** What the package's main entry must export (the functions of the README and docs). */
const LIBRARY_EXPORTS = ['lint', 'compile', 'simulate', 'decide', 'plan', 'apply', 'importNgrok', 'createBaseline', 'validateBaseline', 'NgrokClient'];
/** What `traffic-policy-compiler/testing` must export. */
const TESTING_EXPORTS = ['startFakeNgrokApi', 'requests', 'ipInside', 'ipOutside', 'jwtDescription', 'fleet', 'ngrokFiles'];

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDesired } from '../../cli/commands/plan.js';
import type { CliIO } from '../../cli/io.js';
import { CliError } from '../../cli/io.js';
import { main } from '../../cli/tpc.js';
import type { DesiredEndpoint } from '../../src/apply/desired.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { desired, policy } from './helpers.js';

const KEY = 'ak_CLI_test_key_SECRET_0123456789abcdef';
let api: FakeNgrokApi;
beforeEach(async () => {
  api = await startFakeNgrokApi({ apiKey: KEY });
});
afterEach(async () => {
  await api.close();
});

async function manifestDir(eps: DesiredEndpoint[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tpc-cli-'));
  const entries = [];
  for (const d of eps) {
    const file = `${d.site}/endpoints/${d.key.split('/')[1]}.json`;
    await mkdir(join(dir, d.site!, 'endpoints'), { recursive: true });
    await writeFile(join(dir, file), JSON.stringify(d.body, null, 2));
    entries.push({ key: d.key, site: d.site, file, url: d.body.url, hash: d.hash });
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify({ version: 1, generator: 'tpc', source: 'clinics.tpc', endpoints: entries }));
  return dir;
}

interface Run {
  code: number;
  out: string;
  err: string;
}

async function tpc(args: string[], opts: { env?: Record<string, string>; tty?: boolean; confirm?: boolean } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const asked: string[] = [];
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => '',
    env: { NGROK_API_KEY: KEY, ...opts.env },
    cwd: process.cwd(),
    isTTY: opts.tty ?? false,
  };
  if (opts.confirm !== undefined) {
    io.confirm = async (q) => {
      asked.push(q);
      return opts.confirm!;
    };
  }
  const code = await main(args, io);
  expect(out + err + asked.join()).not.toContain(KEY);
  return { code, out, err };
}

const fleet = () => [desired('clinic1', 'rest-api'), desired('clinic2', 'rest-api')];

describe('tpc plan', () => {
  it('exits 2 when changes are pending, 0 when none', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['plan', dir, '--api-url', api.url]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^Plan: 2 to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged\.\n/);
    expect(r.err).toBe('');
    for (const d of fleet()) api.state.addCloudEndpoint(d.body);
    const again = await tpc(['plan', join(dir, 'manifest.json'), '--api-url', api.url]);
    expect(again).toEqual({ code: 0, out: 'No changes. 2 managed endpoint(s) match the source.\n', err: '' });
    expect(api.calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('prints JSON and Markdown', async () => {
    const dir = await manifestDir(fleet());
    const j = await tpc(['plan', dir, '--api-url', api.url, '--format', 'json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out)).toMatchObject({ summary: { create: 2 }, hasChanges: true });
    const m = await tpc(['plan', dir, '--api-url', api.url, '--format', 'markdown']);
    expect(m.out).toMatch(/^### tpc plan: 2 to create/);
  });

  it('lists unmanaged endpoints only when asked; deletes only with --prune', async () => {
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://theirs.example.com', traffic_policy: policy('https://t.internal') });
    api.state.addCloudEndpoint(desired('clinic9', 'old').body);
    const dir = await manifestDir([]);
    const r = await tpc(['plan', dir, '--api-url', api.url]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 endpoint(s) managed by tpc are no longer in the source; run with --prune');
    expect(r.out).toContain('1 cloud endpoint(s) not managed by tpc were left alone');
    const shown = await tpc(['plan', dir, '--api-url', api.url, '--show-unmanaged', '--prune']);
    expect(shown.code).toBe(2);
    expect(shown.out).toContain('Not managed by tpc (never touched):\n  https://theirs.example.com');
    expect(shown.out).toMatch(/-   delete  clinic9\/old/);
  });

  it.each([
    [['--api-key-env', 'MISSING_KEY'], /the environment variable MISSING_KEY is not set/],
    [['--concurrency', '0'], /--concurrency expects a whole number of 1 or more, got '0'/],
    [['--rate-limit', 'fast'], /--rate-limit expects a whole number of 0 or more/],
    [['--max-retries', '-1'], /--max-retries expects a whole number of 0 or more/],
    [['--api-url', 'ftp://x'], /--api-url expects an http\(s\) URL/],
    [['--bogus'], /unknown option '--bogus'/],
    [['--format', 'yaml'], /argument 'yaml' is invalid/],
  ])('exits 1 for %j', async (flags, message) => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['plan', dir, '--api-url', api.url, ...flags]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('exits 1 with the input errors for a broken manifest, without calling the API', async () => {
    const dir = await manifestDir(fleet());
    await writeFile(join(dir, 'clinic1/endpoints/rest-api.json'), '{');
    const r = await tpc(['plan', dir, '--api-url', api.url]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error TPC6006');
    expect(r.err).toContain("has 1 error(s); nothing was sent to the ngrok API");
    expect(api.calls).toEqual([]);
  });

  it('a wrong key exits 1 with a clear message naming the variable, not the key', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['plan', dir, '--api-url', api.url], { env: { NGROK_API_KEY: 'ak_wrong_SECRET_wrong_000' } });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^tpc: ngrok API GET \/endpoints\?limit=100&filter=obj\.type == "cloud": HTTP 401 ERR_NGROK_202: .*The API key was rejected.*\(the key was read from \$NGROK_API_KEY\)\n$/);
    expect(r.err).not.toContain('ak_wrong_SECRET_wrong_000');
  });

  it('an unreachable API exits 1', async () => {
    const dir = await manifestDir(fleet());
    const closed = api.url;
    await api.close();
    api = await startFakeNgrokApi({ apiKey: KEY });
    const r = await tpc(['plan', dir, '--api-url', closed, '--timeout', '2000', '--max-retries', '0']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^tpc: ngrok API GET .*network error \(ECONNREFUSED\)/);
  });

  it('explains a missing compiler for .tpc input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tpc-src-'));
    await writeFile(join(dir, 'clinics.tpc'), 'site clinic1 {}');
    const io = { cwd: dir } as CliIO;
    const err = await loadDesired('clinics.tpc', io, 1, async () => {
      throw new Error("Cannot find module '../../src/compiler/index.js'");
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).message).toBe(
      "cannot plan from the .tpc source 'clinics.tpc': the compiler is not available in this build (Cannot find module '../../src/compiler/index.js'); compile it first (tpc compile) and pass the output folder or its manifest.json",
    );
    expect((err as CliError).exitCode).toBe(1);
  });

  it('compiles .tpc input through the compiler', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tpc-src-'));
    await writeFile(join(dir, 'clinics.tpc'), 'source text');
    const seen: unknown[] = [];
    const r = await loadDesired('clinics.tpc', { cwd: dir } as CliIO, 1, async () => ({
      compile: (source: string, options: { file: string }) => {
        seen.push(source, options.file);
        return { manifest: { desired: fleet() }, diagnostics: [], emitSkipped: false };
      },
    }));
    expect(seen).toEqual(['source text', 'clinics.tpc']);
    expect(r.desired.map((d) => d.key)).toEqual(['clinic1/rest-api', 'clinic2/rest-api']);
  });
});

describe('tpc plan/apply from a .tpc source (the real compiler)', () => {
  it('applies the example fleet, then has nothing to do', async () => {
    const src = new URL('../../examples/clinic-fleet/clinics.tpc', import.meta.url).pathname;
    const first = await tpc(['plan', src, '--api-url', api.url]);
    expect(first.err).toBe('');
    expect(first.code).toBe(2);
    const created = Number(/^Plan: (\d+) to create, 0 to update, 0 to replace, 0 to delete, 0 unchanged\.$/m.exec(first.out)?.[1]);
    expect(created).toBeGreaterThan(0);
    const applied = await tpc(['apply', src, '--api-url', api.url, '--yes']);
    expect(applied.code).toBe(0);
    expect(applied.out).toContain(`Apply complete: ${created} created, 0 updated, 0 replaced, 0 deleted, 0 unchanged, 0 failed, 0 skipped.`);
    expect(api.state.cloudEndpoints()).toHaveLength(created);
    const again = await tpc(['plan', src, '--api-url', api.url]);
    expect(again).toEqual({ code: 0, out: `No changes. ${created} managed endpoint(s) match the source.\n`, err: '' });
  });
});

describe('tpc apply', () => {
  it('refuses without --yes when there is no terminal', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url]);
    expect(r.code).toBe(2);
    expect(r.err).toBe('tpc: refusing to apply without confirmation: pass --yes (there is no terminal to ask on)\n');
    expect(r.out).toMatch(/^Plan: 2 to create/);
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('applies with --yes, then has nothing to do', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Apply complete: 2 created, 0 updated, 0 replaced, 0 deleted, 0 unchanged, 0 failed, 0 skipped\.\n$/);
    expect(api.state.cloudEndpoints()).toHaveLength(2);
    const again = await tpc(['apply', dir, '--api-url', api.url, '--yes']);
    expect(again).toEqual({ code: 0, out: 'No changes. 2 managed endpoint(s) match the source.\n', err: '' });
  });

  it('asks on a terminal, shows progress, and honours "no"', async () => {
    const dir = await manifestDir(fleet());
    const no = await tpc(['apply', dir, '--api-url', api.url, '--no-color'], { tty: true, confirm: false });
    expect(no.code).toBe(1);
    expect(no.err).toBe('Apply cancelled; nothing was changed.\n');
    expect(api.state.cloudEndpoints()).toHaveLength(0);
    const yes = await tpc(['apply', dir, '--api-url', api.url, '--no-color'], { tty: true, confirm: true });
    expect(yes.code).toBe(0);
    expect(yes.err).toContain('[2/2] 2 created, 0 updated, 0 replaced, 0 deleted, 0 failed');
    expect(api.state.cloudEndpoints()).toHaveLength(2);
  });

  it('--dry-run changes nothing', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Dry run: nothing was changed\.\n$/);
    expect(api.calls.map((c) => c.method)).toEqual(['GET']);
    const j = await tpc(['apply', dir, '--api-url', api.url, '--dry-run', '--format', 'json']);
    expect(JSON.parse(j.out)).toMatchObject({ ok: true, dryRun: true, plan: { summary: { create: 2 } } });
  });

  it('prunes with --prune and leaves unmanaged endpoints alone', async () => {
    const theirs = api.state.addCloudEndpoint({ type: 'cloud', url: 'https://theirs.example.com', traffic_policy: policy('https://t.internal') });
    api.state.addCloudEndpoint(desired('clinic9', 'old').body);
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes', '--prune']);
    expect(r.code).toBe(0);
    expect(api.state.cloudEndpoints().map((e) => e.url).sort()).toEqual(['https://rest-api.clinic1.example.com', 'https://rest-api.clinic2.example.com', 'https://theirs.example.com']);
    expect(api.state.getEndpoint(theirs.id)).toEqual(theirs);
  });

  it('reports failures with exit 1 and converges on the rerun', async () => {
    const dir = await manifestDir(fleet());
    api.faults.failWrite(1, { status: 400, errorCode: 'ERR_NGROK_18006', msg: 'No reserved domain matches.' });
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes', '--concurrency', '1']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('failed    create  clinic1/rest-api  https://rest-api.clinic1.example.com\n            ngrok API POST /endpoints: HTTP 400 ERR_NGROK_18006: No reserved domain matches.');
    expect(r.out).toMatch(/Apply finished with errors: 1 created, .* 1 failed, 0 skipped\./);
    const again = await tpc(['apply', dir, '--api-url', api.url, '--yes']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Apply complete: 1 created');
  });

  it('JSON output is one document', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ ok: true, counts: { created: 2 }, plan: { summary: { create: 2 } } });
  });

  it('refuses when the URL belongs to an endpoint tpc does not manage', async () => {
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://rest-api.clinic1.example.com', traffic_policy: policy('https://t.internal') });
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('error TPC6015');
    expect(r.err).toBe('tpc: Refusing to apply: the plan has 1 error(s).\n');
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('re-lints the bodies and refuses on errors before any write', async () => {
    const { desiredEndpoint, canonicalJson } = await import('../../src/apply/desired.js');
    const bad = desiredEndpoint(
      'clinic1/rest-api',
      {
        url: 'https://rest-api.clinic1.example.com',
        traffic_policy: canonicalJson({ on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://rest-api.clinic1.internal' } }, { type: 'deny' }] }] }),
      },
      { site: 'clinic1' },
    );
    const dir = await manifestDir([bad]);
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Apply refused, nothing was changed: Refusing to apply: the artifacts have 1 error(s).\n  clinic1/rest-api.json: error action-after-terminal:');
    expect(api.calls.filter((c) => c.method !== 'GET')).toEqual([]);
  });

  it('needs an API key (usage error, exit 2)', async () => {
    const dir = await manifestDir(fleet());
    const r = await tpc(['apply', dir, '--api-url', api.url, '--yes'], { env: { NGROK_API_KEY: '' } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^tpc: the environment variable NGROK_API_KEY is not set/);
  });
});

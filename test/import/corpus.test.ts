/**
 * `tpc import` on the published corpus (../shared/corpus/ngrok-docs/agent-configs: 52 ngrok.yml
 * files from ngrok's documentation, with the policies they embed). Each file is imported on its
 * own; the draft must parse and compile without errors, and what it could not express is
 * reported. The per-file results are recorded below as data (services and exposures in the draft,
 * exposures that fail closed, and the unsupported findings as `code@line`). Then the round trip:
 * for every file, the compiled draft behaves like the original on generated requests when nothing
 * was reported, and never lets a request through that the original does not, when something was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importNgrok } from '../../src/import/index.js';
import { compile } from '../../src/compiler/index.js';
import type { SimRequest } from '../../src/sim/types.js';
import { request } from './arbitraries.js';
import { compareImport } from './equivalence.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpus = CORPUS_DIR;
const dir = join(corpus, 'agent-configs');

/** Per file: what the draft holds and what was reported (warning-level findings, `code@line`). */
const EXPECTED: Record<string, { services: number; exposures: number; failClosed: number; unsupported: string[] }> = {
  '0001.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7015@9'] }, // plain http:// public URL
  '0002.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7004@1'] }, // no endpoints at all
  '0003.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7010@10'] }, // version-2 tunnels
  '0004.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0005.yaml': { services: 2, exposures: 2, failClosed: 0, unsupported: [] },
  '0006.yaml': { services: 1, exposures: 1, failClosed: 1, unsupported: ['TPC7031@17'] }, // the policy answers itself (custom-response)
  '0007.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7013@13', 'TPC7013@16'] }, // traffic_policy_file, upstream.protocol http2
  '0008.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7014@11'] }, // no fixed URL
  '0009.yaml': { services: 1, exposures: 0, failClosed: 0, unsupported: [] },
  '0010.yaml': { services: 3, exposures: 0, failClosed: 0, unsupported: ['TPC7016@14'] }, // tcp:// upstream without a port
  '0011.yaml': { services: 3, exposures: 0, failClosed: 0, unsupported: [] },
  '0012.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7015@8', 'TPC7021@17'] }, // http://, kubernetes binding
  '0013.yaml': { services: 3, exposures: 0, failClosed: 0, unsupported: [] },
  '0014.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7016@8'] }, // placeholder upstream
  '0015.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7004@1'] },
  '0016.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7004@1'] },
  '0017.yaml': { services: 1, exposures: 0, failClosed: 0, unsupported: ['TPC7013@16'] }, // agent_tls_termination
  '0018.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7015@8', 'TPC7021@17'] },
  '0019.yaml': { services: 1, exposures: 0, failClosed: 0, unsupported: [] },
  '0020.yaml': { services: 1, exposures: 0, failClosed: 0, unsupported: ['TPC7013@8'] }, // pooling_enabled without a failover pair
  '0021.yaml': { services: 4, exposures: 0, failClosed: 0, unsupported: [] },
  '0022.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7004@1', 'TPC7011@4'] }, // endpoints nested under agent
  '0023.yaml': { services: 1, exposures: 0, failClosed: 0, unsupported: ['TPC7011@3', 'TPC7011@4'] }, // log settings
  '0024.yaml': { services: 1, exposures: 1, failClosed: 1, unsupported: ['TPC7043@9'] }, // basic-auth with literal passwords
  '0025.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0026.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7016@6'] }, // file:// upstream
  '0027.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7016@6'] },
  '0028.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0029.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7015@4'] },
  '0030.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0031.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7014@4'] },
  '0032.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0033.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0034.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0035.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7004@1', 'TPC7011@2'] },
  '0036.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0037.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0038.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: ['TPC7013@7'] }, // upstream.proxy_protocol
  '0039.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7014@4'] },
  '0040.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7022@4'] }, // stray quote in the URL (a suspect file)
  '0041.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7022@4'] },
  '0042.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: ['TPC7013@7'] },
  '0043.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0044.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7022@4'] },
  '0045.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0046.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: [] },
  '0047.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7013@9'] },
  '0048.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7013@9'] },
  '0049.yaml': { services: 2, exposures: 0, failClosed: 0, unsupported: ['TPC7013@14'] },
  '0050.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: ['TPC7011@4'] }, // connect_timeout
  '0051.yaml': { services: 1, exposures: 1, failClosed: 0, unsupported: ['TPC7011@4', 'TPC7011@5'] }, // heartbeat settings
  '0052.yaml': { services: 0, exposures: 0, failClosed: 0, unsupported: ['TPC7016@8'] },
};

/**
 * Published policies that import with nothing reported (out of 540); 112 of them state a
 * condition as `action first|response when "…"` (two more have such a condition in invalid CEL:
 * reported, and their exposures fail closed).
 */
const CLEAN_POLICIES = 275;

const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function load(f: string) {
  return [{ path: `agent-configs/${f}`, text: readFileSync(join(dir, f), 'utf8') }];
}

function count(source: string, re: RegExp): number {
  return (source.match(re) ?? []).length;
}

/** Requests aimed at what a file's policies test: addresses inside and just outside each range it names. */
function addressesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})\b/g)) {
    const base = ((+m[1]! << 24) >>> 0) + (+m[2]! << 16) + (+m[3]! << 8) + +m[4]!;
    const bits = +m[5]!;
    const size = bits === 0 ? 2 ** 32 : 2 ** (32 - bits);
    const net = base - (base % size);
    for (const n of [net + Math.min(1, size - 1), net + size]) if (n < 2 ** 32) out.add([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.'));
  }
  return [...out];
}

describe('tpc import on the published agent configs', () => {
  it('covers every corpus file', () => {
    expect(files).toEqual(Object.keys(EXPECTED));
  });

  for (const f of files) {
    it(`${f}: the draft compiles; results as recorded`, () => {
      const r = importNgrok(load(f), { draftName: 'draft.tpc' });
      const c = compile(r.source, { file: 'draft.tpc', readFile: () => undefined });
      expect(c.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`), r.source).toEqual([]);
      expect({
        services: count(r.source, /^\s+service /gm),
        exposures: count(r.source, /^\s+expose /gm),
        failClosed: count(r.source, /denies every request until you fix it\.\n\s+expose/g),
        unsupported: r.unsupported.map((u) => `${u.code}@${u.line}`),
      }).toEqual(EXPECTED[f]);
      // Every unsupported finding points into the file it is about.
      for (const u of r.unsupported) expect(u.file).toBe(`agent-configs/${f}`);
    });
  }

  it('round trip: same outcomes where nothing was reported, never more permissive where something was', () => {
    let compared = 0;
    for (const f of files) {
      const input = load(f);
      const extra = addressesOf(input[0]!.text);
      fc.assert(
        fc.property(fc.array(request, { minLength: 30, maxLength: 30 }), fc.array(fc.constantFrom('127.0.0.1', ...extra), { minLength: 30, maxLength: 30 }), (reqs, ips) => {
          const cmp = compareImport(input, (url) => reqs.map((r, i): SimRequest => ({ ...r, clientIp: i % 2 === 0 ? ips[i]! : r.clientIp, url: url + (url.startsWith('https') ? (r.path ?? '/') : '') })));
          compared += cmp.compared;
          expect(cmp.widenings, `${f}\n${cmp.result.source}`).toEqual([]);
          if (EXPECTED[f]!.unsupported.length === 0) expect(cmp.mismatches, `${f}\n${cmp.result.source}`).toEqual([]);
        }),
        { numRuns: 10 },
      );
    }
    expect(compared).toBeGreaterThan(3000);
  });
});

/**
 * Every published policy the INDEX does not mark as suspect, put on a public agent endpoint of an
 * ngrok.yml that also serves the internal URLs it forwards to: the draft compiles, and on generated
 * requests it is never more permissive than the original (identical where nothing was reported).
 */
describe('tpc import on the published policies (each on a public agent endpoint)', () => {
  const index = readFileSync(join(corpus, 'INDEX.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split('\t'));
  const wrapped: { file: string; input: { path: string; text: string }[] }[] = [];
  for (const row of index) {
    if (row[2] !== 'policy' || row[7]) continue;
    const text = readFileSync(join(corpus, row[0]!), 'utf8');
    let policy: unknown;
    try {
      policy = row[0]!.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
    } catch {
      continue;
    }
    if (!policy || typeof policy !== 'object' || Array.isArray(policy)) continue;
    const p = policy as Record<string, unknown>;
    const targets = [...new Set([...text.matchAll(/(https?|tcp|tls):\/\/[a-z0-9.-]+\.internal(:\d+)?/g)].map((m) => m[0]))];
    const tcp = 'on_tcp_connect' in p && !('on_http_request' in p) && !('on_http_response' in p) && !text.includes('terminate-tls');
    const endpoints: unknown[] = [{ name: 'front', url: tcp ? 'tcp://1.tcp.ngrok.io:12345' : 'https://front.example.com', upstream: { url: tcp ? '10.9.9.9:22' : 8080 }, traffic_policy: policy }];
    targets.forEach((t, i) => endpoints.push({ name: `t${i}`, url: t, upstream: { url: t.startsWith('http') ? `http://10.0.0.${i + 1}:80` : `10.0.0.${i + 1}:${t.split(':').pop()}` } }));
    wrapped.push({ file: row[0]!, input: [{ path: `${row[0]}.ngrok.yml`, text: stringifyYaml({ version: 3, endpoints }) }] });
  }

  it('wraps every parseable non-suspect policy', () => {
    expect(wrapped.length).toBe(540);
  });

  it('drafts compile; faithful where nothing is reported, never more permissive otherwise', () => {
    let clean = 0;
    for (const { file, input } of wrapped) {
      const r = importNgrok(input, { draftName: 'draft.tpc' });
      if (r.unsupported.length === 0) clean++;
      fc.assert(
        fc.property(fc.array(request, { minLength: 20, maxLength: 20 }), (reqs) => {
          const cmp = compareImport(input, (url) => reqs.map((q) => ({ ...q, url: url + (url.startsWith('https') ? (q.path ?? '/') : '') })));
          expect(cmp.compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), `${file}\n${cmp.result.source}`).toEqual([]);
          expect(cmp.widenings, `${file}\n${cmp.result.source}`).toEqual([]);
          if (cmp.result.unsupported.length === 0) expect(cmp.mismatches, `${file}\n${cmp.result.source}`).toEqual([]);
        }),
        { numRuns: 2 },
      );
    }
    // How many of the published policies tpc import states completely (the rest are reported).
    expect(clean).toBe(CLEAN_POLICIES);
  });
});

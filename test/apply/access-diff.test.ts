/**
 * `tpc plan` states a change in access terms (issue 5 item 3): the example fleet is applied to
 * the fake API, the source then allows `vpn` into patient-db, and the plan says so per clinic.
 */

import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../cli/io.js';
import { main } from '../../cli/tpc.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/fake-ngrok-api.js';

const KEY = 'ak_ACCESS_diff_test_key_SECRET_0123456789';
let api: FakeNgrokApi;
let dir: string;
beforeEach(async () => {
  api = await startFakeNgrokApi({ apiKey: KEY });
  dir = await mkdtemp(join(tmpdir(), 'tpc-access-'));
  await cp(new URL('../../examples/clinic-fleet', import.meta.url).pathname, dir, { recursive: true });
});
afterEach(async () => {
  await api.close();
});

async function tpc(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => '', env: { NGROK_API_KEY: KEY }, cwd: dir, isTTY: false };
  const code = await main(args, io);
  expect(out + err).not.toContain(KEY);
  return { code, out, err };
}

const CLINICS = ['clinic1', 'clinic2', 'clinic3'];

describe('tpc plan: access terms', () => {
  it('shows who gains reach, in text and markdown, after a .tpc change', async () => {
    const applied = await tpc(['apply', 'clinics.tpc', '--api-url', api.url, '--yes', '--rate-limit', '0']);
    expect(applied.code).toBe(0);
    // The first plan (all creates) listed who can reach each new endpoint.
    expect(applied.out).toContain('      + office can now reach clinic1/patient-db\n');
    expect(applied.out).toContain('      + staff can now reach clinic2/rest-api /api\n');

    const file = join(dir, 'clinics.tpc');
    const src = await readFile(file, 'utf8');
    const changed = src.replace('    mtls ca clinic-ca\n    allow office\n', '    mtls ca clinic-ca\n    allow office\n    allow vpn\n');
    expect(changed).not.toBe(src);
    await writeFile(file, changed);

    const text = await tpc(['plan', 'clinics.tpc', '--api-url', api.url]);
    expect(text.err).toBe('');
    expect(text.code).toBe(2);
    // The inserted line also renumbers rule names (`clinics.tpc:74 …`) of later exposures, but
    // names are provenance, not behaviour: only the three patient-db endpoints change.
    const updates = Number(/^Plan: 0 to create, (\d+) to update, 0 to replace, 0 to delete, \d+ unchanged\.\n/.exec(text.out)?.[1]);
    expect(updates).toBe(3);
    const accessLines = text.out.split('\n').filter((l) => /^ {6}[-+~?] /.test(l));
    expect(accessLines).toEqual(CLINICS.map((c) => `      + vpn can now reach ${c}/patient-db`));
    for (const c of CLINICS) expect(text.out).toContain(`~   update  ${c}/patient-db`);

    const md = await tpc(['plan', 'clinics.tpc', '--api-url', api.url, '--format', 'markdown']);
    expect(md.code).toBe(2);
    const section = md.out.slice(md.out.indexOf('**Access changes**'));
    expect(section.split('\n\n')[1]!.split('\n')).toEqual(CLINICS.map((c) => `- \`${c}/patient-db\`: + vpn can now reach ${c}/patient-db`));

    const json = JSON.parse((await tpc(['plan', 'clinics.tpc', '--api-url', api.url, '--format', 'json'])).out) as { items: { key: string; access?: string[] }[] };
    expect(json.items.filter((i) => i.access).map((i) => [i.key, i.access])).toEqual(CLINICS.map((c) => [`${c}/patient-db`, [`+ vpn can now reach ${c}/patient-db`]]));
  });

  it('prints no access lines for a compiled manifest (no program to name subjects)', async () => {
    const compiled = await tpc(['compile', 'clinics.tpc', '-o', 'out']);
    expect(compiled.code).toBe(0);
    const r = await tpc(['plan', 'out', '--api-url', api.url, '--format', 'json']);
    expect(r.code).toBe(2);
    const items = (JSON.parse(r.out) as { items: { access?: string[] }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.access === undefined)).toBe(true);
  });
});

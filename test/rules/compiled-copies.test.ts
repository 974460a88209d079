// `tpc lint clinics.tpc out/`: the compiled output of a linted `.tpc` file is a copy of that file's
// artifacts and is linted as a workspace of its own, not beside them (where every internal URL
// would be served twice, by the source's site and by the output folder's).
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { lint, type LintInput } from '../../src/rules/engine.js';

const SOURCE = `group office = ip 203.0.113.0/24
template clinic(id) {
  service api http://10.0.0.1:8080
  service db tcp://10.0.0.2:5432
  expose api at https://\${id}.api.example { allow office }
  expose db at tls://db.\${id}.example { allow office }
}
site north = clinic(id: "north")
site south = clinic(id: "south")
`;

/** The compiled files as lint inputs under `out/` (acl.json and manifest.json included, as a folder walk finds them). */
function output(source = 'clinics.tpc'): LintInput[] {
  const r = compile(SOURCE, { file: source });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return [...r.files].filter(([p]) => /\.(ya?ml|json)$/.test(p)).map(([p, text]) => ({ path: `out/${p}`, text }));
}

const errors = (ds: { severity: string; code: string; file: string; line: number }[]) => ds.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.code}`);

describe('a .tpc file linted with its own compiled output', () => {
  it('raises nothing: the output is linted apart from the source it was compiled from', async () => {
    const r = await lint([{ path: 'clinics.tpc', text: SOURCE }, ...output()]);
    expect(errors(r.diagnostics)).toEqual([]);
  });

  it('matches the source by file name, wherever either was named from', async () => {
    const r = await lint([{ path: 'fleet/clinics.tpc', text: SOURCE }, ...output('clinics.tpc')]);
    expect(errors(r.diagnostics)).toEqual([]);
  });

  it('still compares output of another source with the .tpc file (same internal URLs: shared-internal-url)', async () => {
    const r = await lint([{ path: 'clinics.tpc', text: SOURCE }, ...output('other.tpc')]);
    expect([...new Set(errors(r.diagnostics))]).toEqual([
      'clinics.tpc:3 shared-internal-url',
      'clinics.tpc:4 shared-internal-url',
      'out/north/ngrok.yml:11 shared-internal-url',
      'out/north/ngrok.yml:18 shared-internal-url',
      'out/south/ngrok.yml:11 shared-internal-url',
      'out/south/ngrok.yml:18 shared-internal-url',
    ]);
  });

  it('still lints the copies themselves: an edited policy file is reported', async () => {
    const files = output();
    const policy = files.find((f) => f.path === 'out/north/endpoints/api.policy.yaml')!;
    // Move the restrict-ips action after forward-internal (the classic hand edit that never runs).
    const edited = policy.text!.replace(/( {6}- type: restrict-ips\n(?: {8}.*\n)+)( {6}- type: forward-internal\n(?: {8}.*\n)+)/, '$2$1');
    expect(edited).not.toBe(policy.text);
    policy.text = edited;
    const r = await lint([{ path: 'clinics.tpc', text: SOURCE }, ...files]);
    expect(errors(r.diagnostics)).toEqual(['out/north/endpoints/api.policy.yaml:10 action-after-terminal']);
  });
});

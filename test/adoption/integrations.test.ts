/**
 * The integration files and the adoption docs agree with each other and with the code:
 * `.pre-commit-hooks.yaml` exposes the documented hooks; the CI example in docs/ci.md is the file
 * in examples/ci/ and what `tpc init` writes; every relative link of the docs index, getting
 * started and CI pages resolves; the editor recipes name schemas that exist and that validate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PRE_COMMIT, WORKFLOW } from '../../cli/commands/init.js';
import { validateSchema } from '../../src/ngrok/schema.js';
import { repoRoot } from '../cli/helpers.js';

const read = (p: string) => readFileSync(join(repoRoot, p), 'utf8');

/** Fenced blocks of a markdown file with their language. */
function blocks(md: string): { lang: string; body: string }[] {
  return [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as { id: string; entry: string; language: string; files?: string; pass_filenames?: boolean; require_serial?: boolean }[];

  it('exposes tpc-lint, tpc-fmt and tpc-lint-all as node hooks', () => {
    expect(hooks.map((h) => [h.id, h.entry, h.language])).toEqual([
      ['tpc-lint', 'tpc lint', 'node'],
      ['tpc-fmt', 'tpc fmt --check', 'node'],
      ['tpc-lint-all', 'tpc lint', 'node'],
    ]);
    expect(hooks[0]!.require_serial).toBe(true);
    expect(hooks[2]!.pass_filenames).toBe(false);
  });

  it('tpc-lint takes YAML, JSON and .tpc files; tpc-fmt only .tpc files', () => {
    const lint = new RegExp(hooks[0]!.files!);
    const fmt = new RegExp(hooks[1]!.files!);
    for (const f of ['ngrok.yml', 'sites/a/ngrok.yaml', 'endpoints/api.json', 'fleet.tpc']) expect(lint.test(f), f).toBe(true);
    for (const f of ['README.md', 'main.ts', 'fleet.tpc.bak']) expect(lint.test(f), f).toBe(false);
    expect(fmt.test('fleet.tpc')).toBe(true);
    expect(fmt.test('ngrok.yml')).toBe(false);
  });

  it('the hook entries are commands of the CLI', async () => {
    const { COMMANDS } = await import('../../cli/tpc.js');
    for (const h of hooks) expect(COMMANDS.map((c) => c.name)).toContain(h.entry.split(' ')[1]);
  });
});

describe('the CI example', () => {
  it('examples/ci/ holds what tpc init writes', () => {
    expect(read('examples/ci/github-actions.yml')).toBe(WORKFLOW);
    expect(read('examples/ci/pre-commit-config.yaml')).toBe(PRE_COMMIT);
  });

  it('docs/ci.md shows the workflow and the local hooks as they are', () => {
    const yaml = blocks(read('docs/ci.md')).filter((b) => b.lang === 'yaml').map((b) => b.body);
    expect(yaml).toContain(WORKFLOW);
    expect(yaml.some((b) => PRE_COMMIT.endsWith(b))).toBe(true);
  });

  it('the workflow runs lint as SARIF, compile --check, test, plan on pull requests and apply --yes on main', () => {
    const wf = parseYaml(WORKFLOW) as { jobs: { check: { steps: { name?: string; run?: string; if?: string; uses?: string }[] }; apply: { if: string; steps: { run?: string }[] } } };
    const check = wf.jobs.check.steps;
    expect(check.find((s) => s.run?.includes('tpc lint'))!.run).toContain('--format sarif');
    expect(check.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!.if).toBe('always()');
    expect(check.find((s) => s.run?.includes('tpc plan'))!.if).toBe("github.event_name == 'pull_request'");
    expect(check.find((s) => s.run?.includes('tpc plan'))!.run).toContain('--format markdown');
    expect(wf.jobs.apply.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(wf.jobs.apply.steps.at(-1)!.run).toBe('npx tpc apply out --yes');
  });
});

describe('the adoption docs', () => {
  for (const page of ['docs/README.md', 'docs/getting-started.md', 'docs/ci.md']) {
    it(`${page}: every relative link resolves`, () => {
      const md = read(page);
      const links = [...md.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
      expect(links.length).toBeGreaterThan(2);
      for (const l of links) expect(existsSync(resolve(repoRoot, dirname(page), l)), `${page} → ${l}`).toBe(true);
    });
  }

  it('the docs index links every page of docs/', () => {
    const md = read('docs/README.md');
    for (const page of ['getting-started.md', 'dsl.md', 'compiler.md', 'rules/README.md', 'diagnostics.md', 'simulation.md', 'property-testing.md', 'corpus-report.md', 'apply.md', 'ci.md', 'cli.md']) {
      expect(md, page).toContain(`](${page})`);
    }
  });

  it('the editor recipes name schemas that exist, and their examples validate', () => {
    const md = read('docs/ci.md');
    const named = [...md.matchAll(/traffic-policy-compiler\/schemas\/([a-z-]+\.schema\.json)/g)].map((m) => m[1]!);
    expect(new Set(named)).toEqual(new Set(['agent-config.schema.json', 'traffic-policy.schema.json', 'cloud-endpoint.schema.json', 'tpc-config.schema.json']));
    for (const s of named) expect(existsSync(join(repoRoot, 'schemas', s)), s).toBe(true);
    const modelines = blocks(md).filter((b) => b.body.startsWith('# yaml-language-server: $schema='));
    expect(modelines).toHaveLength(2);
    for (const b of modelines) {
      const kind = b.body.includes('agent-config') ? 'agent-config' : 'traffic-policy';
      expect(validateSchema(kind, parseYaml(b.body)), kind).toEqual([]);
    }
  });
});

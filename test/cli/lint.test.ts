/**
 * The whole `tpc lint` command, run in-process through `main(argv, io)`: exit codes and exact
 * output for each format on the fixtures in test/fixtures/lint/, plus files, folders, globs,
 * stdin, --fix, --max-warnings, --rule, --quiet, config files, baselines and suppressions.
 */
import { chmodSync, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { fixtures, repoRoot, tmp, tpc } from './helpers.js';

const AFTER_TERMINAL_MESSAGE = "Action 'add-headers' never runs: it follows 'deny', which ends the rule's phase.";
const UNREACHABLE_MESSAGE = "Rule 'never reached' in 'on_http_request' never runs: rule 'closed for maintenance' before it matches all traffic and ends in 'deny'.";

const AFTER_TERMINAL_STYLISH = `after-terminal.yml
  after-terminal.yml:8:9  error  ${AFTER_TERMINAL_MESSAGE}  action-after-terminal
    8 |       - type: add-headers
      |         ^^^^^^^^^^^^^^^^^
    related: after-terminal.yml:5:9  'deny' ends the phase here.

✖ 1 problem (1 error, 0 warnings)
  1 error and 0 warnings potentially fixable with the \`--fix\` option.
`;

/** A copy of some fixtures in a scratch folder. */
function copyFixtures(...names: string[]): string {
  const dir = tmp();
  for (const n of names) copyFileSync(join(fixtures, n), join(dir, n));
  return dir;
}

describe('tpc lint: formats', () => {
  it('prints nothing and exits 0 for a clean file', async () => {
    expect(await tpc(['lint', 'clean.yml'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('stylish: file:line:col, severity, message, rule id, code frame, summary; exit 1', async () => {
    expect(await tpc(['lint', 'after-terminal.yml', 'clean.yml'])).toEqual({ code: 1, stdout: AFTER_TERMINAL_STYLISH, stderr: '' });
  });

  it('stylish: shows a suppressed security finding with its reason; hides and counts the other', async () => {
    const r = await tpc(['lint', 'suppressed.yml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`suppressed.yml
  suppressed.yml:8:9  error  ${AFTER_TERMINAL_MESSAGE}  action-after-terminal
    suppressed (inline): kept until CLIN-42 moves the header
    8 |       - type: add-headers
      |         ^^^^^^^^^^^^^^^^^
    hint: Move it ahead of 'deny'.
    related: suppressed.yml:4:9  'deny' ends the phase here.

✔ 0 problems
  2 suppressed (1 shown above with the reason).
`);
  });

  it('stylish: a YAML syntax error is a TPC0001 finding with a position', async () => {
    const r = await tpc(['lint', 'syntax.yml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`syntax.yml
  syntax.yml:4:1  error  YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]  TPC0001
    4 |
      | ^

✖ 1 problem (1 error, 0 warnings)
`);
  });

  it('json: exactly the ESLint formatter shape, clean files included', async () => {
    const r = await tpc(['lint', '--format', 'json', 'after-terminal.yml', 'clean.yml', 'suppressed.yml']);
    expect(r.code).toBe(1);
    const source = readFileSync(join(fixtures, 'after-terminal.yml'), 'utf8');
    const expected = [
      {
        filePath: join(fixtures, 'after-terminal.yml'),
        messages: [
          {
            ruleId: 'action-after-terminal',
            severity: 2,
            message: AFTER_TERMINAL_MESSAGE,
            line: 8,
            column: 9,
            endLine: 8,
            endColumn: 26,
            fix: { range: [146, 288], text: 'type: add-headers\n        config:\n          headers:\n            x-clinic: north\n      - type: deny\n        config:\n          status_code: 503' },
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 1,
        fixableWarningCount: 0,
        source,
        usedDeprecatedRules: [],
      },
      { filePath: join(fixtures, 'clean.yml'), messages: [], suppressedMessages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [] },
      {
        filePath: join(fixtures, 'suppressed.yml'),
        messages: [],
        suppressedMessages: [
          { ruleId: 'action-after-terminal', severity: 2, message: AFTER_TERMINAL_MESSAGE, line: 8, column: 9, endLine: 8, endColumn: 26, suppressions: [{ kind: 'directive', justification: 'kept until CLIN-42 moves the header' }] },
          { ruleId: 'unreachable-rule', severity: 2, message: UNREACHABLE_MESSAGE, line: 13, column: 5, endLine: 13, endColumn: 24, suppressions: [{ kind: 'directive', justification: 'staging only; removed with CLIN-43' }] },
        ],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ];
    expect(r.stdout).toBe(JSON.stringify(expected) + '\n');
  });

  it('json: a file that cannot be parsed is a fatal message', async () => {
    const r = await tpc(['lint', '-f', 'json', 'syntax.yml']);
    const [res] = JSON.parse(r.stdout) as { messages: { ruleId: string; fatal?: boolean; severity: number }[]; fatalErrorCount: number }[];
    expect(res!.messages.map((x) => [x.ruleId, x.severity, x.fatal])).toEqual([['TPC0001', 2, true]]);
    expect(res!.fatalErrorCount).toBe(1);
  });

  it('sarif: SARIF 2.1.0 with rule metadata, 1-based regions, fixes and suppressions', async () => {
    const r = await tpc(['lint', '--format', 'sarif', 'after-terminal.yml', 'suppressed.yml']);
    expect(r.code).toBe(1);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { repository?: unknown };
    expect(pkg.repository).toBeUndefined(); // when it is set, helpUri becomes the repository's docs URL
    const docs = pathToFileURL(join(repoRoot, 'docs/rules') + '/').href;
    const rules = RULES.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.meta.description },
      helpUri: `${docs}${rule.id}.md`,
      defaultConfiguration: { level: rule.meta.severity === 'info' ? 'note' : rule.meta.severity },
      properties: { tags: [rule.meta.category, ...(rule.meta.requiresReason ? ['security'] : [])], ...(rule.meta.fixable ? { fixable: true } : {}) },
    }));
    const index = (id: string) => RULES.findIndex((x) => x.id === id);
    const log = JSON.parse(r.stdout) as { runs: { results: { partialFingerprints: Record<string, string> }[] }[] };
    const fps = log.runs[0]!.results.map((x) => x.partialFingerprints['tpc/v1']);
    expect(fps.every((f) => /^[0-9a-f]{16}$/.test(f ?? ''))).toBe(true);
    const at = readFileSync(join(fixtures, 'after-terminal.yml'), 'utf8');
    const sup = readFileSync(join(fixtures, 'suppressed.yml'), 'utf8');
    const region = (l: number, c: number, el: number, ec: number, off: number, len: number) => ({ startLine: l, startColumn: c, endLine: el, endColumn: ec, charOffset: off, charLength: len });
    const expected = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'tpc', fullName: 'tpc (traffic-policy-compiler)', version: '0.1.0', semanticVersion: '0.1.0', rules } },
          originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(fixtures + '/').href } },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'action-after-terminal',
              ruleIndex: index('action-after-terminal'),
              level: 'error',
              message: { text: AFTER_TERMINAL_MESSAGE },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'after-terminal.yml', uriBaseId: '%SRCROOT%' }, region: region(8, 9, 8, 26, at.indexOf('type: add-headers'), 17) } }],
              partialFingerprints: { 'tpc/v1': fps[0] },
              relatedLocations: [{ id: 0, message: { text: "'deny' ends the phase here." }, physicalLocation: { artifactLocation: { uri: 'after-terminal.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 9, endLine: 5, endColumn: 19 } } }],
              fixes: [
                {
                  description: { text: "Move the actions after 'deny' ahead of it." },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: 'after-terminal.yml', uriBaseId: '%SRCROOT%' },
                      replacements: [
                        { deletedRegion: { charOffset: at.indexOf('type: deny'), charLength: 53 }, insertedContent: { text: 'type: add-headers\n        config:\n          headers:\n            x-clinic: north' } },
                        { deletedRegion: { charOffset: at.indexOf('type: add-headers'), charLength: 80 }, insertedContent: { text: 'type: deny\n        config:\n          status_code: 503' } },
                      ],
                    },
                  ],
                },
              ],
            },
            {
              ruleId: 'action-after-terminal',
              ruleIndex: index('action-after-terminal'),
              level: 'error',
              message: { text: `${AFTER_TERMINAL_MESSAGE} Move it ahead of 'deny'.` },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'suppressed.yml', uriBaseId: '%SRCROOT%' }, region: region(8, 9, 8, 26, sup.indexOf('type: add-headers'), 17) } }],
              partialFingerprints: { 'tpc/v1': fps[1] },
              relatedLocations: [{ id: 0, message: { text: "'deny' ends the phase here." }, physicalLocation: { artifactLocation: { uri: 'suppressed.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 19 } } }],
              suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'kept until CLIN-42 moves the header' }],
            },
            {
              ruleId: 'unreachable-rule',
              ruleIndex: index('unreachable-rule'),
              level: 'error',
              message: { text: `${UNREACHABLE_MESSAGE} Move rule 'never reached' above rule 'closed for maintenance', or give rule 'closed for maintenance' expressions.` },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'suppressed.yml', uriBaseId: '%SRCROOT%' }, region: region(13, 5, 13, 24, sup.indexOf('name: never reached'), 19) } }],
              partialFingerprints: { 'tpc/v1': fps[2] },
              relatedLocations: [
                {
                  id: 0,
                  message: { text: "Rule 'closed for maintenance' has no expressions and always ends in 'deny'." },
                  physicalLocation: { artifactLocation: { uri: 'suppressed.yml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 33 } },
                },
              ],
              suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'staging only; removed with CLIN-43' }],
            },
          ],
        },
      ],
    };
    expect(r.stdout).toBe(JSON.stringify(expected, null, 2) + '\n');
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await tpc(['lint', '--format', 'xml', 'clean.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, sarif.");
  });

  it('colours only when asked or on a terminal', async () => {
    const plain = await tpc(['lint', 'after-terminal.yml']);
    expect(plain.stdout).not.toContain('\u001b[');
    const tty = await tpc(['lint', 'after-terminal.yml'], { isTTY: true });
    expect(tty.stdout).toContain('\u001b[31merror\u001b[39m');
    expect((await tpc(['lint', '--no-color', 'after-terminal.yml'], { isTTY: true })).stdout).toBe(AFTER_TERMINAL_STYLISH);
    expect((await tpc(['lint', 'after-terminal.yml'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).toBe(AFTER_TERMINAL_STYLISH);
    expect((await tpc(['lint', '--color', 'after-terminal.yml'])).stdout).toContain('\u001b[4mafter-terminal.yml\u001b[24m');
  });
});

describe('tpc lint: paths', () => {
  function tree(): string {
    const dir = tmp();
    const clean = readFileSync(join(fixtures, 'clean.yml'));
    for (const p of ['a.yml', 'sub/b.yaml', 'sub/deep/c.json', 'sub/d.tpc', 'notes.txt', 'node_modules/x.yml', '.git/y.yml', 'dist/z.yml', 'sub/README.md']) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), p.endsWith('.json') ? '{"on_http_request": []}\n' : p.endsWith('.tpc') ? '' : clean);
    }
    // Tooling JSON is never ngrok configuration ('version' would make package.json look like an agent config).
    for (const p of ['package.json', 'sub/package-lock.json', 'tsconfig.json', 'sub/tsconfig.build.json', 'tpc.config.json', 'tpc-baseline.json']) {
      writeFileSync(join(dir, p), p === 'tpc.config.json' ? '{}' : '{"version": "1.0.0"}');
    }
    return dir;
  }
  const listed = async (cwd: string, ...paths: string[]) => {
    const r = await tpc(['lint', '-f', 'json', '--rule', 'action-after-terminal=off', ...paths], { cwd });
    return (JSON.parse(r.stdout) as { filePath: string }[]).map((x) => x.filePath.slice(cwd.length + 1));
  };

  it('recurses into folders, picking yml/yaml/json/tpc and skipping node_modules, .git and dist', async () => {
    const dir = tree();
    expect(await listed(dir, '.')).toEqual(['a.yml', 'sub/b.yaml', 'sub/d.tpc', 'sub/deep/c.json']);
    expect(await listed(dir)).toEqual(['a.yml', 'sub/b.yaml', 'sub/d.tpc', 'sub/deep/c.json']);
    expect(await listed(dir, 'sub')).toEqual(['sub/b.yaml', 'sub/d.tpc', 'sub/deep/c.json']);
  });

  it('expands quoted globs and lints a named file whatever its extension', async () => {
    const dir = tree();
    expect(await listed(dir, '**/*.yml')).toEqual(['a.yml']);
    expect(await listed(dir, 'sub/**/*.{yaml,json}')).toEqual(['sub/b.yaml', 'sub/deep/c.json']);
    expect(await listed(dir, 'sub/*')).toEqual(['sub/b.yaml', 'sub/d.tpc']);
    expect(await listed(dir, 'notes.txt', 'a.yml', 'a.yml')).toEqual(['notes.txt', 'a.yml']);
    // Tooling JSON is skipped even when named (pre-commit passes every staged *.json file).
    expect(await listed(dir, 'tsconfig.json', 'package.json', 'a.yml')).toEqual(['a.yml']);
  });

  it.each([
    [['missing.yml'], "tpc: cannot read 'missing.yml': no such file or folder\n"],
    [['clean.yml', 'nope/x.yml'], "tpc: cannot read 'nope/x.yml': no such file or folder\n"],
    [['*.nothing.yml'], "tpc: no files match the pattern '*.nothing.yml'\n"],
    [['empty-dir'], "tpc: the folder 'empty-dir' holds no files to lint (*.yml, *.yaml, *.json, *.tpc)\n"],
  ])('a path that is not there is a usage error (exit 2): %j', async (paths, stderr) => {
    const dir = copyFixtures('clean.yml');
    mkdirSync(join(dir, 'empty-dir'));
    expect(await tpc(['lint', ...paths], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('reads standard input with -, named by --stdin-filename', async () => {
    const text = readFileSync(join(fixtures, 'after-terminal.yml'), 'utf8');
    const r = await tpc(['lint', '-'], { stdin: text });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(AFTER_TERMINAL_STYLISH.replaceAll('after-terminal.yml', '<stdin>'));
    const named = await tpc(['lint', '-', '--stdin-filename', 'clinics/north.yml'], { stdin: text });
    expect(named.stdout).toBe(AFTER_TERMINAL_STYLISH.replaceAll('after-terminal.yml', 'clinics/north.yml'));
    expect(await tpc(['lint', '-'], { stdin: '{"on_http_request": []}' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    [['lint', '-', '--fix'], "tpc: --fix cannot write to standard input; save the text to a file and lint that\n"],
    [['lint', 'clean.yml', '--stdin-filename', 'x.yml'], "tpc: --stdin-filename applies only when '-' (standard input) is among the paths\n"],
    [['lint', '-', '-'], "tpc: '-' (standard input) can be given only once\n"],
  ])('stdin misuse is a usage error: %j', async (argv, stderr) => {
    expect(await tpc(argv, { stdin: '' })).toEqual({ code: 2, stdout: '', stderr });
  });

  it('forces the document kind with --kind', async () => {
    // Read as an agent config, the policy is judged by the agent-config schema and has no actions to judge.
    const text = readFileSync(join(fixtures, 'after-terminal.yml'), 'utf8');
    expect((await tpc(['lint', '-'], { stdin: text })).code).toBe(1);
    const codes = async (...flags: string[]) => {
      const r = await tpc(['lint', '-f', 'json', ...flags, '-'], { stdin: text });
      return (JSON.parse(r.stdout) as { messages: { ruleId: string }[] }[])[0]!.messages.map((x) => x.ruleId);
    };
    expect(await codes()).toEqual(['action-after-terminal']);
    expect(await codes('--kind', 'traffic-policy')).toEqual(['action-after-terminal']);
    const asAgent = await codes('--kind', 'agent-config');
    expect(asAgent).not.toContain('action-after-terminal');
    expect(asAgent).toContain('schema');
    const bad = await tpc(['lint', '--kind', 'nonsense', '-'], { stdin: text });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("argument 'nonsense' is invalid. Allowed choices are traffic-policy, agent-config, cloud-endpoint.");
  });
});

describe('tpc lint: files that are not ngrok files', () => {
  it('a named file of no known kind is reported (TPC0009, a warning); the same file found in a folder is passed over', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'deploy.yaml'), 'name: my-app\nreplicas: 3\n');
    writeFileSync(join(dir, 'policy.yml'), 'on_http_request:\n  - actions:\n      - type: deny\n');
    const named = await tpc(['lint', 'deploy.yaml'], { cwd: dir });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('deploy.yaml:1:1  warning  Could not tell what this document is (not a Traffic Policy, ngrok.yml or cloud endpoint body); it was not linted.  TPC0009');
    expect(await tpc(['lint', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await tpc(['lint', 'deploy.yaml', '--kind', 'traffic-policy'], { cwd: dir })).stdout).not.toContain('TPC0009');
  });
});

describe('tpc lint: --fix', () => {
  it('writes the fixed file atomically and reports what is left', async () => {
    const dir = copyFixtures('after-terminal.yml', 'clean.yml');
    chmodSync(join(dir, 'after-terminal.yml'), 0o640);
    const r = await tpc(['lint', '--fix', 'after-terminal.yml', 'clean.yml'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(join(dir, 'after-terminal.yml'), 'utf8')).toBe(`# The header is added after the request was already denied: it never runs.
on_http_request:
  - name: closed for maintenance
    actions:
      - type: add-headers
        config:
          headers:
            x-clinic: north
      - type: deny
        config:
          status_code: 503
`);
    expect(statSync(join(dir, 'after-terminal.yml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'clean.yml'), 'utf8')).toBe(readFileSync(join(fixtures, 'clean.yml'), 'utf8'));
    expect(readdirSync(dir).sort()).toEqual(['after-terminal.yml', 'clean.yml']);
    // Fixed files are clean on the next run.
    expect(await tpc(['lint', 'after-terminal.yml'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('json output carries the fixed text as output', async () => {
    const dir = copyFixtures('after-terminal.yml');
    const r = await tpc(['lint', '--fix', '-f', 'json', 'after-terminal.yml'], { cwd: dir });
    const [res] = JSON.parse(r.stdout) as { output?: string; source?: string; messages: unknown[] }[];
    expect(res!.messages).toEqual([]);
    expect(res!.output).toBe(readFileSync(join(dir, 'after-terminal.yml'), 'utf8'));
    expect(res!.source).toBeUndefined();
  });

  it('keeps a byte-order mark', async () => {
    const dir = copyFixtures('after-terminal.yml');
    const file = join(dir, 'after-terminal.yml');
    writeFileSync(file, '\ufeff' + readFileSync(file, 'utf8'));
    expect((await tpc(['lint', '--fix', 'after-terminal.yml'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(file, 'utf8').startsWith('\ufeff# The header')).toBe(true);
  });
});

describe('tpc lint: severities', () => {
  it('--rule id=warn turns the finding into a warning (exit 0); --max-warnings caps warnings', async () => {
    const warn = await tpc(['lint', '--rule', 'action-after-terminal=warn', 'after-terminal.yml']);
    expect(warn.code).toBe(0);
    expect(warn.stdout).toBe(
      AFTER_TERMINAL_STYLISH.replace('  error  ', '  warning  ')
        .replace('✖ 1 problem (1 error, 0 warnings)', '✖ 1 problem (0 errors, 1 warning)')
        .replace('1 error and 0 warnings potentially', '0 errors and 1 warning potentially'),
    );
    expect((await tpc(['lint', '--rule', 'action-after-terminal=warn', '--max-warnings', '1', 'after-terminal.yml'])).code).toBe(0);
    const over = await tpc(['lint', '--rule', 'action-after-terminal=warn', '--max-warnings', '0', 'after-terminal.yml']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('tpc: too many warnings (1); the maximum is 0.\n');
  });

  it('--rule id=off disables a rule; --rule id=info reports without failing', async () => {
    expect(await tpc(['lint', '--rule', 'action-after-terminal=off', 'after-terminal.yml'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const info = await tpc(['lint', '--rule', 'action-after-terminal=info', '--max-warnings', '0', 'after-terminal.yml']);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('after-terminal.yml:8:9  info  ');
    expect(info.stdout).toContain('✖ 1 problem (0 errors, 0 warnings, 1 info)');
  });

  it('--quiet prints errors only', async () => {
    expect(await tpc(['lint', '--quiet', '--rule', 'action-after-terminal=warn', 'after-terminal.yml'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await tpc(['lint', '--quiet', 'after-terminal.yml'])).stdout).toBe(AFTER_TERMINAL_STYLISH);
  });

  it.each([
    [['--rule', 'action-after-terminl=off'], "tpc: unknown rule 'action-after-terminl' in --rule (did you mean 'action-after-terminal'?)\n"],
    [['--rule', 'no-such-thing=off'], "tpc: unknown rule 'no-such-thing' in --rule\n"],
    [['--rule', 'action-after-terminal'], "tpc: --rule expects 'id=off|info|warn|error', got 'action-after-terminal'\n"],
    [['--rule', 'action-after-terminal=loud'], "tpc: --rule expects 'id=off|info|warn|error', got 'action-after-terminal=loud'\n"],
    [['--max-warnings', 'many'], "tpc: --max-warnings expects a whole number of 0 or more, got 'many'\n"],
    [['--max-warnings', '-1'], "tpc: --max-warnings expects a whole number of 0 or more, got '-1'\n"],
  ])('bad flag values are usage errors (exit 2): %j', async (flags, stderr) => {
    expect(await tpc(['lint', ...flags, 'clean.yml'])).toEqual({ code: 2, stdout: '', stderr });
  });

  it('an unknown option is a usage error without a stack trace', async () => {
    const r = await tpc(['lint', '--frobnicate', 'clean.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown option '--frobnicate'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('tpc lint: configuration', () => {
  it('reads tpc.config.json from the working folder or above; --rule overrides it', async () => {
    const dir = copyFixtures('after-terminal.yml');
    writeFileSync(join(dir, 'tpc.config.json'), JSON.stringify({ rules: { 'action-after-terminal': 'off' } }));
    mkdirSync(join(dir, 'sub'));
    expect((await tpc(['lint', 'after-terminal.yml'], { cwd: dir })).code).toBe(0);
    expect((await tpc(['lint', '../after-terminal.yml'], { cwd: join(dir, 'sub') })).code).toBe(0);
    expect((await tpc(['lint', '--rule', 'action-after-terminal=error', 'after-terminal.yml'], { cwd: dir })).code).toBe(1);
  });

  it('reads the tpc key of package.json, and --config names a file', async () => {
    const dir = copyFixtures('after-terminal.yml');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'clinic-fleet', tpc: { rules: { 'action-after-terminal': 'warn' } } }));
    expect((await tpc(['lint', '--max-warnings', '0', 'after-terminal.yml'], { cwd: dir })).stderr).toBe('tpc: too many warnings (1); the maximum is 0.\n');
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ rules: { 'action-after-terminal': 'error' } }));
    expect((await tpc(['lint', '--config', 'strict.json', 'after-terminal.yml'], { cwd: dir })).code).toBe(1);
  });

  it('skips files matching the ignore globs', async () => {
    const dir = copyFixtures('after-terminal.yml', 'clean.yml');
    mkdirSync(join(dir, 'legacy'));
    copyFileSync(join(fixtures, 'after-terminal.yml'), join(dir, 'legacy/old.yml'));
    writeFileSync(join(dir, 'tpc.config.json'), JSON.stringify({ ignore: ['legacy', 'after-*.yml'] }));
    expect(await tpc(['lint', '.'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    // Everything named was ignored: nothing to do is not an error (pre-commit hooks pass ignored files).
    expect(await tpc(['lint', 'after-terminal.yml'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it.each([
    ['{ "rules": ', "tpc: the config file 'tpc.config.json' is not valid JSON: "],
    ['{ "rule": {} }', "tpc: the config file 'tpc.config.json' is not valid: 'rule': unknown key (did you mean 'rules'?); allowed keys are rules, ruleOptions, baseline, ignore\n"],
    ['{ "rules": { "action-after-terminal": "loud" } }', "tpc: the config file 'tpc.config.json' is not valid: 'rules.action-after-terminal': must be one of off, info, warn, warning, error (got \"loud\")\n"],
    ['{ "rules": { "action-after-termnal": "off" } }', "tpc: tpc.config.json: 'rules.action-after-termnal': unknown rule 'action-after-termnal' (did you mean 'action-after-terminal'?)\n"],
    ['{ "ignore": "legacy" }', "tpc: the config file 'tpc.config.json' is not valid: 'ignore': must be an array of glob patterns\n"],
    ['[]', "tpc: the config file 'tpc.config.json' is not valid: the configuration must be a JSON object\n"],
  ])('an invalid config is a usage error (exit 2): %s', async (text, stderr) => {
    const dir = copyFixtures('clean.yml');
    writeFileSync(join(dir, 'tpc.config.json'), text);
    const r = await tpc(['lint', 'clean.yml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (stderr.endsWith('\n')) expect(r.stderr).toBe(stderr);
    else expect(r.stderr.startsWith(stderr)).toBe(true);
  });

  it('a missing --config file is a usage error', async () => {
    expect(await tpc(['lint', '--config', 'nope.json', 'clean.yml'])).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot read the config file 'nope.json': no such file\n" });
  });
});

describe('tpc lint: baseline', () => {
  it('--write-baseline needs a reason', async () => {
    expect(await tpc(['lint', '--write-baseline', 'b.json', 'after-terminal.yml'])).toEqual({ code: 2, stdout: '', stderr: 'tpc: --write-baseline needs --reason "<why these findings are accepted>"\n' });
  });

  it('writes a baseline of current findings, then applies it (security findings still shown with the reason)', async () => {
    const dir = copyFixtures('after-terminal.yml', 'syntax.yml');
    mkdirSync(join(dir, 'ci'));
    const w = await tpc(['lint', '--write-baseline', 'ci/tpc-baseline.json', '--reason', 'adopted 2026-11; fix by Q1', '.'], { cwd: dir });
    expect(w).toEqual({ code: 0, stdout: '', stderr: "tpc: wrote 2 findings to 'ci/tpc-baseline.json' (0 kept with their reasons, 2 new).\n" });
    const b = JSON.parse(readFileSync(join(dir, 'ci/tpc-baseline.json'), 'utf8')) as { version: number; entries: { file: string; code: string; reason: string }[] };
    expect(b.version).toBe(1);
    expect(b.entries.map((e) => [e.file, e.code, e.reason])).toEqual([
      ['../after-terminal.yml', 'action-after-terminal', 'adopted 2026-11; fix by Q1'],
      ['../syntax.yml', 'TPC0001', 'adopted 2026-11; fix by Q1'],
    ]);
    const r = await tpc(['lint', '--baseline', 'ci/tpc-baseline.json', '.'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`after-terminal.yml
  after-terminal.yml:8:9  error  ${AFTER_TERMINAL_MESSAGE}  action-after-terminal
    suppressed (baseline): adopted 2026-11; fix by Q1
    8 |       - type: add-headers
      |         ^^^^^^^^^^^^^^^^^
    related: after-terminal.yml:5:9  'deny' ends the phase here.

✔ 0 problems
  2 suppressed (1 shown above with the reason).
`);
    // The same baseline works from another folder, and from the config.
    expect((await tpc(['lint', '--baseline', '../ci/tpc-baseline.json', '..'], { cwd: join(dir, 'ci') })).code).toBe(0);
    writeFileSync(join(dir, 'tpc.config.json'), JSON.stringify({ baseline: 'ci/tpc-baseline.json' }));
    expect((await tpc(['lint', '.'], { cwd: dir })).code).toBe(0);
    // A new finding is not covered.
    copyFileSync(join(fixtures, 'after-terminal.yml'), join(dir, 'new.yml'));
    expect((await tpc(['lint', '.'], { cwd: dir })).code).toBe(1);
    // Rewriting keeps the reasons of entries that still match.
    const again = await tpc(['lint', '--write-baseline', 'ci/tpc-baseline.json', '--reason', 'new clinic, CLIN-50', '.'], { cwd: dir });
    expect(again.stderr).toBe("tpc: wrote 3 findings to 'ci/tpc-baseline.json' (2 kept with their reasons, 1 new).\n");
    const b2 = JSON.parse(readFileSync(join(dir, 'ci/tpc-baseline.json'), 'utf8')) as { entries: { file: string; reason: string }[] };
    expect(b2.entries.map((e) => [e.file, e.reason])).toEqual([
      ['../after-terminal.yml', 'adopted 2026-11; fix by Q1'],
      ['../new.yml', 'new clinic, CLIN-50'],
      ['../syntax.yml', 'adopted 2026-11; fix by Q1'],
    ]);
  });

  it.each([
    ['missing.json', undefined, "tpc: cannot read the baseline 'missing.json': no such file\n"],
    ['b.json', 'not json', "tpc: the baseline 'b.json' is not valid: not JSON ("],
    ['b.json', '{"version": 1, "entries": [{"file": "a", "code": "x", "message": "m", "fingerprint": "f", "reason": " "}]}', "tpc: the baseline 'b.json' is not valid: entries[0].reason must be a non-empty string\n"],
  ])('a bad baseline is a usage error: %s', async (name, content, stderr) => {
    const dir = copyFixtures('clean.yml');
    if (content !== undefined) writeFileSync(join(dir, name), content);
    const r = await tpc(['lint', '--baseline', name, 'clean.yml'], { cwd: dir });
    expect(r.code).toBe(2);
    if (stderr.endsWith('\n')) expect(r.stderr).toBe(stderr);
    else expect(r.stderr.startsWith(stderr)).toBe(true);
  });
});

describe('tpc lint: hostile input', () => {
  const cases: [string, () => string | Buffer, string, number][] = [
    ['big.yml', () => 'a: ' + 'x'.repeat(50 * 1024 * 1024) + '\n', 'big.yml:1:1  error  The file is 52428804 bytes, over the 10485760-byte limit; it was not parsed.  TPC0006', 1],
    [
      'bomb.yml',
      () => {
        const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        let prev = 'a';
        for (const n of 'bcdefghi') {
          lines.push(`${n}: &${n} [${Array(9).fill('*' + prev).join(',')}]`);
          prev = n;
        }
        return lines.join('\n') + '\n';
      },
      'bomb.yml:1:1  error  The YAML aliases expand to too many nodes (alias bomb); the document was not read.  TPC0007',
      1,
    ],
    ['deep.json', () => '['.repeat(10_000) + ']'.repeat(10_000), 'deep.json:1:1  error  The document nests deeper than 200 levels; it was not read.  TPC0008', 1],
    ['deep.yml', () => 'a: ' + '{a: '.repeat(10_000) + '1' + '}'.repeat(10_000) + '\n', 'deep.yml:1:1  error  The document nests deeper than 200 levels; it was not read.  TPC0008', 1],
    ['deep-block.yml', () => Array.from({ length: 1000 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n') + '\n', 'deep-block.yml:1:1  error  The document nests deeper than 200 levels; it was not read.  TPC0008', 1],
    ['latin1.yml', () => Buffer.from('on_http_request:\n  - name: "caf\xe9"\n', 'latin1'), 'latin1.yml:1:1  error  The file is not valid UTF-8 text (first bad byte at offset 31).  TPC0004', 1],
    ['binary.yml', () => Buffer.from([0, 1, 2, 0x62, 0xff, 0xfe]), 'binary.yml:1:1  error  The file looks binary (a NUL byte at offset 0); tpc reads only text (YAML, JSON, .tpc).  TPC0005', 1],
    ['empty.yml', () => '', 'empty.yml:1:1  warning  The document is empty.  TPC0011', 1],
  ];
  it.each(cases)('%s: a clear finding with file:line:col and a stable code, no stack trace', async (name, make, line, code) => {
    const dir = tmp();
    writeFileSync(join(dir, name), make());
    // --max-warnings 0 makes the empty-file warning fail the run too.
    const r = await tpc(['lint', '--max-warnings', '0', name], { cwd: dir });
    expect(r.code).toBe(code);
    expect(r.stdout.split('\n')[1]).toBe(`  ${line}`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it('terminal control characters in a file are escaped in stylish output', async () => {
    const r = await tpc(['lint', '-'], { stdin: 'on_http_request:\n  - actions:\n      - type: deny\n      - type: "\u001b[2Jadd-headers"\n' });
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('\\x1b[2Jadd-headers');
  });
});

describe('tpc lint: a .tpc file with its compiled output', () => {
  it('lints the output folder apart from the source it was compiled from (exit 0, not one shared-internal-url per URL)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'clinics.tpc'), 'group office = ip 203.0.113.0/24\ntemplate clinic(id) {\n  service api http://10.0.0.1:8080\n  expose api at https://${id}.api.example { allow office }\n}\nsite north = clinic(id: "north")\nsite south = clinic(id: "south")\n');
    const compiled = await tpc(['compile', 'clinics.tpc', '-o', 'out'], { cwd: dir });
    expect(compiled.code).toBe(0);
    const both = await tpc(['lint', '--quiet', 'clinics.tpc', 'out'], { cwd: dir });
    expect(both).toEqual({ code: 0, stdout: '', stderr: '' });
    // The same output beside a source of another name is compared with it (its URLs are the source's).
    writeFileSync(join(dir, 'copy.tpc'), readFileSync(join(dir, 'clinics.tpc')));
    const other = await tpc(['lint', '--quiet', '--format', 'json', 'copy.tpc', 'out'], { cwd: dir });
    expect(other.code).toBe(1);
    const found = (JSON.parse(other.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[]).flatMap((f) => f.messages.map((m) => `${f.filePath.slice(dir.length + 1)}:${m.line} ${m.ruleId}`));
    expect([...new Set(found)].sort()).toEqual(['copy.tpc:3 shared-internal-url', 'out/north/ngrok.yml:11 shared-internal-url', 'out/south/ngrok.yml:11 shared-internal-url']);
  });
});

describe('tpc lint: an agent endpoint whose policy is in traffic_policy_file', () => {
  const config = 'version: 3\nendpoints:\n  - name: api\n    url: https://api.clinic1.example.com\n    upstream:\n      url: 8080\n    traffic_policy_file: policy.yml\n';
  const policy = 'on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://api.clinic1.internal\n      - type: restrict-ips\n        config:\n          allow: [203.0.113.0/24]\n';
  const found = (stdout: string) => (JSON.parse(stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[]).flatMap((f) => f.messages.map((m) => `${f.filePath.split('/').slice(-2).join('/')}:${m.line}:${m.column} ${m.ruleId}`));

  it('judges the endpoint with the policy in that file (read next to the ngrok.yml), reported in the file', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'clinic1'));
    writeFileSync(join(dir, 'clinic1/ngrok.yml'), config);
    writeFileSync(join(dir, 'clinic1/policy.yml'), policy);
    const alone = await tpc(['lint', '--format', 'json', 'clinic1/ngrok.yml'], { cwd: dir });
    expect(alone.code).toBe(1);
    // The restrict-ips after the forward protects nothing, so the public endpoint is open.
    expect(found(alone.stdout)).toEqual(['clinic1/policy.yml:3:9 unauthenticated-http', 'clinic1/policy.yml:6:9 action-after-terminal']);
    // Named too (or found in the folder), the file is linted once.
    const both = await tpc(['lint', '--format', 'json', 'clinic1'], { cwd: dir });
    expect(found(both.stdout)).toEqual(found(alone.stdout));
  });

  it('without the file there, says the policy was not seen (as before)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ngrok.yml'), config);
    const r = await tpc(['lint', '--format', 'json', 'ngrok.yml'], { cwd: dir });
    expect(found(r.stdout).map((f) => f.split('/').pop())).toEqual(['ngrok.yml:6:12 unauthenticated-http']);
    expect((JSON.parse(r.stdout) as { messages: { message: string }[] }[])[0]!.messages[0]!.message).toContain("sends requests to its upstream '8080'");
  });
});

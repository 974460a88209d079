/**
 * `tpc init [dir]`: scaffolds a working project in an empty folder: `fleet.tpc` (two clinics
 * with expectations), `tpc.config.json`, `.pre-commit-config.yaml` (tpc lint, fmt and compile
 * --check as local hooks), a GitHub Actions workflow (lint as SARIF, compile --check, test, plan
 * on pull requests, apply on main), `.gitignore`, and the compiled `out/` (unless
 * `--no-compile`), so `tpc lint`, `tpc test fleet.tpc` and `tpc compile fleet.tpc -o out --check`
 * pass at once.
 *
 * A folder that is not empty is refused unless `--force` (a fresh npm project or git clone counts
 * as empty: `package.json`, `package-lock.json`, `node_modules`, `.npmrc`, `.git`); with `--force`
 * only the files listed above are written (overwriting them), nothing else is touched.
 *
 * Exit codes: 0 created; 2 usage or I/O error (folder not empty, cannot write).
 */

import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatMessage, m } from '../../src/diagnostics/messages.js';
import { displayPath, ioReason } from '../files.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

/** Command-line errors of `tpc init` (band TPC45xx, exit code 2). */
export const InitCliMessages = {
  notEmpty: m('TPC4501', 'error', "'{0}' is not empty; pass --force to write the starter files into it anyway (only they are overwritten)"),
  notFolder: m('TPC4502', 'error', "'{0}' exists and is not a folder"),
  writeFailed: m('TPC4503', 'error', "cannot write '{0}': {1}"),
  compileFailed: m('TPC4504', 'error', 'the starter fleet did not compile ({0}); this is a bug in tpc init'),
} as const;

interface InitFlags {
  force?: boolean;
  compile: boolean;
}

function fail(msg: { code: string; template: string }, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

/** The starter fleet: two clinics from one template, with expectations a reviewer reads. */
export const FLEET_TPC = `# fleet.tpc: a starter fleet written by tpc init. Each clinic runs one ngrok agent that
# serves its internal services (*.internal); public cloud endpoints put the security in
# front and forward inward. Replace the addresses, domains and identity with yours.
#
#   tpc compile fleet.tpc -o out    # ngrok.yml + cloud endpoint specs per clinic, manifest
#   tpc test fleet.tpc              # run the expectations below
#   tpc lint                        # lint everything in this folder
#   tpc plan out                    # what apply would change (needs NGROK_API_KEY)

group office = ip 203.0.113.0/24  # the head office
group blocked = ip 192.0.2.0/24   # a known-bad range

identity staff = jwt
    issuer "https://auth.example.com"
    audience "clinic-api"
    jwks "https://auth.example.com/.well-known/jwks.json"

# Every exposure of the fleet inherits these.
defaults {
  tls min 1.2
  deny blocked
}

template clinic(id, db_addr) {
  agent bind "*.\${id}.internal"  # the ACL of this clinic's authtoken

  service rest-api http://192.168.1.100:8080
  service patient-db tcp://192.168.1.101:5432

  expose rest-api at https://\${id}.api.example.com path /api {
    allow office  # office machines need no token
    allow staff   # everyone else presents a staff JWT
  }

  expose patient-db at \${db_addr} {  # a reserved TCP address
    allow office
  }

  # Run for every clinic built from this template.
  test {
    from ip 203.0.113.9 to patient-db expect allow
    from ip 198.51.100.1 to patient-db expect deny
    from ip 192.0.2.7 to patient-db expect deny
    from jwt staff to rest-api path /api/patients expect allow
    from anonymous to rest-api path /api/patients expect deny 401
  }
}

site clinic1 = clinic(id: "clinic1", db_addr: "tcp://1.tcp.ngrok.io:12345")
site clinic2 = clinic(id: "clinic2", db_addr: "tcp://2.tcp.ngrok.io:23456")
`;

/**
 * `tpc.config.json`: settings of `tpc lint`. `out/` is not linted: `tpc compile` lints what it
 * writes, and linting the compiled files beside their source would see every internal URL twice.
 */
export const CONFIG_JSON =
  JSON.stringify(
    {
      $schema: './node_modules/traffic-policy-compiler/schemas/tpc-config.schema.json',
      rules: { 'unauthenticated-http': 'error' },
      ignore: ['node_modules', 'out'],
    },
    null,
    2,
  ) + '\n';

/** `.pre-commit-config.yaml`: tpc's checks as local hooks (they run the tpc installed in node_modules). */
export const PRE_COMMIT = `# pre-commit (https://pre-commit.com): pre-commit install, then every commit runs these.
# They use the tpc of this project (npm install --save-dev traffic-policy-compiler).
repos:
  - repo: local
    hooks:
      - id: tpc-lint
        name: tpc lint
        entry: npx --no-install tpc lint
        language: system
        files: \\.(ya?ml|json|tpc)$
        require_serial: true
      - id: tpc-fmt
        name: tpc fmt
        entry: npx --no-install tpc fmt --check
        language: system
        files: \\.tpc$
      - id: tpc-compile-check
        name: compiled output is current
        entry: npx --no-install tpc compile fleet.tpc -o out --check
        language: system
        files: \\.tpc$
        pass_filenames: false
`;

/** `.github/workflows/tpc.yml`: the CI pipeline (see docs/ci.md). */
export const WORKFLOW = `# tpc in CI: lint (SARIF to code scanning), compiled output current, tests, then
# plan on pull requests (as a comment) and apply on main. Needs the NGROK_API_KEY secret.
name: tpc
on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write   # upload SARIF
      pull-requests: write     # comment the plan
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - name: Lint
        run: npx tpc lint --format sarif > tpc.sarif
      - name: Upload lint results to code scanning
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: tpc.sarif
          category: tpc
      - name: Compiled output is current
        run: npx tpc compile fleet.tpc -o out --check
      - name: Tests
        run: npx tpc test fleet.tpc
      - name: Plan
        if: github.event_name == 'pull_request'
        env:
          NGROK_API_KEY: \${{ secrets.NGROK_API_KEY }}
        # Exit 2 means "changes pending"; only 1 is a failure.
        run: npx tpc plan out --format markdown > plan.md || [ $? -eq 2 ]
      - name: Comment the plan
        if: github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh pr comment \${{ github.event.pull_request.number }} --body-file plan.md --edit-last || gh pr comment \${{ github.event.pull_request.number }} --body-file plan.md

  apply:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    needs: check
    runs-on: ubuntu-latest
    concurrency: ngrok-apply   # never two applies at once
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - name: Apply
        env:
          NGROK_API_KEY: \${{ secrets.NGROK_API_KEY }}
        run: npx tpc apply out --yes
`;

const GITIGNORE = 'node_modules/\n*.sarif\nplan.md\n';

/** The files `tpc init` writes, relative to the project folder. */
export const STARTER_FILES: ReadonlyMap<string, string> = new Map([
  ['fleet.tpc', FLEET_TPC],
  ['tpc.config.json', CONFIG_JSON],
  ['.pre-commit-config.yaml', PRE_COMMIT],
  ['.github/workflows/tpc.yml', WORKFLOW],
  ['.gitignore', GITIGNORE],
]);

/** What a fresh npm project or git clone holds; a folder with only these counts as empty. */
const FRESH_PROJECT: ReadonlySet<string> = new Set(['.git', 'package.json', 'package-lock.json', 'node_modules', '.npmrc']);

/** Registers `init`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('[dir]', 'the project folder (created when missing)', '.')
    .option('--force', 'write the starter files into a folder that is not empty (overwriting only them)')
    .option('--no-compile', 'do not compile the starter fleet into out/')
    .addHelpText(
      'after',
      `
Writes: fleet.tpc, tpc.config.json, .pre-commit-config.yaml, .github/workflows/tpc.yml,
.gitignore, and out/ (the compiled fleet). Then tpc lint, tpc test fleet.tpc and
tpc compile fleet.tpc -o out --check all pass.
Exit codes: 0 created, 2 usage or I/O error.`,
    )
    .action(async (dir: string, flags: InitFlags) => {
      setExit(await runInit(dir, flags, io));
    });
}

/** Runs `tpc init`; returns the exit code. Usage and I/O problems throw {@link CliError}. */
export async function runInit(dir: string, flags: InitFlags, io: CliIO): Promise<number> {
  const cwd = resolve(io.cwd);
  const root = resolve(cwd, dir);
  const shown = displayPath(root, cwd) || '.';
  const st = await stat(root).catch(() => undefined);
  if (st && !st.isDirectory()) fail(InitCliMessages.notFolder, shown);
  if (st && !flags.force) {
    const names = (await readdir(root)).filter((n) => !FRESH_PROJECT.has(n));
    if (names.length > 0) fail(InitCliMessages.notEmpty, shown);
  }
  const written: string[] = [];
  const write = async (rel: string, content: string) => {
    const abs = join(root, rel);
    try {
      await mkdir(dirname(abs), { recursive: true });
      await writeFileAtomic(abs, content);
    } catch (e) {
      fail(InitCliMessages.writeFailed, displayPath(abs, cwd), ioReason(e));
    }
    written.push(rel);
  };
  for (const [rel, content] of STARTER_FILES) await write(rel, content);
  if (flags.compile !== false) {
    const { compile } = await import('../../src/compiler/compile.js');
    const result = compile(FLEET_TPC, { file: 'fleet.tpc', readFile: () => undefined });
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (result.emitSkipped || errors.length > 0) fail(InitCliMessages.compileFailed, errors[0]?.message ?? 'no output');
    for (const [rel, content] of result.files) await write(join('out', rel), content);
  }
  io.stdout(
    [
      `Created a tpc project in ${shown} (tpc ${VERSION}):`,
      ...[...STARTER_FILES.keys()].map((f) => `  ${f}`),
      ...(flags.compile !== false ? [`  out/  (the compiled fleet: ${written.filter((w) => w.startsWith('out')).length} files)`] : []),
      '',
      'Next:',
      ...(shown === '.' ? [] : [`  cd ${shown}`]),
      '  npx tpc test fleet.tpc                 # run the expectations',
      '  npx tpc lint                           # lint the fleet',
      '  npx tpc compile fleet.tpc -o out       # after every change (CI runs it with --check)',
      '  NGROK_API_KEY=… npx tpc plan out       # what apply would change in your ngrok account',
      '',
    ].join('\n'),
  );
  return ExitCode.Ok;
}

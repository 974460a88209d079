/**
 * Runs the CLI in-process through `main(argv, io)` with a fake CliIO, and makes scratch folders.
 */
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import type { CliIO } from '../../cli/io.js';
import { main } from '../../cli/tpc.js';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '../..');
/** `test/fixtures/lint`. */
export const fixtures = join(repoRoot, 'test/fixtures/lint');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  env?: Record<string, string>;
  isTTY?: boolean;
}

/** Runs `tpc <argv>` in-process. */
export async function tpc(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    cwd: options.cwd ?? fixtures,
    isTTY: options.isTTY ?? false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const scratch: string[] = [];
afterEach(() => {
  while (scratch.length) rmSync(scratch.pop()!, { recursive: true, force: true });
});

/** A fresh empty folder (removed after the test). Real path, so it matches what the CLI resolves. */
export function tmp(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tpc-cli-')));
  scratch.push(dir);
  return dir;
}

/**
 * In the CLI bundle commander's `node:child_process` is a stand-in that loads the real module on
 * first use (scripts/lazy-child-process.*). The stand-in must behave as the module.
 */
import * as childProcess from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { lazyChildProcess } from '../../scripts/lazy-child-process.mjs';

const root = new URL('../..', import.meta.url).pathname;
const require = createRequire(import.meta.url);

describe('lazy child_process for commander', () => {
  it('forwards to the real module', () => {
    const lazy = require('../../scripts/lazy-child-process.cjs') as typeof childProcess;
    expect(lazy.spawn).toBe(childProcess.spawn);
    expect(lazy.execFileSync).toBe(childProcess.execFileSync);
    expect(typeof lazy.spawnSync).toBe('function');
    expect('fork' in lazy).toBe(true);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(childProcess).filter((k) => k !== 'default').sort());
    expect(String(lazy.execFileSync(process.execPath, ['-e', 'process.stdout.write("hi")']))).toBe('hi');
  });

  it('is used for commander only', async () => {
    const result = await build({
      stdin: { contents: "import { Command } from 'commander'; import { spawn } from 'node:child_process'; export { Command, spawn };", resolveDir: root, loader: 'js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      metafile: true,
      plugins: [lazyChildProcess()],
      logLevel: 'silent',
    });
    const inputs = result.metafile.inputs;
    const importsOf = (match: RegExp) => Object.entries(inputs).filter(([k]) => match.test(k)).flatMap(([, v]) => v.imports.map((i) => i.path));
    expect(importsOf(/commander[\\/]lib[\\/]command\.js$/)).toContain('scripts/lazy-child-process.cjs');
    expect(importsOf(/^<stdin>$/)).toContain('node:child_process');
  });
});

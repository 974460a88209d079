/**
 * The V8 tuning of `tpc compile` (cli/jit.ts): which flags, on which Node versions, and that the
 * running V8 knows every one of them (an unknown flag makes V8 print an error on stderr).
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { jitFlags } from '../../cli/jit.js';

describe('jitFlags', () => {
  it('raises the tier-up threshold in each V8\'s terms and lowers the inlining budget on Node 20 to 24, nothing elsewhere', () => {
    expect(jitFlags(20)).toEqual(['--interrupt-budget=540000', '--max-inlined-bytecode-size=50', '--max-inlined-bytecode-size-cumulative=150']);
    for (const major of [22, 23, 24]) expect(jitFlags(major)).toEqual(['--invocation-count-for-turbofan=24000', '--max-inlined-bytecode-size=50', '--max-inlined-bytecode-size-cumulative=150']);
    for (const major of [18, 21, 25, 26]) expect(jitFlags(major)).toEqual([]);
  });

  it("every flag for this Node is one its V8 lists (node --v8-options)", () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    const known = new Set([...options.matchAll(/^\s+--([a-z0-9-]+) \(/gm)].map((m) => m[1]));
    const flags = jitFlags(Number(process.versions.node.split('.')[0]));
    for (const f of flags) expect(known.has(/^--([a-z0-9-]+)=/.exec(f)![1]!), f).toBe(true);
  });
});

/**
 * V8 tuning for `tpc compile`.
 *
 * Compiling a fleet runs the same few hundred functions once per site for about a second. With
 * V8's defaults, its optimizing compiler (TurboFan) starts on them within the first sites and
 * spent ~1.7-3 s of background-thread time compiling them during a 1,000-clinic run, on a machine
 * whose two cores the main thread and the file writer also need; the optimized code arrived too
 * late to repay that. So for `tpc compile`:
 * - the interrupt budget (how much a function must run before V8 considers optimizing it) is 8x
 *   the default: only functions that stay hot over a long run are optimized;
 * - the inlining budget is smaller, so each optimization that does happen costs less.
 * Measured (bench/compile.mjs, 1,000 clinics, 2 cores, whole process): 1.5 s with the defaults,
 * 1.25 s with the smaller inlining budget, 1.05-1.15 s with both. A fleet of 5,000 clinics takes
 * the same ~3.8 s either way (the hot functions are still optimized). `node --v8-pool-size=1`
 * (one V8 worker thread) gained ~0.1 s more before the interrupt budget, but it is a process
 * option that cannot be set from inside the process.
 *
 * `v8.setFlagsFromString` is supported by Node (it starts V8 with `--no-freeze-flags-after-init`
 * for it); the flags are set only on Node versions whose V8 is known to have them, since V8
 * prints an error for a flag it does not know. They change how fast code runs, never what it does.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * Node versions whose V8 knows these flags (checked with Node 20, 22 and 24). The interrupt budget
 * is a flag of Node 20's V8 only (Node 24's rejects it, printing an error); later V8s decide by
 * invocation counts, so there the TurboFan count is raised 8x instead. Measured on 1,000 clinics:
 * Node 22 1.07 → 0.93 s, Node 24 0.95 → 0.80 s.
 */
const KNOWN_MAJORS = new Set([20, 22, 23, 24]);

/** The V8 flags {@link tuneJitForShortRun} sets on a Node major version (none on unknown ones). */
export function jitFlags(major: number): string[] {
  if (!KNOWN_MAJORS.has(major)) return [];
  const flags = ['--max-inlined-bytecode-size=50', '--max-inlined-bytecode-size-cumulative=150'];
  // The same "only what stays hot" in each V8's terms: Node 20 counts bytecode budget, 22-24 invocations (default 3,000).
  return [major === 20 ? '--interrupt-budget=540000' : '--invocation-count-for-turbofan=24000', ...flags];
}

/** Sets the flags of {@link jitFlags} for this Node (once). */
export function tuneJitForShortRun(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of jitFlags(Number(process.versions.node.split('.')[0]))) setFlagsFromString(flag);
}

let tuned = false;

/**
 * V8 tuning for `tpc compile`.
 *
 * Compiling a fleet runs the same few hundred functions once per site for about a second, and
 * most of that second passes before V8's optimizing compiler (TurboFan) has optimized them: with
 * its default inlining budget it spent ~3 s of background-thread time compiling them while
 * 1,000 clinics compiled, on a machine with two cores that the main thread and the file writer
 * also need. A smaller inlining budget makes each optimization job a fraction of the cost, so
 * optimized code arrives sooner; the optimized code is a little slower, which a run this short
 * never repays. Measured with bench/compile.mjs (1,000 clinics, 2 cores): the whole process
 * 1.4–1.6 s → 1.1–1.3 s. (Giving V8 one worker thread, `node --v8-pool-size=1`, gains another
 * ~0.1 s, but that is a process option that cannot be set from inside the process.)
 *
 * `v8.setFlagsFromString` is supported by Node (it starts V8 with `--no-freeze-flags-after-init`
 * for it); the flags are set only on Node versions whose V8 is known to have them, since V8
 * prints an error for a flag it does not know.
 */
import { setFlagsFromString } from 'node:v8';

const KNOWN_MAJORS = new Set([20, 22, 23, 24]);

/** Sets the inlining budget for a short compile run (once; on known Node versions only). */
export function tuneJitForShortRun(): void {
  if (tuned) return;
  tuned = true;
  const major = Number(process.versions.node.split('.')[0]);
  if (!KNOWN_MAJORS.has(major)) return;
  setFlagsFromString('--max-inlined-bytecode-size=50');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}

let tuned = false;

/**
 * The CEL analyzer for the lint rules, loaded on demand. Rules run synchronously, so a rule
 * that analyses expressions loads the analyzer in its `prepare` step (through
 * `prepareExpressions` in `expressions.ts`), which the engine awaits before any rule checks;
 * `check` then reads it with {@link celAnalysis}. A workspace without expressions never loads
 * cel-js.
 *
 * @internal
 */

import type * as Analysis from '../../ngrok/cel/analysis.js';

/** What the rules use from the CEL layer. */
export type CelAnalysis = typeof Analysis;

let loaded: CelAnalysis | undefined;

/** Loads the CEL analyzer (once per process). */
export async function loadCelAnalysis(): Promise<CelAnalysis> {
  return (loaded ??= await import('../../ngrok/cel/analysis.js'));
}

/** The loaded CEL analyzer; throws when no rule's `prepare` loaded it (a bug in that rule). */
export function celAnalysis(): CelAnalysis {
  if (!loaded) throw new Error('the CEL analyzer is not loaded (a rule that analyses expressions must load it in prepare)');
  return loaded;
}

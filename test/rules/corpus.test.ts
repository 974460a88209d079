/**
 * The published-examples corpus (../shared/corpus/ngrok-docs, 685 files) as a test. Each file
 * is linted alone with every registered rule:
 * - files INDEX.tsv does not mark as suspect draw no error from a correctness rule, except the
 *   defects INDEX.tsv missed, listed with reasons in test/fixtures/corpus-expectations.json
 *   (those must keep drawing exactly the findings listed);
 * - every suspect file draws the finding that names its defect (the same file's `suspects`
 *   table); suspect files no rule detects are listed in `suspectMisses` with the reason.
 * scripts/corpus-report.mjs renders the same evaluation as docs/corpus-report.md.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, evaluateCorpus, loadExpectations, type CorpusEvaluation } from '../../scripts/corpus-report.mjs';
import { lint } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';

const expectations = loadExpectations();

describe('published corpus', () => {
  let ev: CorpusEvaluation;
  beforeAll(async () => {
    if (!existsSync(`${DEFAULT_CORPUS}/INDEX.tsv`)) throw new Error(`the corpus is missing at ${DEFAULT_CORPUS}`);
    ev = await evaluateCorpus({ lint, rules: RULES });
  }, 300_000);

  it('covers the whole corpus', () => {
    expect(ev.rows.length).toBe(685);
  });

  it('has an expectation table that matches INDEX.tsv', () => {
    expect(ev.tableProblems).toEqual([]);
  });

  it('agrees with the rules on which rules are posture rules', () => {
    const posture = RULES.filter((r) => r.meta.category === 'posture').map((r) => r.id);
    for (const id of posture) expect(expectations.postureRules, id).toContain(id);
    for (const r of RULES) if (expectations.postureRules.includes(r.id)) expect(r.meta.category, r.id).toBe('posture');
  });

  it('draws no correctness error on files INDEX.tsv does not mark as suspect (false positives)', () => {
    const shown = ev.unexplained.map((u) => `${u.file}: ${u.errors.map((e) => `${e.code} ${e.line}:${e.column} ${e.message}`).join(' | ')}`);
    expect(shown).toEqual([]);
  });

  it('keeps detecting the defects INDEX.tsv missed', () => {
    expect(ev.indexMissResults.filter((m) => m.missing.length > 0)).toEqual([]);
  });

  it('detects every suspect file with the rule that names its defect', () => {
    const missed = ev.suspectResults.filter((s) => !s.detected && !s.knownMiss).map((s) => `${s.file}: expected ${s.missing.join(', ')}`);
    expect(missed).toEqual([]);
  });

  it('lists as known misses only suspects that really draw no error', () => {
    expect(ev.staleKnownMisses).toEqual([]);
    const known = Object.keys(expectations.suspectMisses);
    expect(ev.suspectResults.filter((s) => s.knownMiss).map((s) => s.file).sort()).toEqual(known.sort());
  });
});

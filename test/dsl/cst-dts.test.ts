/**
 * The grammar passes chevrotain's validations (skipped at run time for start-up speed), and
 * `src/dsl/cst.generated.d.ts` matches the grammar.
 * Regenerate: UPDATE_CST_DTS=1 npx vitest run test/dsl/cst-dts.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { generateCstDts } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { TpcParser, tpcParser } from '../../src/dsl/parser.js';

const file = new URL('../../src/dsl/cst.generated.d.ts', import.meta.url);
const BANNER =
  '// Generated from the grammar in src/dsl/parser.ts by chevrotain generateCstDts. Do not edit.\n' +
  '// Regenerate: UPDATE_CST_DTS=1 npx vitest run test/dsl/cst-dts.test.ts\n\n';

describe('grammar', () => {
  it('passes chevrotain validations (ambiguity, left recursion, …)', () => {
    expect(() => new TpcParser(true)).not.toThrow();
  });

  it('cst.generated.d.ts is current', () => {
    const want = BANNER + generateCstDts(tpcParser.getGAstProductions());
    if (process.env['UPDATE_CST_DTS']) writeFileSync(file, want);
    expect(readFileSync(file, 'utf8')).toBe(want);
  });
});

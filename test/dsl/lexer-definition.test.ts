// The shared lexer is built without chevrotain's token definition checks (start-up time); this
// builds it with them on, so a token set the checks would reject fails here.
import { Lexer } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { allTokens, LEXER_OPTIONS, tpcLexer } from '../../src/dsl/tokens.js';

describe('lexer definition', () => {
  it('passes chevrotain’s definition checks', () => {
    const checked = new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: false, deferDefinitionErrorsHandling: true });
    expect(checked.lexerDefinitionErrors).toEqual([]);
    expect(LEXER_OPTIONS.skipValidations).toBe(true);
  });

  it('tokenises like the checked lexer', () => {
    const checked = new Lexer(allTokens, { ...LEXER_OPTIONS, skipValidations: false });
    const text = 'group office = ip 203.0.113.0/24\nsite s = clinic(id: "s${x}") { expose a at https://s.example path /api { allow office } }\n# c\n~';
    const a = tpcLexer.tokenize(text);
    const b = checked.tokenize(text);
    const strip = (r: typeof a) => ({ tokens: r.tokens.map((t) => [t.tokenType.name, t.image, t.startOffset]), errors: r.errors.map((e) => [e.offset, e.length]) });
    expect(strip(a)).toEqual(strip(b));
  });
});

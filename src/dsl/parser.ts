/**
 * The grammar of the `.tpc` language: a pure chevrotain CstParser (no actions). Meaning is given by
 * `cst-to-ast.ts`; wording of syntax errors by `errors.ts`.
 *
 * Error recovery: every statement list (top level, site/template body, exposure body, test block) has a
 * last-resort alternative that swallows an unknown statement (up to the next statement keyword that
 * starts a line, `;` or the closing `}`, skipping balanced braces), so one typo yields one diagnostic
 * and parsing goes on. Lists stop at keywords that start statements of an enclosing block, so a missing
 * `}` is reported once where the next outer statement begins.
 */

import { CstParser, EOF, LLkLookaheadStrategy, tokenMatcher, type ILookaheadStrategy, type IOrAlt, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { errorMessageProvider, suggest } from './errors.js';

/** Keywords that start a top-level statement. */
export const TOP_STARTERS: readonly TokenType[] = [
  T.KwImport,
  T.KwGroup,
  T.KwIdentity,
  T.KwCa,
  T.KwDefaults,
  T.KwTemplate,
  T.KwSite,
  T.KwSites,
  T.KwTest,
];
/** Keywords that start a statement in a site or template body. */
export const SITE_STARTERS: readonly TokenType[] = [T.KwAgent, T.KwService, T.KwExpose, T.KwDefaults, T.KwTest];
/** Keywords that start a statement in an exposure or defaults body. */
export const EXPOSURE_STARTERS: readonly TokenType[] = [T.KwAllow, T.KwDeny, T.KwTls, T.KwMtls, T.KwAction];
/** Keywords that start an expectation in a test block. */
export const TEST_STARTERS: readonly TokenType[] = [
  T.KwFrom,
  T.KwCert,
  T.KwTls,
  T.KwMethod,
  T.KwPath,
  T.KwHeader,
  T.KwQuery,
  T.KwTo,
];
/** Keywords of identity options. */
export const IDENTITY_OPTION_STARTERS: readonly TokenType[] = [
  T.KwIssuer,
  T.KwAudience,
  T.KwJwks,
  T.KwHeader,
  T.KwPrefix,
  T.KwAlgorithms,
  T.KwAllowDomain,
  T.KwAllowEmail,
  T.KwClientId,
  T.KwClientSecret,
  T.KwScopes,
];
/** Keywords of agent settings. */
export const AGENT_SETTING_STARTERS: readonly TokenType[] = [T.KwBind, T.KwConnectUrl, T.KwRegion, T.KwFailover];

function isOneOf(tok: IToken, types: readonly TokenType[]): boolean {
  for (const t of types) if (tokenMatcher(tok, t)) return true;
  return false;
}

/** The words of keyword token types. */
function wordsOf(types: readonly TokenType[]): string[] {
  return types.map((t) => T.keywordOf(t)).filter((w): w is string => w !== undefined);
}

const IDENTITY_OPTION_WORDS = wordsOf(IDENTITY_OPTION_STARTERS);
const AGENT_SETTING_WORDS = wordsOf(AGENT_SETTING_STARTERS);
const TOP_WORDS = wordsOf(TOP_STARTERS);
const SITE_WORDS = wordsOf([...SITE_STARTERS, ...TOP_STARTERS]);

function onLaterLine(tok: IToken, prev: IToken | undefined): boolean {
  if (!prev || prev.endLine === undefined || Number.isNaN(prev.endLine)) return true;
  return (tok.startLine ?? 0) > prev.endLine;
}

// A statement list ends early (so the missing `}` is reported once) at a keyword that starts a
// statement of an enclosing block. `ca` is left out: inside a body it is far more often the `ca` of a
// broken `mtls ca …` than a CA declaration after a forgotten `}`.
const OUTER_TOP = TOP_STARTERS.filter((t) => t !== T.KwCa);
const SITE_BODY_STOP = OUTER_TOP.filter((t) => t !== T.KwDefaults && t !== T.KwTest);
const EXPOSURE_BODY_STOP = [...OUTER_TOP, ...SITE_STARTERS];
const TEST_BODY_STOP = [...OUTER_TOP, ...SITE_STARTERS.filter((t) => t !== T.KwTest)];

/**
 * Chevrotain's LL(k) lookahead, with each decision's lookahead function built the first time the
 * parser reaches that decision instead of all of them in `performSelfAnalysis()`: start-up then
 * pays only for the parts of the grammar a file uses. The functions are chevrotain's own, so
 * parsing is unchanged (the DSL tests run through it), and the grammar checks (`validate`, run
 * in the tests) are its own as well. `tpc compile` of a fleet started ~20 ms sooner.
 */
function lazyLookahead(maxLookahead: number): ILookaheadStrategy {
  const llk = new LLkLookaheadStrategy({ maxLookahead });
  const strategy: ILookaheadStrategy = {
    validate: (options) => llk.validate(options),
    buildLookaheadForAlternation(options) {
      let built: ((orAlts?: IOrAlt<unknown>[]) => number | undefined) | undefined;
      return function (this: unknown, orAlts) {
        built ??= llk.buildLookaheadForAlternation(options);
        return built.call(this, orAlts);
      };
    },
    buildLookaheadForOptional(options) {
      let built: (() => boolean) | undefined;
      return function (this: unknown) {
        built ??= llk.buildLookaheadForOptional(options);
        return built.call(this);
      };
    },
  };
  if (llk.initialize) strategy.initialize = (options) => llk.initialize!(options);
  return strategy;
}

/** The `.tpc` grammar. Use the shared {@link tpcParser} instance. */
export class TpcParser extends CstParser {
  /** @param validate run chevrotain's grammar validations (off in production, on in tests). */
  constructor(validate = false) {
    super(T.allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'onlyOffset',
      // Two tokens of lookahead decide every alternative (the grammar checks in the tests pass with
      // 2); each extra token makes building the lookahead functions at start-up dearer (~10 ms).
      maxLookahead: 2,
      lookaheadStrategy: lazyLookahead(2),
      errorMessageProvider,
      // The grammar checks cost tens of milliseconds at every start-up; the test suite builds the
      // parser with them on (test/dsl/cst-dts.test.ts), so they cannot regress unnoticed.
      skipValidations: !validate,
    });
    this.performSelfAnalysis();
  }

  /**
   * Error recovery must not invent an opening bracket: that would open a block the user never wrote
   * and turn the rest of the statement into a cascade of errors.
   */
  protected override canTokenTypeBeInsertedInRecovery(tokType: TokenType): boolean {
    return tokType !== T.LCurly && tokType !== T.LBracket && tokType !== T.LParen;
  }

  /**
   * Picks the token to re-synchronise on after an error. Chevrotain takes the first follow-set entry
   * that matches, outermost rule first, and then unwinds to a rule whose own follow set has exactly
   * that entry. With statement lists that accept any token (to report unknown statements) this jumps
   * too far out: a `}` closing an object, or a keyword such as `ca`, would end the whole template. Here
   * the innermost rule whose follow set matches the next token wins (an exact token type before the
   * abstract `AnyToken`/`Word` categories).
   */
  protected findReSyncTokenType(): TokenType {
    const self = this as unknown as {
      buildFullFollowKeyStack(): unknown[];
      getFollowSetFromFollowKey(key: unknown): TokenType[] | undefined;
    };
    const sets = self.buildFullFollowKeyStack().map((key) => self.getFollowSetFromFollowKey(key) ?? []);
    for (let k = 1; ; k++) {
      const tok = this.LA(k);
      for (let i = sets.length - 1; i >= 0; i--) {
        const set = sets[i]!;
        const exact = set.find((t) => t !== T.AnyToken && t !== T.Word && tokenMatcher(tok, t));
        if (exact) return exact;
        const category = set.find((t) => tokenMatcher(tok, t));
        if (category) return category;
      }
      if (tok.tokenType === EOF) return EOF;
    }
  }

  /** The token before LA(1) (the last consumed one), if any. */
  private prevToken(): IToken | undefined {
    const t = this.LA(0);
    return t && t.tokenType !== EOF && !Number.isNaN(t.startOffset) ? t : undefined;
  }

  /** True when LA(1) may start another iteration of a statement list (not a closer, not an outer starter). */
  private bodyContinues(stop: readonly TokenType[], closer: boolean): boolean {
    const t = this.LA(1);
    if (t.tokenType === EOF) return false;
    if (closer && tokenMatcher(t, T.RCurly)) return false;
    return !isOneOf(t, stop);
  }

  /** While skipping an unknown statement: go on unless LA(1) ends it. */
  private keepSkippingStatement(starters: readonly TokenType[], closer: boolean): boolean {
    const t = this.LA(1);
    if (t.tokenType === EOF || tokenMatcher(t, T.Semicolon)) return false;
    if (closer && tokenMatcher(t, T.RCurly)) return false;
    return !(isOneOf(t, starters) && onLaterLine(t, this.prevToken()));
  }

  /** While skipping an unknown option: go on unless LA(1) is a known option, a statement keyword or a closer. */
  private keepSkippingOption(stop: readonly TokenType[]): boolean {
    const t = this.LA(1);
    if (t.tokenType === EOF || tokenMatcher(t, T.Semicolon) || tokenMatcher(t, T.RCurly)) return false;
    return !isOneOf(t, stop);
  }

  /**
   * An unknown word in an option list is taken as a misspelled option when it is on the same line,
   * or on a later line indented deeper than the statement's keyword and reading like one of its
   * options rather than like a statement (`identity staff = jwt` then `    isuer "…"` on the next
   * line is one typo, not a new statement). Otherwise the list ends there.
   */
  private optionListContinues(start: IToken, options: readonly string[], statements: readonly string[]): boolean {
    const t = this.LA(1);
    if (!tokenMatcher(t, T.Identifier) || !onLaterLine(t, this.prevToken())) return true;
    if ((t.startColumn ?? 0) <= (start.startColumn ?? 0)) return false;
    return suggest(t.image, options) !== undefined && suggest(t.image, statements) === undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Program and top level
  // -------------------------------------------------------------------------------------------

  program = this.RULE('program', () => {
    this.MANY(() => {
      this.OR({
        MAX_LOOKAHEAD: 1,
        DEF: [
          { ALT: () => this.SUBRULE(this.importStatement) },
          { ALT: () => this.SUBRULE(this.groupDecl) },
          { ALT: () => this.SUBRULE(this.identityDecl) },
          { ALT: () => this.SUBRULE(this.caDecl) },
          { ALT: () => this.SUBRULE(this.defaultsBlock) },
          { ALT: () => this.SUBRULE(this.templateDecl) },
          { ALT: () => this.SUBRULE(this.siteDecl) },
          { ALT: () => this.SUBRULE(this.sitesFrom) },
          { ALT: () => this.SUBRULE(this.testBlock) },
          { ALT: () => this.CONSUME(T.Semicolon) },
          { ALT: () => this.SUBRULE(this.unknownTopStatement), IGNORE_AMBIGUITIES: true },
        ],
      });
    });
  });

  importStatement = this.RULE('importStatement', () => {
    this.CONSUME(T.KwImport);
    this.CONSUME(T.StringLit);
  });

  groupDecl = this.RULE('groupDecl', () => {
    this.CONSUME(T.KwGroup);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.OPTION(() => this.CONSUME(T.KwIp));
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.groupMember) });
  });

  groupMember = this.RULE('groupMember', () => {
    this.OR([{ ALT: () => this.CONSUME(T.IpLit) }, { ALT: () => this.CONSUME(T.Identifier) }]);
  });

  identityDecl = this.RULE('identityDecl', () => {
    const start = this.CONSUME(T.KwIdentity);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.Equals);
    this.OR([
      { ALT: () => this.CONSUME(T.KwJwt) },
      {
        ALT: () => {
          this.CONSUME(T.KwOauth);
          this.CONSUME2(T.Identifier, { LABEL: 'provider' });
        },
      },
      { ALT: () => this.CONSUME(T.KwOidc) },
    ]);
    this.MANY({ GATE: () => this.optionListContinues(start, IDENTITY_OPTION_WORDS, TOP_WORDS), DEF: () => this.SUBRULE(this.identityOption) });
  });

  identityOption = this.RULE('identityOption', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.KwIssuer);
          this.SUBRULE(this.stringish, { LABEL: 'values' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwAudience);
          this.SUBRULE(this.stringList, { LABEL: 'list' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwJwks);
          this.SUBRULE2(this.stringish, { LABEL: 'values' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwHeader);
          this.SUBRULE3(this.stringish, { LABEL: 'values' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwPrefix);
          this.SUBRULE4(this.stringish, { LABEL: 'values' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwAlgorithms);
          this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier, { LABEL: 'names' }) });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwAllowDomain);
          this.SUBRULE2(this.stringList, { LABEL: 'list' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwAllowEmail);
          this.SUBRULE3(this.stringList, { LABEL: 'list' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwClientId);
          this.SUBRULE(this.secretValue, { LABEL: 'secret' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwClientSecret);
          this.SUBRULE2(this.secretValue, { LABEL: 'secret' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwScopes);
          this.SUBRULE4(this.stringList, { LABEL: 'list' });
        },
      },
      { ALT: () => this.SUBRULE(this.unknownIdentityOption) },
    ]);
  });

  unknownIdentityOption = this.RULE('unknownIdentityOption', () => {
    this.CONSUME(T.Identifier);
    this.MANY({
      GATE: () => this.keepSkippingOption([...IDENTITY_OPTION_STARTERS, ...TOP_STARTERS]),
      DEF: () => this.SUBRULE(this.skipItem),
    });
  });

  caDecl = this.RULE('caDecl', () => {
    this.CONSUME(T.KwCa);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Equals);
    this.OR([
      { ALT: () => this.SUBRULE(this.fileRef) },
      { ALT: () => this.SUBRULE(this.secretRef) },
      { ALT: () => this.CONSUME(T.StringLit) },
    ]);
  });

  defaultsBlock = this.RULE('defaultsBlock', () => {
    this.CONSUME(T.KwDefaults);
    this.CONSUME(T.LCurly);
    this.SUBRULE(this.exposureBody);
    this.CONSUME(T.RCurly);
  });

  templateDecl = this.RULE('templateDecl', () => {
    this.CONSUME(T.KwTemplate);
    this.CONSUME(T.Identifier, { LABEL: 'name' });
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.CONSUME2(T.Identifier, { LABEL: 'params' }) });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.siteBlock);
  });

  siteDecl = this.RULE('siteDecl', () => {
    this.CONSUME(T.KwSite);
    this.CONSUME(T.Identifier);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Equals);
          this.SUBRULE(this.templateCall);
          this.OPTION(() => this.SUBRULE(this.siteBlock));
        },
      },
      { ALT: () => this.SUBRULE2(this.siteBlock) },
    ]);
  });

  siteBlock = this.RULE('siteBlock', () => {
    this.CONSUME(T.LCurly);
    this.SUBRULE(this.siteBody);
    this.CONSUME(T.RCurly);
  });

  templateCall = this.RULE('templateCall', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.templateArg) });
    this.CONSUME(T.RParen);
  });

  templateArg = this.RULE('templateArg', () => {
    this.CONSUME(T.Identifier);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.stringish);
  });

  sitesFrom = this.RULE('sitesFrom', () => {
    this.CONSUME(T.KwSites);
    this.CONSUME(T.KwFrom);
    this.CONSUME(T.StringLit);
    this.CONSUME(T.KwUsing);
    this.CONSUME(T.Identifier);
  });

  unknownTopStatement = this.RULE('unknownTopStatement', () => {
    this.SUBRULE(this.skipItem);
    this.MANY({ GATE: () => this.keepSkippingStatement(TOP_STARTERS, false), DEF: () => this.SUBRULE2(this.skipItem) });
  });

  // -------------------------------------------------------------------------------------------
  // Site and template bodies
  // -------------------------------------------------------------------------------------------

  siteBody = this.RULE('siteBody', () => {
    this.MANY({
      GATE: () => this.bodyContinues(SITE_BODY_STOP, true),
      DEF: () => {
        this.OR({
          MAX_LOOKAHEAD: 1,
          DEF: [
            { ALT: () => this.SUBRULE(this.agentStatement) },
            { ALT: () => this.SUBRULE(this.serviceDecl) },
            { ALT: () => this.SUBRULE(this.exposeDecl) },
            { ALT: () => this.SUBRULE(this.defaultsBlock) },
            { ALT: () => this.SUBRULE(this.testBlock) },
            { ALT: () => this.CONSUME(T.Semicolon) },
            { ALT: () => this.SUBRULE(this.unknownSiteStatement), IGNORE_AMBIGUITIES: true },
          ],
        });
      },
    });
  });

  unknownSiteStatement = this.RULE('unknownSiteStatement', () => {
    this.SUBRULE(this.skipItem);
    this.MANY({
      GATE: () => this.keepSkippingStatement([...SITE_STARTERS, ...TOP_STARTERS], true),
      DEF: () => this.SUBRULE2(this.skipItem),
    });
  });

  agentStatement = this.RULE('agentStatement', () => {
    const start = this.CONSUME(T.KwAgent);
    this.AT_LEAST_ONE({ GATE: () => this.optionListContinues(start, AGENT_SETTING_WORDS, SITE_WORDS), DEF: () => this.SUBRULE(this.agentSetting) });
  });

  agentSetting = this.RULE('agentSetting', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.KwBind);
          this.SUBRULE(this.stringList);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwConnectUrl);
          this.SUBRULE(this.stringish);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwRegion);
          this.CONSUME(T.Identifier);
        },
      },
      { ALT: () => this.CONSUME(T.KwFailover) },
      { ALT: () => this.SUBRULE(this.unknownAgentSetting) },
    ]);
  });

  unknownAgentSetting = this.RULE('unknownAgentSetting', () => {
    this.CONSUME(T.Identifier);
    this.MANY({
      GATE: () => this.keepSkippingOption([...AGENT_SETTING_STARTERS, ...SITE_STARTERS, ...TOP_STARTERS]),
      DEF: () => this.SUBRULE(this.skipItem),
    });
  });

  serviceDecl = this.RULE('serviceDecl', () => {
    this.CONSUME(T.KwService);
    this.CONSUME(T.Identifier);
    this.SUBRULE(this.urlish);
    this.OPTION(() => this.CONSUME(T.KwOnDemand));
  });

  exposeDecl = this.RULE('exposeDecl', () => {
    const expose = this.CONSUME(T.KwExpose);
    this.CONSUME(T.Identifier);
    this.CONSUME(T.KwAt);
    this.SUBRULE(this.urlish);
    this.OPTION(() => {
      this.CONSUME(T.KwPath);
      this.SUBRULE(this.pathish);
    });
    let opened = false;
    this.OPTION2(() => {
      this.CONSUME(T.LCurly);
      opened = true;
      this.SUBRULE(this.exposureBody);
      this.CONSUME(T.RCurly);
    });
    // `allow`, `deny`, `tls`, `mtls` or `action` right after the exposure's URL can only be its
    // body with the `{` forgotten: read the body anyway (the builder reports the `{` once), and
    // take the `}` that closes it when there is one: on a later line, indented at least as far as
    // `expose` (a `}` further left closes the site).
    this.OPTION3({
      GATE: () => !opened && isOneOf(this.LA(1), EXPOSURE_STARTERS),
      DEF: () => {
        this.SUBRULE(this.unopenedBody);
        this.OPTION4({
          GATE: () => onLaterLine(this.LA(1), expose) && (this.LA(1).startColumn ?? 0) >= (expose.startColumn ?? 0),
          DEF: () => this.CONSUME2(T.RCurly, { LABEL: 'unopenedClose' }),
        });
      },
    });
  });

  /** An exposure body without its `{`: it starts with an exposure statement (so `path` stays unambiguous). */
  unopenedBody = this.RULE('unopenedBody', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.allowStatement) },
      { ALT: () => this.SUBRULE(this.denyStatement) },
      { ALT: () => this.SUBRULE(this.tlsMinStatement) },
      { ALT: () => this.SUBRULE(this.mtlsStatement) },
      { ALT: () => this.SUBRULE(this.actionStatement) },
    ]);
    this.SUBRULE(this.exposureBody);
  });

  // -------------------------------------------------------------------------------------------
  // Exposure and defaults bodies
  // -------------------------------------------------------------------------------------------

  exposureBody = this.RULE('exposureBody', () => {
    this.MANY({
      GATE: () => this.bodyContinues(EXPOSURE_BODY_STOP, true),
      DEF: () => {
        this.OR({
          MAX_LOOKAHEAD: 1,
          DEF: [
            { ALT: () => this.SUBRULE(this.allowStatement) },
            { ALT: () => this.SUBRULE(this.denyStatement) },
            { ALT: () => this.SUBRULE(this.tlsMinStatement) },
            { ALT: () => this.SUBRULE(this.mtlsStatement) },
            { ALT: () => this.SUBRULE(this.actionStatement) },
            { ALT: () => this.CONSUME(T.Semicolon) },
            { ALT: () => this.SUBRULE(this.unknownExposureStatement), IGNORE_AMBIGUITIES: true },
          ],
        });
      },
    });
  });

  unknownExposureStatement = this.RULE('unknownExposureStatement', () => {
    this.SUBRULE(this.skipItem);
    this.MANY({
      GATE: () => this.keepSkippingStatement([...EXPOSURE_STARTERS, ...SITE_STARTERS, ...TOP_STARTERS], true),
      DEF: () => this.SUBRULE2(this.skipItem),
    });
  });

  allowStatement = this.RULE('allowStatement', () => {
    this.CONSUME(T.KwAllow);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
  });

  denyStatement = this.RULE('denyStatement', () => {
    this.CONSUME(T.KwDeny);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.CONSUME(T.Identifier) });
  });

  tlsMinStatement = this.RULE('tlsMinStatement', () => {
    this.CONSUME(T.KwTls);
    this.CONSUME(T.KwMin);
    this.SUBRULE(this.versionValue);
  });

  mtlsStatement = this.RULE('mtlsStatement', () => {
    this.CONSUME(T.KwMtls);
    this.CONSUME(T.KwCa);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.caSource) });
  });

  caSource = this.RULE('caSource', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.SUBRULE(this.fileRef) },
      { ALT: () => this.SUBRULE(this.secretRef) },
      { ALT: () => this.CONSUME(T.StringLit) },
    ]);
  });

  actionStatement = this.RULE('actionStatement', () => {
    this.CONSUME(T.KwAction);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.KwWhen);
      this.CONSUME(T.StringLit);
    });
    this.SUBRULE(this.objectLiteral);
  });

  // -------------------------------------------------------------------------------------------
  // Test blocks
  // -------------------------------------------------------------------------------------------

  testBlock = this.RULE('testBlock', () => {
    this.CONSUME(T.KwTest);
    this.CONSUME(T.LCurly);
    this.SUBRULE(this.testBody);
    this.CONSUME(T.RCurly);
  });

  testBody = this.RULE('testBody', () => {
    this.MANY({
      GATE: () => this.bodyContinues(TEST_BODY_STOP, true),
      DEF: () => {
        this.OR({
          MAX_LOOKAHEAD: 1,
          DEF: [
            { ALT: () => this.SUBRULE(this.expectation) },
            { ALT: () => this.CONSUME(T.Semicolon) },
            { ALT: () => this.SUBRULE(this.unknownTestStatement), IGNORE_AMBIGUITIES: true },
          ],
        });
      },
    });
  });

  unknownTestStatement = this.RULE('unknownTestStatement', () => {
    this.SUBRULE(this.skipItem);
    this.MANY({
      GATE: () => this.keepSkippingStatement([...TEST_STARTERS, ...SITE_STARTERS, ...TOP_STARTERS], true),
      DEF: () => this.SUBRULE2(this.skipItem),
    });
  });

  expectation = this.RULE('expectation', () => {
    this.MANY(() => this.SUBRULE(this.requestClause));
    this.CONSUME(T.KwTo);
    this.SUBRULE(this.target);
    this.MANY2(() => this.SUBRULE2(this.requestClause));
    this.CONSUME(T.KwExpect);
    this.SUBRULE(this.outcome);
  });

  requestClause = this.RULE('requestClause', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.fromClause) },
      { ALT: () => this.SUBRULE(this.certClause) },
      {
        ALT: () => {
          this.CONSUME(T.KwTls);
          this.SUBRULE(this.versionValue);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwMethod);
          this.CONSUME(T.Identifier);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwPath);
          this.SUBRULE(this.pathish);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwHeader);
          this.SUBRULE(this.stringish, { LABEL: 'pair' });
          this.SUBRULE2(this.stringish, { LABEL: 'pair' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.KwQuery);
          this.SUBRULE3(this.stringish, { LABEL: 'pair' });
          this.SUBRULE4(this.stringish, { LABEL: 'pair' });
        },
      },
    ]);
  });

  fromClause = this.RULE('fromClause', () => {
    this.CONSUME(T.KwFrom);
    this.AT_LEAST_ONE(() => this.SUBRULE(this.subject));
  });

  subject = this.RULE('subject', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.KwIp);
          this.CONSUME(T.IpLit);
        },
      },
      { ALT: () => this.CONSUME(T.KwAnonymous) },
      { ALT: () => this.SUBRULE(this.jwtSubject) },
      { ALT: () => this.SUBRULE(this.loginSubject) },
      { ALT: () => this.CONSUME(T.Identifier) },
    ]);
  });

  jwtSubject = this.RULE('jwtSubject', () => {
    this.CONSUME(T.KwJwt);
    this.CONSUME(T.Identifier);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.KwClaims);
            this.SUBRULE(this.objectLiteral);
          },
        },
        { ALT: () => this.CONSUME(T.KwExpired) },
        { ALT: () => this.CONSUME(T.KwInvalid) },
      ]);
    });
  });

  loginSubject = this.RULE('loginSubject', () => {
    this.OR([{ ALT: () => this.CONSUME(T.KwOauth) }, { ALT: () => this.CONSUME(T.KwOidc) }]);
    this.CONSUME(T.Identifier);
    this.OPTION(() => {
      this.CONSUME(T.KwEmail);
      this.SUBRULE(this.stringish);
    });
  });

  certClause = this.RULE('certClause', () => {
    this.CONSUME(T.KwCert);
    this.OR([{ ALT: () => this.CONSUME(T.Identifier) }, { ALT: () => this.SUBRULE(this.fileRef) }]);
    this.OPTION(() => {
      this.OR2([{ ALT: () => this.CONSUME(T.KwExpired) }, { ALT: () => this.CONSUME(T.KwInvalid) }]);
    });
  });

  target = this.RULE('target', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.OPTION(() => {
            this.CONSUME(T.Dot);
            this.CONSUME2(T.Identifier);
          });
        },
      },
      { ALT: () => this.CONSUME(T.UrlLit) },
    ]);
  });

  outcome = this.RULE('outcome', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.KwAllow) },
      { ALT: () => this.CONSUME(T.KwDeny) },
      { ALT: () => this.CONSUME(T.KwLogin) },
    ]);
    this.OPTION(() => this.CONSUME(T.NumberLit));
  });

  // -------------------------------------------------------------------------------------------
  // Values
  // -------------------------------------------------------------------------------------------

  /** A string; a bare URL is accepted where a string is expected. */
  stringish = this.RULE('stringish', () => {
    this.OR([{ ALT: () => this.CONSUME(T.StringLit) }, { ALT: () => this.CONSUME(T.UrlLit) }]);
  });

  stringList = this.RULE('stringList', () => {
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.stringish) });
  });

  /** A URL; a quoted string is accepted where a URL is expected. */
  urlish = this.RULE('urlish', () => {
    this.OR([{ ALT: () => this.CONSUME(T.UrlLit) }, { ALT: () => this.CONSUME(T.StringLit) }]);
  });

  pathish = this.RULE('pathish', () => {
    this.OR([{ ALT: () => this.CONSUME(T.PathLit) }, { ALT: () => this.CONSUME(T.StringLit) }]);
  });

  versionValue = this.RULE('versionValue', () => {
    this.OR([{ ALT: () => this.CONSUME(T.NumberLit) }, { ALT: () => this.CONSUME(T.StringLit) }]);
  });

  secretValue = this.RULE('secretValue', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.envRef) },
      { ALT: () => this.SUBRULE(this.secretRef) },
      { ALT: () => this.SUBRULE(this.stringish) },
    ]);
  });

  envRef = this.RULE('envRef', () => {
    this.CONSUME(T.KwEnv);
    this.CONSUME(T.LParen);
    this.CONSUME(T.StringLit);
    this.CONSUME(T.RParen);
  });

  secretRef = this.RULE('secretRef', () => {
    this.CONSUME(T.KwSecret);
    this.CONSUME(T.LParen);
    this.CONSUME(T.StringLit, { LABEL: 'vault' });
    this.CONSUME(T.Comma);
    this.CONSUME2(T.StringLit, { LABEL: 'name' });
    this.CONSUME(T.RParen);
  });

  fileRef = this.RULE('fileRef', () => {
    this.CONSUME(T.KwFile);
    this.CONSUME(T.LParen);
    this.CONSUME(T.StringLit);
    this.CONSUME(T.RParen);
  });

  objectLiteral = this.RULE('objectLiteral', () => {
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.SUBRULE(this.objectEntry);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RCurly);
  });

  objectEntry = this.RULE('objectEntry', () => {
    this.OR([{ ALT: () => this.CONSUME(T.Word) }, { ALT: () => this.CONSUME(T.StringLit) }]);
    this.CONSUME(T.Colon);
    this.SUBRULE(this.jsonValue);
  });

  arrayLiteral = this.RULE('arrayLiteral', () => {
    this.CONSUME(T.LBracket);
    this.MANY(() => {
      this.SUBRULE(this.jsonValue);
      this.OPTION(() => this.CONSUME(T.Comma));
    });
    this.CONSUME(T.RBracket);
  });

  jsonValue = this.RULE('jsonValue', () => {
    this.OR([
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.SUBRULE(this.objectLiteral) },
      { ALT: () => this.SUBRULE(this.arrayLiteral) },
      { ALT: () => this.CONSUME(T.Word) },
      { ALT: () => this.CONSUME(T.UrlLit) },
      { ALT: () => this.CONSUME(T.PathLit) },
      { ALT: () => this.CONSUME(T.IpLit) },
    ]);
  });

  // -------------------------------------------------------------------------------------------
  // Skipping (error recovery)
  // -------------------------------------------------------------------------------------------

  /** One token, or a balanced `{ … }` group. */
  skipItem = this.RULE('skipItem', () => {
    this.OR({
      MAX_LOOKAHEAD: 1,
      DEF: [
        { ALT: () => this.SUBRULE(this.skipBraces) },
        { ALT: () => this.CONSUME(T.AnyToken), IGNORE_AMBIGUITIES: true },
      ],
    });
  });

  skipBraces = this.RULE('skipBraces', () => {
    this.CONSUME(T.LCurly);
    this.MANY({
      GATE: () => !tokenMatcher(this.LA(1), T.RCurly),
      DEF: () => this.SUBRULE(this.skipItem),
    });
    this.CONSUME(T.RCurly);
  });
}

/** The one parser instance, built at module load and reused for every parse. */
export const tpcParser = new TpcParser();

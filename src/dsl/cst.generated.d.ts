// Generated from the grammar in src/dsl/parser.ts by chevrotain generateCstDts. Do not edit.
// Regenerate: UPDATE_CST_DTS=1 npx vitest run test/dsl/cst-dts.test.ts

import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface ProgramCstNode extends CstNode {
  name: "program";
  children: ProgramCstChildren;
}

export type ProgramCstChildren = {
  importStatement?: ImportStatementCstNode[];
  groupDecl?: GroupDeclCstNode[];
  identityDecl?: IdentityDeclCstNode[];
  caDecl?: CaDeclCstNode[];
  defaultsBlock?: DefaultsBlockCstNode[];
  templateDecl?: TemplateDeclCstNode[];
  siteDecl?: SiteDeclCstNode[];
  sitesFrom?: SitesFromCstNode[];
  testBlock?: TestBlockCstNode[];
  Semicolon?: IToken[];
  unknownTopStatement?: UnknownTopStatementCstNode[];
};

export interface ImportStatementCstNode extends CstNode {
  name: "importStatement";
  children: ImportStatementCstChildren;
}

export type ImportStatementCstChildren = {
  KwImport: IToken[];
  StringLit: IToken[];
};

export interface GroupDeclCstNode extends CstNode {
  name: "groupDecl";
  children: GroupDeclCstChildren;
}

export type GroupDeclCstChildren = {
  KwGroup: IToken[];
  Identifier: IToken[];
  Equals: IToken[];
  KwIp?: IToken[];
  groupMember: GroupMemberCstNode[];
  Comma?: IToken[];
};

export interface GroupMemberCstNode extends CstNode {
  name: "groupMember";
  children: GroupMemberCstChildren;
}

export type GroupMemberCstChildren = {
  IpLit?: IToken[];
  Identifier?: IToken[];
};

export interface IdentityDeclCstNode extends CstNode {
  name: "identityDecl";
  children: IdentityDeclCstChildren;
}

export type IdentityDeclCstChildren = {
  KwIdentity: IToken[];
  name: IToken[];
  Equals: IToken[];
  KwJwt?: IToken[];
  KwOauth?: IToken[];
  provider?: IToken[];
  KwOidc?: IToken[];
  identityOption?: IdentityOptionCstNode[];
};

export interface IdentityOptionCstNode extends CstNode {
  name: "identityOption";
  children: IdentityOptionCstChildren;
}

export type IdentityOptionCstChildren = {
  KwIssuer?: IToken[];
  values?: (StringishCstNode)[];
  KwAudience?: IToken[];
  list?: (StringListCstNode)[];
  KwJwks?: IToken[];
  KwHeader?: IToken[];
  KwPrefix?: IToken[];
  KwAlgorithms?: IToken[];
  names?: IToken[];
  Comma?: IToken[];
  KwAllowDomain?: IToken[];
  KwAllowEmail?: IToken[];
  KwClientId?: IToken[];
  secret?: (SecretValueCstNode)[];
  KwClientSecret?: IToken[];
  KwScopes?: IToken[];
  unknownIdentityOption?: UnknownIdentityOptionCstNode[];
};

export interface UnknownIdentityOptionCstNode extends CstNode {
  name: "unknownIdentityOption";
  children: UnknownIdentityOptionCstChildren;
}

export type UnknownIdentityOptionCstChildren = {
  Identifier: IToken[];
  skipItem?: SkipItemCstNode[];
};

export interface CaDeclCstNode extends CstNode {
  name: "caDecl";
  children: CaDeclCstChildren;
}

export type CaDeclCstChildren = {
  KwCa: IToken[];
  Identifier: IToken[];
  Equals: IToken[];
  fileRef?: FileRefCstNode[];
  secretRef?: SecretRefCstNode[];
  StringLit?: IToken[];
};

export interface DefaultsBlockCstNode extends CstNode {
  name: "defaultsBlock";
  children: DefaultsBlockCstChildren;
}

export type DefaultsBlockCstChildren = {
  KwDefaults: IToken[];
  LCurly: IToken[];
  exposureBody: ExposureBodyCstNode[];
  RCurly: IToken[];
};

export interface TemplateDeclCstNode extends CstNode {
  name: "templateDecl";
  children: TemplateDeclCstChildren;
}

export type TemplateDeclCstChildren = {
  KwTemplate: IToken[];
  name: IToken[];
  LParen: IToken[];
  params?: IToken[];
  Comma?: IToken[];
  RParen: IToken[];
  siteBlock: SiteBlockCstNode[];
};

export interface SiteDeclCstNode extends CstNode {
  name: "siteDecl";
  children: SiteDeclCstChildren;
}

export type SiteDeclCstChildren = {
  KwSite: IToken[];
  Identifier: IToken[];
  Equals?: IToken[];
  templateCall?: TemplateCallCstNode[];
  siteBlock?: (SiteBlockCstNode)[];
};

export interface SiteBlockCstNode extends CstNode {
  name: "siteBlock";
  children: SiteBlockCstChildren;
}

export type SiteBlockCstChildren = {
  LCurly: IToken[];
  siteBody: SiteBodyCstNode[];
  RCurly: IToken[];
};

export interface TemplateCallCstNode extends CstNode {
  name: "templateCall";
  children: TemplateCallCstChildren;
}

export type TemplateCallCstChildren = {
  Identifier: IToken[];
  LParen: IToken[];
  templateArg?: TemplateArgCstNode[];
  Comma?: IToken[];
  RParen: IToken[];
};

export interface TemplateArgCstNode extends CstNode {
  name: "templateArg";
  children: TemplateArgCstChildren;
}

export type TemplateArgCstChildren = {
  Identifier: IToken[];
  Colon: IToken[];
  stringish: StringishCstNode[];
};

export interface SitesFromCstNode extends CstNode {
  name: "sitesFrom";
  children: SitesFromCstChildren;
}

export type SitesFromCstChildren = {
  KwSites: IToken[];
  KwFrom: IToken[];
  StringLit: IToken[];
  KwUsing: IToken[];
  Identifier: IToken[];
};

export interface UnknownTopStatementCstNode extends CstNode {
  name: "unknownTopStatement";
  children: UnknownTopStatementCstChildren;
}

export type UnknownTopStatementCstChildren = {
  skipItem: (SkipItemCstNode)[];
};

export interface SiteBodyCstNode extends CstNode {
  name: "siteBody";
  children: SiteBodyCstChildren;
}

export type SiteBodyCstChildren = {
  agentStatement?: AgentStatementCstNode[];
  serviceDecl?: ServiceDeclCstNode[];
  exposeDecl?: ExposeDeclCstNode[];
  defaultsBlock?: DefaultsBlockCstNode[];
  testBlock?: TestBlockCstNode[];
  Semicolon?: IToken[];
  unknownSiteStatement?: UnknownSiteStatementCstNode[];
};

export interface UnknownSiteStatementCstNode extends CstNode {
  name: "unknownSiteStatement";
  children: UnknownSiteStatementCstChildren;
}

export type UnknownSiteStatementCstChildren = {
  skipItem: (SkipItemCstNode)[];
};

export interface AgentStatementCstNode extends CstNode {
  name: "agentStatement";
  children: AgentStatementCstChildren;
}

export type AgentStatementCstChildren = {
  KwAgent: IToken[];
  agentSetting: AgentSettingCstNode[];
};

export interface AgentSettingCstNode extends CstNode {
  name: "agentSetting";
  children: AgentSettingCstChildren;
}

export type AgentSettingCstChildren = {
  KwBind?: IToken[];
  stringList?: StringListCstNode[];
  KwConnectUrl?: IToken[];
  stringish?: StringishCstNode[];
  KwRegion?: IToken[];
  Identifier?: IToken[];
  KwFailover?: IToken[];
  unknownAgentSetting?: UnknownAgentSettingCstNode[];
};

export interface UnknownAgentSettingCstNode extends CstNode {
  name: "unknownAgentSetting";
  children: UnknownAgentSettingCstChildren;
}

export type UnknownAgentSettingCstChildren = {
  Identifier: IToken[];
  skipItem?: SkipItemCstNode[];
};

export interface ServiceDeclCstNode extends CstNode {
  name: "serviceDecl";
  children: ServiceDeclCstChildren;
}

export type ServiceDeclCstChildren = {
  KwService: IToken[];
  Identifier: IToken[];
  urlish: UrlishCstNode[];
  KwOnDemand?: IToken[];
};

export interface ExposeDeclCstNode extends CstNode {
  name: "exposeDecl";
  children: ExposeDeclCstChildren;
}

export type ExposeDeclCstChildren = {
  KwExpose: IToken[];
  Identifier: IToken[];
  KwAt: IToken[];
  urlish: UrlishCstNode[];
  KwPath?: IToken[];
  pathish?: PathishCstNode[];
  LCurly?: IToken[];
  exposureBody?: ExposureBodyCstNode[];
  RCurly?: IToken[];
  unopenedBody?: UnopenedBodyCstNode[];
  unopenedClose?: IToken[];
};

export interface UnopenedBodyCstNode extends CstNode {
  name: "unopenedBody";
  children: UnopenedBodyCstChildren;
}

export type UnopenedBodyCstChildren = {
  allowStatement?: AllowStatementCstNode[];
  denyStatement?: DenyStatementCstNode[];
  tlsMinStatement?: TlsMinStatementCstNode[];
  mtlsStatement?: MtlsStatementCstNode[];
  actionStatement?: ActionStatementCstNode[];
  exposureBody: ExposureBodyCstNode[];
};

export interface ExposureBodyCstNode extends CstNode {
  name: "exposureBody";
  children: ExposureBodyCstChildren;
}

export type ExposureBodyCstChildren = {
  allowStatement?: AllowStatementCstNode[];
  denyStatement?: DenyStatementCstNode[];
  tlsMinStatement?: TlsMinStatementCstNode[];
  mtlsStatement?: MtlsStatementCstNode[];
  actionStatement?: ActionStatementCstNode[];
  Semicolon?: IToken[];
  unknownExposureStatement?: UnknownExposureStatementCstNode[];
};

export interface UnknownExposureStatementCstNode extends CstNode {
  name: "unknownExposureStatement";
  children: UnknownExposureStatementCstChildren;
}

export type UnknownExposureStatementCstChildren = {
  skipItem: (SkipItemCstNode)[];
};

export interface AllowStatementCstNode extends CstNode {
  name: "allowStatement";
  children: AllowStatementCstChildren;
}

export type AllowStatementCstChildren = {
  KwAllow: IToken[];
  Identifier: IToken[];
  Comma?: IToken[];
};

export interface DenyStatementCstNode extends CstNode {
  name: "denyStatement";
  children: DenyStatementCstChildren;
}

export type DenyStatementCstChildren = {
  KwDeny: IToken[];
  Identifier: IToken[];
  Comma?: IToken[];
};

export interface TlsMinStatementCstNode extends CstNode {
  name: "tlsMinStatement";
  children: TlsMinStatementCstChildren;
}

export type TlsMinStatementCstChildren = {
  KwTls: IToken[];
  KwMin: IToken[];
  versionValue: VersionValueCstNode[];
};

export interface MtlsStatementCstNode extends CstNode {
  name: "mtlsStatement";
  children: MtlsStatementCstChildren;
}

export type MtlsStatementCstChildren = {
  KwMtls: IToken[];
  KwCa: IToken[];
  caSource: CaSourceCstNode[];
  Comma?: IToken[];
};

export interface CaSourceCstNode extends CstNode {
  name: "caSource";
  children: CaSourceCstChildren;
}

export type CaSourceCstChildren = {
  Identifier?: IToken[];
  fileRef?: FileRefCstNode[];
  secretRef?: SecretRefCstNode[];
  StringLit?: IToken[];
};

export interface ActionStatementCstNode extends CstNode {
  name: "actionStatement";
  children: ActionStatementCstChildren;
}

export type ActionStatementCstChildren = {
  KwAction: IToken[];
  Identifier: IToken[];
  KwWhen?: IToken[];
  StringLit?: IToken[];
  objectLiteral: ObjectLiteralCstNode[];
};

export interface TestBlockCstNode extends CstNode {
  name: "testBlock";
  children: TestBlockCstChildren;
}

export type TestBlockCstChildren = {
  KwTest: IToken[];
  LCurly: IToken[];
  testBody: TestBodyCstNode[];
  RCurly: IToken[];
};

export interface TestBodyCstNode extends CstNode {
  name: "testBody";
  children: TestBodyCstChildren;
}

export type TestBodyCstChildren = {
  expectation?: ExpectationCstNode[];
  Semicolon?: IToken[];
  unknownTestStatement?: UnknownTestStatementCstNode[];
};

export interface UnknownTestStatementCstNode extends CstNode {
  name: "unknownTestStatement";
  children: UnknownTestStatementCstChildren;
}

export type UnknownTestStatementCstChildren = {
  skipItem: (SkipItemCstNode)[];
};

export interface ExpectationCstNode extends CstNode {
  name: "expectation";
  children: ExpectationCstChildren;
}

export type ExpectationCstChildren = {
  requestClause?: (RequestClauseCstNode)[];
  KwTo: IToken[];
  target: TargetCstNode[];
  KwExpect: IToken[];
  outcome: OutcomeCstNode[];
};

export interface RequestClauseCstNode extends CstNode {
  name: "requestClause";
  children: RequestClauseCstChildren;
}

export type RequestClauseCstChildren = {
  fromClause?: FromClauseCstNode[];
  certClause?: CertClauseCstNode[];
  KwTls?: IToken[];
  versionValue?: VersionValueCstNode[];
  KwMethod?: IToken[];
  Identifier?: IToken[];
  KwPath?: IToken[];
  pathish?: PathishCstNode[];
  KwHeader?: IToken[];
  pair?: (StringishCstNode)[];
  KwQuery?: IToken[];
};

export interface FromClauseCstNode extends CstNode {
  name: "fromClause";
  children: FromClauseCstChildren;
}

export type FromClauseCstChildren = {
  KwFrom: IToken[];
  subject: SubjectCstNode[];
};

export interface SubjectCstNode extends CstNode {
  name: "subject";
  children: SubjectCstChildren;
}

export type SubjectCstChildren = {
  KwIp?: IToken[];
  IpLit?: IToken[];
  KwAnonymous?: IToken[];
  jwtSubject?: JwtSubjectCstNode[];
  loginSubject?: LoginSubjectCstNode[];
  Identifier?: IToken[];
};

export interface JwtSubjectCstNode extends CstNode {
  name: "jwtSubject";
  children: JwtSubjectCstChildren;
}

export type JwtSubjectCstChildren = {
  KwJwt: IToken[];
  Identifier: IToken[];
  KwClaims?: IToken[];
  objectLiteral?: ObjectLiteralCstNode[];
  KwExpired?: IToken[];
  KwInvalid?: IToken[];
};

export interface LoginSubjectCstNode extends CstNode {
  name: "loginSubject";
  children: LoginSubjectCstChildren;
}

export type LoginSubjectCstChildren = {
  KwOauth?: IToken[];
  KwOidc?: IToken[];
  Identifier: IToken[];
  KwEmail?: IToken[];
  stringish?: StringishCstNode[];
};

export interface CertClauseCstNode extends CstNode {
  name: "certClause";
  children: CertClauseCstChildren;
}

export type CertClauseCstChildren = {
  KwCert: IToken[];
  Identifier?: IToken[];
  fileRef?: FileRefCstNode[];
  KwExpired?: IToken[];
  KwInvalid?: IToken[];
};

export interface TargetCstNode extends CstNode {
  name: "target";
  children: TargetCstChildren;
}

export type TargetCstChildren = {
  Identifier?: (IToken)[];
  Dot?: IToken[];
  UrlLit?: IToken[];
};

export interface OutcomeCstNode extends CstNode {
  name: "outcome";
  children: OutcomeCstChildren;
}

export type OutcomeCstChildren = {
  KwAllow?: IToken[];
  KwDeny?: IToken[];
  KwLogin?: IToken[];
  NumberLit?: IToken[];
};

export interface StringishCstNode extends CstNode {
  name: "stringish";
  children: StringishCstChildren;
}

export type StringishCstChildren = {
  StringLit?: IToken[];
  UrlLit?: IToken[];
};

export interface StringListCstNode extends CstNode {
  name: "stringList";
  children: StringListCstChildren;
}

export type StringListCstChildren = {
  stringish: StringishCstNode[];
  Comma?: IToken[];
};

export interface UrlishCstNode extends CstNode {
  name: "urlish";
  children: UrlishCstChildren;
}

export type UrlishCstChildren = {
  UrlLit?: IToken[];
  StringLit?: IToken[];
};

export interface PathishCstNode extends CstNode {
  name: "pathish";
  children: PathishCstChildren;
}

export type PathishCstChildren = {
  PathLit?: IToken[];
  StringLit?: IToken[];
};

export interface VersionValueCstNode extends CstNode {
  name: "versionValue";
  children: VersionValueCstChildren;
}

export type VersionValueCstChildren = {
  NumberLit?: IToken[];
  StringLit?: IToken[];
};

export interface SecretValueCstNode extends CstNode {
  name: "secretValue";
  children: SecretValueCstChildren;
}

export type SecretValueCstChildren = {
  envRef?: EnvRefCstNode[];
  secretRef?: SecretRefCstNode[];
  stringish?: StringishCstNode[];
};

export interface EnvRefCstNode extends CstNode {
  name: "envRef";
  children: EnvRefCstChildren;
}

export type EnvRefCstChildren = {
  KwEnv: IToken[];
  LParen: IToken[];
  StringLit: IToken[];
  RParen: IToken[];
};

export interface SecretRefCstNode extends CstNode {
  name: "secretRef";
  children: SecretRefCstChildren;
}

export type SecretRefCstChildren = {
  KwSecret: IToken[];
  LParen: IToken[];
  vault: IToken[];
  Comma: IToken[];
  name: IToken[];
  RParen: IToken[];
};

export interface FileRefCstNode extends CstNode {
  name: "fileRef";
  children: FileRefCstChildren;
}

export type FileRefCstChildren = {
  KwFile: IToken[];
  LParen: IToken[];
  StringLit: IToken[];
  RParen: IToken[];
};

export interface ObjectLiteralCstNode extends CstNode {
  name: "objectLiteral";
  children: ObjectLiteralCstChildren;
}

export type ObjectLiteralCstChildren = {
  LCurly: IToken[];
  objectEntry?: ObjectEntryCstNode[];
  Comma?: IToken[];
  RCurly: IToken[];
};

export interface ObjectEntryCstNode extends CstNode {
  name: "objectEntry";
  children: ObjectEntryCstChildren;
}

export type ObjectEntryCstChildren = {
  Word?: IToken[];
  StringLit?: IToken[];
  Colon: IToken[];
  jsonValue: JsonValueCstNode[];
};

export interface ArrayLiteralCstNode extends CstNode {
  name: "arrayLiteral";
  children: ArrayLiteralCstChildren;
}

export type ArrayLiteralCstChildren = {
  LBracket: IToken[];
  jsonValue?: JsonValueCstNode[];
  Comma?: IToken[];
  RBracket: IToken[];
};

export interface JsonValueCstNode extends CstNode {
  name: "jsonValue";
  children: JsonValueCstChildren;
}

export type JsonValueCstChildren = {
  StringLit?: IToken[];
  NumberLit?: IToken[];
  objectLiteral?: ObjectLiteralCstNode[];
  arrayLiteral?: ArrayLiteralCstNode[];
  Word?: IToken[];
  UrlLit?: IToken[];
  PathLit?: IToken[];
  IpLit?: IToken[];
};

export interface SkipItemCstNode extends CstNode {
  name: "skipItem";
  children: SkipItemCstChildren;
}

export type SkipItemCstChildren = {
  skipBraces?: SkipBracesCstNode[];
  AnyToken?: IToken[];
};

export interface SkipBracesCstNode extends CstNode {
  name: "skipBraces";
  children: SkipBracesCstChildren;
}

export type SkipBracesCstChildren = {
  LCurly: IToken[];
  skipItem?: SkipItemCstNode[];
  RCurly: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  program(children: ProgramCstChildren, param?: IN): OUT;
  importStatement(children: ImportStatementCstChildren, param?: IN): OUT;
  groupDecl(children: GroupDeclCstChildren, param?: IN): OUT;
  groupMember(children: GroupMemberCstChildren, param?: IN): OUT;
  identityDecl(children: IdentityDeclCstChildren, param?: IN): OUT;
  identityOption(children: IdentityOptionCstChildren, param?: IN): OUT;
  unknownIdentityOption(children: UnknownIdentityOptionCstChildren, param?: IN): OUT;
  caDecl(children: CaDeclCstChildren, param?: IN): OUT;
  defaultsBlock(children: DefaultsBlockCstChildren, param?: IN): OUT;
  templateDecl(children: TemplateDeclCstChildren, param?: IN): OUT;
  siteDecl(children: SiteDeclCstChildren, param?: IN): OUT;
  siteBlock(children: SiteBlockCstChildren, param?: IN): OUT;
  templateCall(children: TemplateCallCstChildren, param?: IN): OUT;
  templateArg(children: TemplateArgCstChildren, param?: IN): OUT;
  sitesFrom(children: SitesFromCstChildren, param?: IN): OUT;
  unknownTopStatement(children: UnknownTopStatementCstChildren, param?: IN): OUT;
  siteBody(children: SiteBodyCstChildren, param?: IN): OUT;
  unknownSiteStatement(children: UnknownSiteStatementCstChildren, param?: IN): OUT;
  agentStatement(children: AgentStatementCstChildren, param?: IN): OUT;
  agentSetting(children: AgentSettingCstChildren, param?: IN): OUT;
  unknownAgentSetting(children: UnknownAgentSettingCstChildren, param?: IN): OUT;
  serviceDecl(children: ServiceDeclCstChildren, param?: IN): OUT;
  exposeDecl(children: ExposeDeclCstChildren, param?: IN): OUT;
  unopenedBody(children: UnopenedBodyCstChildren, param?: IN): OUT;
  exposureBody(children: ExposureBodyCstChildren, param?: IN): OUT;
  unknownExposureStatement(children: UnknownExposureStatementCstChildren, param?: IN): OUT;
  allowStatement(children: AllowStatementCstChildren, param?: IN): OUT;
  denyStatement(children: DenyStatementCstChildren, param?: IN): OUT;
  tlsMinStatement(children: TlsMinStatementCstChildren, param?: IN): OUT;
  mtlsStatement(children: MtlsStatementCstChildren, param?: IN): OUT;
  caSource(children: CaSourceCstChildren, param?: IN): OUT;
  actionStatement(children: ActionStatementCstChildren, param?: IN): OUT;
  testBlock(children: TestBlockCstChildren, param?: IN): OUT;
  testBody(children: TestBodyCstChildren, param?: IN): OUT;
  unknownTestStatement(children: UnknownTestStatementCstChildren, param?: IN): OUT;
  expectation(children: ExpectationCstChildren, param?: IN): OUT;
  requestClause(children: RequestClauseCstChildren, param?: IN): OUT;
  fromClause(children: FromClauseCstChildren, param?: IN): OUT;
  subject(children: SubjectCstChildren, param?: IN): OUT;
  jwtSubject(children: JwtSubjectCstChildren, param?: IN): OUT;
  loginSubject(children: LoginSubjectCstChildren, param?: IN): OUT;
  certClause(children: CertClauseCstChildren, param?: IN): OUT;
  target(children: TargetCstChildren, param?: IN): OUT;
  outcome(children: OutcomeCstChildren, param?: IN): OUT;
  stringish(children: StringishCstChildren, param?: IN): OUT;
  stringList(children: StringListCstChildren, param?: IN): OUT;
  urlish(children: UrlishCstChildren, param?: IN): OUT;
  pathish(children: PathishCstChildren, param?: IN): OUT;
  versionValue(children: VersionValueCstChildren, param?: IN): OUT;
  secretValue(children: SecretValueCstChildren, param?: IN): OUT;
  envRef(children: EnvRefCstChildren, param?: IN): OUT;
  secretRef(children: SecretRefCstChildren, param?: IN): OUT;
  fileRef(children: FileRefCstChildren, param?: IN): OUT;
  objectLiteral(children: ObjectLiteralCstChildren, param?: IN): OUT;
  objectEntry(children: ObjectEntryCstChildren, param?: IN): OUT;
  arrayLiteral(children: ArrayLiteralCstChildren, param?: IN): OUT;
  jsonValue(children: JsonValueCstChildren, param?: IN): OUT;
  skipItem(children: SkipItemCstChildren, param?: IN): OUT;
  skipBraces(children: SkipBracesCstChildren, param?: IN): OUT;
}

/**
 * TPC2xxx: semantic checks and compilation of `.tpc` programs; TPC3xxx: validation of the
 * compiled output (a failure there is a compiler bug and says so). Codes are stable and never
 * reused. Templates use `{0}`, `{1}` placeholders.
 */

import { m, type MessageTemplate } from '../diagnostics/messages.js';

/** Catalogue bands TPC2xxx and TPC3xxx. */
export const CompilerMessages = {
  // Files and imports
  importUnreadable: m('TPC2001', 'error', "Cannot read the imported file '{0}': {1}."),
  importCycle: m('TPC2002', 'error', "Importing '{0}' makes a cycle: {1}."),
  noSites: m('TPC2003', 'warning', 'The program defines no sites, so nothing is compiled.'),
  unknownSite: m('TPC2004', 'error', "There is no site named '{0}'."),

  // Names
  duplicateName: m('TPC2010', 'error', "'{0}' is already defined as {1}."),
  undefinedName: m('TPC2011', 'error', "Unknown {0} '{1}'."),
  wrongKind: m('TPC2012', 'error', "'{0}' is {1}; {2} takes {3}."),
  groupCycle: m('TPC2013', 'error', "The group '{0}' includes itself through {1}."),
  invalidName: m('TPC2014', 'error', "The {0} name '{1}' cannot be part of an internal hostname; use lower-case letters, digits and '-' (at most 63, not starting or ending with '-')."),

  // Templates and parameters
  unknownParameter: m('TPC2020', 'error', "'${{0}}' is not a parameter of template '{1}'."),
  parameterOutsideTemplate: m('TPC2021', 'error', "'${{0}}' is used outside a template; only a template's body (and the body of a site that instantiates it) has parameters."),
  missingArgument: m('TPC2022', 'error', "Site '{0}' gives no value for {1} of template '{2}'."),
  extraArgument: m('TPC2023', 'error', "Template '{0}' has no parameter '{1}'."),
  unusedParameter: m('TPC2024', 'warning', "The parameter '{0}' of template '{1}' is never used, in its body or in the braces of a site made from it."),

  // Sites files
  sitesFileUnreadable: m('TPC2030', 'error', "Cannot read the sites file '{0}': {1}."),
  sitesFileFormat: m('TPC2031', 'error', "The sites file '{0}' must end in .csv, .yaml, .yml or .json."),
  sitesFileInvalid: m('TPC2032', 'error', "The sites file '{0}' is not valid: {1}."),
  sitesFileMissingColumn: m('TPC2033', 'error', "The sites file '{0}' has no column '{1}' for the parameter of template '{2}'."),
  sitesFileExtraColumn: m('TPC2034', 'error', "The column '{0}' of '{1}' is not a parameter of template '{2}' (nor 'site')."),
  sitesFileEmptyValue: m('TPC2035', 'error', "Row {0} of '{1}' has no value for '{2}'."),
  sitesFileEmpty: m('TPC2036', 'warning', "The sites file '{0}' lists no sites."),

  // URLs, services, exposures
  invalidUrl: m('TPC2040', 'error', "'{0}' is not a valid {1}: {2}."),
  plainHttpExposure: m('TPC2041', 'error', "'{0}' is plain http://, which would carry credentials and patient data unencrypted; expose at https:// instead."),
  urlWithPath: m('TPC2042', 'error', "The exposure URL '{0}' has a path; write the URL without it and add 'path {1}'."),
  invalidPath: m('TPC2043', 'error', "'{0}' is not a usable path prefix: {1}."),
  duplicateExposure: m('TPC2044', 'error', "'{0}' is already exposed in site '{1}'."),
  duplicatePublicUrl: m('TPC2045', 'error', "The public URL '{0}' is already used by site '{1}'; a public URL can belong to one site only."),
  sharedHostTls: m('TPC2046', 'error', "Exposures sharing '{0}' must agree on '{1}': TLS is negotiated once per connection, before the request path is known."),
  serviceProtocol: m('TPC2047', 'error', "Service '{0}' speaks {1} ({2}), so it cannot be exposed at the {3} URL '{4}'."),
  serviceTwoFamilies: m('TPC2048', 'error', "Service '{0}' is exposed as {1} here and as {2} elsewhere; its internal endpoint speaks one protocol, so declare a second service for the other one."),
  upstreamPort: m('TPC2049', 'error', "The {0} upstream '{1}' needs a port."),
  identityOnTcp: m('TPC2050', 'error', "The {0} identity '{1}' cannot guard '{2}': {3} checks HTTP requests, and a {4} endpoint carries raw connections with no HTTP layer. Allow IP groups only, or expose the service at an https:// URL."),
  tlsOnTcp: m('TPC2051', 'error', "'{0}' cannot apply to '{1}': a tcp:// endpoint carries no TLS for ngrok to terminate. Expose the service at a tls:// URL to require TLS."),
  mixedIdentityKinds: m('TPC2052', 'error', "'{0}' ({1}) and '{2}' ({3}) cannot both be allowed on one exposure: ngrok authenticates a request with one action, and trying one then the other would reject every request the first one refuses."),
  identitiesNoMerge: m('TPC2053', 'error', "The {0} identities '{1}' and '{2}' cannot be combined faithfully: {3}."),
  allowsNobody: m('TPC2054', 'warning', "The exposure of '{0}' at '{1}' allows nobody (no 'allow' here or in its defaults), so every request is denied."),
  anyAccount: m('TPC2055', 'warning', "Identity '{0}' lets in any {1} account; add allow-domain or allow-email."),
  tlsMinLowered: m('TPC2056', 'warning', "'tls min {0}' is below the inherited 'tls min {1}'; requirements add up, so {1} applies."),
  loginActionsShareHost: m('TPC2057', 'warning', "'{0}' uses two different login identities ('{1}' and '{2}') on different paths; ngrok may allow only one login action per endpoint."),
  hostBits: m('TPC2058', 'warning', "'{0}' has host bits set; the network '{1}' is used."),
  allowDenied: m('TPC2062', 'warning', "'{0}' of group '{1}' is inside '{2}', which group '{3}' denies; deny wins, so it is left out of the allow list."),
  conflictingAgentSetting: m('TPC2059', 'error', "Site '{0}' sets 'agent {1}' twice with different values."),
  invalidConnectUrl: m('TPC2060', 'error', "'{0}' is not a connect URL; write host:port (e.g. \"connect.example.com:443\")."),

  // Secrets, identities, certificates
  secretLiteral: m('TPC2070', 'error', "'{0}' is a secret and must not be written into the policy; write secret(\"vault\", \"name\") so ngrok reads it from a vault."),
  envInPolicy: m('TPC2071', 'error', "env(\"{0}\") cannot be used for '{1}': the value would be copied into the policy in clear text. Use secret(\"vault\", \"name\"), which ngrok resolves at request time."),
  managedAppUnavailable: m('TPC2072', 'error', "ngrok has no managed OAuth app for '{0}'; identity '{1}' needs client-id and client-secret."),
  clientPair: m('TPC2073', 'error', "Identity '{0}' gives '{1}' without '{2}'; give both or neither."),
  scopesWithManagedApp: m('TPC2074', 'error', "Identity '{0}' sets scopes but uses ngrok's managed {1} app, which does not accept extra scopes; give client-id and client-secret of your own app."),
  caUnreadable: m('TPC2075', 'error', "Cannot read the CA file '{0}': {1}."),
  caNotPem: m('TPC2076', 'error', "'{0}' is not a PEM certificate (no '-----BEGIN CERTIFICATE-----') nor an uploaded CA id (ca_…)."),
  invalidValue: m('TPC2077', 'error', "'{0}' is not a usable {1}: {2}."),

  // The action escape hatch
  actionPhase: m('TPC2080', 'error', "The action '{0}' cannot run in '{1}', where the '{2}' point of a {3} exposure puts it."),
  responseOnTcp: m('TPC2081', 'error', "A {0} exposure has no HTTP responses, so 'action response' cannot apply to '{1}'."),
  terminalEscapeHatch: m('TPC2082', 'error', "A '{0}' action at '{1}' ends every request before the access rules run, so 'allow' and 'deny' would never apply; put it at 'response', or drop it."),
  actionShape: m('TPC2083', 'error', 'The action object needs a string \'type\' and may have only \'type\' and \'config\'.'),
  rewriteBeforeAccess: m('TPC2085', 'error', "A 'url-rewrite' at 'first' would change the path that the access rules of 'path {0}' are keyed on, so a request could escape them; put it at 'before-forward'."),
  actionInvalid: m('TPC2084', 'error', 'This action is not valid: {0}'),
  conditionInvalid: m('TPC2087', 'error', 'This condition is not valid: {0}'),
  conditionBeforeForward: m('TPC2086', 'error', "'action before-forward' cannot have a 'when' condition: the security actions and the forward share one rule, so a condition cannot be attached to one action between them."),

  // Agent ACL
  bindNotCovering: m('TPC2090', 'error', "The 'agent bind' patterns of site '{0}' do not cover {1}, so its agent could not serve {2}."),
  bindCoversOther: m('TPC2091', 'error', "The bind pattern '{0}' of site '{1}' also covers '{2}' of site '{3}': a leaked token of one clinic could serve another's endpoint."),
  bindTooBroad: m('TPC2092', 'warning', "The bind pattern '{0}' lets the token of site '{1}' serve any internal URL, including those of sites added later."),
  invalidBind: m('TPC2093', 'error', "'{0}' is not a bind pattern; write a hostname or '*.' followed by a domain."),

  // Output validation (compiler bugs)
  schemaBug: m('TPC3001', 'error', "Compiler bug: the generated {0} '{1}' does not match the schema at '{2}': {3} Please report it with the .tpc source."),
  lintBug: m('TPC3002', 'error', "Compiler bug: lint rule '{0}' reports an error on the generated output: {1} Please report it with the .tpc source."),
  internalError: m('TPC3003', 'error', 'Compiler bug: {0}. Please report it with the .tpc source.'),
} as const satisfies Record<string, MessageTemplate>;

export type CompilerMessageId = keyof typeof CompilerMessages;

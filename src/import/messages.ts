/**
 * TPC7xxx: `tpc import`, turning hand-written ngrok files into a `.tpc` draft. Warnings mark what
 * the draft could not express faithfully (the "unsupported" list); infos mark faithful changes a
 * reviewer should know about. Codes are stable and never reused. Templates use `{0}`, `{1}`.
 */

import { m, type MessageTemplate } from '../diagnostics/messages.js';

/** Catalogue band TPC7xxx. */
export const ImportMessages = {
  // Inputs
  notNgrok: m('TPC7001', 'warning', 'This document is not an ngrok.yml agent config, a cloud endpoint body or a Traffic Policy, so nothing was imported from it.'),
  barePolicy: m('TPC7002', 'warning', 'A Traffic Policy file on its own names no endpoint URL, so it was not imported; pass the cloud endpoint body (with url and traffic_policy) or the ngrok.yml that holds it.'),
  notLoaded: m('TPC7003', 'warning', 'This file could not be read as YAML or JSON ({0}), so nothing was imported from it.'),
  noEndpoints: m('TPC7004', 'warning', 'This agent config defines no endpoints, so it adds no site to the draft (its agent settings are not kept).'),
  tpcAcl: m('TPC7005', 'info', "'{0}' is a file tpc compile writes (an authtoken ACL or the manifest); it needs no import."),
  samePolicy: m('TPC7006', 'info', "This Traffic Policy is the one '{0}' already carries; nothing more to import from it."),

  // Agent configs
  tunnel: m('TPC7010', 'warning', "The version-2 tunnel '{0}' was not imported; rewrite it as an 'endpoints' entry first."),
  agentSetting: m('TPC7011', 'warning', "'agent.{0}' has no .tpc equivalent, so the compiled ngrok.yml will not set it."),
  agentSecret: m('TPC7012', 'info', "'agent.{0}' was not copied: a .tpc file never holds secrets, and the compiled agent reads NGROK_AUTHTOKEN from its environment."),
  endpointField: m('TPC7013', 'warning', "'{0}' of the endpoint '{1}' has no .tpc equivalent, so the compiled endpoint will not have it."),
  noFixedUrl: m('TPC7014', 'warning', "The endpoint '{0}' has no fixed URL (ngrok picks a random one), so it cannot become an exposure; it was not imported."),
  plainHttp: m('TPC7015', 'warning', "'{0}' is plain http://; .tpc exposes services only at https://, tls:// and tcp:// URLs, so it was not imported."),
  badUpstream: m('TPC7016', 'warning', "The upstream '{0}' of the endpoint '{1}' cannot be a .tpc service ({2}); the endpoint was not imported."),
  internalPolicy: m('TPC7017', 'warning', "The Traffic Policy of the internal endpoint '{0}' was not imported: .tpc puts every policy on the public side, in front of internal endpoints."),
  renamed: m('TPC7018', 'info', "The internal URL '{0}' becomes '{1}' (tpc names internal URLs <service>.<site>.internal); anything outside this import that forwards to the old URL must change."),
  agentToCloud: m('TPC7019', 'info', "The public agent endpoint '{0}' becomes a cloud endpoint in front of the internal endpoint '{1}'; stop the old agent endpoint before applying."),
  sharedInternal: m('TPC7020', 'warning', "'{0}' is also served by {1}; tpc gives every site its own internal URLs and pools only a site's failover pair, so this copy was not imported."),
  badBinding: m('TPC7021', 'warning', "The endpoint '{0}' has the binding '{1}', which .tpc does not generate; it was not imported."),
  badUrl: m('TPC7022', 'warning', "'{0}' is not an endpoint URL .tpc can use ({1}); it was not imported."),
  dropped: m('TPC7023', 'info', "'{0}' of '{1}' is not carried over: tpc writes its own description and metadata."),
  duplicateUrl: m('TPC7024', 'warning', "The public URL '{0}' was already imported from {1}; this copy was not imported."),

  // Policies
  condition: m('TPC7030', 'warning', "The rule '{0}' has a condition .tpc cannot state ({1}); {2}."),
  terminal: m('TPC7031', 'warning', "The rule '{0}' ends requests with '{1}', which .tpc cannot place there; {2}."),
  tcpPhase: m('TPC7032', 'warning', "The on_tcp_connect rule '{0}' of an HTTPS endpoint does more than terminate TLS with a minimum version or mutual TLS; {1}."),
  unreachable: m('TPC7033', 'info', "The rule '{0}' never runs (an earlier rule always ends the phase), so it was not imported."),
  loosePrefix: m('TPC7049', 'warning', "The rule '{0}' applies to every path that starts with '{1}'; the draft's exposure at path {1} takes only '{1}' and '{1}/…', so other paths starting with '{1}' (such as '{1}-old') are denied there."),
  unreachableAction: m('TPC7048', 'info', "The '{0}' action of the rule '{1}' never runs (it follows '{2}', which ends the phase), so it was not imported."),
  unknownTarget: m('TPC7034', 'warning', "The rule '{0}' forwards to '{1}', which no imported agent config serves; pass the ngrok.yml that serves it. {2}."),
  fallsThrough: m('TPC7035', 'warning', "Requests matching the rule '{0}' fall through to later rules without being forwarded, which .tpc cannot state; {1}."),
  pathOrder: m('TPC7036', 'info', "The path rule for '{0}' comes after the one for '{1}', which already catches its requests; tpc always tries the longer path first, so {2}."),
  secretLiteral: m('TPC7037', 'warning', "'{0}' is written as a literal; the draft reads it with secret(\"{1}\", \"{2}\"), so store it in that ngrok vault (or change the reference) before applying."),
  responseRule: m('TPC7038', 'warning', "The on_http_response rule '{0}' was not imported: {1}."),
  phase: m('TPC7039', 'warning', "The phase '{0}' was not imported: {1}."),
  legacyPhase: m('TPC7040', 'info', "'{0}' is the legacy name of '{1}'; it is imported as '{1}'."),
  crossSite: m('TPC7041', 'warning', "The rule '{0}' forwards to '{1}' of site '{2}', but this endpoint belongs to site '{3}'; {4}."),
  notPolicy: m('TPC7042', 'warning', 'The traffic_policy is not a policy object ({0}); {1}.'),
  literalSecretAction: m('TPC7043', 'warning', "The '{0}' action holds a literal secret ('{1}'), which a .tpc file must not contain; {2}."),
  coveredByBroken: m('TPC7045', 'warning', "The rule '{0}' comes after rules for {1} that could not be imported and that see its requests first; it is left to that exposure, which denies every request until you fix it."),
  noService: m('TPC7046', 'warning', "No rule of '{0}' forwards to a service that an imported agent config serves, so there is nothing to expose; it was not imported."),
  invalidAction: m('TPC7047', 'warning', "The '{0}' action is not valid ({1}), and the draft would not compile with it; {2}."),
  allowAnyone: m('TPC7044', 'info', "The '{0}' endpoint lets every client through; the draft says so with 'allow anyone' (0.0.0.0/0 and ::/0).{1}"),

  internalError: m('TPC7099', 'error', 'Import bug: {0}. Please report it with the files that caused it.'),
} as const satisfies Record<string, MessageTemplate>;

/** Identifier of a TPC7xxx message. */
export type ImportMessageId = keyof typeof ImportMessages;

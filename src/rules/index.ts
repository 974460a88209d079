/**
 * The rule registry: every lint rule, by id. Explicit imports only (no globbing), so the
 * bundle stays small and the list is reviewable. A test checks ids equal file names and every
 * rule has its docs page.
 */

import type { LintRule } from './rule.js';
import oneAuthAction from './one-auth-action.js';
import placeholder from './placeholder.js';
import inlineSecret from './inline-secret.js';
import unauthenticatedHttp from './unauthenticated-http.js';
import unprotectedTcp from './unprotected-tcp.js';
import agentApiExposed from './agent-api-exposed.js';
import sharedInternalUrl from './shared-internal-url.js';
import duplicateEndpointName from './duplicate-endpoint-name.js';
import endpointProtocol from './endpoint-protocol.js';
import emailSuffix from './email-suffix.js';
import variablePhase from './variable-phase.js';
import unknownVariable from './unknown-variable.js';
import expressionSyntax from './expression-syntax.js';
import endpointUrl from './endpoint-url.js';
import internalUrl from './internal-url.js';
import forwardInternalScheme from './forward-internal-scheme.js';
import schema from './schema.js';
import forwardInternalTarget from './forward-internal-target.js';
import deprecatedFormat from './deprecated-format.js';
import cloudEndpointTerminal from './cloud-endpoint-terminal.js';
import tlsMinVersion from './tls-min-version.js';
import cidr from './cidr.js';
import phaseProtocol from './phase-protocol.js';
import actionPhase from './action-phase.js';
import unreachableRule from './unreachable-rule.js';
import actionAfterTerminal from './action-after-terminal.js';
import noUnmatchableUrlPattern from './no-unmatchable-url-pattern.js';

/** Every rule, in documentation order. */
export const RULES: readonly LintRule[] = [
  oneAuthAction,
  placeholder,
  inlineSecret,
  unauthenticatedHttp,
  unprotectedTcp,
  agentApiExposed,
  sharedInternalUrl,
  duplicateEndpointName,
  endpointProtocol,
  endpointUrl,
  internalUrl,
  forwardInternalScheme,
  forwardInternalTarget,
  unreachableRule,
  actionAfterTerminal,
  noUnmatchableUrlPattern,
  actionPhase,
  phaseProtocol,
  cidr,
  tlsMinVersion,
  cloudEndpointTerminal,
  deprecatedFormat,
  schema,
  expressionSyntax,
  unknownVariable,
  variablePhase,
  emailSuffix,
];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, LintRule> = new Map(RULES.map((r) => [r.id, r]));

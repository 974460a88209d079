/**
 * The generated schema validators, loaded by kind on demand: the Traffic Policy validator is
 * always at hand (policies are what most runs lint, and the other kinds embed policies); the
 * agent-config and cloud-endpoint validators are separate modules, imported the first time a
 * document of that kind is validated.
 */

import type { SchemaKind } from './schema-issues.js';
import { validateTrafficPolicy, type GeneratedValidateFunction } from './validators.generated.js';

const loaded: Partial<Record<SchemaKind, GeneratedValidateFunction>> = { 'traffic-policy': validateTrafficPolicy };

/** The validator of `kind`, importing its module when needed. */
export async function loadValidator(kind: SchemaKind): Promise<GeneratedValidateFunction> {
  const have = loaded[kind];
  if (have) return have;
  const validate =
    kind === 'agent-config'
      ? (await import('./validators-agent-config.generated.js')).validateAgentConfig
      : kind === 'cloud-endpoint'
        ? (await import('./validators-cloud-endpoint.generated.js')).validateCloudEndpoint
        : validateTrafficPolicy;
  return (loaded[kind] = validate);
}

/** The validator of `kind` if {@link loadValidator} has loaded it (the Traffic Policy one always). */
export function loadedValidator(kind: SchemaKind): GeneratedValidateFunction | undefined {
  return loaded[kind];
}

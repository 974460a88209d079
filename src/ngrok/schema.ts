/**
 * Schema validation with readable messages, for every document kind: {@link validateSchema}
 * runs the generated validator of a kind and words ajv's errors for people (see
 * `schema-issues.ts`). It never throws.
 *
 * This module loads all three generated validators. The lint rule, which must not pay for the
 * agent-config and cloud-endpoint validators when linting a policy, loads them on demand
 * through `validators.ts` and calls `checkSchema` instead.
 */

import { checkSchema, type SchemaIssue, type SchemaKind } from './schema-issues.js';
import { validateAgentConfig } from './validators-agent-config.generated.js';
import { validateCloudEndpoint } from './validators-cloud-endpoint.generated.js';
import { validateTrafficPolicy, type GeneratedValidateFunction } from './validators.generated.js';

export { editDistance, SCHEMA_FILES, suggest } from './schema-issues.js';
export type { SchemaIssue, SchemaKind } from './schema-issues.js';

const VALIDATORS: Readonly<Record<SchemaKind, GeneratedValidateFunction>> = {
  'traffic-policy': validateTrafficPolicy,
  'agent-config': validateAgentConfig,
  'cloud-endpoint': validateCloudEndpoint,
};

/** Validates `value` against the schema of `kind`; an empty list means valid. Never throws. */
export function validateSchema(kind: SchemaKind, value: unknown): SchemaIssue[] {
  return checkSchema(kind, VALIDATORS[kind], value);
}

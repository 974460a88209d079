/**
 * Types of `validators.generated.js`, the standalone ajv module that
 * `scripts/build-validators.mjs` generates from `schemas/traffic-policy.schema.json` (with the
 * schemas' custom formats and facts). The agent-config and cloud-endpoint validators are in
 * their own modules (`validators-agent-config.generated.js`, `validators-cloud-endpoint.generated.js`),
 * so linting a policy loads only this one. Hand-written; keep in step with the generator's
 * exports. Use {@link ../ngrok/schema.ts} (`validateSchema`) rather than these raw validators:
 * it turns ajv errors into readable issues.
 */
import type { ErrorObject } from 'ajv';

/** An ajv standalone validate function. `errors` holds the last run's errors (verbose mode). */
export interface GeneratedValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Validates a Traffic Policy document against `schemas/traffic-policy.schema.json`. */
export declare const validateTrafficPolicy: GeneratedValidateFunction;

/**
 * The schemas' custom formats (`cidr-or-ip`, `duration-1s-2m`, `duration-1s-30s`,
 * `rate-limit-window`). Each returns true for values containing `${` (CEL interpolation).
 */
export declare const tpcFormats: Readonly<Record<string, (value: string) => boolean>>;

/** Facts read from the schemas when the module was generated. */
export declare const schemaHints: {
  /** Top-level keys of a Traffic Policy (modern phases, then legacy inbound/outbound). */
  readonly phases: readonly string[];
  /** Every accepted action type (including deprecated `oidc`). */
  readonly actionTypes: readonly string[];
  /** Config keys of each action type. */
  readonly actionConfigKeys: Readonly<Record<string, readonly string[]>>;
  /** Keys of the ngrok.yml v3 `agent:` block. */
  readonly agentKeys: readonly string[];
  /** Keys of an ngrok.yml v3 `endpoints[]` item. */
  readonly endpointKeys: readonly string[];
  /** Top-level keys of an ngrok.yml version 2 file. */
  readonly v2TopLevelKeys: readonly string[];
};

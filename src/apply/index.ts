/**
 * Plan and apply ngrok cloud endpoints: the API client, desired state, plan, apply and printers.
 * A plain re-export file.
 */

export { apply } from './apply.js';
export type { ApplyCounts, ApplyError, ApplyEvent, ApplyOptions, ApplyResult, ItemResult } from './apply.js';
export { DEFAULT_API_URL, NgrokApiError, NgrokClient, parseRetryAfter } from './client.js';
export type { ClientStats, EndpointsApi, NgrokApiErrorKind, NgrokClientOptions, RequestEvent, RetryEvent } from './client.js';
export {
  canonicalJson,
  checkDesiredEndpoint,
  computeHash,
  desiredEndpoint,
  effectiveBindings,
  hashInput,
  loadManifest,
  managedMetadata,
  MANAGED_BY,
  normalizeEndpointUrl,
  parsePolicyText,
  readManagedMetadata,
} from './desired.js';
export type { DesiredEndpoint, LoadManifestResult, ManagedMetadata, Manifest, ManifestEntry } from './desired.js';
export { unifiedDiff } from './diff.js';
export { applySummaryLine, formatApplyJson, formatApplyText, formatPlanJson, formatPlanMarkdown, formatPlanText, planSummaryLine, planToJson } from './format.js';
export type { TextFormatOptions } from './format.js';
export { RateLimiter, Semaphore, realClock } from './limiter.js';
export type { Clock, RateLimiterOptions } from './limiter.js';
export { ApplyMessages } from './messages.js';
export { CLOUD_FILTER, endpointAsBody, listCloudEndpoints, maskSecrets, plan, prettyPolicy } from './plan.js';
export type { EndpointField, FieldChange, OrphanEndpoint, Plan, PlanAction, PlanItem, PlanOptions, PlanSummary, UnmanagedEndpoint } from './plan.js';
export { redact, REDACTED } from './redact.js';
export type { ApiErrorBody, Endpoint, EndpointUpdate, Ref, ReservedAddr, ReservedDomain } from './types.js';

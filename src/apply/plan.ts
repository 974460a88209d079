/**
 * `plan`: compares the desired cloud endpoints with the account and says what `apply` would do.
 *
 * Only endpoints whose `metadata` carries tpc's marker (`"managed-by":"tpc"` and a `key`) are
 * candidates for change; every other endpoint is left alone (and listed as unmanaged only when
 * asked). Both sides are normalised before comparing (URL case and default port, sorted
 * bindings with their default, pooling default, parsed traffic policy as canonical JSON,
 * metadata as canonical JSON), so nothing shows as a change that is not one.
 */

import { createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import type { CloudEndpointCreate } from '../ngrok/types.js';
import { NgrokApiError, type EndpointsApi } from './client.js';
import {
  canonicalJson,
  checkDesiredEndpoint,
  computeHash,
  effectiveBindings,
  normalizeEndpointUrl,
  parsePolicyText,
  readManagedMetadata,
  type DesiredEndpoint,
} from './desired.js';
import { policyWithoutRuleNames } from '../ngrok/endpoint-spec.js';
import { unifiedDiff } from './diff.js';
import { ApplyMessages } from './messages.js';
import type { Endpoint, EndpointUpdate } from './types.js';

/** What happens to one endpoint. */
export type PlanAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged';

/** The fields plan compares. */
export type EndpointField = 'url' | 'traffic_policy' | 'description' | 'metadata' | 'bindings' | 'pooling_enabled';

/** One changed field (normalised values). `traffic_policy` values are left out: see `policyDiff`. */
export interface FieldChange {
  field: EndpointField;
  before?: unknown;
  after?: unknown;
}

/** One entry of a plan. */
export interface PlanItem {
  action: PlanAction;
  key: string;
  site?: string;
  /** The URL after the change (for a delete: the URL that goes away). */
  url: string;
  /** For a replace: the URL of the endpoint being replaced. */
  previousUrl?: string;
  /** The existing endpoint's id (update, replace, delete, unchanged). */
  id?: string;
  /** For create and replace: the body to POST. For update: the full desired body. */
  body?: CloudEndpointCreate;
  /** For update: exactly the fields to PATCH (never empty). */
  patch?: EndpointUpdate;
  changes: FieldChange[];
  /** Unified diff of the pretty-printed policies (secret values masked); '' when unchanged. */
  policyDiff?: string;
  /** Access-terms summary lines from `accessDiff` (`+ office can now reach clinic3/patient-db`). */
  access: string[];
  /** Why a delete happens. */
  reason?: 'pruned' | 'duplicate';
  /** The remote endpoint was changed outside tpc (its content no longer matches its recorded hash). */
  drift?: boolean;
  /** Ids of managed endpoints that hold this item's URL and must be deleted before it can be created. */
  after?: string[];
  /** Set when the item cannot be carried out (its URL is held by an endpoint tpc may not delete). */
  blocked?: string;
  /** The desired content hash (create, update, replace, unchanged). */
  hash?: string;
}

/** An endpoint tpc does not manage (shown with `showUnmanaged`). */
export interface UnmanagedEndpoint {
  id: string;
  type: string;
  url: string;
  description?: string;
}

/** A managed endpoint that is no longer desired, kept because `prune` is off. */
export interface OrphanEndpoint {
  id: string;
  key: string;
  url: string;
}

/** Counts per action. */
export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  unchanged: number;
}

/** The result of {@link plan}. */
export interface Plan {
  /** Every desired endpoint (and every delete), ordered by key then action. */
  items: PlanItem[];
  /** Cloud endpoints without tpc's marker; filled only with `showUnmanaged`. */
  unmanaged: UnmanagedEndpoint[];
  /** How many cloud endpoints are not managed by tpc (always counted). */
  unmanagedCount: number;
  orphans: OrphanEndpoint[];
  diagnostics: Diagnostic[];
  summary: PlanSummary;
  /** True when `apply` would write anything. */
  hasChanges: boolean;
  prune: boolean;
}

/** Options of {@link plan}. */
export interface PlanOptions {
  desired: readonly DesiredEndpoint[];
  /** Used for `listEndpoints` only; plan never writes. */
  client: Pick<EndpointsApi, 'listEndpoints'>;
  /** Delete managed endpoints that are no longer desired. Default false. */
  prune?: boolean;
  /** List the endpoints tpc does not manage. Default false. */
  showUnmanaged?: boolean;
  /**
   * Describes a change in access terms (who gains or loses reach to what). Called with the
   * body before and after (undefined for a create's before or a delete's after). Its lines
   * are printed with the item.
   */
  accessDiff?: (before: CloudEndpointCreate | undefined, after: CloudEndpointCreate | undefined) => string[];
  /** The account's endpoints, when already fetched (skips listing). */
  remote?: readonly Endpoint[];
}

/** The list filter plan uses; on a 400 it lists everything and filters locally. */
export const CLOUD_FILTER = 'obj.type == "cloud"';

/**
 * Lists cloud endpoints: with `filter=obj.type == "cloud"`, falling back to an unfiltered list
 * filtered locally when the API refuses the filter (HTTP 400). Throws `NgrokApiError` for
 * other failures.
 */
export async function listCloudEndpoints(client: Pick<EndpointsApi, 'listEndpoints'>, extraFilter?: string): Promise<Endpoint[]> {
  const filter = extraFilter ? `${CLOUD_FILTER} && ${extraFilter}` : CLOUD_FILTER;
  try {
    return (await client.listEndpoints({ filter })).filter((e) => e.type === 'cloud');
  } catch (e) {
    if (!(e instanceof NgrokApiError) || e.statusCode !== 400) throw e;
    return (await client.listEndpoints()).filter((x) => x.type === 'cloud');
  }
}

function diag(file: string, msg: MessageTemplate, ...args: (string | number)[]): Diagnostic {
  return createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file });
}

/** The remote endpoint seen as a create body (for comparing, hashing and `accessDiff`). */
export function endpointAsBody(e: Endpoint): CloudEndpointCreate {
  const b: CloudEndpointCreate = { type: 'cloud', url: e.url ?? e.public_url ?? '', traffic_policy: e.traffic_policy ?? '' };
  if (e.description) b.description = e.description;
  if (e.metadata) b.metadata = e.metadata;
  if (e.bindings && e.bindings.length > 0) b.bindings = [...e.bindings];
  b.pooling_enabled = e.pooling_enabled ?? false;
  return b;
}

/** Normalised comparable values of a body. */
function normalised(b: Partial<CloudEndpointCreate>): Record<EndpointField, string> {
  const pol = typeof b.traffic_policy === 'string' ? parsePolicyText(b.traffic_policy) : { error: 'missing' };
  let meta = b.metadata ?? '';
  try {
    if (meta !== '') meta = canonicalJson(JSON.parse(meta));
  } catch {
    // not JSON: compare as text
  }
  return {
    url: normalizeEndpointUrl(b.url ?? ''),
    traffic_policy: pol.error === undefined ? canonicalJson(policyWithoutRuleNames(pol.value)) : String(b.traffic_policy ?? ''),
    description: b.description ?? '',
    metadata: meta,
    bindings: canonicalJson(effectiveBindings(b)),
    pooling_enabled: String(b.pooling_enabled ?? false),
  };
}

const SECRET_KEY_RE = /(secret|password|passwd|private_?key|api_?key|authtoken|credentials|(^|_)token)$/i;

/** A copy of a parsed policy with secret-looking values (client secrets, passwords, tokens, basic-auth credentials) masked. */
export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (SECRET_KEY_RE.test(k) && (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')))) {
      out[k] = Array.isArray(v) ? v.map(() => '[REDACTED]') : '[REDACTED]';
    } else out[k] = maskSecrets(v);
  }
  return out;
}

/** Pretty-prints a policy text for display: parsed, keys sorted, 2-space indent, secrets masked. */
export function prettyPolicy(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  const p = parsePolicyText(text);
  if (p.error !== undefined) return text;
  return JSON.stringify(JSON.parse(canonicalJson(maskSecrets(p.value))), null, 2);
}

function policyDiff(before: string | undefined, after: string | undefined): string {
  const a = prettyPolicy(before);
  const b = prettyPolicy(after);
  if (a === b) return '  (only secret values changed; they are not shown)';
  return unifiedDiff(a, b, { context: 3 });
}

function compareBodies(remote: CloudEndpointCreate, want: CloudEndpointCreate): { changes: FieldChange[]; patch: EndpointUpdate } {
  const r = normalised(remote);
  const d = normalised(want);
  const changes: FieldChange[] = [];
  const patch: EndpointUpdate = {};
  for (const f of ['traffic_policy', 'description', 'metadata', 'bindings', 'pooling_enabled'] as const) {
    if (r[f] === d[f]) continue;
    if (f === 'traffic_policy') {
      changes.push({ field: f });
      patch.traffic_policy = want.traffic_policy;
    } else if (f === 'description') {
      changes.push({ field: f, before: remote.description ?? '', after: want.description ?? '' });
      patch.description = want.description ?? '';
    } else if (f === 'metadata') {
      changes.push({ field: f, before: remote.metadata ?? '', after: want.metadata ?? '' });
      patch.metadata = want.metadata ?? '';
    } else if (f === 'bindings') {
      changes.push({ field: f, before: effectiveBindings(remote), after: effectiveBindings(want) });
      patch.bindings = effectiveBindings(want);
    } else {
      changes.push({ field: f, before: remote.pooling_enabled ?? false, after: want.pooling_enabled ?? false });
      patch.pooling_enabled = want.pooling_enabled ?? false;
    }
  }
  return { changes, patch };
}

function age(e: Endpoint): string {
  return `${e.created_at ?? ''}|${e.id}`;
}

/**
 * Builds a plan. Lists the account's cloud endpoints through `client` (unless `remote` is
 * given) and compares. Never writes.
 *
 * Bad desired endpoints (missing ownership marker, wrong hash, duplicate keys or URLs) become
 * TPC6xxx error diagnostics in `plan.diagnostics`, and `apply` refuses such a plan. API
 * failures while listing are thrown as `NgrokApiError`.
 */
export async function plan(options: PlanOptions): Promise<Plan> {
  const prune = options.prune ?? false;
  const diagnostics: Diagnostic[] = [];
  const remoteAll: readonly Endpoint[] = options.remote ? options.remote.filter((e) => e.type === 'cloud') : await listCloudEndpoints(options.client);

  // Desired side: validate, and index by key and by URL.
  const desiredKeys = new Set<string>();
  const valid: DesiredEndpoint[] = [];
  const byUrl = new Map<string, DesiredEndpoint>();
  for (const d of options.desired) {
    if (desiredKeys.has(d.key)) {
      diagnostics.push(diag(d.key, ApplyMessages.duplicateKey, d.key));
      continue;
    }
    desiredKeys.add(d.key);
    const found = checkDesiredEndpoint(d, d.key);
    diagnostics.push(...found);
    if (hasErrors(found)) continue;
    const u = `${normalizeEndpointUrl(d.body.url)} ${effectiveBindings(d.body).join(',')}`;
    const other = byUrl.get(u);
    if (other) {
      diagnostics.push(diag(d.key, ApplyMessages.duplicateUrl, other.key, d.key, normalizeEndpointUrl(d.body.url)));
      continue;
    }
    byUrl.set(u, d);
    valid.push(d);
  }

  // Remote side: managed (grouped by key) and unmanaged.
  const managed = new Map<string, Endpoint[]>();
  const unmanagedAll: Endpoint[] = [];
  for (const e of remoteAll) {
    const meta = readManagedMetadata(e.metadata);
    if (!meta) {
      unmanagedAll.push(e);
      continue;
    }
    const list = managed.get(meta.key) ?? [];
    list.push(e);
    managed.set(meta.key, list);
  }

  const items: PlanItem[] = [];
  const access = (before: CloudEndpointCreate | undefined, after: CloudEndpointCreate | undefined): string[] => {
    if (!options.accessDiff) return [];
    try {
      return options.accessDiff(before, after);
    } catch (e) {
      return [`(the access summary failed: ${e instanceof Error ? e.message : String(e)})`];
    }
  };
  const withSite = (item: PlanItem, site: string | undefined): PlanItem => {
    if (site !== undefined) item.site = site;
    return item;
  };

  for (const d of valid) {
    const candidates = [...(managed.get(d.key) ?? [])];
    const wantUrl = normalizeEndpointUrl(d.body.url);
    if (candidates.length === 0) {
      items.push(withSite({ action: 'create', key: d.key, url: wantUrl, body: d.body, changes: [], policyDiff: policyDiff(undefined, d.body.traffic_policy), access: access(undefined, d.body), hash: d.hash }, d.site));
      continue;
    }
    // Keep one: prefer the desired URL, then identical content, then the oldest.
    const score = (e: Endpoint) => {
      const b = endpointAsBody(e);
      const sameUrl = normalizeEndpointUrl(b.url) === wantUrl ? 0 : 2;
      const same = compareBodies(b, d.body).changes.length === 0 ? 0 : 1;
      return sameUrl + same;
    };
    candidates.sort((a, b) => score(a) - score(b) || (age(a) < age(b) ? -1 : age(a) > age(b) ? 1 : 0));
    const keep = candidates[0]!;
    for (const dup of candidates.slice(1)) {
      const b = endpointAsBody(dup);
      items.push(withSite({ action: 'delete', key: d.key, url: normalizeEndpointUrl(b.url), id: dup.id, changes: [], reason: 'duplicate', access: [] }, d.site));
    }
    const rb = endpointAsBody(keep);
    const meta = readManagedMetadata(keep.metadata);
    const drift = meta?.hash !== undefined && meta.hash !== computeHash(rb);
    const haveUrl = normalizeEndpointUrl(rb.url);
    if (haveUrl !== wantUrl) {
      const { changes } = compareBodies(rb, d.body);
      const item: PlanItem = {
        action: 'replace',
        key: d.key,
        url: wantUrl,
        previousUrl: haveUrl,
        id: keep.id,
        body: d.body,
        changes: [{ field: 'url', before: haveUrl, after: wantUrl }, ...changes],
        policyDiff: changes.some((c) => c.field === 'traffic_policy') ? policyDiff(rb.traffic_policy, d.body.traffic_policy) : '',
        access: access(rb, d.body),
        hash: d.hash,
      };
      if (drift) item.drift = true;
      items.push(withSite(item, d.site));
      continue;
    }
    const { changes, patch } = compareBodies(rb, d.body);
    if (changes.length === 0) {
      items.push(withSite({ action: 'unchanged', key: d.key, url: wantUrl, id: keep.id, changes: [], access: [], hash: d.hash }, d.site));
      continue;
    }
    const item: PlanItem = {
      action: 'update',
      key: d.key,
      url: wantUrl,
      id: keep.id,
      body: d.body,
      patch,
      changes,
      policyDiff: changes.some((c) => c.field === 'traffic_policy') ? policyDiff(rb.traffic_policy, d.body.traffic_policy) : '',
      access: access(rb, d.body),
      hash: d.hash,
    };
    if (drift) {
      item.drift = true;
      diagnostics.push(createDiagnostic({ code: ApplyMessages.drift.code, severity: ApplyMessages.drift.severity, message: formatMessage(ApplyMessages.drift.template, [d.key, keep.id]), file: d.key }));
    }
    items.push(withSite(item, d.site));
  }

  // Managed endpoints whose key is no longer in the source.
  const orphans: OrphanEndpoint[] = [];
  for (const [key, eps] of managed) {
    if (desiredKeys.has(key)) continue;
    for (const e of eps) {
      const url = normalizeEndpointUrl(e.url ?? '');
      if (prune) items.push({ action: 'delete', key, url, id: e.id, changes: [], reason: 'pruned', access: access(endpointAsBody(e), undefined) });
      else orphans.push({ id: e.id, key, url });
    }
  }

  // URL conflicts of creates (and replacements) with endpoints already on that URL.
  const deleting = new Set(items.filter((i) => i.action === 'delete' || i.action === 'replace').map((i) => i.id!));
  const orphanIds = new Set(orphans.map((o) => o.id));
  for (const item of items) {
    if ((item.action !== 'create' && item.action !== 'replace') || !item.body) continue;
    const binding = effectiveBindings(item.body).join(',');
    const pooling = item.body.pooling_enabled ?? false;
    for (const e of remoteAll) {
      if (e.id === item.id || normalizeEndpointUrl(e.url ?? '') !== item.url || effectiveBindings(endpointAsBody(e)).join(',') !== binding) continue;
      const meta = readManagedMetadata(e.metadata);
      if (meta?.key === item.key) continue; // a duplicate of this key, deleted above
      if (deleting.has(e.id)) {
        (item.after ??= []).push(e.id);
        continue;
      }
      if (pooling && e.pooling_enabled) continue; // they will pool
      if (!meta) {
        item.blocked = formatMessage(ApplyMessages.urlTakenUnmanaged.template, [item.key, item.url, e.id]);
        diagnostics.push(diag(item.key, ApplyMessages.urlTakenUnmanaged, item.key, item.url, e.id));
      } else if (orphanIds.has(e.id)) {
        item.blocked = formatMessage(ApplyMessages.urlTakenOrphan.template, [item.key, item.url, e.id, meta.key]);
        diagnostics.push(diag(item.key, ApplyMessages.urlTakenOrphan, item.key, item.url, e.id, meta.key));
      }
    }
  }

  const rank: Record<PlanAction, number> = { delete: 0, replace: 1, update: 2, create: 3, unchanged: 4 };
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : rank[a.action] - rank[b.action] || ((a.id ?? '') < (b.id ?? '') ? -1 : 1)));
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const i of items) summary[i.action]++;
  const unmanaged = options.showUnmanaged
    ? unmanagedAll
        .map((e) => {
          const u: UnmanagedEndpoint = { id: e.id, type: e.type, url: normalizeEndpointUrl(e.url ?? '') };
          if (e.description) u.description = e.description;
          return u;
        })
        .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.id < b.id ? -1 : 1))
    : [];
  return {
    items,
    unmanaged,
    unmanagedCount: unmanagedAll.length,
    orphans: orphans.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : 1)),
    diagnostics,
    summary,
    hasChanges: summary.create + summary.update + summary.replace + summary.delete > 0,
    prune,
  };
}

/**
 * `apply`: carries out a {@link Plan} against the ngrok API.
 *
 * - Before any write, refuses a plan with error diagnostics, and runs the `lint` callback over
 *   the bodies it would send (refusing on error-level findings).
 * - Each endpoint change is one API call (a POST, a PATCH with exactly the changed fields, or a
 *   DELETE), so every endpoint is either old or new, never half-written. A replace (URL change)
 *   is a create followed by a delete of the old endpoint; the old one is deleted only after
 *   the new one exists.
 * - A create whose outcome is unknown (dropped connection, timeout, 5xx) or that meets "URL
 *   already in use" re-lists the URL and adopts an endpoint that carries this key's marker,
 *   instead of creating a second one.
 * - The result says exactly which items succeeded, failed or were skipped. Running the plan
 *   of the new state again makes no writes (idempotent), and a failed run converges on the
 *   next one.
 *
 * Order: updates, then creates and replacements, then deletes, then creates that had to wait
 * for a delete to free their URL.
 */

import { createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import type { CloudEndpointCreate } from '../ngrok/types.js';
import { NgrokApiError, type EndpointsApi } from './client.js';
import { normalizeEndpointUrl, readManagedMetadata } from './desired.js';
import { realClock, Semaphore } from './limiter.js';
import { ApplyMessages } from './messages.js';
import { endpointAsBody, listCloudEndpoints, type Plan, type PlanAction, type PlanItem, type PlanSummary } from './plan.js';
import type { Endpoint, EndpointUpdate } from './types.js';

/** A failed call, without secrets. */
export interface ApplyError {
  /** The full one-line message. */
  message: string;
  statusCode?: number;
  errorCode?: string;
  msg?: string;
  operationId?: string;
  /** True when the write may have happened (the next plan will show). */
  outcomeUnknown?: boolean;
}

/** What happened to one plan item. */
export interface ItemResult {
  key: string;
  action: Exclude<PlanAction, 'unchanged'>;
  status: 'succeeded' | 'failed' | 'skipped';
  url: string;
  /** The endpoint id after the change (created, adopted, updated), or the deleted id. */
  id?: string;
  /** For a replace: the id of the old endpoint. */
  previousId?: string;
  /** A create found the endpoint already made by an earlier, lost request and used it. */
  adopted?: boolean;
  error?: ApplyError;
  /** Extra words (why skipped, what state is left). */
  note?: string;
}

/** Counts of an apply run. */
export interface ApplyCounts {
  created: number;
  updated: number;
  replaced: number;
  deleted: number;
  unchanged: number;
  failed: number;
  skipped: number;
}

/** The result of {@link apply}. */
export interface ApplyResult {
  /** True when every item succeeded (and nothing was refused). */
  ok: boolean;
  /** Set when apply refused to write anything. */
  refused?: { reason: string; diagnostics: Diagnostic[] };
  results: ItemResult[];
  counts: ApplyCounts;
}

/** Progress events. None carries secrets. */
export type ApplyEvent =
  | { type: 'start'; total: number; summary: PlanSummary }
  | { type: 'item-start'; key: string; action: ItemResult['action']; url: string }
  | { type: 'item-done'; result: ItemResult; done: number; total: number; counts: ApplyCounts }
  | { type: 'adopt'; key: string; url: string; id: string }
  | { type: 'done'; result: ApplyResult };

/** Options of {@link apply}. */
export interface ApplyOptions {
  plan: Plan;
  client: EndpointsApi;
  /** Progress: called as the apply starts, as each item starts and ends, on adoption, and at the end. */
  onEvent?: (event: ApplyEvent) => void;
  /**
   * Lints the bodies about to be written; any unsuppressed error-level diagnostic makes apply
   * refuse before the first write.
   */
  lint?: (bodies: CloudEndpointCreate[]) => Diagnostic[] | Promise<Diagnostic[]>;
  /** Stops starting new items once aborted; items in flight finish. The rest are skipped. */
  signal?: AbortSignal;
  /** Items worked on at once (default 4; the client bounds requests separately). */
  concurrency?: number;
  /** How many times a create re-lists to find an endpoint it may have made (default 4). */
  adoptAttempts?: number;
  /** First wait between those re-lists, doubled each time (default 500 ms). */
  adoptDelayMs?: number;
  /** Wait function (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

const CONFLICT_CODES = new Set([18009, 18017]);

function errorInfo(e: unknown): ApplyError {
  if (e instanceof NgrokApiError) {
    const o: ApplyError = { message: e.message, statusCode: e.statusCode, msg: e.msg };
    if (e.errorCode) o.errorCode = e.errorCode;
    if (e.operationId) o.operationId = e.operationId;
    if (e.outcomeUnknown) o.outcomeUnknown = true;
    return o;
  }
  return { message: e instanceof Error ? e.message : String(e) };
}

function emptyCounts(): ApplyCounts {
  return { created: 0, updated: 0, replaced: 0, deleted: 0, unchanged: 0, failed: 0, skipped: 0 };
}

/** Fields of `want` that differ from `have` (for adopting an endpoint made by a lost request). */
function adoptPatch(have: Endpoint, want: CloudEndpointCreate): EndpointUpdate {
  const b = endpointAsBody(have);
  const patch: EndpointUpdate = {};
  if (b.traffic_policy !== want.traffic_policy) patch.traffic_policy = want.traffic_policy;
  if ((b.description ?? '') !== (want.description ?? '')) patch.description = want.description ?? '';
  if ((b.metadata ?? '') !== (want.metadata ?? '')) patch.metadata = want.metadata ?? '';
  if ((b.pooling_enabled ?? false) !== (want.pooling_enabled ?? false)) patch.pooling_enabled = want.pooling_enabled ?? false;
  return patch;
}

/**
 * Executes a plan. Never throws for API failures: they are reported per item in the result
 * (and `ok` is false). Refuses (no writes, `refused` set) when the plan has error diagnostics
 * or `lint` reports errors.
 */
export async function apply(options: ApplyOptions): Promise<ApplyResult> {
  const { plan, client } = options;
  const emit = (e: ApplyEvent) => options.onEvent?.(e);
  const sleep = options.sleep ?? realClock.sleep;
  const counts = emptyCounts();
  counts.unchanged = plan.summary.unchanged;
  const results: ItemResult[] = [];
  const work = plan.items.filter((i) => i.action !== 'unchanged');

  const refuse = (reason: string, diagnostics: Diagnostic[]): ApplyResult => {
    const r: ApplyResult = { ok: false, refused: { reason, diagnostics }, results: [], counts };
    emit({ type: 'done', result: r });
    return r;
  };
  if (hasErrors(plan.diagnostics)) {
    const n = plan.diagnostics.filter((d) => d.severity === 'error' && !d.suppressed).length;
    return refuse(formatMessage(ApplyMessages.planRefused.template, [n]), plan.diagnostics);
  }
  if (options.lint) {
    const bodies = work.filter((i) => i.body && i.action !== 'delete').map((i) => i.body!);
    let found: Diagnostic[];
    try {
      found = bodies.length > 0 ? await options.lint(bodies) : [];
    } catch (e) {
      const d = createDiagnostic({ code: ApplyMessages.lintRefused.code, severity: 'error', message: `The linter failed: ${e instanceof Error ? e.message : String(e)}`, file: '<apply>' });
      return refuse(d.message, [d]);
    }
    if (hasErrors(found)) {
      const n = found.filter((d) => d.severity === 'error' && !d.suppressed).length;
      return refuse(formatMessage(ApplyMessages.lintRefused.template, [n]), found);
    }
  }

  const total = work.length;
  emit({ type: 'start', total, summary: plan.summary });
  let done = 0;
  const position = new Map(work.map((i, n) => [i, n]));
  const ordered: (ItemResult | undefined)[] = [];
  const finish = (item: PlanItem, r: ItemResult) => {
    ordered[position.get(item)!] = r;
    done++;
    if (r.status === 'failed') counts.failed++;
    else if (r.status === 'skipped') counts.skipped++;
    else if (r.action === 'create') counts.created++;
    else if (r.action === 'update') counts.updated++;
    else if (r.action === 'replace') counts.replaced++;
    else counts.deleted++;
    emit({ type: 'item-done', result: r, done, total, counts: { ...counts } });
  };
  const base = (i: PlanItem): ItemResult => ({ key: i.key, action: i.action as ItemResult['action'], status: 'succeeded', url: i.url });
  const stopped = () => options.signal?.aborted === true;
  const skip = (i: PlanItem, note: string) => finish(i, { ...base(i), status: 'skipped', note, ...(i.id ? { id: i.id } : {}) });

  const attempts = Math.max(1, options.adoptAttempts ?? 4);
  const adoptDelay = options.adoptDelayMs ?? 500;

  /** Looks for an endpoint on `url` that carries this key's marker. */
  const findOurs = async (item: PlanItem, tries: number): Promise<Endpoint | undefined> => {
    const filter = `obj.url == "${item.url.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    for (let n = 0; n < tries; n++) {
      if (n > 0) await sleep(adoptDelay * 2 ** (n - 1));
      const list = await listCloudEndpoints(client, filter);
      const ours = list.find((e) => normalizeEndpointUrl(e.url ?? '') === item.url && readManagedMetadata(e.metadata)?.key === item.key);
      if (ours) return ours;
    }
    return undefined;
  };

  /** One create, adopting the endpoint if an earlier attempt made it. */
  const createOrAdopt = async (item: PlanItem): Promise<{ id: string; adopted: boolean }> => {
    const body = item.body!;
    for (let attempt = 0; ; attempt++) {
      try {
        const ep = await client.createEndpoint(body);
        return { id: ep.id, adopted: false };
      } catch (e) {
        if (!(e instanceof NgrokApiError)) throw e;
        const conflict = e.errorNumber !== undefined && CONFLICT_CODES.has(e.errorNumber);
        if (!e.outcomeUnknown && !conflict) throw e;
        // A conflict may be our own endpoint hidden by a stale list: look harder.
        const ours = await findOurs(item, conflict ? attempts : 1);
        if (ours) {
          emit({ type: 'adopt', key: item.key, url: item.url, id: ours.id });
          const patch = adoptPatch(ours, body);
          if (Object.keys(patch).length > 0) await client.updateEndpoint(ours.id, patch);
          return { id: ours.id, adopted: true };
        }
        if (conflict || attempt + 1 >= attempts) throw e;
        // Not created: safe to try the POST again.
      }
    }
  };

  const inFlight = new Semaphore(Math.max(1, Math.floor(options.concurrency ?? 4)));
  const doUpdate = (item: PlanItem) => inFlight.run(() => updateOne(item));
  const doDelete = (item: PlanItem) => inFlight.run(() => deleteOne(item));
  const doCreate = (item: PlanItem) => inFlight.run(() => createOne(item));

  const updateOne = async (item: PlanItem) => {
    if (stopped()) return skip(item, 'not started: apply was interrupted');
    emit({ type: 'item-start', key: item.key, action: 'update', url: item.url });
    try {
      const ep = await client.updateEndpoint(item.id!, item.patch!);
      finish(item, { ...base(item), id: ep.id });
    } catch (e) {
      const r: ItemResult = { ...base(item), status: 'failed', id: item.id!, error: errorInfo(e) };
      if (e instanceof NgrokApiError && e.isNotFound) r.note = 'the endpoint disappeared; the next run recreates it';
      finish(item, r);
    }
  };

  const deleted = new Set<string>();
  const deleteOne = async (item: PlanItem) => {
    if (stopped()) return skip(item, 'not started: apply was interrupted');
    emit({ type: 'item-start', key: item.key, action: 'delete', url: item.url });
    try {
      const r = await client.deleteEndpoint(item.id!);
      deleted.add(item.id!);
      finish(item, { ...base(item), id: item.id!, ...(r.deleted ? {} : { note: 'it was already gone' }) });
    } catch (e) {
      finish(item, { ...base(item), status: 'failed', id: item.id!, error: errorInfo(e) });
    }
  };

  /** A create or a replace (create, then delete the old endpoint). */
  const createOne = async (item: PlanItem) => {
    if (stopped()) return skip(item, 'not started: apply was interrupted');
    emit({ type: 'item-start', key: item.key, action: item.action as 'create' | 'replace', url: item.url });
    let created: { id: string; adopted: boolean };
    try {
      created = await createOrAdopt(item);
    } catch (e) {
      const r: ItemResult = { ...base(item), status: 'failed', error: errorInfo(e) };
      if (item.action === 'replace') {
        r.previousId = item.id!;
        r.note = 'the old endpoint was kept';
      }
      return finish(item, r);
    }
    const ok: ItemResult = { ...base(item), id: created.id };
    if (created.adopted) ok.adopted = true;
    if (item.action === 'create') return finish(item, ok);
    ok.previousId = item.id!;
    if (deleted.has(item.id!)) return finish(item, ok);
    try {
      await client.deleteEndpoint(item.id!);
      deleted.add(item.id!);
      finish(item, ok);
    } catch (e) {
      finish(item, { ...ok, status: 'failed', error: errorInfo(e), note: `the new endpoint ${created.id} exists but the old ${item.id!} was not deleted; the next run deletes it` });
    }
  };

  const updates = work.filter((i) => i.action === 'update');
  const blocked = work.filter((i) => i.blocked !== undefined);
  const creates = work.filter((i) => (i.action === 'create' || i.action === 'replace') && !i.blocked);
  const deletes = work.filter((i) => i.action === 'delete');
  for (const b of blocked) skip(b, b.blocked!);

  await Promise.all(updates.map(doUpdate));
  await Promise.all(creates.filter((i) => !i.after?.length).map(doCreate));
  await Promise.all(deletes.map(doDelete));

  // Creates waiting for their URL to be freed. Replacements that swap URLs wait on each other;
  // when nothing can move, free one URL by deleting its holder first (that key is briefly absent).
  let waiting = creates.filter((i) => i.after?.length);
  const byOldId = new Map(creates.filter((i) => i.action === 'replace').map((i) => [i.id!, i]));
  while (waiting.length > 0) {
    const ready = waiting.filter((i) => i.after!.every((id) => deleted.has(id)));
    if (ready.length > 0) {
      waiting = waiting.filter((i) => !ready.includes(i));
      await Promise.all(ready.map(doCreate));
      continue;
    }
    const item = waiting[0]!;
    const holders = item.after!.filter((id) => !deleted.has(id));
    const movable = holders.every((id) => byOldId.has(id) && waiting.includes(byOldId.get(id)!));
    if (!movable || stopped()) {
      waiting = waiting.slice(1);
      skip(item, stopped() ? 'not started: apply was interrupted' : `its URL is still held by ${holders.join(', ')}, which could not be deleted`);
      continue;
    }
    let freed = true;
    for (const id of holders) {
      try {
        await client.deleteEndpoint(id);
        deleted.add(id);
      } catch {
        freed = false;
      }
    }
    if (!freed) {
      waiting = waiting.slice(1);
      skip(item, `its URL is still held by ${holders.join(', ')}, which could not be deleted`);
    }
  }

  for (const r of ordered) if (r) results.push(r);
  const result: ApplyResult = { ok: counts.failed === 0 && counts.skipped === 0, results, counts };
  emit({ type: 'done', result });
  return result;
}

/**
 * Printers for plans and apply results: text (terminal), JSON (machines) and Markdown (a CI
 * pull-request comment). Pure functions. Traffic policies appear only as diffs with secret
 * values masked; create bodies and API keys never appear.
 */

import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ApplyResult, ItemResult } from './apply.js';
import type { FieldChange, Plan, PlanItem } from './plan.js';
import { prettyPolicy } from './plan.js';
import { readManagedMetadata } from './desired.js';
import { unifiedDiff } from './diff.js';

/** Options of the text printers. */
export interface TextFormatOptions {
  /** ANSI colours (default false). */
  color?: boolean;
}

const SYMBOL: Record<PlanItem['action'], string> = { create: '+', update: '~', replace: '-/+', delete: '-', unchanged: '=' };
const COLOR: Record<PlanItem['action'], string> = { create: '32', update: '33', replace: '35', delete: '31', unchanged: '2' };

function paint(on: boolean | undefined, code: string, text: string): string {
  return on ? `\u001b[${code}m${text}\u001b[0m` : text;
}

/** "2 to create, 1 to update, 0 to replace, 1 to delete, 5 unchanged" */
export function planSummaryLine(p: Plan): string {
  const s = p.summary;
  return `${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.unchanged} unchanged`;
}

function showValue(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v ?? null);
}

function shortHash(v: unknown): unknown {
  return typeof v === 'string' && /^sha256:[0-9a-f]{64}$/.test(v) ? v.slice(0, 19) + '…' : v;
}

function changeLine(c: FieldChange): string {
  if (c.field === 'traffic_policy') return 'traffic_policy changed';
  if (c.field === 'metadata') {
    const a = readManagedMetadata(typeof c.before === 'string' ? c.before : undefined);
    const b = readManagedMetadata(typeof c.after === 'string' ? c.after : undefined);
    if (a && b && a.key === b.key) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      if (keys.length > 0) return `metadata: ${keys.map((k) => `${k} ${showValue(shortHash(a[k]))} → ${showValue(shortHash(b[k]))}`).join(', ')}`;
    }
  }
  return `${c.field}: ${showValue(c.before)} → ${showValue(c.after)}`;
}

function itemPolicyDiff(i: PlanItem): string {
  if (i.action === 'create' && i.body) return unifiedDiff('', prettyPolicy(i.body.traffic_policy));
  return i.policyDiff ?? '';
}

function deleteNote(i: PlanItem): string {
  return i.reason === 'duplicate' ? 'duplicate of this key' : 'no longer in the source';
}

function diagnosticLine(d: Diagnostic): string {
  return `${d.severity} ${d.code}: ${d.message}`;
}

/** The plan for a terminal. */
export function formatPlanText(p: Plan, options: TextFormatOptions = {}): string {
  const c = options.color;
  const out: string[] = [];
  if (!p.hasChanges) out.push(`No changes. ${p.summary.unchanged} managed endpoint(s) match the source.`);
  else out.push(`Plan: ${planSummaryLine(p)}.`);
  const changed = p.items.filter((i) => i.action !== 'unchanged');
  if (changed.length > 0) out.push('');
  const keyWidth = Math.min(40, Math.max(0, ...changed.map((i) => i.key.length)));
  for (const i of changed) {
    const head = `${SYMBOL[i.action].padEnd(3)} ${i.action.padEnd(7)} ${i.key.padEnd(keyWidth)}  `;
    let where = i.action === 'replace' ? `${i.previousUrl} → ${i.url}` : i.url;
    const notes: string[] = [];
    if (i.id) notes.push(i.id);
    if (i.action === 'delete') notes.push(deleteNote(i));
    if (i.drift) notes.push('changed outside tpc');
    if (notes.length > 0) where += `  (${notes.join(', ')})`;
    out.push(paint(c, COLOR[i.action], head + where));
    if (i.blocked) out.push(paint(c, '31', `      blocked: ${i.blocked}`));
    if (i.after?.length) out.push(`      waits for the deletion of ${i.after.join(', ')} (same URL)`);
    for (const ch of i.changes) if (ch.field !== 'url' && ch.field !== 'traffic_policy') out.push(`      ${changeLine(ch)}`);
    for (const a of i.access) out.push(`      ${a}`);
    const diff = itemPolicyDiff(i);
    if (diff) {
      out.push('      traffic_policy:');
      for (const l of diff.split('\n')) {
        const color = l.startsWith('+') ? '32' : l.startsWith('-') ? '31' : l.startsWith('@@') ? '36' : '';
        out.push('        ' + (color ? paint(c, color, l) : l));
      }
    }
  }
  if (p.orphans.length > 0) {
    out.push('', `${p.orphans.length} endpoint(s) managed by tpc are no longer in the source; run with --prune to delete them:`);
    for (const o of p.orphans) out.push(`  ${o.key}  ${o.url}  (${o.id})`);
  }
  if (p.unmanaged.length > 0) {
    out.push('', `Not managed by tpc (never touched):`);
    for (const u of p.unmanaged) out.push(`  ${u.url}  (${u.id}${u.description ? `, ${JSON.stringify(u.description)}` : ''})`);
  } else if (p.unmanagedCount > 0) {
    out.push('', `${p.unmanagedCount} cloud endpoint(s) not managed by tpc were left alone (--show-unmanaged lists them).`);
  }
  if (p.diagnostics.length > 0) {
    out.push('');
    for (const d of p.diagnostics) out.push(paint(c, d.severity === 'error' ? '31' : '33', diagnosticLine(d)));
  }
  return out.join('\n') + '\n';
}

/** A JSON-ready view of a plan (no create bodies, policies only as masked diffs). */
export function planToJson(p: Plan): Record<string, unknown> {
  return {
    summary: p.summary,
    hasChanges: p.hasChanges,
    prune: p.prune,
    items: p.items.map((i) => {
      const o: Record<string, unknown> = { action: i.action, key: i.key };
      if (i.site !== undefined) o['site'] = i.site;
      o['url'] = i.url;
      if (i.previousUrl !== undefined) o['previousUrl'] = i.previousUrl;
      if (i.id !== undefined) o['id'] = i.id;
      if (i.reason !== undefined) o['reason'] = i.reason;
      if (i.drift) o['drift'] = true;
      if (i.hash !== undefined) o['hash'] = i.hash;
      if (i.changes.length > 0) o['changes'] = i.changes;
      const diff = itemPolicyDiff(i);
      if (diff) o['policyDiff'] = diff;
      if (i.access.length > 0) o['access'] = i.access;
      if (i.after?.length) o['after'] = i.after;
      if (i.blocked) o['blocked'] = i.blocked;
      return o;
    }),
    orphans: p.orphans,
    unmanagedCount: p.unmanagedCount,
    unmanaged: p.unmanaged,
    diagnostics: p.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, file: d.file })),
  };
}

/** The plan as pretty JSON text. */
export function formatPlanJson(p: Plan): string {
  return JSON.stringify(planToJson(p), null, 2) + '\n';
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function mdCode(text: string): string {
  const ticks = /`+/g;
  let longest = 0;
  for (const m of text.matchAll(ticks)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The plan as Markdown for a pull-request comment. */
export function formatPlanMarkdown(p: Plan): string {
  const out: string[] = [];
  out.push(`### tpc plan: ${p.hasChanges ? planSummaryLine(p) : `no changes (${p.summary.unchanged} unchanged)`}`, '');
  const changed = p.items.filter((i) => i.action !== 'unchanged');
  if (changed.length > 0) {
    out.push('| | Endpoint | URL | Change |', '|:-:|---|---|---|');
    for (const i of changed) {
      const url = i.action === 'replace' ? `${mdCode(i.previousUrl ?? '')} → ${mdCode(i.url)}` : mdCode(i.url);
      let what: string = i.action;
      if (i.action === 'update') what += ': ' + i.changes.map((c) => c.field).join(', ');
      if (i.action === 'delete') what += ` (${deleteNote(i)})`;
      if (i.drift) what += ', changed outside tpc';
      if (i.blocked) what += ` **blocked**: ${i.blocked}`;
      out.push(`| ${mdCell(SYMBOL[i.action])} | ${mdCell(mdCode(i.key))} | ${mdCell(url)} | ${mdCell(what)} |`);
    }
    out.push('');
  }
  const withAccess = changed.filter((i) => i.access.length > 0);
  if (withAccess.length > 0) {
    out.push('**Access changes**', '');
    for (const i of withAccess) for (const a of i.access) out.push(`- ${mdCode(i.key)}: ${a.replace(/\n/g, ' ')}`);
    out.push('');
  }
  for (const i of changed) {
    const details = i.changes.filter((c) => c.field !== 'url' && c.field !== 'traffic_policy').map(changeLine);
    const diff = itemPolicyDiff(i);
    if (!diff && details.length === 0) continue;
    const body = [...details, ...(diff ? ['traffic_policy:', diff] : [])].join('\n');
    let fence = '```';
    while (body.includes(fence)) fence += '`';
    out.push(`<details><summary><code>${escapeHtml(i.key)}</code>: ${i.action}</summary>`, '', `${fence}diff`, body, fence, '', '</details>', '');
  }
  if (p.orphans.length > 0) {
    out.push(`${p.orphans.length} endpoint(s) managed by tpc are no longer in the source (kept; \`--prune\` deletes them): ${p.orphans.map((o) => mdCode(o.key)).join(', ')}`, '');
  }
  if (p.unmanagedCount > 0) out.push(`${p.unmanagedCount} cloud endpoint(s) not managed by tpc were left alone.`, '');
  if (p.diagnostics.length > 0) {
    for (const d of p.diagnostics) out.push(`- **${d.severity}** \`${d.code}\`: ${d.message.replace(/\n/g, ' ')}`);
    out.push('');
  }
  return out.join('\n');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "3 created, 1 updated, 0 replaced, 1 deleted, 5 unchanged, 0 failed, 0 skipped" */
export function applySummaryLine(r: ApplyResult): string {
  const c = r.counts;
  return `${c.created} created, ${c.updated} updated, ${c.replaced} replaced, ${c.deleted} deleted, ${c.unchanged} unchanged, ${c.failed} failed, ${c.skipped} skipped`;
}

function resultLine(r: ItemResult): string {
  const id = r.id ? ` (${r.id})` : '';
  let line = `${r.status.padEnd(9)} ${r.action.padEnd(7)} ${r.key}  ${r.url}${id}`;
  if (r.adopted) line += ' [adopted an endpoint made by an earlier, interrupted request]';
  if (r.error) line += `\n            ${r.error.message}`;
  if (r.note) line += `\n            ${r.note}`;
  return line;
}

/** The final summary of an apply run, for a terminal. */
export function formatApplyText(r: ApplyResult, options: TextFormatOptions = {}): string {
  const c = options.color;
  if (r.refused) {
    const out = [paint(c, '31', `Apply refused, nothing was changed: ${r.refused.reason}`)];
    for (const d of r.refused.diagnostics) if (d.severity === 'error') out.push(`  ${d.file}: ${diagnosticLine(d)}`);
    return out.join('\n') + '\n';
  }
  const out: string[] = [];
  const notable = r.results.filter((x) => x.status !== 'succeeded' || x.adopted || x.note);
  for (const x of notable) out.push(paint(c, x.status === 'failed' ? '31' : x.status === 'skipped' ? '33' : '0', resultLine(x)));
  out.push(r.ok ? paint(c, '32', `Apply complete: ${applySummaryLine(r)}.`) : paint(c, '31', `Apply finished with errors: ${applySummaryLine(r)}. Fix the cause and run it again; it continues from where it stopped.`));
  return out.join('\n') + '\n';
}

/** An apply result as pretty JSON text. */
export function formatApplyJson(r: ApplyResult, p?: Plan): string {
  const o: Record<string, unknown> = { ok: r.ok, counts: r.counts, results: r.results };
  if (r.refused) o['refused'] = { reason: r.refused.reason, diagnostics: r.refused.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, file: d.file })) };
  if (p) o['plan'] = planToJson(p);
  return JSON.stringify(o, null, 2) + '\n';
}

/**
 * `cidr`: IP ranges in `restrict-ips` (and literal ranges in `inCidrRange`/`inCidrRanges`
 * calls): invalid addresses and ranges, ranges with host bits set, a bare address without a
 * prefix length, a range both allowed and denied, an allowed range inside a denied one, and an
 * allow list that admits everyone. Values holding `${…}` interpolation or an obvious
 * placeholder are skipped (the `placeholder` rule reports those).
 */

import * as ipaddrNamespace from 'ipaddr.js';
import type { Path, SourceDocument } from '../ngrok/load.js';
import type { ASTNode } from '@marcbachmann/cel-js';
import { parseCidr, parseIp } from '../ngrok/cel/ip.js';
import { isImmutable } from '../ngrok/immutable.js';
import { celAnalysis } from './lib/cel.js';
import { replaceStringFix } from './lib/edits.js';
import { expressionRange, expressionSites, prepareExpressions } from './lib/expressions.js';
import { defineRule, type RuleContext } from './rule.js';
import { eachAction, type ActionSite } from './workspace.js';

export type MessageId = 'invalid' | 'invalidInExpression' | 'bareAddress' | 'hostBits' | 'allowedAndDenied' | 'allowInsideDeny' | 'allowsEveryone';

// ipaddr.js is CommonJS (`export =`): at run time Node and esbuild put it on `default`.
const ipaddr = (ipaddrNamespace as unknown as { default?: typeof ipaddrNamespace }).default ?? ipaddrNamespace;
type Address = ipaddrNamespace.IPv4 | ipaddrNamespace.IPv6;

/** A parsed list entry. */
interface Entry {
  list: 'allow' | 'deny';
  index: number;
  raw: string;
  path: Path;
  range?: [Address, number];
}

/** True for values the rule does not judge: interpolation or an unreplaced placeholder. */
export function isTemplateOrPlaceholder(s: string): boolean {
  return s.includes('${') || /[$<>{}]/.test(s) || /\s/.test(s.trim()) || /^[A-Z][A-Z0-9_]*(\/\d+)?$/.test(s) || /your/i.test(s);
}

/**
 * True when the `schema` rule already reports this list value as malformed (its `cidr-or-ip`
 * format: an IP-shaped value that is not a valid address or range), so `cidr` stays silent
 * instead of reporting the same problem twice.
 */
function schemaReports(s: string): boolean {
  if (!/^[0-9A-Fa-f:.]+(\/[0-9]*)?$/.test(s)) return false;
  const isIp = (a: string) => ipaddr.IPv4.isValidFourPartDecimal(a) || (a.includes(':') && ipaddr.IPv6.isValid(a));
  const slash = s.indexOf('/');
  if (slash < 0) return !isIp(s);
  const addr = s.slice(0, slash);
  const bits = s.slice(slash + 1);
  return !/^[0-9]{1,3}$/.test(bits) || !isIp(addr) || Number(bits) > (addr.includes(':') ? 128 : 32);
}

/** The network address of a range, in the family's usual spelling. */
function networkOf(range: [Address, number]): string {
  const [addr, bits] = range;
  if (addr.kind() === 'ipv4') return `${ipaddr.IPv4.networkAddressFromCIDR(`${addr.toString()}/${bits}`).toString()}/${bits}`;
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${addr.toString()}/${bits}`).toRFC5952String()}/${bits}`;
}

const normalizedCache = new WeakMap<[Address, number], string>();

/** Family and network of a range (memoised per range: ranges come from {@link checkLiteral}'s cache). */
function normalized(range: [Address, number]): string {
  let n = normalizedCache.get(range);
  if (n === undefined) {
    n = `${range[0].kind()}:${networkOf(range)}`;
    normalizedCache.set(range, n);
  }
  return n;
}

/** True when range `inner` lies within range `outer` (same family). */
function within(inner: [Address, number], outer: [Address, number]): boolean {
  if (inner[0].kind() !== outer[0].kind() || inner[1] < outer[1]) return false;
  return (inner[0] as ipaddrNamespace.IPv4).match(outer as [ipaddrNamespace.IPv4, number]);
}

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string>;
  severity?: 'warning';
  network?: string;
}

type Checked = ReturnType<typeof checkLiteralOf>;
const checkedCache = new Map<string, Checked>();

/** {@link checkLiteralOf}, memoised: the same ranges recur across a fleet's policies. */
function checkLiteral(raw: string): Checked {
  let v = checkedCache.get(raw);
  if (v === undefined) {
    v = checkLiteralOf(raw);
    if (checkedCache.size > 10_000) checkedCache.clear();
    checkedCache.set(raw, v);
  }
  return v;
}

/** Checks one literal range; `bareOk` accepts a plain address (CEL `inCidrRange` does not). */
function checkLiteralOf(raw: string): { range?: [Address, number]; problem?: 'invalid' | 'bareAddress' | 'hostBits'; suggestion?: string } {
  const range = parseCidr(raw.trim());
  if (!range) {
    const ip = parseIp(raw.trim());
    if (ip) {
      const bits = ip.kind() === 'ipv4' ? 32 : 128;
      return { range: [ip, bits], problem: 'bareAddress', suggestion: `${raw.trim()}/${bits}` };
    }
    return { problem: 'invalid' };
  }
  const net = networkOf(range);
  const written = `${range[0].kind() === 'ipv4' ? range[0].toString() : (range[0] as ipaddrNamespace.IPv6).toRFC5952String()}/${range[1]}`;
  if (net !== written) return { range, problem: 'hostBits', suggestion: net };
  return { range };
}

/** A finding of {@link checkRestrictIpsConfig}, relative to the action. */
type ConfigFinding = Omit<Finding, 'doc' | 'path'> & { path: Path };

const configFindings = new WeakMap<object, ConfigFinding[]>();

/**
 * The findings for one `restrict-ips` action. What is wrong with a config depends only on the
 * config, so for an immutable one (a compiled fleet shares one frozen action between its sites,
 * see src/ngrok/immutable.ts) it is worked out once and placed at each action.
 */
function checkRestrictIps(site: ActionSite): Finding[] {
  const config = site.config;
  if (!config) return [];
  let found = isImmutable(config) ? configFindings.get(config) : undefined;
  if (!found) {
    found = checkRestrictIpsConfig(config);
    if (isImmutable(config)) configFindings.set(config, found);
  }
  const doc = site.policy.doc;
  return found.map((f) => ({ ...f, doc, path: [...site.actionPath, ...f.path] }));
}

function checkRestrictIpsConfig(config: Record<string, unknown>): ConfigFinding[] {
  const out: ConfigFinding[] = [];
  const entries: Entry[] = [];
  for (const list of ['allow', 'deny'] as const) {
    const values = config[list];
    if (!Array.isArray(values)) continue;
    values.forEach((raw, index) => {
      if (typeof raw !== 'string' || isTemplateOrPlaceholder(raw)) return;
      const path: Path = ['config', list, index];
      const c = checkLiteral(raw);
      const entry: Entry = { list, index, raw, path };
      if (c.range) entry.range = c.range;
      entries.push(entry);
      const where = `config.${list}[${index}]`;
      if (c.problem === 'invalid') {
        if (!schemaReports(raw)) out.push({ messageId: 'invalid', path, data: { where, value: raw } });
      }
      else if (c.problem === 'bareAddress') out.push({ messageId: 'bareAddress', path, data: { where, value: raw, suggestion: c.suggestion! }, severity: 'warning', network: c.suggestion! });
      else if (c.problem === 'hostBits') out.push({ messageId: 'hostBits', path, data: { where, value: raw, suggestion: c.suggestion! }, severity: 'warning', network: c.suggestion! });
    });
  }
  const allows = entries.filter((e) => e.list === 'allow' && e.range);
  const denies = entries.filter((e) => e.list === 'deny' && e.range);
  for (const a of allows) {
    const where = `config.allow[${a.index}]`;
    const same = denies.find((d) => normalized(d.range!) === normalized(a.range!));
    if (same) {
      out.push({ messageId: 'allowedAndDenied', path: a.path, data: { where, value: a.raw, deny: `config.deny[${same.index}]` } });
      continue;
    }
    const outer = denies.find((d) => within(a.range!, d.range!));
    if (outer) {
      out.push({ messageId: 'allowInsideDeny', path: a.path, data: { where, value: a.raw, deny: outer.raw }, severity: 'warning' });
      continue;
    }
    if (a.range![1] === 0) {
      const family = a.range![0].kind();
      const carveOuts = denies.some((d) => d.range![0].kind() === family) || Array.isArray(config['ip_policies']);
      if (!carveOuts) out.push({ messageId: 'allowsEveryone', path: a.path, data: { where, value: a.raw, family: family === 'ipv4' ? 'IPv4' : 'IPv6' }, severity: 'warning' });
    }
  }
  return out;
}

/** A literal range argument of an `inCidrRange`/`inCidrRanges` call: value and offsets in the expression. */
interface Literal {
  value: string;
  start: number;
  end: number;
  fn: string;
}

const literalCache = new Map<string, Literal[]>();

/** {@link literalRangesOf}, memoised: the same expressions recur across a fleet's policies. */
function literalRanges(expr: string): Literal[] {
  let v = literalCache.get(expr);
  if (v === undefined) {
    v = literalRangesOf(expr);
    if (literalCache.size > 10_000) literalCache.clear();
    literalCache.set(expr, v);
  }
  return v;
}

function literalRangesOf(expr: string): Literal[] {
  if (!/inCidrRanges?\s*\(/.test(expr)) return [];
  const { parseEnvironment, scanAst } = celAnalysis();
  let ast: ASTNode;
  try {
    ast = parseEnvironment().parse(expr).ast;
  } catch {
    return []; // expression-syntax reports it
  }
  const out: Literal[] = [];
  const add = (n: ASTNode | undefined, fn: string) => {
    if (n && n.op === 'value' && typeof n.args === 'string') out.push({ value: n.args, start: n.start, end: n.end, fn });
  };
  for (const call of scanAst(ast, expr).calls) {
    if (call.kind !== 'global') continue;
    if (call.name === 'inCidrRange') add(call.args[1], call.name);
    if (call.name === 'inCidrRanges' && call.args[1]?.op === 'list') for (const item of call.args[1].args) add(item, call.name);
  }
  return out;
}

/** Literal ranges in expressions that can never match anything. */
function checkExpressions(ctx: RuleContext<MessageId>): void {
  for (const site of expressionSites(ctx.workspace)) {
    const parts: { expr: string; offset: number }[] =
      site.kind === 'template'
        ? celAnalysis().parseTemplate(site.text).segments.flatMap((seg) => (seg.kind === 'expr' && !seg.escapedQuotes ? [{ expr: seg.expr, offset: seg.exprStart }] : []))
        : [{ expr: site.text, offset: 0 }];
    for (const part of parts) {
      for (const lit of literalRanges(part.expr)) {
        // A range CEL can parse (host bits and all); a bare address is not one.
        const problem = isTemplateOrPlaceholder(lit.value) ? undefined : checkLiteral(lit.value).problem;
        if (problem !== 'invalid' && problem !== 'bareAddress') continue;
        ctx.report({
          messageId: 'invalidInExpression',
          data: { value: lit.value, fn: lit.fn },
          doc: site.doc,
          path: site.path,
          range: expressionRange(site.doc, site.path, site.text, part.offset + lit.start, part.offset + lit.end),
        });
      }
    }
  }
}

function report(ctx: RuleContext<MessageId>, f: Finding): void {
  const network = f.network;
  const fix = network ? () => replaceStringFix(f.doc, f.path, network, `Write '${network}'.`) : undefined;
  ctx.report({
    messageId: f.messageId,
    data: f.data,
    doc: f.doc,
    path: f.path,
    ...(f.severity ? { severity: f.severity } : {}),
    ...(fix ? { fix } : {}),
  });
}

export default defineRule<MessageId>({
  id: 'cidr',
  meta: {
    description: 'IP addresses and CIDR ranges must be valid, written as network ranges, and not contradict each other.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    fixable: true,
    messages: {
      invalid: "'{{where}}': '{{value}}' is not an IP address or CIDR range.",
      invalidInExpression: "'{{value}}' is not a CIDR range, so {{fn}}() never matches it (write 'address/prefix', e.g. '203.0.113.0/24').",
      bareAddress: "'{{where}}': '{{value}}' has no prefix length; write '{{suggestion}}' (ngrok's IP policy API refuses bare addresses).",
      hostBits: "'{{where}}': '{{value}}' has host bits set; the range it means is '{{suggestion}}' (ngrok's IP policy API refuses this spelling).",
      allowedAndDenied: "'{{where}}': '{{value}}' is both allowed and denied ('{{deny}}'); deny wins, so the allow entry does nothing.",
      allowInsideDeny: "'{{where}}': '{{value}}' lies inside the denied range '{{deny}}'; deny wins, so the allow entry does nothing.",
      allowsEveryone: "'{{where}}': '{{value}}' allows every {{family}} address, so this restrict-ips lets in every {{family}} client.",
    },
  },
  prepare: prepareExpressions,
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const site of eachAction(policy)) {
        if (site.type === 'restrict-ips') for (const f of checkRestrictIps(site)) report(ctx, f);
      }
    }
    checkExpressions(ctx);
  },
});

/**
 * Schema validation with readable messages: {@link checkSchema} runs a generated validator and
 * turns ajv's errors into {@link SchemaIssue}s: one issue per real problem, located at the
 * offending value (or key), worded relative to the rule/action it sits in, with allowed values
 * and "did you mean" suggestions. It never throws.
 *
 * The JSON Schemas in `schemas/` are compiled at build time into `validators*.generated.js`
 * (ajv standalone; see `scripts/build-validators.mjs`), so nothing is compiled at run time.
 * This module loads only the Traffic Policy validator's module (for the schema facts it
 * words messages with); `schema.ts` has `validateSchema` with every validator, and the lint
 * rule loads the agent-config and cloud-endpoint validators only for such documents
 * (`validators.ts`).
 */

import type { ErrorObject } from 'ajv';
import { schemaHints, type GeneratedValidateFunction } from './validators.generated.js';
import { osaDistance } from '../diagnostics/edit-distance.js';

/** Which schema to validate against. */
export type SchemaKind = 'traffic-policy' | 'agent-config' | 'cloud-endpoint';

/** One schema problem. */
export interface SchemaIssue {
  /** JSON path of the offending value (for unknown keys: the path of that key). */
  path: (string | number)[];
  /** `key` for unknown/misnamed keys, so the finding points at the key rather than its value. */
  part: 'value' | 'key';
  /** Readable message, e.g. "on_http_request[0].actions[1] (restrict-ips): unknown config key 'allow_cidrs'". */
  message: string;
  /** The ajv keyword behind the issue (`required`, `type`, `enum`, `additionalProperties`, …). */
  keyword: string;
}

/** Schema file of each kind, relative to the package root. */
export const SCHEMA_FILES: Readonly<Record<SchemaKind, string>> = {
  'traffic-policy': 'schemas/traffic-policy.schema.json',
  'agent-config': 'schemas/agent-config.schema.json',
  'cloud-endpoint': 'schemas/cloud-endpoint.schema.json',
};

type Path = (string | number)[];

/** Validates `value` with `validate`, the generated validator of `kind`; an empty list means valid. Never throws. */
export function checkSchema(kind: SchemaKind, validate: GeneratedValidateFunction, value: unknown): SchemaIssue[] {
  try {
    if (validate(value)) return [];
    return explain(kind, value, validate.errors ?? []);
  } catch (err) {
    // Defensive: the generated code and this module are written not to throw on any JSON
    // value; if that ever fails, report it instead of crashing the linter.
    return [{ path: [], part: 'value', keyword: 'internal', message: `schema validation failed internally: ${String(err)}` }];
  }
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** Edit distance with adjacent transpositions (see {@link osaDistance}). */
export const editDistance: (a: string, b: string) => number = osaDistance;

/** Known misspellings and renamed keys/types, checked before edit distance. */
const ALIASES: Readonly<Record<string, string>> = {
  // action types
  'webhook-validation': 'verify-webhook',
  'validate-webhook': 'verify-webhook',
  'webhook-verification': 'verify-webhook',
  'ip-restriction': 'restrict-ips',
  'ip-restrictions': 'restrict-ips',
  'restrict-ip': 'restrict-ips',
  'rate-limiting': 'rate-limit',
  ratelimit: 'rate-limit',
  jwt: 'jwt-validation',
  'validate-jwt': 'jwt-validation',
  openid: 'openid-connect',
  oauth2: 'oauth',
  compress: 'compress-response',
  compression: 'compress-response',
  'tls-termination': 'terminate-tls',
  rewrite: 'url-rewrite',
  'forward-external': 'forward-internal',
  forward: 'forward-internal',
  // keys
  allow_cidrs: 'allow',
  deny_cidrs: 'deny',
  scope: 'scopes',
  location: 'to',
  error_threshold_percentage: 'error_threshold',
  rolling_window: 'window_duration',
  expression: 'expressions',
  if: 'expressions',
  when: 'expressions',
  condition: 'expressions',
  conditions: 'expressions',
  action: 'actions',
  server_addr: 'connect_url',
  root_cas: 'connect_cas',
  policy: 'traffic_policy',
  mutual_tls: 'mutual_tls_certificate_authorities',
  mutual_tls_cas: 'mutual_tls_certificate_authorities',
  idle_session_timeout: 'idle_session_duration',
  idle_session_duration: 'idle_session_timeout',
  min_tls_version: 'min_version',
  max_tls_version: 'max_version',
  status: 'status_code',
  code: 'status_code',
  message: 'body',
  content: 'body',
  on_tls_request: 'on_tcp_connect',
  on_tls_connect: 'on_tcp_connect',
  on_connect: 'on_tcp_connect',
  on_request: 'on_http_request',
  on_response: 'on_http_response',
  tunnel: 'tunnels',
  endpoint: 'endpoints',
  addr: 'upstream',
  proxy_proto: 'proxy_protocol',
};

/** The candidate closest to `word`, or undefined when nothing is close enough. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const alias = ALIASES[word] ?? ALIASES[word.toLowerCase()];
  if (alias !== undefined && candidates.includes(alias)) return alias;
  const norm = (s: string): string => s.toLowerCase().replace(/[_\s]/g, '-');
  const w = norm(word);
  for (const c of candidates) if (norm(c) === w) return c;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(w, norm(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.floor(w.length / 3));
  if (best !== undefined && bestDistance <= limit) return best;
  // Singular/plural and other extensions: "header" vs "headers", "tripped" vs "tripped_duration".
  for (const c of candidates) {
    const nc = norm(c);
    if (w.length >= 4 && (nc.startsWith(w) || w.startsWith(nc))) return c;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Paths and values

const IDENT = /^[A-Za-z_$][\w$-]*$/;

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

function hasOwn(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string' && hasOwn(cur, seg)) cur = cur[seg];
    else return undefined;
  }
  return cur;
}

/** Splits an ajv instancePath, using the value to tell array indexes from keys. */
function parsePath(root: unknown, pointer: string): Path {
  if (pointer === '') return [];
  const out: Path = [];
  let cur = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(cur) && /^(0|[1-9][0-9]*)$/.test(seg)) {
      const i = Number(seg);
      out.push(i);
      cur = cur[i];
    } else {
      out.push(seg);
      cur = isRecord(cur) && hasOwn(cur, seg) ? cur[seg] : undefined;
    }
  }
  return out;
}

const SECRET_KEY = /secret|password|passwd|token|credential|private_key|api_key|apikey/i;

function isSensitive(path: readonly (string | number)[]): boolean {
  return path.some((seg) => typeof seg === 'string' && SECRET_KEY.test(seg));
}

/** A key for display: long keys are cut. */
function clip(key: string): string {
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return typeof v;
}

/** A short rendering of a value for messages; secrets are never shown. */
function show(v: unknown, path: readonly (string | number)[]): string {
  if (isSensitive(path) && v !== null && typeof v !== 'boolean') return '(value hidden)';
  if (typeof v === 'string') return `\`${v.length > 60 ? `${v.slice(0, 57)}...` : v}\``;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return `\`${String(v)}\``;
  return kindOf(v);
}

function typeName(t: string): string {
  switch (t) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return 'a string';
    case 'integer':
      return 'an integer';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'null':
      return 'empty';
    default:
      return t;
  }
}

function listWords(words: readonly unknown[]): string {
  return words.map((w) => (typeof w === 'string' ? `'${w}'` : String(w))).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Where a path is: policy structure inside each kind of document

interface PolicyLocation {
  /** Length of the path prefix that leads to the policy root. */
  root: number;
}

function policyRoot(kind: SchemaKind, path: readonly (string | number)[]): PolicyLocation | undefined {
  if (kind === 'traffic-policy') return { root: 0 };
  if (kind === 'cloud-endpoint') return path[0] === 'traffic_policy' ? { root: 1 } : undefined;
  if (path[0] === 'endpoints' && typeof path[1] === 'number' && path[2] === 'traffic_policy') return { root: 3 };
  if (path[0] === 'tunnels' && typeof path[1] === 'string' && (path[2] === 'traffic_policy' || path[2] === 'policy')) return { root: 3 };
  return undefined;
}

type Place =
  | { kind: 'policy'; base: Path }
  | { kind: 'phase'; base: Path; phase: string }
  | { kind: 'rule'; base: Path }
  | { kind: 'expressions'; base: Path }
  | { kind: 'actions'; base: Path }
  | { kind: 'action'; base: Path; type: string | undefined; rest: Path }
  | { kind: 'other' };

/** Classifies a path relative to the policy structure (phase / rule / action). */
function place(kind: SchemaKind, value: unknown, path: Path): Place {
  const loc = policyRoot(kind, path);
  if (!loc) return { kind: 'other' };
  const r = loc.root;
  const rel = path.slice(r);
  if (rel.length === 0) return { kind: 'policy', base: path };
  if (rel.length === 1) return { kind: 'phase', base: path, phase: String(rel[0]) };
  if (typeof rel[1] !== 'number') return { kind: 'other' };
  if (rel.length === 2) return { kind: 'rule', base: path };
  if (rel[2] === 'expressions') return { kind: 'expressions', base: path.slice(0, r + 3) };
  if (rel[2] !== 'actions') return { kind: 'other' };
  if (rel.length === 3) return { kind: 'actions', base: path };
  if (typeof rel[3] !== 'number') return { kind: 'other' };
  const base = path.slice(0, r + 4);
  const action = getAt(value, base);
  const type = isRecord(action) && typeof action.type === 'string' ? action.type : undefined;
  return { kind: 'action', base, type, rest: path.slice(r + 4) };
}

/** "on_http_request[0].actions[1] (restrict-ips)" */
function actionLabel(p: { base: Path; type: string | undefined }): string {
  return p.type !== undefined ? `${formatPath(p.base)} (${p.type})` : formatPath(p.base);
}

/** Prefix for a message about the value at `path`: "`x.y`: " or "action (type): `config.x`: ". */
function where(kind: SchemaKind, value: unknown, path: Path): string {
  if (path.length === 0) return '';
  const p = place(kind, value, path);
  if (p.kind === 'action' && p.rest.length > 0) return `${actionLabel(p)}: \`${formatPath(p.rest)}\`: `;
  if (p.kind === 'action') return `${actionLabel(p)}: `;
  return `\`${formatPath(path)}\`: `;
}

// ---------------------------------------------------------------------------------------------
// From ajv errors to issues

interface Raw {
  path: Path;
  keyword: string;
  params: Record<string, unknown>;
  schema: unknown;
  parentSchema: Record<string, unknown> | undefined;
  data: unknown;
  schemaPath: string;
}

const DURATION_PATTERN = '^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$';
const PATTERN_TEXT: Readonly<Record<string, string>> = {
  [DURATION_PATTERN]: 'is not a duration; write a number with a unit, such as "30s", "5m" or "1h"',
  "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$": 'is not a valid HTTP header name',
  '^ipp_[A-Za-z0-9]+$': 'is not an IP Policy ID (ipp_…)',
  '^[^\\s"\'`]*$': 'contains whitespace or a quote character (a stray quote?)',
  '^[^:]+:.{8,128}$': "must be 'username:password' with a password of 8 to 128 characters",
  '^[\\x20-\\x7e]*$': 'must be printable ASCII',
};

const DURATION_RANGE_TEXT: Readonly<Record<string, string>> = {
  'duration-1s-2m': 'must be between 1s and 2m',
  'duration-1s-30s': 'must be between 1s and 30s',
  'rate-limit-window': 'must be a multiple of 10s between 60s and 24h',
};

/** Beyond this many issues a document is too broken for more messages to help. */
const MAX_ISSUES = 200;

const STRING_KEYWORDS = new Set(['pattern', 'format', 'minLength', 'maxLength']);

function explain(kind: SchemaKind, value: unknown, errors: readonly ErrorObject[]): SchemaIssue[] {
  const raws: Raw[] = [];
  for (const e of errors) {
    // if/then dispatch: the then-branch errors are reported; "must match then" is noise.
    if (e.keyword === 'if') continue;
    raws.push({
      path: parsePath(value, e.instancePath),
      keyword: e.keyword,
      params: (e.params ?? {}) as Record<string, unknown>,
      schema: e.schema,
      parentSchema: isRecord(e.parentSchema) ? e.parentSchema : undefined,
      data: e.data,
      schemaPath: e.schemaPath,
    });
  }

  const issues: SchemaIssue[] = [];
  const covered: Path[] = []; // subtrees already explained by one structural issue
  const isCovered = (p: Path): boolean => covered.some((c) => c.length <= p.length && c.every((s, i) => s === p[i]));

  // 1. An action written directly as a rule (rule has `type`, no `actions`): one issue.
  for (const r of raws) {
    const pl = place(kind, value, r.path);
    if (pl.kind !== 'rule' || isCovered(r.path)) continue;
    const rule = getAt(value, r.path);
    if (isRecord(rule) && hasOwn(rule, 'type') && !hasOwn(rule, 'actions')) {
      covered.push(r.path);
      const t = typeof rule.type === 'string' ? rule.type : '…';
      issues.push({
        path: r.path,
        part: 'value',
        keyword: 'required',
        message: `${formatPath(r.path)} is an action, not a rule: put it in a rule's 'actions' list (- actions: [{ type: ${t}, config: … }])`,
      });
    }
  }

  // 2. Errors made redundant by a type error at the same place.
  const typeFailed = new Set(raws.filter((r) => r.keyword === 'type').map((r) => JSON.stringify(r.path)));
  const seen = new Set<string>();
  const typeReported = new Set<string>();
  const misplaced = misplacedConfigKeys(kind, value, raws);

  const unknownKeysAt = new Map<string, Raw[]>();
  for (const r of raws) {
    if (r.keyword !== 'additionalProperties') continue;
    const k = JSON.stringify(r.path);
    const list = unknownKeysAt.get(k);
    if (list) list.push(r);
    else unknownKeysAt.set(k, [r]);
  }

  for (const r of raws) {
    if (covered.length > 0 && isCovered(r.path)) continue;
    const key = JSON.stringify(r.path);
    if (r.keyword !== 'type' && typeFailed.has(key) && r.keyword !== 'additionalProperties') continue;
    // propertyNames reports its sub-errors (string keywords) at the object's path; the
    // propertyNames error itself explains them.
    if (STRING_KEYWORDS.has(r.keyword) && isRecord(getAt(value, r.path))) continue;
    // A config that is empty because its keys were dedented onto the action: the misplaced-key issue explains it.
    if (r.keyword === 'type' && r.data === null && r.path[r.path.length - 1] === 'config' && misplaced.has(JSON.stringify(r.path.slice(0, -1)))) continue;
    if (r.keyword === 'required' && isExplainedByUnknownKey(r, unknownKeysAt.get(key) ?? [])) continue;
    // One type error per value (a union type and a branch can both complain).
    if (r.keyword === 'type') {
      if (typeReported.has(key)) continue;
      typeReported.add(key);
    }
    const issue = describe(kind, value, r);
    if (!issue) continue;
    const dedupe = `${JSON.stringify(issue.path)}|${issue.part}|${issue.keyword}|${issue.message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    if (issues.length >= MAX_ISSUES) {
      issues.push({ path: [], part: 'value', keyword: 'truncated', message: `more than ${MAX_ISSUES} schema problems; fix these first to see the rest` });
      break;
    }
    issues.push(issue);
  }
  return issues;
}

/** Action paths (JSON) that carry config keys directly on the action. */
function misplacedConfigKeys(kind: SchemaKind, value: unknown, raws: readonly Raw[]): Set<string> {
  const out = new Set<string>();
  for (const r of raws) {
    if (r.keyword !== 'additionalProperties') continue;
    const pl = place(kind, value, r.path);
    if (pl.kind !== 'action' || pl.rest.length > 0 || pl.type === undefined) continue;
    const keys = schemaHints.actionConfigKeys[pl.type] ?? [];
    if (keys.includes(String(r.params.additionalProperty))) out.add(JSON.stringify(r.path));
  }
  return out;
}

/** A missing required key that an unknown key at the same object (`unknownKeys`) is a misspelling of. */
function isExplainedByUnknownKey(r: Raw, unknownKeys: readonly Raw[]): boolean {
  const missing = String(r.params.missingProperty);
  for (const o of unknownKeys) {
    const props = propertyNames(o.parentSchema);
    if (suggest(String(o.params.additionalProperty), props) === missing) return true;
  }
  return false;
}

function propertyNames(schema: Record<string, unknown> | undefined): string[] {
  const props = schema?.properties;
  return isRecord(props) ? Object.keys(props) : [];
}

function describe(kind: SchemaKind, value: unknown, r: Raw): SchemaIssue | undefined {
  const { path, keyword, params } = r;
  const v = getAt(value, path);
  const at = where(kind, value, path);
  const issue = (message: string, p: Path = path, part: 'value' | 'key' = 'value'): SchemaIssue => ({ path: p, part, keyword, message });

  switch (keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const k = String(params.additionalProperty ?? params.unevaluatedProperty);
      return issue(unknownKeyMessage(kind, value, path, clip(k), propertyNames(r.parentSchema)), [...path, k], 'key');
    }
    case 'propertyNames': {
      // Only header maps constrain their key names.
      const k = String(params.propertyName);
      return issue(`${at}header name '${clip(k)}' is not a valid HTTP header name`, [...path, k], 'key');
    }
    case 'required':
      return issue(requiredMessage(kind, value, path, String(params.missingProperty)));
    case 'dependentRequired':
      return issue(`${at}'${String(params.property)}' needs '${String(params.missingProperty)}' too`);
    case 'type':
      return issue(typeMessage(kind, value, path, v, params.type, r.parentSchema));
    case 'enum':
      return issue(enumMessage(kind, value, path, v, (params.allowedValues as unknown[]) ?? []));
    case 'const':
      if (params.allowedValue === false) return issue(`${at}\`true\` is not accepted; give a value, or \`false\` to turn it off`);
      return issue(`${at}must be ${show(params.allowedValue, path)}, not ${show(v, path)}`);
    case 'pattern': {
      const text = PATTERN_TEXT[String(params.pattern)] ?? `does not match the pattern /${String(params.pattern)}/`;
      return issue(`${at}${show(v, path)} ${text}`);
    }
    case 'format':
      return issue(`${at}${formatMessage(String(params.format), v, path)}`);
    case 'minimum':
    case 'exclusiveMinimum':
      return issue(`${at}${show(v, path)} is too small; the minimum is ${String(params.limit)}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return issue(`${at}${show(v, path)} is too large; the maximum is ${String(params.limit)}`);
    case 'minItems':
      return issue(minItemsMessage(kind, value, path, Number(params.limit)));
    case 'maxItems':
      return issue(`${at}has ${Array.isArray(v) ? v.length : '?'} items; at most ${String(params.limit)} allowed`);
    case 'minLength':
      return issue(Number(params.limit) <= 1 ? `${at}must not be empty` : `${at}must be at least ${String(params.limit)} characters long`);
    case 'maxLength':
      return issue(`${at}is too long (${typeof v === 'string' ? v.length : '?'} characters); at most ${String(params.limit)} allowed`);
    case 'minProperties':
      return issue(minPropertiesMessage(kind, value, path, Number(params.limit)));
    case 'maxProperties':
      return issue(maxPropertiesMessage(kind, value, path, v, Number(params.limit)));
    case 'uniqueItems':
      return issue(`${at}items [${String(params.j)}] and [${String(params.i)}] are the same; list each value once`);
    case 'not': {
      const banned = isRecord(r.schema) && 'const' in r.schema ? r.schema.const : undefined;
      return issue(banned !== undefined ? `${at}${show(banned, path)} is not allowed here` : `${at}${show(v, path)} is not allowed here`);
    }
    default:
      return issue(`${at}is invalid (${keyword})`);
  }
}

function unknownKeyMessage(kind: SchemaKind, value: unknown, path: Path, key: string, allowed: readonly string[]): string {
  const p = place(kind, value, path);
  const hint = suggest(key, allowed);
  const mean = hint !== undefined ? `; did you mean '${hint}'?` : '';

  switch (p.kind) {
    case 'policy': {
      const prefix = path.length > 0 ? `${formatPath(path)}: ` : '';
      if (key === 'on_tls_request' || key === 'on_tls_connect') {
        return `${prefix}unknown phase '${key}'; TLS and TCP endpoints use 'on_tcp_connect'`;
      }
      if (hint !== undefined) return `${prefix}unknown phase '${key}'; did you mean '${hint}'?`;
      return `${prefix}unknown top-level key '${key}'; a Traffic Policy has only the phases ${listWords(allowed.filter((k) => k.startsWith('on_')))}`;
    }
    case 'rule': {
      if (key === 'if' || key === 'when' || key === 'condition' || key === 'conditions') {
        return `${formatPath(path)}: rules have no '${key}' key; write conditions under 'expressions:' (a list of CEL strings)`;
      }
      if (schemaHints.phases.includes(key)) return `${formatPath(path)}: phase '${key}' is nested inside a rule; phases belong at the top level of the policy`;
      return `${formatPath(path)}: unknown rule key '${key}'${mean || `; a rule has only ${listWords(allowed)}`}`;
    }
    case 'action': {
      const label = actionLabel(p);
      if (p.rest.length === 0) {
        const configKeys = p.type !== undefined ? (schemaHints.actionConfigKeys[p.type] ?? []) : [];
        if (configKeys.includes(key)) return `${label}: '${key}' belongs under 'config:' (check its indentation)`;
        if (key === 'name') return `${label}: actions have no 'name' (only 'type' and 'config'); name the rule instead`;
        if (key === 'expressions') return `${label}: actions have no 'expressions'; put them on the rule`;
        return `${label}: unknown action key '${key}'${mean || "; an action has only 'type' and 'config'"}`;
      }
      if (p.rest.length === 1 && p.rest[0] === 'config') {
        if (p.type === 'deny' && key === 'body') return `${label}: deny never sends a body; use custom-response to answer with one`;
        if (p.type === 'set-vars') return `${label}: unknown config key '${key}'; variables go in the 'vars' list (- ${key}: …)`;
        const tail = mean || (allowed.length === 0 ? `; ${p.type ?? 'this action'} takes no config` : `; allowed keys: ${listWords(allowed)}`);
        return `${label}: unknown config key '${key}'${tail}`;
      }
      return `${label}: \`${formatPath(p.rest)}\`: unknown key '${key}'${mean || `; allowed keys: ${listWords(allowed)}`}`;
    }
    default:
      break;
  }

  if (kind === 'agent-config') {
    const top = path.length === 0;
    if (top && schemaHints.agentKeys.includes(key) && isV3(value)) {
      return `unknown top-level key '${key}'; in a version 3 file agent settings go under 'agent:' (agent.${key})`;
    }
    if (top && schemaHints.phases.includes(key)) {
      return `unknown top-level key '${key}'; Traffic Policy phases go under an endpoint's 'traffic_policy:'`;
    }
    if (top && (key === 'agent' || key === 'endpoints') && !isV3(value)) {
      return `unknown top-level key '${key}' in a version 2 file; '${key}' is a version 3 key (set version: 3)`;
    }
    if (path.length === 1 && path[0] === 'agent' && (key === 'endpoints' || key === 'tunnels' || key === 'version')) {
      return `agent: '${key}' belongs at the top level of the file, not under 'agent:'`;
    }
    if (path.length === 1 && path[0] === 'agent' && key === 'region' && isV3(value)) {
      // Not in ngrok-docs agent/config/v3.mdx's list of agent options (checked 2026-12-07); the
      // v2 `region` is deprecated and the agent connects to the nearest point of presence.
      return "agent: 'region' is an ngrok agent 2 setting, which version 3 does not have; remove it (the agent connects to the nearest point of presence)";
    }
    const renamed = path.length === 2 && path[0] === 'tunnels' ? AGENT2_TUNNEL_KEYS[key] : undefined;
    if (renamed) return `${formatPath(path)}: '${key}' is an ngrok agent 2 key, which today's agent rejects; ${renamed} (\`ngrok config upgrade\` renames it)`;
  }
  const loc = path.length > 0 ? `${formatPath(path)}: unknown key` : 'unknown top-level key';
  const tail = mean || (allowed.length > 0 && allowed.length <= 12 ? `; allowed keys: ${listWords(allowed)}` : '');
  return `${loc} '${key}'${tail}`;
}

/**
 * Tunnel keys of the ngrok 2 agent that agent 3 renamed: it rejects unknown keys, and
 * `ngrok config upgrade` converts these (ngrok/ngrok-docs agent/upgrade-v2-v3.mdx names
 * `bind_tls` and `auth`; the flags became `--url` and `--basic-auth`, the keys `schemes` and
 * `basic_auth`, checked 2026-12-07).
 */
const AGENT2_TUNNEL_KEYS: Readonly<Record<string, string>> = {
  auth: "write it as 'basic_auth', a list of 'user:password' strings",
  bind_tls: "write it as 'schemes' ([https] for true, [http] for false, [http, https] for both)",
};

function isV3(value: unknown): boolean {
  return !(isRecord(value) && (value.version === 2 || value.version === '2'));
}

function requiredMessage(kind: SchemaKind, value: unknown, path: Path, missing: string): string {
  const p = place(kind, value, path);
  if (p.kind === 'rule' && missing === 'actions') return `${formatPath(path)}: rule has no 'actions'; every rule needs at least one action`;
  if (p.kind === 'action' && p.rest.length === 0) {
    if (missing === 'type') return `${formatPath(path)}: action has no 'type'`;
    if (missing === 'config') return `${actionLabel(p)}: 'config' is required`;
  }
  if (p.kind === 'action') return `${actionLabel(p)}: \`${formatPath(p.rest)}\`: missing required key '${missing}'`;
  if (path.length === 0) return `missing required top-level key '${missing}'`;
  return `\`${formatPath(path)}\`: missing required key '${missing}'`;
}

function typeMessage(kind: SchemaKind, value: unknown, path: Path, v: unknown, expected: unknown, parent: Record<string, unknown> | undefined): string {
  const types = (Array.isArray(expected) ? expected : [expected]).map(String).filter((t) => t !== 'null');
  const want = types.map(typeName).join(' or ');
  const p = place(kind, value, path);
  const got = kindOf(v);

  if (p.kind === 'phase' && !Array.isArray(v)) {
    const extra = isRecord(v) ? "; did you forget '-'?" : '';
    return `phase '${p.phase}' must be a list of rules${extra}`;
  }
  if (p.kind === 'actions' && !Array.isArray(v)) {
    return `${formatPath(path)}: 'actions' must be a list of actions${isRecord(v) ? "; did you forget '-'?" : `, got ${got}`}`;
  }
  if (p.kind === 'expressions') {
    if (path.length === p.base.length) {
      return `${formatPath(path)}: 'expressions' must be a list of strings${typeof v === 'string' ? ` — write it as a list item: - "${v.length > 40 ? `${v.slice(0, 37)}...` : v}"` : `, got ${got}`}`;
    }
    const looksLikeAction = isRecord(v) && hasOwn(v, 'type');
    const why = looksLikeAction ? '; this looks like an action — move it under the rule\'s \'actions:\'' : ' — quote it so YAML keeps it a string';
    return `${formatPath(path)}: each expression must be a string holding a CEL expression, got ${got}${why}`;
  }
  if (p.kind === 'rule') return `${formatPath(path)}: a rule must be a mapping with 'expressions' and 'actions', got ${got}`;
  if (p.kind === 'action' && p.rest.length === 0) return `${formatPath(path)}: an action must be a mapping with 'type' and 'config', got ${got}`;
  if (p.kind === 'action' && p.rest.length === 1 && p.rest[0] === 'config') {
    if (v === null) {
      const configSchemaRequired = parent && Array.isArray(parent.required) ? (parent.required as unknown[]) : [];
      return `${actionLabel(p)}: 'config' is empty${configSchemaRequired.length ? `; it needs ${listWords(configSchemaRequired)}` : ''}`;
    }
    return `${actionLabel(p)}: 'config' must be a mapping of fields (key: value), got ${got}`;
  }
  if (p.kind === 'policy' && path.length > 0) {
    const what = types.includes('string') ? 'YAML or JSON text, or a mapping of phases' : 'a mapping of phases';
    return `\`${formatPath(path)}\`: the Traffic Policy must be ${what}, got ${got}`;
  }
  if (p.kind === 'policy') return `a Traffic Policy must be a mapping of phases, got ${got}`;

  const at = where(kind, value, path) || (path.length === 0 ? 'the document: ' : '');
  if (isDurationSchema(parent) && typeof v === 'number') {
    return `${at}must be a duration string with a unit, such as "${nanosToDuration(v)}", got the number ${String(v)}`;
  }
  if (types.includes('string') && isRecord(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => x === null)) {
    return `${at}must be ${want}, got a mapping; an unquoted {placeholder} is a YAML mapping — replace it or quote it`;
  }
  if (types.includes('string') && (typeof v === 'number' || typeof v === 'boolean')) {
    const enumValues = parent && Array.isArray(parent.enum) ? (parent.enum as unknown[]) : [];
    const match = enumValues.find((e) => typeof e === 'string' && typeof v === 'number' && Number(e) === v);
    if (isSensitive(path)) return `${at}must be a string, got ${got} (value hidden); quote it`;
    const quoted = typeof match === 'string' ? match : String(v);
    return `${at}must be a string, got ${got} ${show(v, path)}; quote it: "${quoted}"`;
  }
  if (types.includes('array') && isRecord(v) && path[path.length - 1] === 'vars') {
    return `${at}must be a list of one-key mappings (- name: value), got a mapping`;
  }
  if (types.includes('array') && isRecord(v)) return `${at}must be a list, got a mapping; did you forget '-'?`;
  return `${at}must be ${want}, got ${got}${v === null || typeof v === 'object' ? '' : ` ${show(v, path)}`}`;
}

function isDurationSchema(schema: Record<string, unknown> | undefined): boolean {
  if (!schema) return false;
  return schema.pattern === DURATION_PATTERN || String(schema.$ref ?? '').endsWith('/duration');
}

/** A Go duration for a number that was probably meant as nanoseconds (Go's time.Duration), else seconds. */
function nanosToDuration(n: number): string {
  if (Number.isInteger(n) && n >= 1e9 && n % 1e9 === 0) {
    const s = n / 1e9;
    if (s % 3600 === 0) return `${s / 3600}h`;
    if (s % 60 === 0) return `${s / 60}m`;
    return `${s}s`;
  }
  return Number.isFinite(n) && n > 0 && n < 1e6 ? `${n}s` : '30s';
}

function enumMessage(kind: SchemaKind, value: unknown, path: Path, v: unknown, allowed: readonly unknown[]): string {
  const p = place(kind, value, path);
  const strings = allowed.filter((a): a is string => typeof a === 'string');
  const near = typeof v === 'string' ? suggest(v, strings) : undefined;
  if (p.kind === 'action' && p.rest.length === 1 && p.rest[0] === 'type') {
    const base = `${formatPath(p.base)}: unknown action type ${show(v, path)}`;
    return near !== undefined ? `${base}; did you mean '${near}'?` : `${base}; it is not one of ngrok's documented action types`;
  }
  const at = where(kind, value, path);
  if (allowed.length === 1) return `${at}must be ${listWords(allowed)}, not ${show(v, path)}`;
  if (allowed.length <= 4) return `${at}${show(v, path)} is not one of ${listWords(allowed)}`;
  const mean = near !== undefined ? `; did you mean '${near}'?` : '';
  if (allowed.length <= 12) return `${at}${show(v, path)} is not one of ${listWords(allowed)}${mean}`;
  return `${at}${show(v, path)} is not one of the ${allowed.length} supported values${mean}`;
}

function formatMessage(format: string, v: unknown, path: Path): string {
  if (format === 'cidr-or-ip' && typeof v === 'string') {
    const slash = v.indexOf('/');
    if (slash >= 0) {
      const bits = Number(v.slice(slash + 1));
      const max = v.slice(0, slash).includes(':') ? 128 : 32;
      if (Number.isInteger(bits) && bits > max) return `${show(v, path)} is not a CIDR range (the prefix length is at most ${max})`;
      return `${show(v, path)} is not a CIDR range`;
    }
    return `${show(v, path)} is not an IP address or CIDR range`;
  }
  const range = DURATION_RANGE_TEXT[format];
  if (range !== undefined) return `${show(v, path)} ${range}`;
  return `${show(v, path)} is not a valid ${format}`;
}

function minItemsMessage(kind: SchemaKind, value: unknown, path: Path, limit: number): string {
  const p = place(kind, value, path);
  if (p.kind === 'actions') return `${formatPath(path)}: 'actions' is empty; a rule needs at least one action`;
  return `${where(kind, value, path)}must have at least ${limit} item${limit === 1 ? '' : 's'}`;
}

function minPropertiesMessage(kind: SchemaKind, value: unknown, path: Path, limit: number): string {
  const at = where(kind, value, path);
  if (path[path.length - 2] === 'vars') return `${at}each 'vars' item must be a mapping with exactly one key (the variable name)`;
  return limit <= 1 ? `${at}must not be empty` : `${at}must have at least ${limit} entries`;
}

function maxPropertiesMessage(kind: SchemaKind, value: unknown, path: Path, v: unknown, limit: number): string {
  const at = where(kind, value, path);
  if (path[path.length - 2] === 'vars') {
    return `${at}each 'vars' item must set exactly one variable; write one list item per variable (- a: 1, - b: 2)`;
  }
  const count = isRecord(v) ? Object.keys(v).length : '?';
  return `${at}has ${count} entries; at most ${limit} allowed`;
}

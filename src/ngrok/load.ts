/**
 * Loading YAML and JSON files with positions.
 *
 * Every value of a loaded document can be located: `locate(path)` returns the range of the
 * node at a JSON path (or of its nearest existing ancestor), so schema errors and rule
 * findings point at the exact key or item. Bad input never throws: syntax errors, encoding
 * problems, alias bombs, huge files and deep nesting all become diagnostics.
 */

import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document } from 'yaml';
import { createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { formatMessage, Messages, type MessageTemplate } from '../diagnostics/messages.js';
import { LineMap } from '../diagnostics/text.js';
import { LEGACY_PHASES, PHASES } from './types.js';

/** A JSON path: object keys and array indexes from the document root. */
export type Path = readonly (string | number)[];

/** What a document is. */
export type DocumentKind = 'traffic-policy' | 'agent-config' | 'cloud-endpoint' | 'api-endpoints' | 'unknown';

/**
 * An endpoint object as the ngrok API returns it (`GET /endpoints/{id}`, an item of
 * `GET /endpoints`): an `ep_…` id beside the fields of the create body (reference: ngrok-api.md,
 * "Own example response"). Saved output of `ngrok api endpoints list|get` is linted as such.
 */
export function isApiEndpointObject(v: unknown): v is Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o['id'] === 'string' && o['id'].startsWith('ep_') && (typeof o['uri'] === 'string' || typeof o['created_at'] === 'string');
}

/** The endpoint objects of an `api-endpoints` document, each with its path: the object itself, or the items of a list response. */
export function apiEndpointObjects(value: unknown): { item: Record<string, unknown>; path: Path }[] {
  if (isApiEndpointObject(value)) return [{ item: value, path: [] }];
  const list = value && typeof value === 'object' ? (value as Record<string, unknown>)['endpoints'] : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) => (isApiEndpointObject(item) ? [{ item, path: ['endpoints', i] as Path }] : []));
}

/** Which part of a node to locate: the value, or (for an object member) its key. */
export type LocatePart = 'value' | 'key';

/** One parsed YAML/JSON document with positions. */
export interface SourceDocument {
  /** File path as the user gave it (or `<stdin>`). */
  readonly file: string;
  /** The whole text of the file the positions refer to. */
  readonly text: string;
  readonly lineMap: LineMap;
  readonly format: 'yaml' | 'json';
  /** Index of this document within a multi-document YAML file (0-based). */
  readonly index: number;
  kind: DocumentKind;
  /** The plain value (objects, arrays, scalars). */
  readonly value: unknown;
  /** True when offsets from `locate` index into `text`, so fixes can edit it. */
  readonly editable: boolean;
  /**
   * The site an agent config belongs to, when its origin says so (the artifacts of a `.tpc`
   * file: the compiler's site name). Unset for files, whose site is their folder.
   */
  readonly site?: string;
  /** Range of the node at `path`, or of its nearest existing ancestor. */
  locate(path: Path, part?: LocatePart): Range;
  /** Offsets `[start, end)` of the node at `path` in `text`, or undefined when it does not exist exactly. */
  span(path: Path, part?: LocatePart): { start: number; end: number } | undefined;
}

/** Options for {@link loadText}. */
export interface LoadOptions {
  /** Force the document kind instead of detecting it. */
  kind?: DocumentKind;
  /** Format override; by default detected from the file name and content. */
  format?: 'yaml' | 'json';
  /** Largest file accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
}

/** Result of loading one file. */
export interface LoadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const MAX_DEPTH = 200;
const MAX_ALIAS_COUNT = 1000;

function diag(file: string, msg: MessageTemplate, range: Range | undefined, ...args: (string | number)[]): Diagnostic {
  return createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file, range });
}

/** Decodes bytes as UTF-8, reporting invalid encoding and binary content. */
export function decodeBytes(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length > maxBytes) return { diagnostics: [diag(file, Messages.fileTooLarge, undefined, bytes.length, maxBytes)] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { diagnostics: [diag(file, Messages.binaryFile, undefined, nul)] };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text, diagnostics: [] };
  } catch {
    return { diagnostics: [diag(file, Messages.invalidUtf8, undefined, firstBadUtf8(bytes))] };
  }
}

function firstBadUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1));
    } catch {
      // A truncated multi-byte sequence also fails; step back to its lead byte only when it is one.
      let j = i;
      while (j > 0 && (bytes[j]! & 0xc0) === 0x80 && i - j < 3) j--;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, j));
        const lead = bytes[j]!;
        const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        if (need > 1 && j + need <= bytes.length) {
          try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(j, j + need));
            continue;
          } catch {
            return j;
          }
        }
        return j;
      } catch {
        return i;
      }
    }
  }
  return bytes.length;
}

/** Rough maximum nesting depth of brackets and indentation, to refuse pathological input before parsing. */
const QUOTE = 34; // "
const HASH = 35; // #
const OPEN_BRACKET = 91; // [
const BACKSLASH = 92; // \
const CLOSE_BRACKET = 93; // ]
const OPEN_BRACE = 123; // {
const CLOSE_BRACE = 125; // }

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuote) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inQuote = false;
      continue;
    }
    if (c === QUOTE) inQuote = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth = Math.max(0, depth - 1);
    else if (c === HASH) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    }
  }
  // Block nesting: count leading indentation steps (two spaces or "- ") on the deepest line.
  let indentMax = 0;
  for (let start = 0; start <= text.length; ) {
    let n = 0;
    for (let c = text.charCodeAt(start); c === 32 || c === 45; c = text.charCodeAt(start + n)) n++;
    if (n > indentMax) indentMax = n;
    const nl = text.indexOf('\n', start + n);
    if (nl < 0) break;
    start = nl + 1;
  }
  return Math.max(max, Math.floor(indentMax / 2));
}

function detectFormat(file: string, text: string): 'yaml' | 'json' {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  const first = text.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

/** Decides what a parsed value is. */
export function detectKind(value: unknown): DocumentKind {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'unknown';
  const keys = Object.keys(value);
  const has = (k: string) => keys.includes(k);
  const v = (value as Record<string, unknown>)['version'];
  const ngrokVersion = v === 2 || v === 3 || v === '2' || v === '3';
  // tpc's own manifest.json lists `endpoints` too; ngrok.yml has no `generator` key.
  if (has('generator') && (value as Record<string, unknown>)['generator'] === 'tpc') return 'unknown';
  // What the ngrok API returns for one endpoint, or a page of the endpoint list.
  if (isApiEndpointObject(value)) return 'api-endpoints';
  const list = (value as Record<string, unknown>)['endpoints'];
  if (!has('version') && Array.isArray(list) && list.length > 0 && list.every(isApiEndpointObject)) return 'api-endpoints';
  // Other tools' files have a `version` too (docker-compose, OpenAPI); only 2/3 or ngrok's own keys count.
  if (has('endpoints') || has('tunnels') || has('agent') || (ngrokVersion && !has('services') && !has('openapi'))) return 'agent-config';
  if (has('traffic_policy') && (has('url') || has('type'))) return 'cloud-endpoint';
  const phaseish = keys.filter(
    (k) => (PHASES as readonly string[]).includes(k) || (LEGACY_PHASES as readonly string[]).includes(k) || /^on_[a-z_]+$/.test(k),
  );
  if (phaseish.length > 0) return 'traffic-policy';
  return 'unknown';
}

/** Node kinds in a {@link PositionIndex}. */
const OTHER = 0;
const MAP = 1;
const SEQ = 2;
/** Numbers per node: start offset, end offset (-1/-1 without a range), kind, first entry, entry count. */
const STRIDE = 5;

/** What following a path found: node indexes (-1: none) and whether the whole path was followed. */
interface Found {
  /** The deepest node reached (a member's key when the member has no value). */
  node: number;
  /** The key node of the last map member followed (-1 after a sequence item). */
  key: number;
  exact: boolean;
}

/**
 * The positions of a parsed YAML document's nodes, in a few flat arrays: what `span` and
 * `locate` need, without keeping the YAML syntax tree alive (linting a large fleet keeps
 * hundreds of documents in memory at once, and the trees made garbage collection the largest
 * cost after parsing).
 *
 * Nodes are numbered depth first. A map's entries are triples (key node, value node or -1, key
 * text index or -1 for a key that is not a scalar); a sequence's entries are item nodes.
 */
class PositionIndex {
  private constructor(
    private readonly nodes: Int32Array,
    private readonly entries: Int32Array,
    /** `String(key.value)` of every scalar map key. */
    private readonly keys: readonly string[],
    private readonly root: number,
  ) {}

  static of(contents: unknown): PositionIndex {
    const nodes: number[] = [];
    const entries: number[] = [];
    const keys: string[] = [];
    const visit = (n: unknown): number => {
      if (n === null || n === undefined) return -1;
      const i = nodes.length / STRIDE;
      const range = (n as { range?: [number, number, number] }).range;
      const kind = isMap(n) ? MAP : isSeq(n) ? SEQ : OTHER;
      nodes.push(range ? range[0] : -1, range ? range[1] : -1, kind, 0, 0);
      if (kind === MAP) {
        const own: number[] = [];
        for (const p of (n as { items: unknown[] }).items) {
          if (!isPair(p)) {
            own.push(-1, -1, -1);
            continue;
          }
          const k = visit(p.key);
          const v = p.value ? visit(p.value) : -1;
          let text = -1;
          if (isScalar(p.key)) {
            text = keys.length;
            keys.push(String(p.key.value));
          }
          own.push(k, v, text);
        }
        nodes[i * STRIDE + 3] = entries.length;
        nodes[i * STRIDE + 4] = own.length / 3;
        for (const x of own) entries.push(x);
      } else if (kind === SEQ) {
        const own: number[] = [];
        for (const item of (n as { items: unknown[] }).items) own.push(item ? visit(item) : -1);
        nodes[i * STRIDE + 3] = entries.length;
        nodes[i * STRIDE + 4] = own.length;
        for (const x of own) entries.push(x);
      }
      return i;
    };
    const root = visit(contents);
    return new PositionIndex(new Int32Array(nodes), new Int32Array(entries), keys, root);
  }

  /** Follows a path: the deepest node reached, the last key followed, whether the path was complete. */
  find(path: Path): Found {
    const { nodes, entries, keys } = this;
    let node = this.root;
    let key = -1;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const kind = node >= 0 ? nodes[node * STRIDE + 2] : -1;
      const first = node >= 0 ? nodes[node * STRIDE + 3]! : 0;
      const count = node >= 0 ? nodes[node * STRIDE + 4]! : 0;
      if (kind === MAP) {
        const want = String(seg);
        let e = -1;
        for (let j = 0; j < count; j++) {
          const text = entries[first + 3 * j + 2]!;
          if (text >= 0 && keys[text] === want) {
            e = first + 3 * j;
            break;
          }
        }
        if (e < 0) return { node, key, exact: false };
        key = entries[e]!;
        const value = entries[e + 1]!;
        if (value < 0) return { node: key, key, exact: i === path.length - 1 };
        node = value;
      } else if (kind === SEQ && typeof seg === 'number') {
        const item = Number.isInteger(seg) && seg >= 0 && seg < count ? entries[first + seg]! : -1;
        if (item < 0) return { node, key, exact: false };
        key = -1;
        node = item;
      } else {
        return { node, key, exact: false };
      }
    }
    return { node, key, exact: true };
  }

  /** `[start, end)` of a node's source (end: the end of its value), or undefined without a range. */
  range(node: number): [number, number] | undefined {
    if (node < 0) return undefined;
    const start = this.nodes[node * STRIDE]!;
    return start < 0 ? undefined : [start, this.nodes[node * STRIDE + 1]!];
  }

  isCollection(node: number): boolean {
    return node >= 0 && this.nodes[node * STRIDE + 2] !== OTHER;
  }
}

/**
 * A document parsed from YAML or JSON text, with the positions of its nodes. For JSON the
 * positions may come later: `positions` is then a function, called (once) by the first
 * {@link locate} or {@link span} — most documents of a clean run are never asked.
 */
class YamlSourceDocument implements SourceDocument {
  kind: DocumentKind;
  readonly editable = true;
  #positions: PositionIndex | (() => PositionIndex);
  constructor(
    readonly file: string,
    readonly text: string,
    readonly lineMap: LineMap,
    readonly format: 'yaml' | 'json',
    readonly index: number,
    readonly value: unknown,
    positions: PositionIndex | (() => PositionIndex),
  ) {
    this.kind = detectKind(value);
    this.#positions = positions;
  }

  private get positions(): PositionIndex {
    if (typeof this.#positions === 'function') this.#positions = this.#positions();
    return this.#positions;
  }

  span(path: Path, part: LocatePart = 'value'): { start: number; end: number } | undefined {
    const r = this.positions.find(path);
    if (!r.exact) return undefined;
    const range = this.positions.range(part === 'key' && r.key >= 0 ? r.key : r.node);
    return range ? { start: range[0], end: range[1] } : undefined;
  }

  locate(path: Path, part: LocatePart = 'value'): Range {
    const r = this.positions.find(path);
    let n = r.node;
    // A missing member: point at the parent's key when we have it, else at the parent.
    if (r.exact && part === 'key' && r.key >= 0) n = r.key;
    else if (!r.exact && r.key >= 0) n = r.key;
    const range = this.positions.range(n);
    if (!range) return this.lineMap.range(0, 0);
    let end = range[1];
    // For collections, highlight only the first line so printers do not underline whole blocks.
    if (this.positions.isCollection(n)) {
      const nl = this.text.indexOf('\n', range[0]);
      if (nl >= 0 && nl < end) end = nl;
    }
    return this.lineMap.range(range[0], end);
  }
}

/**
 * Parses YAML or JSON text into documents with positions. Never throws for bad input.
 */
export function loadText(file: string, text: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (text.length > maxBytes) return { documents: [], diagnostics: [diag(file, Messages.fileTooLarge, undefined, text.length, maxBytes)] };
  const nul = text.indexOf('\0');
  if (nul >= 0) return { documents: [], diagnostics: [diag(file, Messages.binaryFile, undefined, nul)] };
  const lineMap = new LineMap(text);
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) return { documents: [], diagnostics: [diag(file, Messages.tooDeep, undefined, MAX_DEPTH)] };
  const format = options.format ?? detectFormat(file, text);

  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const pos = /position (\d+)/.exec(msg);
      const off = pos ? Number(pos[1]) : 0;
      return { documents: [], diagnostics: [diag(file, Messages.jsonSyntax, lineMap.range(off, off + 1), msg.replace(/ in JSON at position \d+.*$/, ''))] };
    }
    // Valid JSON without a repeated key: JSON.parse gave the very value the YAML parser would,
    // and the positions (a YAML parse) wait until something asks for one. Linting a folder of
    // compiled output (12,000 JSON files and embedded policies for 1,000 sites) spent most of
    // its time building positions no finding ever used. A repeated key goes the YAML way, which
    // reports it (JSON.parse keeps the last one silently).
    if (value === null) return { documents: [], diagnostics: [diag(file, Messages.emptyDocument, undefined)] };
    if (jsonKeysInText(text) === keysInValue(value)) {
      const sd = new YamlSourceDocument(file, text, lineMap, format, 0, value, () => jsonPositions(text));
      if (options.kind) sd.kind = options.kind;
      return { documents: [sd], diagnostics: [] };
    }
  }

  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    if (e instanceof RangeError) return { documents: [], diagnostics: [diag(file, Messages.tooDeep, undefined, MAX_DEPTH)] };
    return { documents: [], diagnostics: [diag(file, Messages.yamlSyntax, undefined, e instanceof Error ? e.message : String(e))] };
  }

  // A file with nothing but blanks and comments holds no document at all: say so rather than pass silently.
  if (docs.length === 0) return { documents: [], diagnostics: [diag(file, Messages.emptyDocument, undefined)] };
  const documents: SourceDocument[] = [];
  docs.forEach((doc, index) => {
    let fatal = false;
    // One YAML error per line: the parser also reports a mistake's consequences on its line (a tab
    // used for indentation comes with "a block sequence may not be used as an implicit map key" and
    // two more), and the tab, when there is one, is the cause.
    const byLine = new Map<number, (typeof doc.errors)[number]>();
    for (const err of doc.errors) {
      fatal = true;
      const line = lineMap.position(err.pos[0]).line;
      const kept = byLine.get(line);
      if (!kept || (err.code === 'TAB_AS_INDENT' && kept.code !== 'TAB_AS_INDENT')) byLine.set(line, err);
    }
    for (const err of byLine.values()) {
      const [s, e] = err.pos;
      diagnostics.push(diag(file, Messages.yamlSyntax, lineMap.range(s, Math.max(e, s + 1)), firstLine(err.message)));
    }
    for (const w of doc.warnings) {
      const [s, e] = w.pos;
      if (w.code === 'TAG_RESOLVE_FAILED') {
        const tag = /Unresolved tag: (\S+)/.exec(w.message)?.[1] ?? '';
        diagnostics.push(diag(file, Messages.yamlTag, lineMap.range(s, Math.max(e, s + 1)), tag));
      } else {
        diagnostics.push(diag(file, Messages.yamlWarning, lineMap.range(s, Math.max(e, s + 1)), firstLine(w.message)));
      }
    }
    // A '!' tag error explains the syntax errors YAML reports on the same line; keep only it.
    const tagLines = new Set(diagnostics.filter((d) => d.code === Messages.yamlTag.code).map((d) => d.line));
    for (let i = diagnostics.length - 1; i >= 0; i--) {
      const d = diagnostics[i]!;
      if (d.code === Messages.yamlSyntax.code && tagLines.has(d.line)) diagnostics.splice(i, 1);
    }
    if (fatal) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      if (e instanceof RangeError && /stack/i.test(e.message)) {
        diagnostics.push(diag(file, Messages.tooDeep, undefined, MAX_DEPTH));
      } else if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) {
        diagnostics.push(diag(file, Messages.aliasLimit, undefined));
      } else {
        diagnostics.push(diag(file, Messages.yamlSyntax, undefined, e instanceof Error ? firstLine(e.message) : String(e)));
      }
      return;
    }
    if (value === null || value === undefined) {
      // An empty document between separators is common (a trailing `---`); only a file with no content at all is reported.
      if (docs.length === 1) diagnostics.push(diag(file, Messages.emptyDocument, undefined));
      return;
    }
    const sd = new YamlSourceDocument(file, text, lineMap, format, index, value, PositionIndex.of(doc.contents));
    if (options.kind) sd.kind = options.kind;
    documents.push(sd);
  });
  return { documents, diagnostics };
}

/** A JSON string, and whether a colon follows it (then it is an object key). */
const JSON_STRING = /"(?:[^"\\]|\\.)*"(\s*:)?/g;

/**
 * The number of object keys written in valid JSON text (exported for tests). Outside strings valid JSON has no `"`,
 * so matching string after string from the start finds every string, and a string followed by
 * a colon is a key.
 */
/** @internal */
export function jsonKeysInText(text: string): number {
  let n = 0;
  JSON_STRING.lastIndex = 0;
  for (let m = JSON_STRING.exec(text); m; m = JSON_STRING.exec(text)) if (m[1] !== undefined) n++;
  return n;
}

/** The number of object keys in a parsed JSON value (fewer than in its text when a key was repeated). @internal */
export function keysInValue(root: unknown): number {
  let n = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else {
      for (const k in v) {
        n++;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return n;
}

/** The positions of a valid JSON text (parsed as YAML, whose flow syntax JSON is). */
function jsonPositions(text: string): PositionIndex {
  const doc = parseAllDocuments(text, { prettyErrors: false, strict: true });
  const first = Array.isArray(doc) ? doc[0] : undefined;
  return PositionIndex.of(first?.contents);
}

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * Offsets in `text` of each character of a scalar's decoded value, when the scalar's source can
 * be decoded character by character (block literals, plain, single- and double-quoted without
 * line folding). Returns undefined when it cannot be mapped exactly.
 */
export function scalarOffsetMap(text: string, start: number, end: number, value: string): number[] | undefined {
  const src = text.slice(start, end);
  const map: number[] = [];
  let out = '';
  const first = src[0];
  if (first === '"' || first === "'") {
    for (let i = 1; i < src.length - 1; i++) {
      const c = src[i]!;
      if (first === '"' && c === '\\') {
        const n = src[i + 1];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', '0': '\0' };
        if (n !== undefined && n in simple) {
          map.push(start + i);
          out += simple[n];
          i++;
          continue;
        }
        if (n === 'u') {
          map.push(start + i);
          out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 5;
          continue;
        }
        return undefined;
      }
      if (first === "'" && c === "'" && src[i + 1] === "'") {
        map.push(start + i);
        out += "'";
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') return undefined;
      map.push(start + i);
      out += c;
    }
  } else if (first === '|' || first === '>') {
    if (first === '>') return undefined;
    const lines = src.split('\n');
    let offset = start + lines[0]!.length + 1;
    let indent = -1;
    for (let li = 1; li < lines.length; li++) {
      const line = lines[li]!;
      if (indent < 0 && line.trim() !== '') indent = line.length - line.trimStart().length;
      const cut = Math.min(indent < 0 ? line.length : indent, line.length);
      for (let k = cut; k < line.length; k++) {
        map.push(offset + k);
        out += line[k];
      }
      map.push(offset + line.length);
      out += '\n';
      offset += line.length + 1;
    }
  } else {
    for (let i = 0; i < src.length; i++) {
      if (src[i] === '\n') return undefined;
      map.push(start + i);
      out += src[i];
    }
  }
  // Trailing newlines differ by chomping; compare without them.
  const a = out.replace(/\n+$/, '');
  const b = value.replace(/\n+$/, '');
  if (a !== b) return undefined;
  while (map.length < value.length) map.push(map.length > 0 ? map[map.length - 1]! + 1 : start);
  return map;
}

/** The outer offset of inner offset `off`; past the end, one past the last mapped character. */
function outerOffset(map: number[], off: number): number {
  if (map.length === 0) return 0;
  if (off < map.length) return map[Math.max(0, off)]!;
  return map[map.length - 1]! + 1;
}

/** A document parsed out of a string value inside another document (a cloud endpoint's `traffic_policy`). */
class EmbeddedSourceDocument implements SourceDocument {
  kind: DocumentKind;
  readonly editable = false;
  readonly index: number;
  readonly file: string;
  readonly text: string;
  readonly lineMap: LineMap;
  constructor(
    private readonly outer: SourceDocument,
    private readonly outerPath: Path,
    private readonly inner: SourceDocument,
    private readonly mapOf: () => number[] | undefined,
  ) {
    this.kind = inner.kind;
    this.index = outer.index;
    this.file = outer.file;
    this.text = outer.text;
    this.lineMap = outer.lineMap;
  }
  get format() {
    return this.inner.format;
  }
  get value() {
    return this.inner.value;
  }
  span(path: Path, part?: LocatePart): { start: number; end: number } | undefined {
    const map = this.mapOf();
    if (!map) return undefined;
    const s = this.inner.span(path, part);
    if (!s) return undefined;
    return { start: outerOffset(map, s.start), end: outerOffset(map, s.end) };
  }
  locate(path: Path, part?: LocatePart): Range {
    const map = this.mapOf();
    if (!map) return this.outer.locate(this.outerPath);
    const r = this.inner.locate(path, part);
    return this.outer.lineMap.range(outerOffset(map, r.start.offset), outerOffset(map, r.end.offset));
  }
}

/**
 * Parses a string value (for example a cloud endpoint's `traffic_policy` text) as its own
 * YAML/JSON document, with positions mapped back into the outer file where the string's
 * source allows it, and to the string itself otherwise.
 */
export function loadEmbedded(outer: SourceDocument, path: Path, kind: DocumentKind = 'traffic-policy'): LoadResult {
  const value = getAt(outer.value, path);
  if (typeof value !== 'string') return { documents: [], diagnostics: [] };
  // The string's own content decides YAML or JSON (a .json body may carry a YAML policy string).
  const first = value.trimStart()[0];
  const inner = loadText(outer.file, value, { kind, format: first === '{' || first === '[' ? 'json' : 'yaml' });
  // Where each character of the string sits in the outer file: worked out when first needed.
  let map: number[] | undefined | null = null;
  const mapOf = (): number[] | undefined => {
    if (map === null) {
      const sp = outer.span(path);
      map = sp && outer.editable ? scalarOffsetMap(outer.text, sp.start, sp.end, value) : undefined;
    }
    return map;
  };
  const diagnostics = inner.diagnostics.map((d) => {
    const map = mapOf();
    const range = map ? outer.lineMap.range(outerOffset(map, d.range.start.offset), outerOffset(map, d.range.end.offset)) : outer.locate(path);
    const code = d.code === Messages.yamlSyntax.code || d.code === Messages.jsonSyntax.code ? Messages.embeddedPolicySyntax.code : d.code;
    const message = code === Messages.embeddedPolicySyntax.code ? formatMessage(Messages.embeddedPolicySyntax.template, [d.message.replace(/^(YAML|JSON) syntax error: /, '')]) : d.message;
    return createDiagnostic({ code, severity: d.severity, message, file: outer.file, range });
  });
  return { documents: inner.documents.map((doc) => new EmbeddedSourceDocument(outer, path, doc, mapOf)), diagnostics };
}

/** Reads the value at a path of a plain value (undefined when absent). */
export function getAt(value: unknown, path: Path): unknown {
  let v: unknown = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

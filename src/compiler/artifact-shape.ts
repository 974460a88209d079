/**
 * The shape of a compiled cloud endpoint or agent config: everything a lint rule marked
 * `documentLocal` may read of it (src/rules/rule.ts), and nothing else. Two artifacts of one shape
 * get the same findings from such a rule, so `tpc compile`'s self-check runs those rules once per
 * shape of a fleet, not once per site (src/compiler/self-check.ts). Agent configs: see
 * {@link ArtifactShapes.agentConfig}.
 *
 * The shape keeps the body's fields except `description` and `metadata` (free text naming the
 * site), of the URL only its scheme and whether the host is `*.internal` (a reserved TCP address
 * differs per site in its port), and the whole policy, in which only the host of each
 * `forward-internal` target is left out. A URL whose host part holds anything but letters,
 * digits, dots, dashes and underscores (an interpolation `${…}`, a placeholder) is kept whole.
 *
 * Shapes are numbers: every value gets the number of the path its parts take through a trie
 * (an object: its keys and its values' numbers in order; an array: its items' numbers), so equal
 * values get equal numbers and no text is built. Frozen values (src/ngrok/immutable.ts: the
 * actions and rules a fleet shares between its sites) are numbered once each.
 * @internal
 */

import { isImmutable } from '../ngrok/immutable.js';
import type { AgentConfig } from '../ngrok/types.js';
import type { CloudEndpointArtifact } from './types.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Body fields that are free text about the site; `documentLocal` rules never read them. */
const FREE_TEXT: ReadonlySet<string> = new Set(['description', 'metadata']);
const notFreeText = (key: string): boolean => !FREE_TEXT.has(key);
const all = (): boolean => true;

/** `scheme://`, host, then the rest (`:port/path?query`); and the same without a scheme. */
const WITH_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([A-Za-z0-9._-]*)((?:[:/?#][^]*)?)$/;
const NO_SCHEME = /^()([A-Za-z0-9._-]*)((?:[:/?#][^]*)?)$/;

/**
 * A URL with its host replaced by `*` (`*.internal` for an internal host), and with `keepRest`
 * false its port and path dropped too; a URL that is not a plain `scheme://host…` as it is.
 */
export function withoutHost(url: string, keepRest = true): string {
  const m = (url.includes('://') ? WITH_SCHEME : NO_SCHEME).exec(url);
  if (!m || m[2] === '' || /\s/.test(url) || url.includes('${')) return url;
  const host = m[2]!.toLowerCase();
  const internal = host === 'internal' || host.endsWith('.internal');
  return `${m[1]}${internal ? '*.internal' : '*'}${keepRest ? m[3] : ''}`;
}

/** A trie node: its number, and the nodes one more part away (by a key, or by a value's number). */
interface Node {
  readonly n: number;
  next: Map<string | number, Node> | undefined;
}

/**
 * Numbers the shapes of artifacts for one compilation (the self-check's): equal shapes get equal
 * numbers, different shapes different ones.
 */
export class ArtifactShapes {
  private count = 0;
  private readonly objects = this.node();
  private readonly arrays = this.node();
  private readonly endpoints = this.node();
  private readonly agents = this.node();
  /** Numbers of primitive values (by type, so that `1` and `'1'` differ). */
  private readonly strings = new Map<string, number>();
  private readonly others = new Map<unknown, number>();
  private readonly frozen = new WeakMap<object, number>();

  private node(): Node {
    return { n: this.count++, next: undefined };
  }

  private step(from: Node, part: string | number): Node {
    const next = (from.next ??= new Map());
    let to = next.get(part);
    if (to === undefined) {
      to = this.node();
      next.set(part, to);
    }
    return to;
  }

  private string(s: string): number {
    let n = this.strings.get(s);
    if (n === undefined) this.strings.set(s, (n = this.count++));
    return n;
  }

  /** The number of a JSON value, `forward-internal` hosts left out. */
  private value(v: unknown): number {
    if (typeof v === 'string') return this.string(v);
    if (v === null || typeof v !== 'object') {
      let n = this.others.get(v);
      if (n === undefined) this.others.set(v, (n = this.count++));
      return n;
    }
    if (!isImmutable(v)) return this.structure(v);
    let n = this.frozen.get(v);
    if (n === undefined) this.frozen.set(v, (n = this.structure(v)));
    return n;
  }

  private structure(v: object): number {
    if (Array.isArray(v)) {
      let at = this.arrays;
      for (const x of v as unknown[]) at = this.step(at, this.value(x));
      return at.n;
    }
    const o = v as Record<string, unknown>;
    const forward = o['type'] === 'forward-internal';
    let at = this.objects;
    for (const k of Object.keys(o)) {
      const x = o[k];
      // Of a forward-internal target, all but the host.
      at = this.step(this.step(at, k), forward && k === 'config' && isPlainObject(x) ? this.fields(x, all, this.targetUrl) : this.value(x));
    }
    return at.n;
  }

  /**
   * The shape of a compiled agent config: all of it but `agent.metadata` and its endpoints'
   * `description` and `metadata` (free text naming the site), and of each endpoint's URL only the
   * scheme and whether the host is `*.internal`; with the file it is located in.
   */
  agentConfig(config: AgentConfig, file: string): number {
    const v = config as unknown as Record<string, unknown>;
    let at = this.step(this.agents, this.string(file));
    for (const k of Object.keys(v)) {
      const x = v[k];
      at = this.step(at, k);
      if (k === 'agent' && isPlainObject(x)) at = this.step(at, this.fields(x, (key) => key !== 'metadata'));
      else if (k === 'endpoints' && Array.isArray(x)) {
        let list = this.arrays;
        for (const ep of x as unknown[]) {
          list = this.step(list, isPlainObject(ep) ? this.fields(ep, notFreeText, this.ownUrl) : this.value(ep));
        }
        at = this.step(at, list.n);
      } else at = this.step(at, this.value(x));
    }
    return at.n;
  }

  /** The number of an object's fields that `keep` keeps, each valued by `special` when it answers, else as a value. */
  private fields(o: Record<string, unknown>, keep: (key: string) => boolean, special?: (key: string, v: unknown) => number | undefined): number {
    let at = this.objects;
    for (const k of Object.keys(o)) {
      if (!keep(k)) continue;
      at = this.step(this.step(at, k), special?.(k, o[k]) ?? this.value(o[k]));
    }
    return at.n;
  }

  /**
   * The shape of a compiled cloud endpoint (see the module comment), with the file it is located
   * in (rules may judge a `.tpc` file's output differently from a hand-written file).
   */
  endpoint(ep: CloudEndpointArtifact, file: string): number {
    const body = ep.desired.body as unknown as Record<string, unknown>;
    const fields = this.fields(body, (key) => notFreeText(key) && key !== 'traffic_policy', this.ownUrl);
    return this.step(this.step(this.step(this.endpoints, this.string(file)), fields), this.value(ep.policy)).n;
  }

  /** An endpoint's own URL: only the scheme and internal-ness count (a reserved TCP address differs per site in its port). */
  private readonly ownUrl = (key: string, v: unknown): number | undefined => (key === 'url' && typeof v === 'string' ? this.string(withoutHost(v, false)) : undefined);
  /** A forward-internal target: all but the host. */
  private readonly targetUrl = (key: string, v: unknown): number | undefined => (key === 'url' && typeof v === 'string' ? this.string(withoutHost(v)) : undefined);
}

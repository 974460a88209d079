/**
 * The shape of a compiled cloud endpoint: everything a lint rule marked `endpointLocal` may read
 * of it (src/rules/rule.ts), and nothing else. Two endpoints of one shape get the same findings
 * from such a rule, so `tpc compile`'s self-check runs those rules once per shape of a fleet, not
 * once per site (src/compiler/self-check.ts).
 *
 * The shape keeps the body's fields except `description` and `metadata` (free text naming the
 * site), the URL without its host (scheme, `.internal` or not, port, path), and the whole policy,
 * in which only the host of each `forward-internal` target is left out. A URL whose host part
 * holds anything but letters, digits, dots, dashes and underscores (an interpolation `${…}`, a
 * placeholder) is kept whole.
 *
 * Frozen values (src/ngrok/immutable.ts: the actions and rules a fleet shares between its sites)
 * are described once each and then stand for a number, so the shape of an endpoint whose policy
 * is mostly shared is a short string.
 * @internal
 */

import { isImmutable } from '../ngrok/immutable.js';
import type { CloudEndpointArtifact } from './types.js';

/** Body fields that are free text about the site; `endpointLocal` rules never read them. */
const FREE_TEXT: ReadonlySet<string> = new Set(['description', 'metadata']);

/** `scheme://`, host, then the rest (`:port/path?query`); and the same without a scheme. */
const WITH_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([A-Za-z0-9._-]*)((?:[:/?#][^]*)?)$/;
const NO_SCHEME = /^()([A-Za-z0-9._-]*)((?:[:/?#][^]*)?)$/;

/** A URL with its host replaced by `*` (`*.internal` for an internal host); others as they are. */
export function withoutHost(url: string): string {
  const m = (url.includes('://') ? WITH_SCHEME : NO_SCHEME).exec(url);
  if (!m || m[2] === '' || /\s/.test(url) || url.includes('${')) return url;
  const host = m[2]!.toLowerCase();
  const internal = host === 'internal' || host.endsWith('.internal');
  return `${m[1]}${internal ? '*.internal' : '*'}${m[3]}`;
}

/**
 * Numbers for the descriptions of frozen values (a description is computed once per value). A
 * number is never given twice, so a description cleared from the map is only numbered anew.
 */
const numbers = new Map<string, number>();
const described = new WeakMap<object, string>();
let next = 0;
/** Past this many distinct descriptions the map starts again (it only saves work). */
const MAX_NUMBERS = 100_000;

/** Description of a JSON value, `forward-internal` hosts left out. */
function describe(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (!isImmutable(v)) return structure(v);
  let d = described.get(v);
  if (d === undefined) {
    const full = structure(v);
    let n = numbers.get(full);
    if (n === undefined) {
      if (numbers.size >= MAX_NUMBERS) numbers.clear();
      n = next++;
      numbers.set(full, n);
    }
    d = `#${n}`;
    described.set(v, d);
  }
  return d;
}

function structure(v: object): string {
  if (Array.isArray(v)) return `[${v.map(describe).join(',')}]`;
  const o = v as Record<string, unknown>;
  const forward = o['type'] === 'forward-internal';
  const parts: string[] = [];
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (forward && k === 'config' && x !== null && typeof x === 'object' && !Array.isArray(x)) {
      const c = x as Record<string, unknown>;
      parts.push(`${JSON.stringify(k)}:{${Object.keys(c).map((ck) => `${JSON.stringify(ck)}:${ck === 'url' && typeof c[ck] === 'string' ? JSON.stringify(withoutHost(c[ck])) : describe(c[ck])}`).join(',')}}`);
    } else {
      parts.push(`${JSON.stringify(k)}:${describe(x)}`);
    }
  }
  return `{${parts.join(',')}}`;
}

/**
 * The shape of a compiled cloud endpoint (see the module comment), with the file it is located in
 * (rules may judge a `.tpc` file's output differently from a hand-written file).
 */
export function endpointShape(ep: CloudEndpointArtifact, file: string): string {
  const body = ep.desired.body as unknown as Record<string, unknown>;
  const parts: string[] = [JSON.stringify(file)];
  for (const k of Object.keys(body)) {
    if (FREE_TEXT.has(k) || k === 'traffic_policy') continue;
    const x = body[k];
    parts.push(`${JSON.stringify(k)}:${k === 'url' && typeof x === 'string' ? JSON.stringify(withoutHost(x)) : describe(x)}`);
  }
  parts.push(`policy:${describe(ep.policy)}`);
  return parts.join('\0');
}

/**
 * Certificate authorities as the simulator compares them. A CA is written in a policy as PEM
 * text or an uploaded CA id (`ca_…`); a request names the CA of its client certificate by a
 * name the world maps to one of those, by PEM text, by id, or by fingerprint. Two references
 * are the same CA when their fingerprints (SHA-256 of the DER bytes) or ids are equal.
 */

import { createHash } from 'node:crypto';

/** What identifies one CA reference. */
export interface CaIdentity {
  fingerprints: string[];
  id?: string;
  /** A plain name that is none of the above (only equal to the same name). */
  name?: string;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/** `sha256:<hex>` of each certificate in a PEM text (several for a bundle). */
export function pemFingerprints(pem: string): string[] {
  const out: string[] = [];
  for (const m of pem.matchAll(PEM_BLOCK)) {
    const b64 = m[1]!.replace(/[^A-Za-z0-9+/=]/g, '');
    const der = Buffer.from(b64, 'base64');
    if (der.length > 0) out.push(`sha256:${createHash('sha256').update(der).digest('hex')}`);
  }
  return out;
}

/** True when the text holds a PEM certificate. */
export function isPem(s: string): boolean {
  return s.includes('-----BEGIN CERTIFICATE-----');
}

/** True for an uploaded CA id. */
export function isCaId(s: string): boolean {
  return /^ca_[A-Za-z0-9]+$/.test(s.trim());
}

const cache = new Map<string, CaIdentity>();

/**
 * The identity of a CA reference. `names` maps names to PEM text or ids (one level, as in
 * `World.certificateAuthorities`).
 */
export function caIdentity(ref: string, names?: Readonly<Record<string, string>>): CaIdentity {
  const mapped = names && Object.prototype.hasOwnProperty.call(names, ref) ? names[ref]! : undefined;
  const value = mapped ?? ref;
  let hit = cache.get(value);
  if (!hit) {
    if (isPem(value)) hit = { fingerprints: pemFingerprints(value) };
    else if (isCaId(value)) hit = { fingerprints: [], id: value.trim() };
    else if (/^sha256:[0-9a-fA-F]{64}$/.test(value.trim())) hit = { fingerprints: [value.trim().toLowerCase()] };
    else hit = { fingerprints: [], name: value };
    if (cache.size > 1000) cache.clear();
    cache.set(value, hit);
  }
  return hit;
}

/** Whether two CA identities are the same CA: `true`, `false`, or `undefined` when they cannot be compared. */
export function sameCa(a: CaIdentity, b: CaIdentity): boolean | undefined {
  if (a.fingerprints.length > 0 && b.fingerprints.length > 0) return a.fingerprints.some((f) => b.fingerprints.includes(f));
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if (a.name !== undefined && b.name !== undefined) return a.name === b.name;
  // A PEM against an id (or a name against either): the same CA may hide behind both.
  return undefined;
}

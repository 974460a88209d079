/**
 * IP and CIDR helpers behind `inCidrRange`, `inCidrRanges` and `isPrivateIp`, on ipaddr.js.
 *
 * Parsing follows Go's `net` package, which ngrok's runtime is written in: IPv4 only in
 * dotted four-part decimal form without leading zeros, IPv6 without a zone. An IPv4-mapped
 * IPv6 address (`::ffff:10.0.0.1`) is matched as the IPv4 address it carries, like Go's
 * `net.IPNet.Contains` does (ngrok's exact behaviour is unverified).
 */

import * as ipaddrNamespace from 'ipaddr.js';

// ipaddr.js is CommonJS (`export =`): at run time Node and esbuild put it on `default`.
const ipaddr = (ipaddrNamespace as unknown as { default?: typeof ipaddrNamespace }).default ?? ipaddrNamespace;
type IPv4 = ipaddrNamespace.IPv4;
type IPv6 = ipaddrNamespace.IPv6;
type Address = IPv4 | IPv6;

function validEmbeddedV4(s: string): boolean {
  if (!s.includes('.')) return true;
  const tail = s.slice(s.lastIndexOf(':') + 1);
  return ipaddr.IPv4.isValidFourPartDecimal(tail);
}

/** Parses an IP address; undefined when it is not one. IPv4-mapped IPv6 becomes IPv4. */
export function parseIp(s: string): Address | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined;
  if (ipaddr.IPv4.isValidFourPartDecimal(s)) return ipaddr.IPv4.parse(s);
  if (!s.includes('%') && ipaddr.IPv6.isValid(s) && validEmbeddedV4(s)) {
    const a = ipaddr.IPv6.parse(s);
    return a.isIPv4MappedAddress() ? a.toIPv4Address() : a;
  }
  return undefined;
}

/** Parses `addr/bits`; undefined when it is not a valid CIDR range. Host bits may be set. */
export function parseCidr(s: string): [Address, number] | undefined {
  if (typeof s !== 'string' || s.length > 64) return undefined;
  const slash = s.lastIndexOf('/');
  if (slash < 0) return undefined;
  const ip = s.slice(0, slash);
  const bitsText = s.slice(slash + 1);
  if (!/^(0|[1-9][0-9]{0,2})$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (ipaddr.IPv4.isValidFourPartDecimal(ip)) return bits <= 32 ? [ipaddr.IPv4.parse(ip), bits] : undefined;
  if (!ip.includes('%') && ipaddr.IPv6.isValid(ip) && validEmbeddedV4(ip)) return bits <= 128 ? [ipaddr.IPv6.parse(ip), bits] : undefined;
  return undefined;
}

const ipCache = new Map<string, Address | null>();

function cachedIp(s: string): Address | undefined {
  let a = ipCache.get(s);
  if (a === undefined) {
    a = parseIp(s) ?? null;
    if (ipCache.size > 10_000) ipCache.clear();
    ipCache.set(s, a);
  }
  return a ?? undefined;
}

const cidrCache = new Map<string, [Address, number] | null>();

function cachedCidr(s: string): [Address, number] | undefined {
  let c = cidrCache.get(s);
  if (c === undefined) {
    c = parseCidr(s) ?? null;
    if (cidrCache.size > 10_000) cidrCache.clear();
    cidrCache.set(s, c);
  }
  return c ?? undefined;
}

function contains(addr: Address, cidr: [Address, number]): boolean {
  if (addr.kind() !== cidr[0].kind()) return false;
  return (addr as IPv4).match(cidr as [IPv4, number]);
}

/** `inCidrRange(ip, cidr)`: false for an invalid IP or range. */
export function inCidrRange(ip: string, cidr: string): boolean {
  const addr = cachedIp(ip);
  const range = cachedCidr(cidr);
  return addr !== undefined && range !== undefined && contains(addr, range);
}

/** `inCidrRanges(ip, cidrs)`: invalid ranges (and non-strings) are ignored. */
export function inCidrRanges(ip: string, cidrs: readonly unknown[]): boolean {
  const addr = cachedIp(ip);
  if (addr === undefined) return false;
  for (const c of cidrs) {
    if (typeof c !== 'string') continue;
    const range = cachedCidr(c);
    if (range !== undefined && contains(addr, range)) return true;
  }
  return false;
}

const PRIVATE_V4: [IPv4, number][] = [
  [ipaddr.IPv4.parse('10.0.0.0'), 8],
  [ipaddr.IPv4.parse('172.16.0.0'), 12],
  [ipaddr.IPv4.parse('192.168.0.0'), 16],
];

/** `s.isPrivateIp()`: true for RFC 1918 IPv4 addresses only (reference §3.3). */
export function isPrivateIp(s: string): boolean {
  const a = parseIp(s);
  if (a === undefined || a.kind() !== 'ipv4') return false;
  return PRIVATE_V4.some((r) => (a as IPv4).match(r));
}

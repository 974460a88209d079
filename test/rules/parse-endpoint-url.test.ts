/**
 * parseEndpointUrl (src/rules/workspace.ts) against its earlier, plainer definition: the rewrite
 * that allocates less must read every string the same way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEndpointUrl } from '../../src/rules/workspace.js';

/** The definition before the rewrite. */
function reference(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(s);
  let scheme: string | undefined;
  let rest = s;
  let explicitScheme = false;
  if (m) {
    const sch = m[1]!.toLowerCase();
    scheme = ['http', 'https', 'tcp', 'tls'].find((x) => x === sch);
    rest = m[2]!;
    explicitScheme = true;
    if (!scheme) return { raw, explicitScheme };
  } else {
    scheme = 'https';
  }
  const hostPort = rest.split(/[/?#]/)[0] ?? '';
  let host = hostPort;
  let port: number | undefined;
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
  if (v6) {
    host = v6[1]!;
    port = v6[2] ? Number(v6[2]) : undefined;
  } else {
    const i = hostPort.lastIndexOf(':');
    if (i >= 0 && /^\d+$/.test(hostPort.slice(i + 1))) {
      host = hostPort.slice(0, i);
      port = Number(hostPort.slice(i + 1));
    }
  }
  const url: Record<string, unknown> = { raw, scheme, explicitScheme };
  if (host) url['host'] = host.toLowerCase();
  if (port !== undefined) url['port'] = port;
  return url;
}

const piece = fc.constantFrom('https', 'HTTP', 'tcp', 'tls', 'ftp', 'x+y', '://', ':', '//', '/', '?', '#', '[', ']', '::1', 'a.example', 'API.internal', '*.x', '443', '8080', '-1', ' ', '\n', '\r', '\u2028', '@', 'user', '%20', '0');
const urlish = fc.oneof(fc.string(), fc.array(piece, { maxLength: 10 }).map((p) => p.join('')));

describe('parseEndpointUrl', () => {
  it('reads every string as its earlier definition did (property)', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, fc.anything()), (raw) => {
        expect(parseEndpointUrl(raw)).toEqual(reference(raw));
      }),
      { numRuns: 2000 },
    );
  });

  it('cases', () => {
    for (const raw of ['https://API.Example:443/x', 'tcp://1.tcp.ngrok.io:12345', 'tls://[::1]:8443', 'http://a\nb', 'ftp://x', 'a.example', ' https://a.example ', 'https://a\u2028b', '']) {
      expect(parseEndpointUrl(raw)).toEqual(reference(raw));
    }
  });
});

/**
 * The schema files themselves and the committed generated validators.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateValidatorModules, OUTPUTS, SCHEMAS } from '../../scripts/build-validators.mjs';
import { SCHEMA_FILES, validateSchema } from '../../src/ngrok/schema.js';
import { tpcFormats } from '../../src/ngrok/validators.generated.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const readJson = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(`${repoRoot}${rel}`, 'utf8')) as Record<string, unknown>;

describe('generated validators', () => {
  const generated = generateValidatorModules();

  it('generates one module per validator', () => {
    expect(Object.keys(generated).sort()).toEqual(Object.values(OUTPUTS).sort());
  });

  it.each(Object.values(OUTPUTS))('%s is up to date with schemas/ (run node scripts/build-validators.mjs)', (file) => {
    const committed = readFileSync(`${repoRoot}${file}`, 'utf8');
    expect(committed === generated[file]).toBe(true);
  });

  it.each(Object.values(OUTPUTS))('%s carries the do-not-edit banner naming the script', (file) => {
    const committed = readFileSync(`${repoRoot}${file}`, 'utf8');
    expect(committed.split('\n')[0]).toBe('// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`');
  });

  it('the agent-config and cloud-endpoint modules import only from the Traffic Policy module (and ajv\'s runtime)', () => {
    for (const [name, file] of Object.entries(OUTPUTS)) {
      const imports = [...generated[file]!.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]).filter((i) => !i!.startsWith('ajv/dist/runtime/'));
      expect(imports).toEqual(name === 'validateTrafficPolicy' ? ['ipaddr.js', './immutable.js'] : ['./validators.generated.js']);
      expect(generated[file]).not.toContain('require(');
    }
  });

  it('compiles the same files SCHEMA_FILES names', () => {
    expect(Object.values(SCHEMAS).sort()).toEqual(Object.values(SCHEMA_FILES).sort());
  });
});

describe.each(Object.entries(SCHEMA_FILES))('%s schema file', (kind, file) => {
  const schema = readJson(file);

  it('is draft 2020-12 with an $id under traffic-policy-compiler.dev and a title', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://traffic-policy-compiler.dev/schemas/${kind}.schema.json`);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
  });

  it('describes every property (editors show it as help)', () => {
    const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
    const missing: string[] = [];
    const hasDescription = (s: unknown): boolean => {
      if (s === true) return true;
      if (typeof s !== 'object' || s === null) return false;
      const o = s as Record<string, unknown>;
      if (typeof o.description === 'string') return true;
      const ref = typeof o.$ref === 'string' ? o.$ref : '';
      if (ref.startsWith('#/$defs/')) return hasDescription(defs[ref.slice('#/$defs/'.length)]);
      return ref.endsWith('.schema.json');
    };
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [k, v] of Object.entries(node)) {
        if (k === 'if') continue; // conditions, not documentation
        if (k === 'properties' && typeof v === 'object' && v !== null) {
          for (const [name, sub] of Object.entries(v)) if (!hasDescription(sub)) missing.push(`${where}/properties/${name}`);
        }
        walk(v, `${where}/${k}`);
      }
    };
    walk(schema, '#');
    // Dispatch branches (`then: { properties: { config: { $ref } } }`) are described through their $ref.
    expect(missing).toEqual([]);
  });
});

describe('custom formats', () => {
  const cidr = tpcFormats['cidr-or-ip']!;
  it.each([
    ['203.0.113.0/24', true],
    ['203.0.113.7', true],
    ['0.0.0.0/0', true],
    ['2001:db8::/32', true],
    ['::/0', true],
    ['fe80::1', true],
    ['10.0.0.1/24', true], // host bits set: the cidr lint rule's business
    ['${vars.office}', true],
    ['$TRUSTED_IP/32', true], // placeholder
    ['YOUR_IP', true], // placeholder
    ['203.0.113.0/33', false],
    ['::1/129', false],
    ['10.0.0.256', false],
    ['1.2.3', false],
    ['1.2.3.4/', false],
    ['1.2.3.4/x', true], // not IP-shaped: placeholder-like, left to the cidr rule
    ['010.1.2.3', false], // octal-looking octets are not four-part decimal
  ])('cidr-or-ip %s -> %s', (v, ok) => {
    expect(cidr(v)).toBe(ok);
  });

  it.each([
    ['duration-1s-2m', '1s', true],
    ['duration-1s-2m', '2m', true],
    ['duration-1s-2m', '1m30s', true],
    ['duration-1s-2m', '500ms', false],
    ['duration-1s-2m', '2m1s', false],
    ['duration-1s-2m', 'soon', true], // not a duration: the pattern reports it
    ['duration-1s-30s', '30s', true],
    ['duration-1s-30s', '30.5s', false],
    ['rate-limit-window', '60s', true],
    ['rate-limit-window', '1m30s', true],
    ['rate-limit-window', '24h', true],
    ['rate-limit-window', '65s', false],
    ['rate-limit-window', '50s', false],
    ['rate-limit-window', '24h10s', false],
    ['rate-limit-window', '${vars.window}', true],
  ])('%s %s -> %s', (format, v, ok) => {
    expect(tpcFormats[format]!(v)).toBe(ok);
  });
});

describe('length checks in the generated validators (decided by .length where that suffices)', () => {
  // The committed validators count code points only when `.length` cannot decide (see
  // lengthChecks() in scripts/build-validators.mjs); their verdicts must equal ajv's own code,
  // which counts every time. Strings of astral characters (two UTF-16 units each) sit on both
  // sides of every limit.
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false });
  const props = readJson('schemas/cloud-endpoint.schema.json').properties as Record<string, object>;
  const reference = ajv.compile({ type: 'object', properties: { description: props['description'], url: props['url'] } });
  const body = (description: string, url: string) => ({ type: 'cloud', url, description, traffic_policy: { on_http_request: [{ actions: [{ type: 'deny' }] }] } });
  const rejects = (v: unknown, path: string) => validateSchema('cloud-endpoint', v).some((i) => i.path.join('/') === path);
  const char = fc.oneof(fc.constantFrom('a', 'é', '😀', '\u{10FFFF}'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
  const around = (n: number) => fc.array(char, { minLength: Math.max(0, n - 3), maxLength: n + 3 }).map((cs) => cs.join(''));

  it('maxLength: 255 code points, not 255 UTF-16 units (property)', () => {
    fc.assert(
      fc.property(fc.oneof(around(128), around(255), around(256)), (description) => {
        expect(rejects(body(description, 'https://a.example'), 'description')).toBe(!reference({ description }));
      }),
    );
  });

  it('minLength: 1 rejects only the empty string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(''), around(1), around(3)), (url) => {
        expect(rejects(body('d', url), 'url')).toBe(!reference({ url }));
      }),
    );
  });

  it('cases at the limit', () => {
    const emoji = (n: number) => '😀'.repeat(n);
    expect(rejects(body(emoji(255), 'https://a.example'), 'description')).toBe(false); // 510 units, 255 code points
    expect(rejects(body(emoji(256), 'https://a.example'), 'description')).toBe(true);
    expect(rejects(body('x'.repeat(256), 'https://a.example'), 'description')).toBe(true);
    expect(rejects(body('d', ''), 'url')).toBe(true);
  });
});

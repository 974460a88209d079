/**
 * The schema files themselves and the committed generated validators.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generateValidatorModules, OUTPUTS, SCHEMAS } from '../../scripts/build-validators.mjs';
import { SCHEMA_FILES } from '../../src/ngrok/schema.js';
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

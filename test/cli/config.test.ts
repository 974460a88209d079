/**
 * The hand-written config check agrees with schemas/tpc-config.schema.json (compiled here
 * with ajv; the CLI does not compile it, to keep start-up fast), and config search rules.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkConfigShape, loadConfig, nearest } from '../../cli/config.js';
import { repoRoot, tmp } from './helpers.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/tpc-config.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

describe('config shape: hand check = JSON Schema', () => {
  it.each([
    [{}],
    [{ $schema: './node_modules/traffic-policy-compiler/schemas/tpc-config.schema.json' }],
    [{ rules: { 'action-after-terminal': 'error', cidr: 'warn', 'tls-min-version': 'off', x: 'info', y: 'warning' } }],
    [{ ruleOptions: { cidr: { allowPrivate: true } }, baseline: 'tpc-baseline.json', ignore: ['legacy/**', '*.draft.yml'] }],
    [{ rules: { cidr: 'loud' } }],
    [{ rules: { cidr: 2 } }],
    [{ rules: { Cidr: 'off' } }],
    [{ rules: [] }],
    [{ ruleOptions: { cidr: true } }],
    [{ ruleOptions: { cidr: [] } }],
    [{ baseline: '' }],
    [{ baseline: 3 }],
    [{ ignore: 'legacy' }],
    [{ ignore: [''] }],
    [{ ignore: [1] }],
    [{ rule: {} }],
    [{ $schema: 1 }],
    [[]],
    ['rules'],
    [null],
  ])('%j', (value) => {
    const schemaSays = validate(value);
    const handSays = checkConfigShape(value).length === 0;
    expect(handSays).toBe(schemaSays);
  });
});

describe('loadConfig', () => {
  const known = new Set(['cidr', 'action-after-terminal']);
  it('finds the nearest tpc.config.json, preferring it to package.json in the same folder', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(join(dir, 'tpc.config.json'), JSON.stringify({ rules: { cidr: 'off' }, baseline: 'ci/base.json', ignore: ['x'] }));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ tpc: { rules: { cidr: 'error' } } }));
    writeFileSync(join(dir, 'a/package.json'), JSON.stringify({ name: 'no-tpc-key' }));
    const c = await loadConfig(join(dir, 'a/b'), known);
    expect(c).toEqual({ file: join(dir, 'tpc.config.json'), dir, rules: { cidr: 'off' }, ruleOptions: {}, baseline: join(dir, 'ci/base.json'), ignore: ['x'] });
  });

  it('reads the tpc key of package.json; a broken package.json without it is not judged', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ tpc: { rules: { cidr: 'warn' } } }));
    writeFileSync(join(dir, 'sub/package.json'), '{ broken');
    expect((await loadConfig(join(dir, 'sub'), known)).rules).toEqual({ cidr: 'warn' });
  });

  it('reports unknown rule ids with a suggestion', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'tpc.config.json'), JSON.stringify({ ruleOptions: { cdir: {} } }));
    await expect(loadConfig(dir, known)).rejects.toThrow("tpc.config.json: 'ruleOptions.cdir': unknown rule 'cdir' (did you mean 'cidr'?)");
  });

  it('nearest suggests close names only', () => {
    expect(nearest('action-after-terminl', ['action-after-terminal', 'cidr'])).toBe('action-after-terminal');
    expect(nearest('zzzzzz', ['action-after-terminal', 'cidr'])).toBeUndefined();
  });
});

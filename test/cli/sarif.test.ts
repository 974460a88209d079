/**
 * The SARIF printer against the SARIF 2.1.0 schema's rules for every object it emits: required
 * properties, enums, minimums, URI formats, and no properties the schema does not define
 * (the OASIS schema sets additionalProperties: false on all of them). The subset below is
 * written from the spec's schema (sarif-schema-2.1.0.json), one definition per object used.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { LineMap } from '../../src/diagnostics/text.js';
import { sarifLog } from '../../cli/format/sarif.js';
import type { FormatContext } from '../../cli/format/types.js';
import { fixtures, tpc } from './helpers.js';

const closed = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}) });
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
const arrayOf = (name: string, minItems = 0) => ({ type: 'array', minItems, items: ref(name) });
const level = { enum: ['none', 'note', 'warning', 'error'] };

const SARIF_SUBSET = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  ...closed({ $schema: { type: 'string', format: 'uri' }, version: { enum: ['2.1.0'] }, runs: arrayOf('run') }, ['version', 'runs']),
  $defs: {
    run: closed({ tool: ref('tool'), results: arrayOf('result'), originalUriBaseIds: { type: 'object', additionalProperties: ref('artifactLocation') }, columnKind: { enum: ['utf16CodeUnits', 'unicodeCodePoints'] } }, ['tool']),
    tool: closed({ driver: ref('toolComponent') }, ['driver']),
    toolComponent: closed({ name: { type: 'string' }, fullName: { type: 'string' }, version: { type: 'string' }, semanticVersion: { type: 'string' }, informationUri: { type: 'string', format: 'uri' }, rules: { type: 'array', uniqueItems: true, items: ref('reportingDescriptor') } }, ['name']),
    reportingDescriptor: closed(
      { id: { type: 'string' }, name: { type: 'string' }, shortDescription: ref('multiformatMessageString'), fullDescription: ref('multiformatMessageString'), helpUri: { type: 'string', format: 'uri' }, help: ref('multiformatMessageString'), defaultConfiguration: ref('reportingConfiguration'), properties: ref('propertyBag') },
      ['id'],
    ),
    reportingConfiguration: closed({ enabled: { type: 'boolean' }, level, rank: { type: 'number', minimum: -1, maximum: 100 }, parameters: ref('propertyBag'), properties: ref('propertyBag') }),
    multiformatMessageString: closed({ text: { type: 'string' }, markdown: { type: 'string' }, properties: ref('propertyBag') }, ['text']),
    message: closed({ text: { type: 'string' }, markdown: { type: 'string' }, id: { type: 'string' }, arguments: { type: 'array', items: { type: 'string' } }, properties: ref('propertyBag') }),
    result: closed(
      {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        level,
        message: ref('message'),
        locations: arrayOf('location'),
        partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
        relatedLocations: { type: 'array', uniqueItems: true, items: ref('location') },
        fixes: { type: 'array', uniqueItems: true, items: ref('fix') },
        suppressions: { type: 'array', uniqueItems: true, items: ref('suppression') },
        properties: ref('propertyBag'),
      },
      ['message'],
    ),
    location: closed({ id: { type: 'integer', minimum: -1 }, physicalLocation: ref('physicalLocation'), message: ref('message'), properties: ref('propertyBag') }),
    physicalLocation: closed({ artifactLocation: ref('artifactLocation'), region: ref('region'), contextRegion: ref('region'), properties: ref('propertyBag') }),
    artifactLocation: closed({ uri: { type: 'string', format: 'uri-reference' }, uriBaseId: { type: 'string' }, index: { type: 'integer', minimum: -1 }, description: ref('message'), properties: ref('propertyBag') }),
    region: closed({
      startLine: { type: 'integer', minimum: 1 },
      startColumn: { type: 'integer', minimum: 1 },
      endLine: { type: 'integer', minimum: 1 },
      endColumn: { type: 'integer', minimum: 1 },
      charOffset: { type: 'integer', minimum: -1 },
      charLength: { type: 'integer', minimum: 0 },
      snippet: ref('artifactContent'),
      message: ref('message'),
      properties: ref('propertyBag'),
    }),
    fix: closed({ description: ref('message'), artifactChanges: { type: 'array', minItems: 1, uniqueItems: true, items: ref('artifactChange') }, properties: ref('propertyBag') }, ['artifactChanges']),
    artifactChange: closed({ artifactLocation: ref('artifactLocation'), replacements: arrayOf('replacement', 1), properties: ref('propertyBag') }, ['artifactLocation', 'replacements']),
    replacement: closed({ deletedRegion: ref('region'), insertedContent: ref('artifactContent'), properties: ref('propertyBag') }, ['deletedRegion']),
    artifactContent: closed({ text: { type: 'string' }, binary: { type: 'string' }, properties: ref('propertyBag') }),
    suppression: closed({ kind: { enum: ['inSource', 'external'] }, status: { enum: ['accepted', 'underReview', 'rejected'] }, justification: { type: 'string' }, location: ref('location'), properties: ref('propertyBag') }, ['kind']),
    propertyBag: { type: 'object', properties: { tags: { type: 'array', uniqueItems: true, items: { type: 'string' } } } },
  },
};

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(SARIF_SUBSET);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

describe('sarif printer: SARIF 2.1.0 shape', () => {
  it('the schema subset rejects what the spec rejects', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false); // toolComponent.name
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ ruleId: 'x' }] }] })).toBe(false); // result.message
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't', rules: [{ id: 'a', helpUri: 'docs/rules/a.md' }] } } }] })).toBe(false); // helpUri must be absolute
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'm' }, suppressions: [{ justification: 'j' }] }] }] })).toBe(false); // suppression.kind
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 't' } }, results: [{ message: { text: 'm' }, severity: 'error' }] }] })).toBe(false); // unknown property
  });

  it('the CLI output on the fixtures is valid', async () => {
    const r = await tpc(['lint', '-f', 'sarif', 'after-terminal.yml', 'suppressed.yml', 'syntax.yml', 'clean.yml']);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: unknown[]; tool: { driver: { rules: { id: string }[] } } }[] };
    expectValid(log);
    expect(log.runs[0]!.results).toHaveLength(4);
    // Catalogue codes that occur are described too.
    expect(log.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain('TPC0001');
  });

  it('odd cases are valid too: stdin, files outside the working folder, empty ranges, info, several edits', () => {
    const text = 'a: 1\nb: [x, y]\n';
    const lm = new LineMap(text);
    const d = (init: Partial<Diagnostic> & { file: string; start: number; end: number; severity?: Diagnostic['severity'] }): Diagnostic => {
      const out = createDiagnostic({ code: init.code ?? 'some-rule', severity: init.severity ?? 'warning', message: 'Something.', file: init.file, range: lm.range(init.start, init.end) });
      return { ...out, ...(init.fix ? { fix: init.fix } : {}), ...(init.suppressed ? { suppressed: init.suppressed } : {}), ...(init.related ? { related: init.related } : {}) };
    };
    const diagnostics = [
      d({ file: '<stdin>', start: 0, end: 0, severity: 'info' }),
      d({ file: '/elsewhere/dir with space/p.yml', start: 5, end: 14, fix: { description: 'Two edits.', edits: [{ start: 9, end: 10, text: 'z' }, { start: 12, end: 13, text: 'w' }] } }),
      d({ file: 'sub/p.yml', start: 14, end: 14, severity: 'error', code: 'TPC0001', suppressed: { kind: 'baseline', reason: 'known' }, related: [{ message: 'Here.', file: 'other.yml', range: lm.range(0, 1) }] }),
    ];
    const ctx: FormatContext = {
      cwd: fixtures,
      color: false,
      files: ['<stdin>', 'sub/p.yml'],
      sources: new Map([['sub/p.yml', text]]),
      rules: new Map([['some-rule', { id: 'some-rule', description: 'Finds something.', severity: 'warning', helpUri: 'https://example.com/docs/rules/some-rule.md' }]]),
      version: '0.1.0',
    };
    const log = sarifLog(diagnostics, ctx) as { runs: { results: { level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expectValid(log);
    const results = log.runs[0]!.results;
    expect(results.map((x) => [x.level, x.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
      ['note', '%3Cstdin%3E'],
      ['warning', 'file:///elsewhere/dir%20with%20space/p.yml'],
      ['error', 'sub/p.yml'],
    ]);
  });
});

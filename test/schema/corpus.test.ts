/**
 * The published ngrok corpus (../shared/corpus/ngrok-docs) against the schemas.
 *
 * - Files the INDEX does not mark as suspect validate with zero issues — except the
 *   INDEX_MISSES below: published examples that ngrok's own reference says are wrong, which the
 *   INDEX did not flag. Each is listed with its evidence and the issue the schema reports.
 * - Suspect files with a structural defect draw the listed issues (CAUGHT).
 * - Suspect files whose defect the schema cannot or must not see are listed with the reason
 *   (NOT_SCHEMA, plus every file whose only defect is the legacy `content` key) and validate
 *   cleanly: that is asserted too, so a schema change that starts rejecting them is noticed.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateSchema, type SchemaKind } from '../../src/ngrok/schema.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpus = CORPUS_DIR;

interface Row {
  file: string;
  kind: SchemaKind;
  parses: boolean;
  suspect: string;
}

function readIndex(): Row[] {
  const [header, ...lines] = readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8').trimEnd().split('\n');
  const cols = header!.split('\t');
  const col = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`INDEX.tsv has no column ${name}`);
    return i;
  };
  const [file, kind, parses, suspect] = [col('file'), col('kind'), col('parses'), col('suspect')];
  return lines.map((line) => {
    const f = line.split('\t');
    return {
      file: f[file]!,
      kind: f[kind] === 'agent-config' ? 'agent-config' : 'traffic-policy',
      parses: f[parses] === 'yes',
      suspect: f[suspect] ?? '',
    };
  });
}

function load(file: string): unknown {
  return parse(readFileSync(path.join(corpus, file), 'utf8'), { logLevel: 'silent' });
}

type Found = [keyword: string, path: (string | number)[]];

/** Not marked suspect in the INDEX, but wrong according to ngrok's reference. */
const INDEX_MISSES: Record<string, { reason: string; issues: Found[] }> = {
  'agent-configs/0014.yaml': {
    reason: 'upstream url written as an unquoted {placeholder}: YAML reads a mapping, the agent needs a string or port',
    issues: [['type', ['endpoints', 0, 'upstream', 'url']]],
  },
  'agent-configs/0022.yaml': {
    reason: 'endpoints nested under agent: (reference §4.2 and §6.3 call this out; the agent rejects unknown keys)',
    issues: [['additionalProperties', ['agent', 'endpoints']]],
  },
  ...Object.fromEntries(
    (
      [
        ['policies/0040.yaml', 'on_http_request', 0],
        ['policies/0041.yaml', 'on_http_request', 0],
        ['policies/0042.yaml', 'on_http_request', 0],
        ['policies/0072.yaml', 'on_http_request', 2],
        ['policies/0073.yaml', 'on_http_response', 0],
      ] as const
    ).map(([file, phase, rule]) => [
      file,
      {
        reason: "set-vars vars written as a mapping; ngrok rejects it (ERR_NGROK_2252: vars must be a list of maps of exactly size 1)",
        issues: [['type', [phase, rule, 'actions', 0, 'config', 'vars']]] as Found[],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['policies/0409.yaml', 'policies/0410.json'].map((file) => [
      file,
      {
        reason: 'basic-auth credentials written as {username, password} objects; the action takes "username:password" strings',
        issues: [
          ['type', ['on_http_request', 0, 'actions', 0, 'config', 'credentials', 0]],
          ['type', ['on_http_request', 0, 'actions', 0, 'config', 'credentials', 1]],
        ] as Found[],
      },
    ]),
  ),
};

/** Suspect files with a defect the schema reports, and exactly what it reports. */
const CAUGHT: Record<string, Found[]> = {
  'agent-configs/0023.yaml': [
    ['additionalProperties', ['authtoken']],
    ['additionalProperties', ['log_level']],
    ['additionalProperties', ['log']],
  ],
  'agent-configs/0035.yaml': [['additionalProperties', ['examples']]],
  'agent-configs/0040.yaml': [['pattern', ['endpoints', 0, 'url']]],
  'agent-configs/0041.yaml': [
    ['pattern', ['endpoints', 0, 'url']],
    ['type', ['endpoints', 0, 'traffic_policy', 'on_tcp_connect', 0, 'actions', 0, 'config']],
  ],
  'agent-configs/0044.yaml': [['pattern', ['endpoints', 0, 'url']]],
  'policies-extracted/0018.yaml': [['required', ['on_http_request', 0]]],
  'policies-extracted/0019.yaml': [['required', ['on_http_request', 0]]],
  'policies-extracted/0033.yaml': [['type', ['on_http_request']]],
  'policies-extracted/0034.yaml': [['type', ['on_http_response']]],
  'policies-extracted/0035.yaml': [['type', ['on_http_request']]],
  'policies-extracted/0036.yaml': [['type', ['on_http_response']]],
  'policies-extracted/0065.yaml': [['type', ['on_tcp_connect', 0, 'actions', 0, 'config']]],
  'policies-extracted/0067.yaml': [['additionalProperties', ['on_tls_request']]],
  'policies-extracted/0068.yaml': [['additionalProperties', ['on_tls_request']]],
  'policies-extracted/0069.yaml': [['additionalProperties', ['on_http_request', 0, 'actions', 0, 'url']]],
  'policies-extracted/0120.json': [['additionalProperties', ['inbound', 0, 'actions', 0, 'Type']]],
  'policies/0001.yaml': [['required', ['on_http_request', 0]]],
  'policies/0002.yaml': [
    ['required', ['on_http_request', 0]],
    ['required', ['on_http_request', 1]],
  ],
  'policies/0003.yaml': [['required', ['on_http_request', 0]]],
  'policies/0027.yaml': [['type', ['on_http_request']]],
  'policies/0028.yaml': [
    ['type', ['on_http_request']],
    ['type', ['on_http_response']],
  ],
  'policies/0031.yaml': [['additionalProperties', ['on_tcp_connect', 0, 'actions', 0, 'name']]],
  'policies/0063.yaml': [
    ['required', ['on_http_request', 0, 'actions', 0, 'config']],
    ['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'allowed_subdomains']],
    ['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'subdomain']],
  ],
  'policies/0067.yaml': [['additionalProperties', ['on_http_request', 0, 'if']]],
  'policies/0068.yaml': [['additionalProperties', ['on_http_request', 0, 'if']]],
  'policies/0074.yaml': [
    ['required', ['on_http_request', 3]],
    ['type', ['on_http_request', 3, 'expressions', 0]],
  ],
  // The INDEX's YAML 1.1 parser rejects it; YAML 1.2 reads the mis-indented on_error onto the action.
  'policies/0098.yaml': [['additionalProperties', ['on_http_request', 0, 'actions', 0, 'on_error']]],
  'policies/0099.yaml': [['additionalProperties', ['on_http_respons']]],
  'policies/0113.yaml': [
    ['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'rolling_window']],
    ['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'error_threshold_percentage']],
  ],
  'policies/0153.yaml': [['enum', ['on_http_request', 0, 'actions', 0, 'type']]],
  'policies/0154.yaml': [['enum', ['on_http_request', 0, 'actions', 0, 'type']]],
  'policies/0162.yaml': [['enum', ['on_http_request', 0, 'actions', 0, 'type']]],
  'policies/0194.yaml': [['enum', ['on_http_request', 0, 'actions', 0, 'type']]],
  'policies/0360.yaml': [['type', ['on_http_request']]],
  'policies/0361.json': [['type', ['on_http_request']]],
  'policies/0364.yaml': [['type', ['on_http_request']]],
  'policies/0365.json': [['type', ['on_http_request']]],
  'policies/0452.yaml': [['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'location']]],
  'policies/0453.json': [['additionalProperties', ['on_http_request', 0, 'actions', 0, 'config', 'location']]],
  'policies/0507.yaml': [['additionalProperties', ['on_http_request', 1, 'actions', 0, 'config', 'body']]],
  // Suspect for `content` (accepted); the schema also sees a duration written as integer nanoseconds.
  'policies/0509.json': [['type', ['on_http_request', 1, 'actions', 0, 'config', 'tripped_duration']]],
};

/** Suspect files whose defect is not structural (another rule's job) or is accepted on purpose. */
const NOT_SCHEMA: Record<string, string> = {
  'policies-extracted/0004.yaml': 'restrict-ips after a terminal forward-internal: action-after-terminal',
  'policies/0057.yaml': 'forward-internal after a terminal custom-response: action-after-terminal',
  'policies-extracted/0100.yaml': 'rule after an unconditional terminal rule: unreachable-rule (plus legacy content)',
  'policies-extracted/0112.yaml': 'rule after an unconditional terminal rule: unreachable-rule (plus legacy content)',
  'policies-extracted/0027.yaml': 'HTTP phases on a tcp:// endpoint: needs the endpoint URL (phase-protocol rule)',
  'policies-extracted/0028.yaml': 'HTTP phases on a tls:// endpoint: needs the endpoint URL (phase-protocol rule)',
  'policies-extracted/0058.yaml': 'HTTP phases on a tcp:// endpoint: needs the endpoint URL (phase-protocol rule)',
  'policies-extracted/0060.yaml': 'HTTP phases on a tls:// endpoint: needs the endpoint URL (phase-protocol rule)',
  'policies-extracted/0002.json': 'forward-internal binding: internal is a legacy key the schema accepts (deprecated-format)',
  'policies/0018.yaml': 'forward-internal binding: internal is a legacy key the schema accepts (deprecated-format)',
  'policies/0019.json': 'forward-internal binding: internal is a legacy key the schema accepts (deprecated-format)',
  'policies/0106.yaml': 'action type oidc is a deprecated alias the schema accepts (deprecated-format)',
  'policies/0510.json': 'capitalised legacy variable req.Method: unknown-variable (expressions are strings to the schema)',
  'policies/0511.json': 'capitalised legacy variable req.Method: unknown-variable',
  'policies/0512.json': 'capitalised legacy variables req.Method, res.StatusCode: unknown-variable',
  'policies-extracted/0121.yaml': 'capitalised legacy variables: unknown-variable (plus legacy content)',
  'policies-extracted/0038.yaml':
    "unquoted expression starting with '!' is read as a YAML tag and silently becomes another string; the loader reports the YAML warning",
};

const LEGACY_CONTENT = /^on_http_request\[\d+\]\.actions\[\d+\] custom-response uses undocumented legacy field content/;

const rows = readIndex();

describe('corpus index', () => {
  it('has the published files', () => {
    expect(rows.length).toBe(685);
  });

  it('every table entry names a corpus file with the expected suspect flag', () => {
    const byFile = new Map(rows.map((r) => [r.file, r]));
    for (const f of Object.keys(INDEX_MISSES)) expect(byFile.get(f)?.suspect, f).toBe('');
    for (const f of [...Object.keys(CAUGHT), ...Object.keys(NOT_SCHEMA)]) expect(byFile.get(f)?.suspect, f).not.toBe('');
  });
});

describe('non-suspect files validate with zero issues', () => {
  const clean = rows.filter((r) => r.suspect === '' && !(r.file in INDEX_MISSES));
  it.each(clean.map((r) => [r.file, r] as const))('%s', (_file, row) => {
    expect(row.parses).toBe(true);
    expect(validateSchema(row.kind, load(row.file))).toEqual([]);
  });
});

describe('non-suspect files the INDEX missed (wrong per the reference)', () => {
  it.each(Object.entries(INDEX_MISSES))('%s', (file, { issues }) => {
    const row = rows.find((r) => r.file === file)!;
    const got = validateSchema(row.kind, load(file)).map((i): Found => [i.keyword, i.path]);
    expect(got).toEqual(issues);
  });
});

describe('suspect files', () => {
  const suspects = rows.filter((r) => r.suspect !== '');

  it('are all classified', () => {
    const unclassified = suspects.filter(
      (r) => !(r.file in CAUGHT) && !(r.file in NOT_SCHEMA) && !r.suspect.split(' | ').every((s) => LEGACY_CONTENT.test(s)),
    );
    expect(unclassified.map((r) => r.file)).toEqual([]);
  });

  it.each(Object.entries(CAUGHT))('%s draws the structural issues', (file, issues) => {
    const row = rows.find((r) => r.file === file)!;
    const got = validateSchema(row.kind, load(file)).map((i): Found => [i.keyword, i.path]);
    expect(got).toEqual(issues);
  });

  const accepted = suspects.filter((r) => !(r.file in CAUGHT));
  it.each(accepted.map((r) => [r.file, NOT_SCHEMA[r.file] ?? 'legacy custom-response content (accepted; deprecated-format warns)', r] as const))(
    '%s validates: %s',
    (_file, _reason, row) => {
      expect(validateSchema(row.kind, load(row.file))).toEqual([]);
    },
  );
});

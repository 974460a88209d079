/**
 * The committed validators are ajv's code with its scratch error objects removed (the empty
 * objects it pushes inside `if`/`not` conditions only to count failures; dropScratchErrors() in
 * scripts/build-validators.mjs) and with shorter length checks. Their verdicts and their error
 * lists must equal those of ajv compiling the same schemas at run time, on valid and broken
 * policies, agent configs and endpoint bodies alike.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateAgentConfig } from '../../src/ngrok/validators-agent-config.generated.js';
import { validateCloudEndpoint } from '../../src/ngrok/validators-cloud-endpoint.generated.js';
import { tpcFormats, validateTrafficPolicy } from '../../src/ngrok/validators.generated.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const schema = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(`${repoRoot}${rel}`, 'utf8')) as Record<string, unknown>;

// The options scripts/build-validators.mjs compiles with.
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true, inlineRefs: false });
for (const [name, fn] of Object.entries(tpcFormats as Record<string, (s: string) => boolean>)) ajv.addFormat(name, fn);
const policySchema = schema('schemas/traffic-policy.schema.json');
ajv.addSchema(policySchema);
ajv.addSchema(schema('schemas/agent-config.schema.json'));
ajv.addSchema(schema('schemas/cloud-endpoint.schema.json'));
const reference = {
  policy: ajv.getSchema(policySchema['$id'] as string)!,
  agent: ajv.getSchema(schema('schemas/agent-config.schema.json')['$id'] as string)!,
  endpoint: ajv.getSchema(schema('schemas/cloud-endpoint.schema.json')['$id'] as string)!,
};

type Validate = ((v: unknown) => boolean) & { errors?: ErrorObject[] | null };
const outcome = (validate: Validate, v: unknown) => {
  const ok = validate(v);
  return { ok, errors: (validate.errors ?? []).map((e) => ({ instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message })) };
};

const ACTION_TYPES = ((policySchema['$defs'] as Record<string, { properties: { type: { enum: string[] } } }>)['action']!.properties.type.enum as string[]).concat(['nope', '']);
const CONFIG_KEYS = ['url', 'status_code', 'allow', 'deny', 'enforce', 'headers', 'content', 'min_version', 'provider', 'name', 'capacity', 'rate', 'algorithm', 'bucket_key', 'to', 'from', 'vars', 'issuer', 'audience', 'format'];
const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('https://a.internal', '10.0.0.0/8', '1.2', '1.3', 'google', '60s', 'sliding_window', "req.method == 'GET'"), fc.integer({ min: -1, max: 600 }), fc.boolean(), fc.constant(null));
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 3 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 4 })), tie('node'), { maxKeys: 4 }),
})).node;
const action = fc.record({ type: fc.constantFrom(...ACTION_TYPES), config: fc.oneof(json, fc.dictionary(fc.constantFrom(...CONFIG_KEYS), json, { maxKeys: 4 })) }, { requiredKeys: ['type'] });
const rule = fc.record({ name: fc.string({ maxLength: 6 }), expressions: fc.oneof(fc.array(fc.constantFrom("req.method == 'GET'", '1 +', ''), { maxLength: 2 }), json), actions: fc.oneof(fc.array(action, { maxLength: 3 }), json) }, { requiredKeys: ['actions'] });
const policy = fc.dictionary(fc.constantFrom('on_tcp_connect', 'on_http_request', 'on_http_response', 'inbound', 'nope'), fc.oneof({ weight: 4, arbitrary: fc.array(rule, { maxLength: 3 }) }, { weight: 1, arbitrary: json }), { maxKeys: 3 });

describe('the committed validators, without scratch error objects', () => {
  it('give the verdicts and errors of ajv compiling the schemas at run time: Traffic Policies (property)', () => {
    fc.assert(
      fc.property(policy, (p) => {
        expect(outcome(validateTrafficPolicy as Validate, p)).toEqual(outcome(reference.policy as Validate, p));
      }),
      { numRuns: 600 },
    );
  });

  it('… and cloud endpoint bodies and agent configs embedding them (property)', () => {
    const endpoint = fc.record({ type: fc.constantFrom('cloud', 'agent'), url: fc.constantFrom('https://a.example', 'tcp://1.tcp.ngrok.io:1', ''), bindings: fc.constantFrom(['public'], ['x'], 'public'), traffic_policy: fc.oneof(policy, fc.string({ maxLength: 4 })) }, { requiredKeys: ['url'] });
    const agent = fc.record({ version: fc.constantFrom(3, '3', 2), endpoints: fc.array(fc.record({ name: fc.string({ maxLength: 4 }), url: fc.constantFrom('https://a.internal', 'x'), upstream: fc.record({ url: fc.constantFrom('8080', 'http://localhost:80', 5) }), traffic_policy: policy }, { requiredKeys: ['url'] }), { maxLength: 2 }) });
    fc.assert(
      fc.property(endpoint, agent, (e, a) => {
        expect(outcome(validateCloudEndpoint as Validate, e)).toEqual(outcome(reference.endpoint as Validate, e));
        expect(outcome(validateAgentConfig as Validate, a)).toEqual(outcome(reference.agent as Validate, a));
      }),
      { numRuns: 300 },
    );
  });
});
